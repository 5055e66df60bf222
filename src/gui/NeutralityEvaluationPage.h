// SPDX-License-Identifier: MIT
#pragma once

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

#include "NeutralityCharts.h"
#include "PageRegistry.h"
#include "cnms/neutrality/ClaimEvaluation.h"

class QChartView;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace cnms::gui {

/** What the worker gives back: the evaluation, or why there is none (translated). */
struct EvaluationOutcome {
    std::optional<neutrality::ClaimEvaluation> evaluation;
    std::vector<neutrality::Target> targets;
    QString error;
};

/** Evaluates a claim on a read-only connection of its own (safe in a worker thread). */
EvaluationOutcome computeEvaluation(const std::string& projectPath, const neutrality::ClaimRequest& request);

/**
 * The neutrality evaluation and claim (what `cnms neutrality` prints): choose the year, the
 * boundary, the GWP set and the eligible vintage window; see gross emissions, reductions against
 * the base year, credits counted, credits refused with the first reason that applies, the net
 * balance and whether it is neutral, the claim checklist with the evidence found, and the
 * waterfall from gross to net. The evaluation runs in a worker thread.
 */
class NeutralityEvaluationPage : public QWidget {
    Q_OBJECT
public:
    NeutralityEvaluationPage(const PageContext& context, QWidget* parent = nullptr);
    ~NeutralityEvaluationPage() override;

    bool selectYear(int year);
    /** "total" or "scope1+2". */
    void setBoundary(const QString& boundary);
    void setVintageWindow(int from, int to);
    /** Starts the evaluation with the chosen settings (again once the running one ends). */
    void evaluate();
    bool isBusy() const;

    const std::optional<EvaluationOutcome>& outcome() const { return m_outcome; }
    QStandardItemModel* refusedModel() const { return m_refused; }
    QStandardItemModel* checklistModel() const { return m_checklist; }
    QLabel* verdictLabel() const { return m_verdict; }
    const std::vector<neutrality_charts::WaterfallBar>& waterfallBars() const { return m_bars; }
    QChartView* waterfallView() const { return m_waterfall; }

signals:
    /** An evaluation finished and is shown (or its error). */
    void evaluationFinished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void reloadYears();
    void yearChanged();
    void display(const EvaluationOutcome& outcome);
    void showOutcome();
    void retranslate();
    neutrality::ClaimRequest request() const;

    PageContext m_context;
    QLabel* m_yearLabel;
    QComboBox* m_year;
    QLabel* m_boundaryLabel;
    QComboBox* m_boundary;
    QLabel* m_gwpLabel;
    QComboBox* m_gwp;
    QLabel* m_vintageLabel;
    QSpinBox* m_vintageFrom;
    QSpinBox* m_vintageTo;
    QLabel* m_retireLabel;
    QLineEdit* m_retireBy;
    QPushButton* m_evaluateButton;
    QFormLayout* m_summaryForm;
    QLabel* m_gross;
    QLabel* m_reductions;
    QLabel* m_accepted;
    QLabel* m_net;
    QLabel* m_verdict;
    QLabel* m_message;
    QLabel* m_refusedTitle;
    QLabel* m_checklistTitle;
    QStandardItemModel* m_refused;
    QTableView* m_refusedView;
    QStandardItemModel* m_checklist;
    QTableView* m_checklistView;
    QChartView* m_waterfall;
    std::vector<neutrality_charts::WaterfallBar> m_bars;
    QFutureWatcher<EvaluationOutcome> m_watcher;
    std::optional<EvaluationOutcome> m_outcome;
    bool m_pending = false;
};

}  // namespace cnms::gui
