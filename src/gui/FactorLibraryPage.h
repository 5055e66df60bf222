// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <memory>

#include "PageRegistry.h"

class QLabel;
class QStandardItemModel;
class QTableView;

namespace cnms::accounting {
class InventoryService;
}

namespace cnms::gui {

/**
 * The emission factor library: every factor set (shipped and the project's own) with id,
 * version, name and source, and the factors of the selected set with their units, values and
 * confidence; low-confidence factors are highlighted because the inventory flags their use.
 */
class FactorLibraryPage : public QWidget {
    Q_OBJECT
public:
    FactorLibraryPage(const PageContext& context, QWidget* parent = nullptr);
    ~FactorLibraryPage() override;

    QStandardItemModel* setsModel() const { return m_sets; }
    QStandardItemModel* factorsModel() const { return m_factors; }
    /** Selects the latest version of set `id`; false when the library has no such set. */
    bool selectSet(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillSets();
    void fillFactors();

    PageContext m_context;
    std::unique_ptr<accounting::InventoryService> m_service;
    QStandardItemModel* m_sets;
    QStandardItemModel* m_factors;
    QTableView* m_setView;
    QTableView* m_factorView;
    QLabel* m_setsLabel;
    QLabel* m_factorsLabel;
};

}  // namespace cnms::gui
