// SPDX-License-Identifier: MIT
// The GHG inventory report of the demo project's latest year, from the project file to the PDF on disk
// (issue 7: under 2 s). Its own executable: it needs a QApplication (the charts are Qt Charts) and Qt,
// which cnms_bench does not link. Reports CPU and wall time per report, cover to record appendix.
#include <benchmark/benchmark.h>

#include <QApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include "cnms/core/DemoProject.h"
#include "cnms/report/InventoryReportDocument.h"
#include "cnms/report/ReportRenderer.h"
#include "cnms/storage/ProjectFile.h"

using namespace cnms;

namespace {

struct Demo {
    QTemporaryDir dir;
    std::unique_ptr<ProjectStore> store;
    int year = 0;
    Demo() {
        store = storage::createProject(dir.filePath(QStringLiteral("demo.cnms")).toStdString(), demo::organization());
        demo::populate(*store);
        year = store->activities().years().back();
    }
};

Demo& demoProject() {
    static Demo demo;
    return demo;
}

void BM_InventoryReportPdf(benchmark::State& state) {
    Demo& demo = demoProject();
    const auto language = state.range(0) == 0 ? report::ReportLanguage::Chinese : report::ReportLanguage::English;
    const QString path = demo.dir.filePath(QStringLiteral("inventory.pdf"));
    int sheets = 0;
    for (auto _ : state) {
        const auto doc = report::buildInventoryReportDocument(*demo.store, demo.year, language);
        sheets = report::renderPdf(doc, path, language).sheetCount;
    }
    state.counters["sheets"] = sheets;
    state.counters["pdf_kib"] = static_cast<double>(QFileInfo(path).size()) / 1024.0;
    state.SetLabel(language == report::ReportLanguage::Chinese ? "zh" : "en");
}
BENCHMARK(BM_InventoryReportPdf)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
