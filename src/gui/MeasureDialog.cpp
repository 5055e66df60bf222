// SPDX-License-Identifier: MIT
#include "MeasureDialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDoubleValidator>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>

#include "FieldStatus.h"
#include "NeutralityText.h"
#include "ProjectSession.h"
#include "cnms/neutrality/AbatementCost.h"
#include "cnms/neutrality/NeutralityService.h"

namespace cnms::gui {

using namespace cnms::neutrality;

namespace {

QDoubleSpinBox* moneyBox(QWidget* parent, double minimum) {
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(minimum, 1e12);
    box->setDecimals(0);
    box->setSingleStep(10'000);
    box->setGroupSeparatorShown(true);
    box->setSuffix(QStringLiteral(" CNY"));
    return box;
}

std::optional<double> parseOptionalNumber(const QString& text, bool* ok) {
    *ok = true;
    const QString t = text.trimmed();
    if (t.isEmpty()) return std::nullopt;
    double v = QLocale().toDouble(t, ok);
    if (!*ok) v = QLocale::c().toDouble(t, ok);
    if (!*ok) return std::nullopt;
    return v;
}

}  // namespace

MeasureDialog::MeasureDialog(ProjectSession& session, std::optional<ReductionMeasure> existing, double discountRate,
                             QWidget* parent)
    : RecordFormDialog(parent),
      m_session(session),
      m_existing(std::move(existing)),
      m_discountRate(discountRate),
      m_title(new QLineEdit(this)),
      m_site(new QComboBox(this)),
      m_affects(new QComboBox(this)),
      m_type(new QComboBox(this)),
      m_status(new QComboBox(this)),
      m_owner(new QLineEdit(this)),
      m_startDate(new QLineEdit(this)),
      m_capex(moneyBox(this, 0)),
      m_opex(moneyBox(this, -1e12)),
      m_lifetime(new QSpinBox(this)),
      m_expected(new QDoubleSpinBox(this)),
      m_realised(new QLineEdit(this)),
      m_note(new QPlainTextEdit(this)),
      m_cost(new QLabel(this)) {
    setObjectName(QStringLiteral("measureDialog"));
    setWindowTitle(m_existing ? tr("Edit reduction measure") : tr("Add reduction measure"));

    m_site->addItem(tr("Whole organization"), QString());
    for (const auto& site : session.sites())
        m_site->addItem(QStringLiteral("%1 %2").arg(QString::fromStdString(site.code), QString::fromStdString(site.name)),
                        QString::fromStdString(site.code));
    m_affects->setEditable(true);
    m_affects->addItem(QString(), QString());
    for (const auto& code : NeutralityText::affectsCodes())
        m_affects->addItem(NeutralityText::affects(code.toStdString()), code);
    for (auto t : {MeasureType::EnergyEfficiency, MeasureType::FuelSwitch, MeasureType::RenewableElectricity,
                   MeasureType::ProcessChange, MeasureType::Ccus, MeasureType::Other})
        m_type->addItem(NeutralityText::measureType(t), static_cast<int>(t));
    // The workflow: the stored status and the moves allowed from it; a new measure starts anywhere.
    const auto allStatuses = {MeasureStatus::Idea, MeasureStatus::Planned, MeasureStatus::Implementing,
                              MeasureStatus::Done, MeasureStatus::Cancelled};
    for (auto s : allStatuses)
        if (!m_existing || s == m_existing->status || canMove(m_existing->status, s))
            m_status->addItem(NeutralityText::measureStatus(s), static_cast<int>(s));
    m_startDate->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    m_lifetime->setRange(0, 200);
    m_lifetime->setValue(10);
    m_lifetime->setSuffix(tr(" years"));
    m_expected->setRange(0, 1e9);
    m_expected->setDecimals(1);
    m_expected->setGroupSeparatorShown(true);
    m_expected->setSuffix(QStringLiteral(" tCO2e"));
    m_realised->setPlaceholderText(tr("measured once done, tCO2e per year"));
    m_note->setFixedHeight(60);

    addField(QStringLiteral("title"), m_title);
    addField(QStringLiteral("site"), m_site);
    addField(QStringLiteral("affects"), m_affects);
    addField(QStringLiteral("type"), m_type);
    addField(QStringLiteral("status"), m_status);
    addField(QStringLiteral("owner"), m_owner);
    addField(QStringLiteral("start_date"), m_startDate);
    addField(QStringLiteral("capex"), m_capex);
    addField(QStringLiteral("annual_opex_change"), m_opex);
    addField(QStringLiteral("lifetime_years"), m_lifetime);
    addField(QStringLiteral("expected_annual_tco2e"), m_expected);
    addField(QStringLiteral("realised_annual_tco2e"), m_realised);
    addInfoRow(QStringLiteral("abatementCost"), m_cost);
    addField(QStringLiteral("note"), m_note);
    setFieldLabel(QStringLiteral("title"), tr("&Title:"));
    setFieldLabel(QStringLiteral("site"), tr("&Site:"));
    setFieldLabel(QStringLiteral("affects"), tr("Source &affected:"));
    setFieldLabel(QStringLiteral("type"), tr("T&ype:"));
    setFieldLabel(QStringLiteral("status"), tr("Stat&us:"));
    setFieldLabel(QStringLiteral("owner"), tr("&Owner:"));
    setFieldLabel(QStringLiteral("start_date"), tr("Start &date:"));
    setFieldLabel(QStringLiteral("capex"), tr("&Capital cost:"));
    setFieldLabel(QStringLiteral("annual_opex_change"), tr("Annual o&perating cost change:"));
    setFieldLabel(QStringLiteral("lifetime_years"), tr("&Lifetime:"));
    setFieldLabel(QStringLiteral("expected_annual_tco2e"), tr("E&xpected annual reduction:"));
    setFieldLabel(QStringLiteral("realised_annual_tco2e"), tr("&Realised annual reduction:"));
    setFieldLabel(QStringLiteral("note"), tr("&Note:"));
    if (auto* label = qobject_cast<QLabel*>(form()->labelForField(m_cost))) label->setText(tr("Abatement cost:"));
    m_opex->setToolTip(tr("Negative when the measure saves operating cost (fuel, electricity)"));

    if (m_existing) {
        const auto& m = *m_existing;
        m_title->setText(QString::fromStdString(m.title));
        m_site->setCurrentIndex(std::max(0, m_site->findData(QString::fromStdString(m.siteCode))));
        const int affects = m_affects->findData(QString::fromStdString(m.affects));
        if (affects >= 0) m_affects->setCurrentIndex(affects);
        else m_affects->setEditText(QString::fromStdString(m.affects));
        m_type->setCurrentIndex(m_type->findData(static_cast<int>(m.type)));
        m_status->setCurrentIndex(m_status->findData(static_cast<int>(m.status)));
        m_owner->setText(QString::fromStdString(m.owner));
        m_startDate->setText(QString::fromStdString(m.startDate));
        m_capex->setValue(m.capex);
        m_opex->setValue(m.annualOpexChange);
        m_lifetime->setValue(m.lifetimeYears);
        m_expected->setValue(m.expectedAnnualTco2e);
        if (m.realisedAnnualTco2e) m_realised->setText(QLocale().toString(*m.realisedAnnualTco2e, 'f', 1));
        m_note->setPlainText(QString::fromStdString(m.note));
    }

    auto changed = [this] {
        updateDerived();
        fieldChanged();
    };
    connect(m_title, &QLineEdit::textEdited, this, changed);
    connect(m_startDate, &QLineEdit::textEdited, this, changed);
    connect(m_realised, &QLineEdit::textEdited, this, changed);
    connect(m_status, &QComboBox::currentIndexChanged, this, changed);
    connect(m_capex, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_opex, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_lifetime, &QSpinBox::valueChanged, this, changed);
    connect(m_expected, &QDoubleSpinBox::valueChanged, this, changed);
    updateDerived();
    finishForm();
}

ReductionMeasure MeasureDialog::measure() const {
    ReductionMeasure m = m_existing.value_or(ReductionMeasure{});
    m.title = m_title->text().trimmed().toStdString();
    m.siteCode = m_site->currentData().toString().toStdString();
    const int index = m_affects->findText(m_affects->currentText());
    m.affects = (index >= 0 ? m_affects->itemData(index).toString() : m_affects->currentText().trimmed()).toStdString();
    m.type = static_cast<MeasureType>(m_type->currentData().toInt());
    m.status = static_cast<MeasureStatus>(m_status->currentData().toInt());
    m.owner = m_owner->text().trimmed().toStdString();
    m.startDate = m_startDate->text().trimmed().toStdString();
    m.capex = m_capex->value();
    m.annualOpexChange = m_opex->value();
    m.lifetimeYears = m_lifetime->value();
    m.expectedAnnualTco2e = m_expected->value();
    bool ok = true;
    m.realisedAnnualTco2e = parseOptionalNumber(m_realised->text(), &ok);
    m.note = m_note->toPlainText().trimmed().toStdString();
    return m;
}

bool MeasureDialog::chooseStatus(MeasureStatus status) {
    const int index = m_status->findData(static_cast<int>(status));
    if (index < 0) return false;
    m_status->setCurrentIndex(index);
    return true;
}

std::vector<FieldIssue> MeasureDialog::check() const {
    auto issues = validate(measure());
    bool ok = true;
    parseOptionalNumber(m_realised->text(), &ok);
    if (!ok) issues.push_back({"realised_annual_tco2e", "not_a_number", "the realised reduction must be a number"});
    return issues;
}

qint64 MeasureDialog::save() {
    NeutralityService service(m_session.store());
    qint64 id = 0;
    if (m_existing) {
        service.updateMeasure(measure());
        id = m_existing->id;
    } else {
        id = service.addMeasure(measure()).id;
    }
    m_session.notifyRecordsChanged(QStringLiteral("reduction_measure"));
    return id;
}

QString MeasureDialog::issueText(const FieldIssue& issue) const { return NeutralityText::issue(issue); }

QString MeasureDialog::refusedField(const RefusedError& error) const {
    return error.code() == "status_transition" ? QStringLiteral("status") : QString();
}

QString MeasureDialog::refusalText(const RefusedError& error) const {
    if (error.code() == "status_transition")
        return tr("A measure moves one step forward at a time (idea, planned, implementing, done), or to cancelled "
                  "before it is done.");
    return RecordFormDialog::refusalText(error);
}

void MeasureDialog::updateDerived() {
    const auto m = measure();
    const bool done = m.status == MeasureStatus::Done;
    m_realised->setEnabled(done || !m_realised->text().trimmed().isEmpty());
    const double annual = m.realisedAnnualTco2e.value_or(m.expectedAnnualTco2e);
    auto cost = abatementCostPerTonne(m.capex, m.annualOpexChange, m.lifetimeYears, annual, m_discountRate);
    if (!cost) {
        field_status::showHint(m_cost, tr("Enter the annual reduction and lifetime to see the cost per tonne."));
        return;
    }
    field_status::showHint(m_cost, tr("%1 CNY per tCO2e (discount rate %2 %, annualised over %n year(s))", nullptr,
                                      m.lifetimeYears)
                                       .arg(QLocale().toString(*cost, 'f', 0))
                                       .arg(QLocale().toString(m_discountRate * 100, 'f', 1)));
}

}  // namespace cnms::gui
