#!/usr/bin/env bash
# Every catalogue is current (lupdate finds no new or changed strings) and complete: German, French, Spanish
# and Japanese translate every message; English translates every plural form (the rest falls back to source).
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp translations/*.ts "$tmp/"
/usr/lib/qt6/bin/lupdate -no-obsolete -locations relative app/core ui app/main.cpp app/CommandLine.cpp app/sandbox/SandboxSession.cpp -ts "$tmp"/*.ts >/dev/null
python3 - "$tmp" <<'PY'
import sys, glob, os, xml.etree.ElementTree as ET
tmp = sys.argv[1]
failed = False
for path in sorted(glob.glob(os.path.join(tmp, '*.ts'))):
    name = os.path.basename(path)
    committed = ET.parse(os.path.join('translations', name)).getroot()
    current = ET.parse(path).getroot()
    sources = lambda root: sorted((c.findtext('name'), m.findtext('source')) for c in root.iter('context') for m in c.iter('message'))
    if sources(committed) != sources(current):
        print(f'10-translations: {name} is out of date: run cmake --build build --target update_translations and translate')
        failed = True
    english = name.endswith('_en.ts')
    for context in current.iter('context'):
        for message in context.iter('message'):
            translation = message.find('translation')
            unfinished = translation.get('type') in ('unfinished', 'vanished', 'obsolete')
            if unfinished and (not english or message.get('numerus') == 'yes'):
                print(f'10-translations: {name}: untranslated: {message.findtext("source")!r}')
                failed = True
sys.exit(1 if failed else 0)
PY
echo "10-translations: all catalogues current and complete"
