#!/usr/bin/python3
"""Fills the evaluation sheet of `casebook export form` in LibreOffice Calc, as the expert
does, and saves it as LibreOffice writes CSV: the file of the forms round trip (.ci/check-forms).

Usage: /usr/bin/python3 scripts/fill-sheet-libreoffice.py SHEET.csv OUT.csv [--mistakes]

LibreOffice runs headless with a Russian locale and a profile of its own (in a temporary
folder). The sheet is opened as the CSV import dialog would open it (`;`, UTF-8, language
Russian); each score is typed as text with a decimal comma (`7,5`) and goes through Calc's
own input parsing for the Russian locale, as at the keyboard; the nomination, SEDP period and
summaries are typed as text (the dispatcher's EnterString, the keyboard's own path, makes a
headless LibreOffice 7.4 crash, so a score goes through Calc's number recognition by the API).
Then File ▸ Save as ▸ Text CSV with `;`, UTF-8, "save cell
content as shown". The scores are a function of the municipality id, so every run writes
the same file. Needs LibreOffice Calc and its Python bridge (Debian: libreoffice-calc-nogui
python3-uno); run it with the system Python, which has the `uno` module.

--mistakes adds one of each mistake the import must name by row and column: an unknown
municipality id, a score over the maximum, an empty score and a word in a score cell.
"""
import argparse
import hashlib
import os
import pathlib
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue

# Field separator 59 (;), text delimiter 34 ("), character set 76 (UTF-8), from line 1, no
# column formats, language 1049 (Russian). On export, token 9 `true`: cell content as shown.
IMPORT_OPTIONS = "59,34,76,1,,1049,false,true"
EXPORT_OPTIONS = "59,34,76,1,,1049,false,true,true"
NOMINATIONS = ["Победитель", "Второе место", "Третье место", "Поощрительный приз", "Поощрительный приз"]


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def start_office(profile):
    pipe = f"casebook-fill-{os.getpid()}"
    env = dict(os.environ, LANG="ru_RU.UTF-8", LC_ALL="ru_RU.UTF-8")
    office = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
         f"-env:UserInstallation={pathlib.Path(profile).as_uri()}", f"--accept=pipe,name={pipe};urp;"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            return office, context
        except Exception:
            if office.poll() is not None:
                sys.exit("fill-sheet-libreoffice: soffice exited before accepting a connection")
            time.sleep(0.5)
    os.killpg(office.pid, signal.SIGKILL)
    sys.exit("fill-sheet-libreoffice: soffice did not accept a connection in 60 s")


def score(municipality, criterion, maximum):
    """A score in half points, higher for some municipalities than for others."""
    digest = hashlib.sha256(f"{municipality}/{criterion}".encode()).digest()
    strength = hashlib.sha256(municipality.encode()).digest()[0] / 255
    fraction = min(1.0, 0.25 + 0.6 * strength + 0.25 * (digest[0] / 255 - 0.5))
    return round(maximum * fraction * 2) / 2


def typed(value):
    """A score as the expert types it: `7` or `7,5`."""
    return f"{value:g}".replace(".", ",")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sheet")
    parser.add_argument("out")
    parser.add_argument("--mistakes", action="store_true")
    args = parser.parse_args()
    if not shutil.which("soffice"):
        sys.exit("fill-sheet-libreoffice: soffice not found (apt-get install libreoffice-calc-nogui python3-uno)")
    profile = tempfile.mkdtemp(prefix="casebook-lo-")
    office, context = start_office(profile)
    try:
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        document = desktop.loadComponentFromURL(
            pathlib.Path(args.sheet).resolve().as_uri(), "_blank", 0,
            (prop("FilterName", "Text - txt - csv (StarCalc)"), prop("FilterOptions", IMPORT_OPTIONS), prop("Hidden", True)))
        if document is None:
            sys.exit(f"fill-sheet-libreoffice: LibreOffice could not open {args.sheet}")
        fill(document, context, args.mistakes)
        document.storeToURL(
            pathlib.Path(args.out).resolve().as_uri(),
            (prop("FilterName", "Text - txt - csv (StarCalc)"), prop("FilterOptions", EXPORT_OPTIONS), prop("Overwrite", True)))
        document.close(True)
        desktop.terminate()
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pass
        # soffice is a launcher: soffice.bin, its child, is in the same new session.
        try:
            os.killpg(office.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        shutil.rmtree(profile, ignore_errors=True)


def fill(document, context, mistakes):
    sheet = document.Sheets.getByIndex(0)
    used = sheet.createCursor()
    used.gotoEndOfUsedArea(False)
    last_column, last_row = used.RangeAddress.EndColumn, used.RangeAddress.EndRow
    header = [sheet.getCellByPosition(c, 0).String for c in range(last_column + 1)]
    criteria = {}
    for index, text in enumerate(header):
        match = re.search(r"\(макс\. ([\d,]+)\)$", text)
        if match:
            criteria[index] = float(match.group(1).replace(",", "."))
    column = {name: header.index(name) for name in ("id", "Номинация", "Период ПСЭР", "Краткий вывод (ru)", "Краткий вывод (en)")}
    # A typed number goes through Calc's number recognition for the cell's locale, Russian:
    # "7,5" is 7.5 there (and not a number in an English locale).
    russian = uno.createUnoStruct("com.sun.star.lang.Locale")
    russian.Language, russian.Country = "ru", "RU"
    standard = document.NumberFormats.getStandardIndex(russian)
    recogniser = context.ServiceManager.createInstanceWithContext("com.sun.star.util.NumberFormatter", context)
    recogniser.attachNumberFormatsSupplier(document)

    def type_into(col, row, text):
        cell = sheet.getCellByPosition(col, row)
        try:
            cell.setValue(recogniser.convertStringToNumber(standard, text))
            cell.NumberFormat = standard
        except Exception:  # not a number in this locale: Calc keeps the text
            cell.setString(text)

    def write_text(col, row, text):
        sheet.getCellByPosition(col, row).setString(text)

    rows = []
    for row in range(1, last_row + 1):
        municipality = sheet.getCellByPosition(column["id"], row).String
        scores = {c: score(municipality, header[c], maximum) for c, maximum in criteria.items()}
        rows.append((row, municipality, scores))
        for c, value in scores.items():
            type_into(c, row, typed(value))
        write_text(column["Период ПСЭР"], row, "2023–2027")
        write_text(column["Краткий вывод (ru)"], row, f"ПСЭР оценена по {len(criteria)} критериям; см. форму эксперта.")
        write_text(column["Краткий вывод (en)"], row, f"The SEDP was scored on {len(criteria)} criteria; see the expert's form.")
    # Nominations by total, the ties broken by the order of the sheet.
    ranked = sorted(rows, key=lambda entry: -sum(entry[2].values()))
    for (row, _, _), nomination in zip(ranked, NOMINATIONS):
        write_text(column["Номинация"], row, nomination)
    first_criterion = min(criteria)
    if mistakes:
        write_text(column["id"], 3, sheet.getCellByPosition(column["id"], 3).String[:-1] + "j")
        type_into(first_criterion, 5, typed(criteria[first_criterion] + 1))
        sheet.getCellByPosition(first_criterion + 1, 7).setString("")
        write_text(first_criterion + 2, 9, "семь")
    # What Calc made of the typing: a score typed with a decimal comma must be a number.
    for row, municipality, scores in rows:
        for c, value in scores.items():
            cell = sheet.getCellByPosition(c, row)
            if mistakes and (row, c) in ((7, first_criterion + 1), (9, first_criterion + 2), (5, first_criterion)):
                continue
            if cell.Type.value != "VALUE" or abs(cell.Value - value) > 1e-9:
                sys.exit(f"fill-sheet-libreoffice: {municipality} {header[c]}: typed {typed(value)}, Calc has {cell.String!r}")


if __name__ == "__main__":
    main()
