#!/usr/bin/env python3
"""Makes the casebook of the forms round trip: `casebook init` in DIR, then 47 municipalities
of the Jalal-Abad and Issyk-Kul regions in its casebook.yml, in the 13 real districts and
three cohorts, with the ten-criterion rubric of the sample casebook.

Usage: forms-casebook.py CASEBOOK DIR [--publish full|summary|none]

CASEBOOK is the casebook program (e.g. .build/release/casebook); DIR must not have content/.
No evaluation is written: the expert scores every SEDP in the sheet of `casebook export form`
and `casebook import evaluations` makes the files (see .ci/check-forms).

The municipalities' names are made up from common Kyrgyz place-name words, like the sample's:
no score of this casebook describes a real municipality. The output is the same on every run.
"""
import argparse
import os
import pathlib
import re
import subprocess
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent

# id | region | Russian | English, in the order of the sample casebook.
DISTRICT_TABLE = """
aksy         | jalal-abad | Аксыйский район        | Aksy district
ala-buka     | jalal-abad | Ала-Букинский район    | Ala-Buka district
bazar-korgon | jalal-abad | Базар-Коргонский район | Bazar-Korgon district
nooken       | jalal-abad | Ноокенский район       | Nooken district
suzak        | jalal-abad | Сузакский район        | Suzak district
toguz-toro   | jalal-abad | Тогуз-Тороуский район  | Toguz-Toro district
toktogul     | jalal-abad | Токтогульский район    | Toktogul district
chatkal      | jalal-abad | Чаткальский район      | Chatkal district
ak-suu       | issyk-kul  | Ак-Суйский район       | Ak-Suu district
jeti-oguz    | issyk-kul  | Жети-Огузский район    | Jeti-Oguz district
issyk-kul    | issyk-kul  | Иссык-Кульский район   | Issyk-Kul district
ton          | issyk-kul  | Тонский район          | Ton district
tup          | issyk-kul  | Тюпский район          | Tup district
"""
DISTRICTS = [tuple(cell.strip() for cell in line.split("|")) for line in DISTRICT_TABLE.strip().splitlines()]
# Municipalities per district: 28 in Jalal-Abad, 19 in Issyk-Kul.
PER_DISTRICT = [4, 3, 4, 4, 5, 2, 4, 2, 4, 4, 4, 4, 3]
COHORTS = [
    ("psi", "Пилотные муниципалитеты проекта", "Project pilot municipalities"),
    ("lsg-union", "Пилотные муниципалитеты Союза МСУ", "Union of LSG pilot municipalities"),
    ("open-call", "Участники открытого конкурса", "Open call participants"),
]
FIRST = [("Ак", "Ak"), ("Кара", "Kara"), ("Көк", "Kok"), ("Сары", "Sary"), ("Таш", "Tash"),
         ("Кызыл", "Kyzyl"), ("Жаңы", "Jangy"), ("Чоң", "Chong"), ("Орто", "Orto"), ("Кичи", "Kichi"),
         ("Алтын", "Altyn"), ("Бел", "Bel"), ("Үч", "Uch")]
SECOND = [("Жылга", "Zhylga"), ("Булак", "Bulak"), ("Жар", "Jar"), ("Добо", "Dobo"), ("Талаа", "Talaa"),
          ("Сай", "Sai"), ("Кыя", "Kyia"), ("Терек", "Terek"), ("Өзөн", "Ozon"), ("Кайнар", "Kainar"),
          ("Арык", "Aryk"), ("Тоо", "Too"), ("Кемер", "Kemer"), ("Булуң", "Bulung")]


def municipalities():
    """47 (id, district, cohort, Russian, English), the same on every run."""
    result, seen, step = [], set(), 0
    for (district, _, _, _), count in zip(DISTRICTS, PER_DISTRICT):
        for _ in range(count):
            while True:
                first, second = FIRST[step % len(FIRST)], SECOND[(step * 5 + step // len(FIRST)) % len(SECOND)]
                step += 1
                english = f"{first[1]}-{second[1]}"
                if english not in seen:
                    break
            seen.add(english)
            cohort = COHORTS[len(result) % 3][0]
            result.append((english.lower(), district, cohort, f"{first[0]}-{second[0]}", english))
    assert len(result) == 47 and len({m[0] for m in result}) == 47
    return result


def vocabularies():
    lines = [
        "regions:",
        '  jalal-abad: {ru: "Джалал-Абадская область", en: "Jalal-Abad region"}',
        '  issyk-kul: {ru: "Иссык-Кульская область", en: "Issyk-Kul region"}',
        "districts:",
    ]
    lines += [f'  {i}: {{region: {r}, ru: "{ru}", en: "{en}"}}' for i, r, ru, en in DISTRICTS]
    lines.append("cohorts:")
    lines += [f'  {i}: {{ru: "{ru}", en: "{en}"}}' for i, ru, en in COHORTS]
    lines.append("# Made-up names: no real municipality is scored in this casebook.")
    lines.append("municipalities:")
    lines += [f'  {i}: {{district: {d}, cohort: {c}, ru: "{ru}", en: "{en}"}}' for i, d, c, ru, en in municipalities()]
    return "\n".join(lines) + "\n"


def block(text, key):
    """The lines of the top-level `key:` block of a YAML text, with the comments after it."""
    match = re.search(rf"^{key}:.*?(?=^[a-z_]+:)", text, re.S | re.M)
    if not match:
        sys.exit(f"forms-casebook: no '{key}:' block")
    return match


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("casebook")
    parser.add_argument("dir")
    parser.add_argument("--publish", choices=["full", "summary", "none"], default="full")
    args = parser.parse_args()
    root = pathlib.Path(args.dir)
    # `init` dates the casebook the day it is made (SOURCE_DATE_EPOCH's day when set): the
    # fixture's day, 2022-06-30, keeps the casebook the same whatever day it is made.
    environment = dict(os.environ, SOURCE_DATE_EPOCH="1656590400")
    subprocess.run([args.casebook, "init", str(root), "--languages", "ru,en"], check=True, stdout=subprocess.DEVNULL,
                   env=environment)
    config_path = root / "content" / "casebook.yml"
    text = config_path.read_text(encoding="utf-8")
    start, end = block(text, "regions").start(), block(text, "sectors").start()
    text = text[:start] + vocabularies() + text[end:]
    sample = (REPO / "content" / "casebook.yml").read_text(encoding="utf-8")
    for key in ("nominations", "rubric", "form"):
        text = text.replace(block(text, key).group(0), block(sample, key).group(0))
    text = re.sub(r"^  publish: \w+", f"  publish: {args.publish}", text, flags=re.M)
    config_path.write_text(text, encoding="utf-8")
    # The examples of `init` name its example municipality, which is gone; the sheet makes the evaluations.
    for path in (root / "content" / "evaluations").glob("*.md"):
        path.unlink()
    first = municipalities()[0][0]
    for path in (root / "content" / "cases").glob("*.md"):
        path.write_text(re.sub(r"^municipality: \S+", f"municipality: {first}", path.read_text(encoding="utf-8"), flags=re.M),
                        encoding="utf-8")


if __name__ == "__main__":
    main()
