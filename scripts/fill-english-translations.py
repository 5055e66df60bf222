#!/usr/bin/env python3
"""Fills every entry of an English .ts file with its source text (the source language is English),
so the file is complete. Entries someone translated differently on purpose are left alone."""
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
tree = ET.parse(path)
filled = 0
for message in tree.getroot().iter("message"):
    source = message.findtext("source", default="")
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        if not forms:
            forms = [ET.SubElement(translation, "numerusform") for _ in range(2)]
        for form in forms:
            if not (form.text or "").strip():
                form.text = source
                filled += 1
    elif not (translation.text or "").strip():
        translation.text = source
        filled += 1
    translation.attrib.pop("type", None)
tree.write(path, encoding="utf-8", xml_declaration=True)
with open(path, "r+", encoding="utf-8") as f:  # keep lupdate's header so diffs stay small
    text = f.read().replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    f.seek(0)
    f.write(text)
    f.truncate()
print(f"{path}: filled {filled} entries with their source text")
