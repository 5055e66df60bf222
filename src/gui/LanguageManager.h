// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace cnms::gui {

/**
 * Switches the workbench between Chinese and English while it runs: swaps the translators
 * (ours and Qt's own, for standard buttons) and the default QLocale, which makes Qt send
 * QEvent::LanguageChange to every widget so each one retranslates itself.
 */
class LanguageManager : public QObject {
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    /** The languages the workbench ships: "zh_CN" and "en". */
    static QStringList available();
    /** "zh_CN" when the system locale is Chinese, else "en". */
    static QString systemDefault();
    /** The choice remembered in QSettings, else the system default. */
    static QString remembered();
    static void remember(const QString& language);

    QString current() const { return m_current; }
    /** Installs `language`; false (and nothing changed) when it is not one of available(). */
    bool apply(const QString& language);

signals:
    void languageChanged(const QString& language);

private:
    QString m_current;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

}  // namespace cnms::gui
