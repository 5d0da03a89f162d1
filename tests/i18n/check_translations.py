#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The translations' test (ctest label i18n).

complete  every German and French message is finished, none is vanished or obsolete, and each translation
          keeps its source's placeholders (%1.., %n) and accelerators (&); English carries the plural forms.
in_sync   lupdate run afresh over src/ and ui/ finds exactly the messages the committed .ts files hold.
loads     the programs speak the language LANGUAGE names first, before LANG's.
"""
import collections
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

FINISHED_LANGUAGES = ("de", "fr")
PLACEHOLDER = re.compile(r"%(?:\d+|n)")
ACCELERATOR = re.compile(r"&(?!&)(?![a-zA-Z]+;|#\d+;)")


def messages(ts_path):
    """(context, source, comment) -> the message element, for every message of a .ts file."""
    found = {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"), message.findtext("comment") or "")
            found[key] = message
    return found


def translations_of(message):
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def accelerators(text):
    return len(ACCELERATOR.findall(text.replace("&&", "")))


def problems_of_message(key, message, finished):
    translation = message.find("translation")
    state = translation.get("type")
    numerus = message.get("numerus") == "yes"
    if state in ("vanished", "obsolete"):
        return [f"{state}: {key}"]
    if state == "unfinished" and (finished or numerus):
        return [f"unfinished: {key}"]
    if state == "unfinished":
        return []  # English needs no translation where it has no plural forms
    source = key[1]
    found = []
    forms = translations_of(message)
    if numerus and len(forms) != 2:
        found.append(f"{len(forms)} plural forms instead of 2: {key}")
    for text in forms:
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        if sorted(set(PLACEHOLDER.findall(text))) != wanted:
            found.append(f"placeholders differ: {key} -> {text!r}")
        if accelerators(text) != accelerators(source):
            found.append(f"accelerators differ: {key} -> {text!r}")
    return found


def check_complete(ts_dir):
    problems = []
    for ts_path in sorted(ts_dir.glob("vfio-isolator_*.ts")):
        language = ts_path.stem.split("_", 1)[1]
        for key, message in messages(ts_path).items():
            for problem in problems_of_message(key, message, language in FINISHED_LANGUAGES):
                problems.append(f"{ts_path.name}: {problem}")
    return problems


def sources(source_dir):
    files = [p for p in (source_dir / "src").rglob("*") if p.suffix in (".cpp", ".h")]
    return sorted(files) + sorted((source_dir / "ui").glob("*.ui"))


def check_in_sync(lupdate, source_dir, ts_dir):
    with tempfile.TemporaryDirectory() as scratch:
        fresh = pathlib.Path(scratch) / "fresh.ts"
        listing = pathlib.Path(scratch) / "sources.lst"
        listing.write_text("\n".join(str(p) for p in sources(source_dir)) + "\n")
        subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none", f"@{listing}", "-ts",
                        str(fresh)], check=True)
        wanted = set(messages(fresh))
    problems = []
    for ts_path in sorted(ts_dir.glob("vfio-isolator_*.ts")):
        held = {key for key, message in messages(ts_path).items()
                if message.find("translation").get("type") not in ("vanished", "obsolete")}
        problems += [f"{ts_path.name} lacks {key}: run the update_translations target" for key in wanted - held]
        problems += [f"{ts_path.name} holds {key}, which the sources no longer have" for key in held - wanted]
    return problems


def output_in(program, arguments, language, lang):
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "DISPLAY", "WAYLAND_DISPLAY")}
    environment["LANG"] = lang
    if language:
        environment["LANGUAGE"] = language
    run = subprocess.run([program, *arguments], env=environment, capture_output=True, text=True, timeout=60)
    return run.stdout + run.stderr


def check_loads(cli, gui):
    expectations = [
        # (program, arguments, LANGUAGE, LANG, a line the language must show)
        (cli, ["--help"], "de", "C.UTF-8", "Befehle:"),
        (cli, ["--help"], "fr", "de_DE.UTF-8", "Commandes :"),  # LANGUAGE comes first
        (cli, ["--help"], None, "de_DE.UTF-8", "Befehle:"),  # without LANGUAGE, the locale
        (cli, ["--help"], "en", "de_DE.UTF-8", "Commands:"),  # English wins when LANGUAGE asks for it
        (cli, ["list", "--help"], "de", "C.UTF-8", "JSON statt der Liste ausgeben."),
        (gui, ["--help"], "fr", "C.UTF-8", "Ouvrir la machine d'exemple intégrée."),
    ]
    problems = []
    for program, arguments, language, lang, wanted in expectations:
        said = output_in(program, arguments, language, lang)
        if wanted not in said:
            problems.append(f"LANGUAGE={language} LANG={lang} {pathlib.Path(program).name} "
                            f"{' '.join(arguments)}: no {wanted!r} in:\n{said}")
    return problems


def main():
    check, source_dir = sys.argv[1], pathlib.Path(sys.argv[2])
    ts_dir = source_dir / "translations"
    if check == "complete":
        problems = check_complete(ts_dir)
    elif check == "in_sync":
        problems = check_in_sync(sys.argv[3], source_dir, ts_dir)
    else:
        problems = check_loads(sys.argv[3], sys.argv[4])
    for problem in problems:
        print(problem)
    print(f"{check}: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
