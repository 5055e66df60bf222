// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QString>
#include <QWidget>

#include "cnms/dashboard/DashboardSummary.h"

class QGridLayout;
class QLabel;
class QHBoxLayout;

namespace cnms::gui {

class DashboardTile;
class PageRegistry;

/**
 * The manager's dashboard: tiles with the figures of dashboard::summarize (emissions against
 * last year and the target trajectory, the neutrality balance, readiness, nonconformities and
 * actions, the next audit, calibrations due), a chart of emissions per year against the
 * trajectory and one of the latest year's scope shares. A project with nothing to show yet gets
 * its first steps instead of zeros. Every tile opens the page behind it.
 */
class DashboardView : public QWidget {
    Q_OBJECT
public:
    explicit DashboardView(const PageRegistry& registry, QWidget* parent = nullptr);

    /** Shows `summary` (texts in the current language). */
    void setSummary(const dashboard::DashboardSummary& summary);
    const dashboard::DashboardSummary& summary() const { return m_summary; }
    /** The tile for `key` (emissions, net, target, readiness, nonconformities, actions, audit, calibration). */
    DashboardTile* tile(const QString& key) const { return m_tiles.value(key); }

signals:
    void pageRequested(const QString& pageId);

private:
    /** The first registered page editing one of `recordTypes`, else the readiness navigator. */
    QString pageFor(const QStringList& recordTypes) const;
    void showTiles();
    void showCharts();
    void showFirstSteps();
    DashboardTile* addTile(const QString& key, int row, int column);

    const PageRegistry& m_registry;
    dashboard::DashboardSummary m_summary;
    QLabel* m_heading;
    QWidget* m_tilesBox;
    QGridLayout* m_tilesGrid;
    QWidget* m_chartsBox;
    QHBoxLayout* m_charts;
    QLabel* m_firstSteps;
    QMap<QString, DashboardTile*> m_tiles;
};

}  // namespace cnms::gui
