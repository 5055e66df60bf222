// SPDX-License-Identifier: MIT
#include "cnms/report/ReportText.h"

#include <QFile>
#include <QLocale>
#include <QMutex>
#include <QTranslator>

#include <memory>

namespace cnms::report {

namespace {

/// The translation of the report language, loaded once from the resources the program embeds.
const QTranslator* translatorFor(ReportLanguage language) {
    static QMutex mutex;
    static std::unique_ptr<QTranslator> translators[2];
    static bool tried[2] = {false, false};
    const int index = language == ReportLanguage::Chinese ? 0 : 1;
    QMutexLocker lock(&mutex);
    if (!tried[index]) {
        tried[index] = true;
        const QString file = language == ReportLanguage::Chinese ? QStringLiteral(":/i18n/cnms_zh_CN.qm")
                                                                 : QStringLiteral(":/i18n/cnms_en.qm");
        auto translator = std::make_unique<QTranslator>();
        if (QFile::exists(file) && translator->load(file))
            translators[index] = std::move(translator);
    }
    return translators[index].get();
}

}  // namespace

QString reportText(ReportLanguage language, const char* context, const char* source, const char* disambiguation,
                   int n) {
    QString text;
    if (const QTranslator* translator = translatorFor(language))
        text = translator->translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QLatin1String("%n"), QLocale::c().toString(n));
    return text;
}

bool hasReportTranslation(ReportLanguage language) {
    return translatorFor(language) != nullptr;
}

}  // namespace cnms::report
