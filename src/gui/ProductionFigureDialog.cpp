// SPDX-License-Identifier: MIT
#include "ProductionFigureDialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>

#include "ProjectSession.h"
#include "cnms/accounting/ProductionFigureService.h"

namespace cnms::gui {

using accounting::FigureKind;
using accounting::ProductionFigure;

ProductionFigureDialog::ProductionFigureDialog(ProjectSession& session, std::optional<ProductionFigure> existing,
                                               int defaultYear, QWidget* parent)
    : RecordFormDialog(parent),
      m_session(session),
      m_existing(std::move(existing)),
      m_kind(new QComboBox(this)),
      m_year(new QSpinBox(this)),
      m_site(new QComboBox(this)),
      m_quantity(new QDoubleSpinBox(this)),
      m_unit(new QComboBox(this)),
      m_product(new QLineEdit(this)),
      m_evidence(new QLineEdit(this)),
      m_note(new QLineEdit(this)) {
    setObjectName(QStringLiteral("productionFigureDialog"));
    setWindowTitle(m_existing ? tr("Edit output or revenue") : tr("Add output or revenue"));
    m_kind->addItem(tr("Production output"), static_cast<int>(FigureKind::Output));
    m_kind->addItem(tr("Revenue"), static_cast<int>(FigureKind::Revenue));
    m_year->setRange(1990, 2100);
    m_year->setValue(defaultYear);
    m_site->addItem(tr("Whole organization"), QString());
    for (const auto& site : session.sites())
        m_site->addItem(QStringLiteral("%1 %2").arg(QString::fromStdString(site.code), QString::fromStdString(site.name)),
                        QString::fromStdString(site.code));
    m_quantity->setRange(0, 1e15);
    m_quantity->setDecimals(2);
    m_quantity->setGroupSeparatorShown(true);
    m_unit->setEditable(true);
    m_product->setPlaceholderText(tr("e.g. P·O 42.5 cement"));
    m_evidence->setPlaceholderText(tr("e.g. statistics report 2024, table 3"));

    addField(QStringLiteral("kind"), m_kind);
    addField(QStringLiteral("year"), m_year);
    addField(QStringLiteral("site"), m_site);
    addField(QStringLiteral("quantity"), m_quantity);
    addField(QStringLiteral("unit"), m_unit);
    addField(QStringLiteral("product"), m_product);
    addField(QStringLiteral("evidence"), m_evidence);
    addField(QStringLiteral("note"), m_note);
    setFieldLabel(QStringLiteral("kind"), tr("&Kind:"));
    setFieldLabel(QStringLiteral("year"), tr("&Year:"));
    setFieldLabel(QStringLiteral("site"), tr("&Site:"));
    setFieldLabel(QStringLiteral("quantity"), tr("&Quantity:"));
    setFieldLabel(QStringLiteral("unit"), tr("&Unit:"));
    setFieldLabel(QStringLiteral("product"), tr("&Product or description:"));
    setFieldLabel(QStringLiteral("evidence"), tr("&Evidence:"));
    setFieldLabel(QStringLiteral("note"), tr("&Note:"));

    if (m_existing) {
        const auto& f = *m_existing;
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(f.kind)));
        m_year->setValue(f.year);
        m_site->setCurrentIndex(std::max(0, m_site->findData(QString::fromStdString(f.site))));
        m_quantity->setValue(f.quantity);
        m_product->setText(QString::fromStdString(f.product));
        m_evidence->setText(QString::fromStdString(f.evidence));
        m_note->setText(QString::fromStdString(f.note));
    }
    kindChanged();
    if (m_existing) m_unit->setEditText(QString::fromStdString(m_existing->unit));

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        kindChanged();
        fieldChanged();
    });
    connect(m_year, &QSpinBox::valueChanged, this, &ProductionFigureDialog::fieldChanged);
    connect(m_site, &QComboBox::currentIndexChanged, this, &ProductionFigureDialog::fieldChanged);
    connect(m_quantity, &QDoubleSpinBox::valueChanged, this, &ProductionFigureDialog::fieldChanged);
    connect(m_unit, &QComboBox::editTextChanged, this, &ProductionFigureDialog::fieldChanged);
    finishForm();
}

void ProductionFigureDialog::kindChanged() {
    // Units are free text; offer the usual ones of the kind.
    const bool revenue = static_cast<FigureKind>(m_kind->currentData().toInt()) == FigureKind::Revenue;
    const QString current = m_unit->currentText();
    QSignalBlocker block(m_unit);
    m_unit->clear();
    if (revenue) m_unit->addItems({QString::fromUtf8(accounting::kDefaultRevenueUnit.data(),
                                                     static_cast<qsizetype>(accounting::kDefaultRevenueUnit.size())),
                                   QStringLiteral("CNY")});
    else m_unit->addItems({QStringLiteral("t clinker"), QStringLiteral("t cement"), QStringLiteral("t")});
    m_unit->setEditText(m_unit->itemText(0));
    if (!current.isEmpty() && m_unit->findText(current) >= 0) m_unit->setEditText(current);
    m_unit->setToolTip(revenue ? tr("10^4 CNY is ten thousand yuan (万元)") : tr("The product unit, e.g. t clinker"));
}

ProductionFigure ProductionFigureDialog::figure() const {
    ProductionFigure f = m_existing.value_or(ProductionFigure{});
    f.kind = static_cast<FigureKind>(m_kind->currentData().toInt());
    f.year = m_year->value();
    f.site = m_site->currentData().toString().toStdString();
    f.quantity = m_quantity->value();
    f.unit = m_unit->currentText().trimmed().toStdString();
    f.product = m_product->text().trimmed().toStdString();
    f.evidence = m_evidence->text().trimmed().toStdString();
    f.note = m_note->text().trimmed().toStdString();
    return f;
}

std::vector<FieldIssue> ProductionFigureDialog::check() const {
    return accounting::ProductionFigureService(m_session.store()).check(figure());
}

qint64 ProductionFigureDialog::save() {
    accounting::ProductionFigureService service(m_session.store());
    qint64 id = 0;
    if (m_existing) {
        service.update(figure());
        id = m_existing->id;
    } else {
        id = service.add(figure());
    }
    m_session.notifyRecordsChanged(QStringLiteral("production_figure"));
    return id;
}

QString ProductionFigureDialog::issueText(const FieldIssue& issue) const {
    const auto& f = issue.field;
    if (f == "year") return tr("The year must be between 1990 and 2100.");
    if (f == "quantity") return tr("Enter a quantity above 0.");
    if (f == "site") return tr("This site is not a site of the project.");
    if (f == "unit" && issue.code == "duplicate")
        return tr("There is already a figure of this year, site, kind and unit; edit that one instead.");
    if (f == "unit" && issue.code == "too_long") return tr("The unit must be at most 64 characters.");
    if (f == "unit") return tr("Enter the unit, e.g. t clinker or 10^4 CNY.");
    return tr("This text is not valid.");
}

}  // namespace cnms::gui
