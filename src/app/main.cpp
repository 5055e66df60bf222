// SPDX-License-Identifier: MIT
// cnms-workbench: the desktop workbench. Everything lives in cnms_gui so that tests can drive it.
#include <QApplication>

#include "Workbench.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    return cnms::gui::runWorkbench(app);
}
