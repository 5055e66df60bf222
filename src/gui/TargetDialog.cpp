// SPDX-License-Identifier: MIT
#include "TargetDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>

#include "NeutralityText.h"
#include "ProjectSession.h"
#include "cnms/accounting/InventoryService.h"
#include "cnms/neutrality/NeutralityService.h"
#include "cnms/neutrality/TargetRebase.h"

namespace cnms::gui {

using namespace cnms::neutrality;

namespace {
QSpinBox* yearBox(QWidget* parent) {
    auto* box = new QSpinBox(parent);
    box->setRange(1990, 2100);
    box->setGroupSeparatorShown(false);
    return box;
}

QString describeMilestones(const std::vector<Milestone>& milestones) {
    QStringList parts;
    for (const auto& m : milestones) parts << QStringLiteral("%1: %2").arg(m.year).arg(m.reductionPct);
    return parts.join(QStringLiteral(", "));
}
}  // namespace

TargetDialog::TargetDialog(ProjectSession& session, std::optional<Target> existing, QWidget* parent)
    : RecordFormDialog(parent),
      m_session(session),
      m_existing(std::move(existing)),
      m_name(new QLineEdit(this)),
      m_kind(new QComboBox(this)),
      m_scopeBox(new QWidget(this)),
      m_categories(new QLineEdit(this)),
      m_baseYear(yearBox(this)),
      m_baseValue(new QDoubleSpinBox(this)),
      m_fromInventory(new QPushButton(this)),
      m_unit(new QLineEdit(this)),
      m_targetYear(yearBox(this)),
      m_reduction(new QDoubleSpinBox(this)),
      m_milestones(new QLineEdit(this)),
      m_neutralityYear(new QSpinBox(this)),
      m_note(new QPlainTextEdit(this)) {
    setObjectName(QStringLiteral("targetDialog"));
    setWindowTitle(m_existing ? tr("Edit target") : tr("Add target"));
    m_kind->addItem(NeutralityText::targetKind(TargetKind::Absolute), static_cast<int>(TargetKind::Absolute));
    m_kind->addItem(NeutralityText::targetKind(TargetKind::Intensity), static_cast<int>(TargetKind::Intensity));
    auto* scopeRow = new QHBoxLayout(m_scopeBox);
    scopeRow->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 3; ++i) {
        m_scopes[i] = new QCheckBox(tr("Scope %1").arg(i + 1), m_scopeBox);
        m_scopes[i]->setObjectName(QStringLiteral("scope%1").arg(i + 1));
        scopeRow->addWidget(m_scopes[i]);
    }
    scopeRow->addStretch(1);
    m_categories->setPlaceholderText(tr("instead of scopes: ISO 14064-1 categories, e.g. 1, 2"));
    m_baseValue->setRange(0, 1e12);
    m_baseValue->setDecimals(3);
    m_baseValue->setGroupSeparatorShown(true);
    auto* baseRow = new QWidget(this);
    auto* baseLayout = new QHBoxLayout(baseRow);
    baseLayout->setContentsMargins(0, 0, 0, 0);
    baseLayout->addWidget(m_baseValue, 1);
    baseLayout->addWidget(m_fromInventory);
    m_fromInventory->setObjectName(QStringLiteral("fromInventoryButton"));
    m_fromInventory->setText(tr("From &inventory"));
    m_fromInventory->setToolTip(tr("The base year's emissions in the scopes or categories the target covers"));
    m_reduction->setRange(0, 100);
    m_reduction->setDecimals(1);
    m_reduction->setSuffix(QStringLiteral(" %"));
    m_milestones->setPlaceholderText(tr("year: reduction %, e.g. 2025: 6, 2027: 12"));
    m_neutralityYear->setRange(0, 2100);
    m_neutralityYear->setSpecialValueText(tr("none"));
    m_neutralityYear->setGroupSeparatorShown(false);
    m_note->setFixedHeight(70);
    m_baseYear->setValue(2023);
    m_targetYear->setValue(2030);
    m_neutralityYear->setValue(0);

    addField(QStringLiteral("name"), m_name);
    addField(QStringLiteral("kind"), m_kind);
    addField(QStringLiteral("scopes"), m_scopeBox);
    addField(QStringLiteral("categories"), m_categories);
    addField(QStringLiteral("base_year"), m_baseYear);
    addField(QStringLiteral("base_value"), baseRow);
    addField(QStringLiteral("intensity_unit"), m_unit);
    addField(QStringLiteral("target_year"), m_targetYear);
    addField(QStringLiteral("reduction_pct"), m_reduction);
    addField(QStringLiteral("milestones"), m_milestones);
    addField(QStringLiteral("neutrality_year"), m_neutralityYear);
    addField(QStringLiteral("base_note"), m_note);
    m_baseValue->setObjectName(QStringLiteral("baseValueSpin"));
    setFieldLabel(QStringLiteral("name"), tr("&Name:"));
    setFieldLabel(QStringLiteral("kind"), tr("&Kind:"));
    setFieldLabel(QStringLiteral("scopes"), tr("Scopes covered:"));
    setFieldLabel(QStringLiteral("categories"), tr("Or &categories:"));
    setFieldLabel(QStringLiteral("base_year"), tr("&Base year:"));
    setFieldLabel(QStringLiteral("base_value"), tr("Base &value:"));
    setFieldLabel(QStringLiteral("intensity_unit"), tr("Intensity &unit:"));
    setFieldLabel(QStringLiteral("target_year"), tr("&Target year:"));
    setFieldLabel(QStringLiteral("reduction_pct"), tr("&Reduction:"));
    setFieldLabel(QStringLiteral("milestones"), tr("&Milestones:"));
    setFieldLabel(QStringLiteral("neutrality_year"), tr("Carbon-ne&utrality year:"));
    setFieldLabel(QStringLiteral("base_note"), tr("Base value n&ote:"));

    if (m_existing) {
        const auto& t = *m_existing;
        m_name->setText(QString::fromStdString(t.name));
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(t.kind)));
        for (int s : t.scopes)
            if (s >= 1 && s <= 3) m_scopes[s - 1]->setChecked(true);
        QStringList cats;
        for (int c : t.categories) cats << QString::number(c);
        m_categories->setText(cats.join(QStringLiteral(", ")));
        m_baseYear->setValue(t.baseYear);
        m_baseValue->setValue(t.baseValue);
        m_unit->setText(QString::fromStdString(t.intensityUnit));
        m_targetYear->setValue(t.targetYear);
        m_reduction->setValue(t.reductionPct);
        m_milestones->setText(describeMilestones(t.milestones));
        m_neutralityYear->setValue(t.neutralityYear.value_or(0));
        m_note->setPlainText(QString::fromStdString(t.baseNote));
    } else {
        m_scopes[0]->setChecked(true);
        m_scopes[1]->setChecked(true);
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateKind();
        fieldChanged();
    });
    connect(m_fromInventory, &QPushButton::clicked, this, &TargetDialog::fillBaseValueFromInventory);
    for (auto* box : m_scopes) connect(box, &QCheckBox::toggled, this, &TargetDialog::fieldChanged);
    for (auto* edit : {m_name, m_categories, m_unit, m_milestones})
        connect(edit, &QLineEdit::textEdited, this, &TargetDialog::fieldChanged);
    for (auto* spin : {m_baseYear, m_targetYear, m_neutralityYear})
        connect(spin, &QSpinBox::valueChanged, this, &TargetDialog::fieldChanged);
    for (auto* spin : {m_baseValue, m_reduction})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &TargetDialog::fieldChanged);
    updateKind();
    finishForm();
}

std::optional<std::vector<Milestone>> TargetDialog::milestones() const {
    std::vector<Milestone> out;
    static const QRegularExpression item(QStringLiteral("^\\s*(\\d{4})\\s*[:：]\\s*([0-9]+(?:[.,][0-9]+)?)\\s*%?\\s*$"));
    for (const QString& part : m_milestones->text().split(QRegularExpression(QStringLiteral("[;；,，](?!\\d{1,2}\\b)")),
                                                          Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty()) continue;
        auto match = item.match(part);
        if (!match.hasMatch()) return std::nullopt;
        QString pct = match.captured(2);
        pct.replace(QLatin1Char(','), QLatin1Char('.'));
        out.push_back({match.captured(1).toInt(), pct.toDouble()});
    }
    return out;
}

Target TargetDialog::target() const {
    Target t = m_existing.value_or(Target{});
    t.name = m_name->text().trimmed().toStdString();
    t.kind = static_cast<TargetKind>(m_kind->currentData().toInt());
    t.scopes.clear();
    t.categories.clear();
    for (const QString& c : m_categories->text().split(QRegularExpression(QStringLiteral("[,，;\\s]+")), Qt::SkipEmptyParts))
        t.categories.push_back(c.toInt());
    if (t.categories.empty())
        for (int i = 0; i < 3; ++i)
            if (m_scopes[i]->isChecked()) t.scopes.push_back(i + 1);
    t.baseYear = m_baseYear->value();
    t.baseValue = m_baseValue->value();
    t.intensityUnit = t.kind == TargetKind::Intensity ? m_unit->text().trimmed().toStdString() : std::string();
    t.targetYear = m_targetYear->value();
    t.reductionPct = m_reduction->value();
    t.milestones = milestones().value_or(std::vector<Milestone>{});
    t.neutralityYear = m_neutralityYear->value() ? std::optional<int>(m_neutralityYear->value()) : std::nullopt;
    t.baseNote = m_note->toPlainText().trimmed().toStdString();
    return t;
}

bool TargetDialog::fillBaseValueFromInventory() {
    const int year = m_baseYear->value();
    auto& store = m_session.store();
    if (store.activities().countInYear(year) == 0) {
        showIssues({{"base_value", "no_inventory", "no activity data for the base year"}});
        return false;
    }
    Target t = target();
    t.kind = TargetKind::Absolute;  // the inventory gives tonnes; an intensity needs its denominator too
    auto value = inventoryBaseValue(t, accounting::InventoryService(store).inventory(year));
    if (!value) return false;
    m_baseValue->setValue(*value);
    if (m_note->toPlainText().trimmed().isEmpty())
        m_note->setPlainText(tr("Base value taken from the %1 GHG inventory.").arg(year));
    return true;
}

std::vector<FieldIssue> TargetDialog::check() const {
    auto issues = validate(target());
    if (!milestones()) issues.push_back({"milestones", "milestones_invalid", "write milestones as year: %"});
    for (const QString& c : m_categories->text().split(QRegularExpression(QStringLiteral("[,，;\\s]+")), Qt::SkipEmptyParts)) {
        bool ok = false;
        c.toInt(&ok);
        if (!ok) issues.push_back({"categories", "out_of_range", "categories are numbers 1 to 6"});
    }
    return issues;
}

qint64 TargetDialog::save() {
    NeutralityService service(m_session.store());
    qint64 id = 0;
    if (m_existing) {
        service.updateTarget(target());
        id = m_existing->id;
    } else {
        id = service.addTarget(target()).id;
    }
    m_session.notifyRecordsChanged(QStringLiteral("target"));
    return id;
}

QString TargetDialog::issueText(const FieldIssue& issue) const {
    if (issue.code == "milestones_invalid")
        return tr("Write each milestone as year: reduction %, separated by commas, e.g. 2025: 6, 2027: 12.");
    if (issue.code == "no_inventory")
        return tr("The project has no activity data for %1: enter the base value by hand.").arg(m_baseYear->value());
    return NeutralityText::issue(issue);
}

void TargetDialog::updateKind() {
    const bool intensity = static_cast<TargetKind>(m_kind->currentData().toInt()) == TargetKind::Intensity;
    m_unit->setEnabled(intensity);
    m_fromInventory->setEnabled(!intensity);
    m_baseValue->setSuffix(intensity ? QStringLiteral(" tCO2e/") + (m_unit->text().isEmpty() ? QStringLiteral("…") : m_unit->text())
                                     : QStringLiteral(" tCO2e"));
}

}  // namespace cnms::gui
