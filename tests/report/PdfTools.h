// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

/**
 * Reads a PDF back with poppler-utils (pdftotext, pdffonts, pdfinfo, pdftoppm; Debian package
 * poppler-utils in scripts/deps.sh), so that the tests check what a reader of the file sees.
 */
namespace cnms::report::pdf {

/** Whether the poppler tools are on the PATH. */
bool toolsAvailable();

/** The text of pages first..last (1-based sheets; 0 for all), in reading order with `-layout`. */
QString text(const QString& path, int first = 0, int last = 0);

/** The output of `pdffonts`: one line per font with its type, embedding and subsetting. */
QString fonts(const QString& path);

/** The output of `pdfinfo`: title, creator, page size ... */
QString info(const QString& path);

/** The number of pages `pdfinfo` reports; -1 when it cannot read the file. */
int pageCount(const QString& path);

/** Renders every page to `<prefix>-N.png` at `dpi`; returns the files written, in page order. */
QStringList renderPng(const QString& path, const QString& prefix, int dpi);

/**
 * Collapses every run of white space (including pdftotext's layout padding) to a single space, and
 * undoes typographic ligatures ("ﬁ" -> "fi") by NFKC normalization.
 */
QString simplified(const QString& text);

/**
 * The text without any white space, NFKC-normalized: pdftotext guesses spaces from glyph gaps, and
 * between CJK glyphs it sometimes drops them ("第 1 页" comes out as "第1页").
 */
QString compact(const QString& text);

}  // namespace cnms::report::pdf
