// SPDX-License-Identifier: MIT
#include "RecordsBehindDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include "cnms/accounting/InventoryDrillDown.h"

namespace cnms::gui {
namespace {

QString text(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

QString parameterLine(const accounting::TraceParameter& p) {
    QString origin = p.fromRecord ? RecordsBehindDialog::tr("given on the record")
                                  : QStringLiteral("%1@%2 %3").arg(text(p.factorSetId), text(p.factorSetVersion), text(p.factorId));
    QString value = p.perRecord ? RecordsBehindDialog::tr("per record") : QLocale().toString(p.value, 'g', 8);
    QString line = QStringLiteral("%1 = %2 %3 (%4)").arg(text(p.name), value, text(p.unit), origin);
    if (p.confidence == accounting::Confidence::Low) line += QStringLiteral(" — ") + RecordsBehindDialog::tr("low confidence");
    return line.toHtmlEscaped();
}

}  // namespace

RecordsBehindDialog::RecordsBehindDialog(ProjectStore& store, int year, const accounting::InventoryRow& row, QWidget* parent)
    : QDialog(parent), m_view(new QTableView(this)), m_model(new QStandardItemModel(this)) {
    setObjectName(QStringLiteral("recordsBehindDialog"));
    setWindowTitle(tr("Records behind %1 / %2 / %3").arg(text(row.site), text(accounting::toString(row.sourceType)),
                                                         text(row.activity)));
    resize(960, 560);

    QStringList parameters;
    for (const auto& p : row.trace.parameters) parameters << parameterLine(p);
    auto* how = new QLabel(this);
    how->setObjectName(QStringLiteral("traceLabel"));
    how->setWordWrap(true);
    how->setTextInteractionFlags(Qt::TextSelectableByMouse);
    how->setText(tr("<b>%1 tCO2e</b> in %2 from %3 %4, ISO 14064-1 category %5 (scope %6).<br>"
                    "Method: %7<br>Formula: %8<br>%9")
                     .arg(QLocale().toString(row.tco2e, 'f', 3))
                     .arg(year)
                     .arg(QLocale().toString(row.quantity, 'f', 2), text(row.unit))
                     .arg(row.isoCategory)
                     .arg(row.scope)
                     .arg(text(row.trace.method).toHtmlEscaped(), text(row.trace.formula).toHtmlEscaped(),
                          parameters.join(QStringLiteral("<br>"))));

    m_model->setHorizontalHeaderLabels({tr("Record id"), tr("Period start"), tr("Period end"), tr("Quantity"), tr("Unit"),
                                        tr("Data quality"), tr("Evidence"), tr("Note"), tr("Entered by"), tr("Entered at")});
    store.activities().forEachInYear(year, [&](accounting::ActivityId id, const accounting::ActivityRecord& r) {
        if (!accounting::recordBelongsTo(r, row)) return;
        if (++m_found > kMaxRecords) return;
        auto* quantity = new QStandardItem(QLocale().toString(r.quantity, 'g', 12));
        quantity->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* first = new QStandardItem(r.recordId.empty() ? QStringLiteral("#%1").arg(id) : text(r.recordId));
        m_model->appendRow({first, new QStandardItem(text(r.periodStart.toString())),
                            new QStandardItem(text(r.periodEnd.toString())), quantity, new QStandardItem(text(r.unit)),
                            new QStandardItem(text(accounting::toString(r.dataQuality))), new QStandardItem(text(r.evidence)),
                            new QStandardItem(text(r.note)), new QStandardItem(text(r.enteredBy)),
                            new QStandardItem(text(r.enteredAt))});
    });
    m_view->setObjectName(QStringLiteral("recordsTable"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();

    auto* count = new QLabel(this);
    count->setText(m_found > kMaxRecords
                       ? tr("%1 records; the first %2 are listed (filter the Activity data page for the rest).")
                             .arg(QLocale().toString(m_found))
                             .arg(QLocale().toString(kMaxRecords))
                       : tr("%n record(s).", nullptr, m_found));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(how);
    layout->addWidget(m_view, 1);
    layout->addWidget(count);
    layout->addWidget(buttons);
}

int RecordsBehindDialog::listed() const { return m_model->rowCount(); }

}  // namespace cnms::gui
