#!/usr/bin/env python3
"""Fails when a string cnnlab shows has no German, or the German breaks it.

Runs lupdate over the sources into a copy of resources/i18n/cnnlab_de.ts, with the options the build's
`ninja cnnlab_i18n_lupdate` uses (ui/CMakeLists.txt), then checks the copy:
  - the committed .ts is what lupdate makes of the sources: no string missing, none left over;
  - no message is unfinished or empty, and a plural has its two German forms;
  - every translation keeps its source's placeholders (%1, %n, %L1) and its one & accelerator.

usage: translations_complete.py LUPDATE SOURCE_DIR WORK_DIR
"""
import pathlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

lupdate, source, work = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
committed = source / "resources/i18n/cnnlab_de.ts"
work.mkdir(parents=True, exist_ok=True)
updated = work / "cnnlab_de.ts"
shutil.copyfile(committed, updated)
subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none", "-I", str(source),
                str(source / "ui"), str(source / "app"), str(source / "engine"), "-ts", str(updated)], check=True)

problems = []
if committed.read_bytes() != updated.read_bytes():
    problems.append(f"{committed} is not what lupdate makes of the sources: run `ninja cnnlab_i18n_lupdate` "
                    "in a build, translate what it added, and commit the file")

PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")
ACCELERATOR = re.compile(r"&(?=[^&\s])")


def forms(translation):
    numerus = translation.findall("numerusform")
    return [f.text or "" for f in numerus] if numerus else [translation.text or ""]


messages = 0
for context in ET.parse(updated).getroot().iter("context"):
    name = context.findtext("name")
    for message in context.iter("message"):
        messages += 1
        text = message.findtext("source")
        where = f"{name}: {text!r}"
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where}: no German")
            continue
        german = forms(translation)
        if message.get("numerus") == "yes" and len(german) != 2:
            problems.append(f"{where}: a plural needs German's 2 forms, has {len(german)}")
        for form in german:
            if not form.strip():
                problems.append(f"{where}: the German is empty")
            elif sorted(set(PLACEHOLDER.findall(form))) != sorted(set(PLACEHOLDER.findall(text))):
                problems.append(f"{where}: placeholders {sorted(set(PLACEHOLDER.findall(text)))} became "
                                f"{sorted(set(PLACEHOLDER.findall(form)))} in {form!r}")
            elif len(ACCELERATOR.findall(form)) != len(ACCELERATOR.findall(text)):
                problems.append(f"{where}: the & accelerator is lost or doubled in {form!r}")

print(f"{messages} messages checked in {committed.name}")
for problem in problems:
    print("FAIL:", problem)
sys.exit(1 if problems or messages == 0 else 0)
