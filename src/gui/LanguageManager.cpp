// SPDX-License-Identifier: MIT
#include "LanguageManager.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

#include <spdlog/spdlog.h>

namespace cnms::gui {
namespace {
constexpr auto kSettingsKey = "language";

QLocale localeOf(const QString& language) {
    return language == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                               : QLocale(QLocale::English, QLocale::UnitedStates);
}
}  // namespace

LanguageManager::LanguageManager(QObject* parent) : QObject(parent) {}

LanguageManager::~LanguageManager() {
    if (m_app) QCoreApplication::removeTranslator(m_app.get());
    if (m_qt) QCoreApplication::removeTranslator(m_qt.get());
}

QStringList LanguageManager::available() { return {QStringLiteral("zh_CN"), QStringLiteral("en")}; }

QString LanguageManager::systemDefault() {
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString LanguageManager::remembered() {
    QString saved = QSettings().value(kSettingsKey).toString();
    return available().contains(saved) ? saved : systemDefault();
}

void LanguageManager::remember(const QString& language) { QSettings().setValue(kSettingsKey, language); }

bool LanguageManager::apply(const QString& language) {
    if (!available().contains(language)) return false;
    if (language == m_current) return true;

    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/cnms_%1.qm").arg(language)))
        spdlog::error("translation :/i18n/cnms_{}.qm is missing from the build", language.toStdString());
    auto qt = std::make_unique<QTranslator>();
    // Qt's own strings (standard buttons, context menus); absent for English, which is their source.
    bool hasQt =
        qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    // The locale first: widgets read it (catalogue titles, number formats) when the event arrives.
    QLocale::setDefault(localeOf(language));
    if (m_app) QCoreApplication::removeTranslator(m_app.get());
    if (m_qt) QCoreApplication::removeTranslator(m_qt.get());
    m_app = std::move(app);
    m_qt = hasQt ? std::move(qt) : nullptr;
    if (m_qt) QCoreApplication::installTranslator(m_qt.get());
    QCoreApplication::installTranslator(m_app.get());
    m_current = language;
    // Qt posts LanguageChange to the windows; deliver it now, so that every widget speaks the new
    // language when apply() returns rather than at some later turn of the event loop.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    spdlog::info("language set to {}", language.toStdString());
    emit languageChanged(language);
    return true;
}

}  // namespace cnms::gui
