// SPDX-License-Identifier: MIT
#include "PdfTools.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace cnms::report::pdf {

namespace {

QString run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

}  // namespace

bool toolsAvailable() {
    for (const char* tool : {"pdftotext", "pdffonts", "pdfinfo", "pdftoppm"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            return false;
    }
    return true;
}

QString text(const QString& path, int first, int last) {
    QStringList arguments = {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (first > 0)
        arguments << QStringLiteral("-f") << QString::number(first);
    if (last > 0)
        arguments << QStringLiteral("-l") << QString::number(last);
    arguments << path << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), arguments);
}

QString fonts(const QString& path) {
    return run(QStringLiteral("pdffonts"), {path});
}

QString info(const QString& path) {
    return run(QStringLiteral("pdfinfo"), {path});
}

int pageCount(const QString& path) {
    const QString info = pdf::info(path);
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral(R"(^Pages:\s+(\d+))"),
                                                             QRegularExpression::MultilineOption).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QStringList renderPng(const QString& path, const QString& prefix, int dpi) {
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), path, prefix});
    const QFileInfo info(prefix);
    QStringList files = QDir(info.absolutePath())
                            .entryList({info.fileName() + QStringLiteral("-*.png")}, QDir::Files, QDir::Name);
    for (QString& file : files)
        file = QDir(info.absolutePath()).filePath(file);
    return files;
}

QString simplified(const QString& text) {
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

QString compact(const QString& text) {
    QString result = text.normalized(QString::NormalizationForm_KC);
    result.remove(QRegularExpression(QStringLiteral(R"(\s+)")));
    return result;
}

}  // namespace cnms::report::pdf
