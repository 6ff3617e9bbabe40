#!/usr/bin/env python3
"""Fills unfinished messages of a Qt .ts file from a JSON dictionary (source text -> translation;
for plural messages a list of forms). Reports messages it could not fill and exits 1 if any.

usage: scripts/fill_translations.py translations/shipdeck_de.ts DICT.json [--english]
With --english, plural messages get English singular/plural forms derived from "(s)" and the
other messages are marked finished with the source text."""
import json
import re
import sys
import xml.etree.ElementTree as ET


def english_forms(source):
    singular = re.sub(r'\((s|es)\)', '', source)
    plural = re.sub(r'\((s|es)\)', r'\1', source)
    return [singular, plural]


def main():
    path, dict_path = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 and not sys.argv[2].startswith('--') else None
    english = '--english' in sys.argv
    table = {}
    if dict_path:
        with open(dict_path, encoding='utf-8') as f:
            table = json.load(f)
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter('message'):
        source = message.find('source').text or ''
        translation = message.find('translation')
        if translation is None:
            translation = ET.SubElement(message, 'translation')
        numerus = message.get('numerus') == 'yes'
        if translation.get('type') not in ('unfinished', None) and (translation.text or len(translation)):
            continue
        if translation.get('type') is None and (translation.text or len(translation)):
            continue
        if english:
            value = english_forms(source) if numerus else source
        else:
            value = table.get(source)
        if value is None:
            missing.append(source)
            continue
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if numerus:
            forms = value if isinstance(value, list) else [value, value]
            for form in forms:
                ET.SubElement(translation, 'numerusform').text = form
        else:
            translation.text = value if isinstance(value, str) else value[0]
        if 'type' in translation.attrib:
            del translation.attrib['type']
    ET.indent(tree, space='    ')
    with open(path, 'wb') as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding='utf-8', xml_declaration=False)
        f.write(b'\n')
    for source in missing:
        print('untranslated:', repr(source))
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main())
