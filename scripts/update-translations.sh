#!/usr/bin/env bash
# Runs lupdate over every source of cnms_gui (and its .ui forms) and of the reports (src/report) to refresh
# resources/translations/cnms_zh_CN.ts and cnms_en.ts after tr() strings were added or changed.
# Then: translate the new entries of cnms_zh_CN.ts (Qt Linguist or a text editor) and remove
# their type="unfinished"; this script fills cnms_en.ts itself (English is the source language).
#   scripts/update-translations.sh [BUILD_DIR]      (default: build)
# tests/qt's TranslationsTest fails while an entry of either file is untranslated.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
[ -f "$build/CMakeCache.txt" ] || cmake -S . -B "$build" -G Ninja -DCNMS_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" --target cnms_report_lupdate
python3 scripts/fill-english-translations.py resources/translations/cnms_en.ts
echo "untranslated in cnms_zh_CN.ts: $(grep -c 'type="unfinished"' resources/translations/cnms_zh_CN.ts || true)"
