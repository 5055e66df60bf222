// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

class QWidget;

#include <memory>
#include <vector>

#include "cnms/core/ProjectStore.h"

namespace cnms::test {

/**
 * Puts settings (recent files, language) in Qt's test location under an organization of the
 * test's own, emptied, so tests neither read nor change the user's settings nor each other's.
 */
void isolateSettings(const char* testName);

/** Types `text` into `widget` key by key, Chinese included (QTest::keyClicks takes Latin-1 only). */
void typeText(QWidget* widget, const QString& text);

/** Creates the demo project (organization and three sites) at `path`. */
void createDemoProject(const QString& path);
/** The demo organization with its three sites and nothing else: for tests that count records. */
void createProjectWithDemoSites(const QString& path);
/** Opens `path` on its own connection: what another program would read from the file. */
std::unique_ptr<ProjectStore> reopen(const QString& path);
/** The sites stored in the file at `path`, read on a fresh connection. */
std::vector<Site> sitesInFile(const QString& path);
QByteArray fileBytes(const QString& path);
void writeBytes(const QString& path, const QByteArray& bytes);
/**
 * Damages the project file at `path` as a bad disk would: its second page overwritten (where that
 * is depends on the page size in the file's header), the header intact. Returns the new bytes.
 */
QByteArray damageSecondPage(const QString& path);

}  // namespace cnms::test
