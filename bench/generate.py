#!/usr/bin/env python3
"""Generates a deterministic synthetic bilingual casebook of N cases, and the same content
as a Hugo site, for the build benchmark (bench/bench.py).

Usage: generate.py N OUT_DIR [--theme THEMES_DEFAULT_DIR]

Writes
  OUT_DIR/casebook/   content/ in the FORMAT.md layout + themes/default (copied)
  OUT_DIR/hugo/       the same cases, evaluations and pages as a Hugo site: two languages,
                      taxonomies sectors / target-groups / regions / municipalities, minimal
                      templates equivalent to the default theme (see bench/hugo/layouts)
  OUT_DIR/bodies.md   every Markdown body of the casebook, concatenated (input of the
                      cmark-gfm CLI, the raw limit)
  OUT_DIR/STAMP       generator version and N; a folder with the same stamp is reused

Everything comes from a fixed-seed splitmix64 generator: the same N always gives the same
bytes, on every machine and Python version. Bodies are 600-1200 words with headings,
ordered and bullet lists, two GFM tables, links to other cases and to a page, an autolink,
strikethrough and footnotes.
"""
import os
import shutil
import sys

VERSION = "casebook-bench-generator 1"
MASK = (1 << 64) - 1


class Random:
    """splitmix64: tiny, fast and identical everywhere."""

    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def below(self, n):
        return self.next() % n

    def between(self, lo, hi):
        return lo + self.below(hi - lo + 1)

    def choice(self, items):
        return items[self.below(len(items))]

    def sample(self, items, k):
        pool = list(items)
        out = []
        for _ in range(min(k, len(pool))):
            out.append(pool.pop(self.below(len(pool))))
        return out


WORDS = {
    "ru": (
        "айыл окмоту муниципалитет программа развитие женщины дети молодёжь село жители бюджет "
        "мероприятие школа детский сад вода дорога освещение здоровье пожилые люди инвалидность "
        "участие собрание депутаты кенеш район область проект грант софинансирование отчёт "
        "мониторинг индикатор результат услуга доступ помещение ремонт оборудование обучение "
        "курсы работа доход семья матери девочки мальчики транспорт автобус маршрут безопасность "
        "пандус вход здание центр встреча опрос данные анализ потребности расходы источники "
        "сообщество ашар вклад договор соглашение подготовка план график ответственные сроки "
        "охват показатель рост снижение очередь время зима лето уголь отопление крыша окна "
        "трубы насос резервуар тариф счётчик абоненты сбор плата льгота пособие малообеспеченные "
        "отдалённые хозяйство теплица цех кооператив продукция рынок кредит сбережения "
        "ответственно быстро вместе впервые ежегодно регулярно вечером утром отдельно открыто "
        "новый местный общий равный доступный безопасный удобный понятный устойчивый малый "
        "большой первый второй каждый весь другой важный главный социальный гендерный").split(),
    "en": (
        "municipality council programme development women children youth village residents budget "
        "measure school kindergarten water road lighting health older people disability "
        "participation meeting deputies district region project grant cofinancing report "
        "monitoring indicator result service access premises repair equipment training "
        "courses work income family mothers girls boys transport bus route safety ramp "
        "entrance building centre survey data analysis needs costs sources community "
        "contribution agreement preparation plan schedule owners deadlines coverage growth "
        "decline queue time winter summer coal heating roof windows pipes pump reservoir tariff "
        "meter subscribers fee benefit allowance households remote farm greenhouse workshop "
        "cooperative produce market credit savings responsibly quickly together first yearly "
        "regularly evening morning separately openly new local common equal accessible safe "
        "convenient clear sustainable small large second every whole other important main "
        "social gender").split(),
}

SECTIONS = {
    "ru": ["Проблема", "Мера", "Результаты", "Как повторить"],
    "en": ["Problem", "Measure", "Results", "How to replicate"],
}
SUBSECTIONS = {
    "ru": ["Что сделали", "Стоимость и источники финансирования", "Кто участвовал", "Что изменилось"],
    "en": ["What was done", "Cost and funding sources", "Who took part", "What changed"],
}
TABLE_HEAD = {
    "ru": ["Статья", "Местный бюджет", "Донор", "Итого"],
    "en": ["Item", "Local budget", "Donor", "Total"],
}
RESULT_HEAD = {
    "ru": ["Показатель", "2020", "2022"],
    "en": ["Indicator", "2020", "2022"],
}
LINK_TEXT = {"ru": "похожий кейс", "en": "a similar case"}
METHOD_TEXT = {"ru": "методику оценки", "en": "the evaluation method"}
NOTE_TEXT = {"ru": "По данным опроса айыл окмоту", "en": "According to the municipal survey"}
EVAL_SECTIONS = {
    "ru": ["Сильные стороны", "Пробелы", "Рекомендации"],
    "en": ["Strengths", "Gaps", "Recommendations"],
}

REGIONS = [
    ("jalal-abad", "Джалал-Абадская область", "Jalal-Abad region"),
    ("issyk-kul", "Иссык-Кульская область", "Issyk-Kul region"),
    ("osh", "Ошская область", "Osh region"),
    ("batken", "Баткенская область", "Batken region"),
    ("naryn", "Нарынская область", "Naryn region"),
    ("talas", "Таласская область", "Talas region"),
    ("chui", "Чуйская область", "Chui region"),
]
SECTORS = [
    ("preschool", "Дошкольное образование", "Kindergartens"),
    ("water", "Питьевая вода", "Drinking water"),
    ("public-safety", "Освещение и безопасность", "Lighting and safety"),
    ("accessibility", "Доступная среда", "Accessibility"),
    ("governance", "Участие и подотчётность", "Participation and accountability"),
    ("social-protection", "Социальная защита", "Social protection"),
    ("transport", "Транспорт", "Transport"),
    ("economy", "Экономические возможности", "Economic opportunities"),
    ("health", "Здоровье", "Health"),
    ("education", "Школьное образование", "Schools"),
    ("culture", "Культура и спорт", "Culture and sport"),
    ("environment", "Экология", "Environment"),
]
GROUPS = [
    ("women", "Женщины", "Women"),
    ("girls", "Девочки", "Girls"),
    ("children", "Дети", "Children"),
    ("pwd", "Люди с инвалидностью", "Persons with disabilities"),
    ("elderly", "Пожилые люди", "Older people"),
    ("low-income", "Малообеспеченные семьи", "Low-income households"),
    ("youth", "Молодёжь", "Youth"),
    ("remote", "Жители отдалённых сёл", "Residents of remote villages"),
    ("migrants", "Семьи трудовых мигрантов", "Families of labour migrants"),
    ("farmers", "Фермеры", "Farmers"),
]
CRITERIA = [
    ("participation", 15, "Участие уязвимых групп", "Inclusive participation"),
    ("data", 10, "Дезагрегированные данные", "Disaggregated data"),
    ("analysis", 10, "Гендерный анализ", "Gender analysis"),
    ("goals", 10, "Цели с учётом ГРСИ", "GESI-explicit goals"),
    ("measures", 15, "Мероприятия по потребностям", "Measures that match needs"),
    ("budgeting", 15, "Гендерное бюджетирование", "Gender-responsive budgeting"),
    ("monitoring", 10, "Индикаторы и мониторинг", "Indicators and monitoring"),
    ("compliance", 5, "Соответствие методике", "Methodological compliance"),
    ("sustainability", 5, "Устойчивость", "Sustainability"),
    ("innovation", 5, "Новизна", "Innovation"),
]
BANDS = [(0, "blind", "Гендерно нейтральная", "GESI-blind"),
         (20, "promising", "Перспективная", "Promising"),
         (40, "sensitive", "Гендерно чувствительная", "Gender-sensitive"),
         (75, "responsive", "Гендерно ориентированная", "Gender-responsive")]
NOMINATIONS = [("winner", "Победитель", "Winner"), ("second-place", "Второе место", "Second place"),
               ("third-place", "Третье место", "Third place"),
               ("incentive-prize", "Поощрительный приз", "Incentive prize")]
FUNDING = ["local-budget", "republican", "donor", "community", "private"]


def q(text):
    """A YAML double-quoted scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Corpus:
    def __init__(self, n):
        self.n = n
        self.m = max(47, n // 10)  # municipalities, one evaluation each
        rnd = Random(0xCA5EB00C + n)
        self.districts = []
        for index in range(max(14, self.m // 12)):
            region = REGIONS[index % len(REGIONS)]
            self.districts.append((f"district-{index + 1:03d}", region[0],
                                   f"Район {index + 1}", f"District {index + 1}"))
        self.municipalities = []
        for index in range(self.m):
            district = self.districts[rnd.below(len(self.districts))]
            cohort = "psi" if index % 2 == 0 else "lsg-union"
            self.municipalities.append((f"aa-{index + 1:04d}", district[0], cohort,
                                        f"Айыл аймак {index + 1}", f"Aiyl aimak {index + 1}"))
        self.region_of_district = {d[0]: d[1] for d in self.districts}
        self.cases = []
        for index in range(n):
            r = Random(0x5EED0000 + index)
            municipality = self.municipalities[index % self.m]
            self.cases.append({
                "id": f"case-{index + 1:05d}",
                "municipality": municipality[0],
                "region": self.region_of_district[municipality[1]],
                "sectors": [s[0] for s in r.sample(SECTORS, r.between(1, 3))],
                "groups": [g[0] for g in r.sample(GROUPS, r.between(1, 3))],
                "year": r.between(2016, 2022),
                "seed": r.next(),
            })
        self.by_municipality = {}
        for case in self.cases:
            self.by_municipality.setdefault(case["municipality"], []).append(case["id"])

    # --- text -------------------------------------------------------------------------------

    def sentence(self, r, lang, lo=7, hi=16):
        words = [r.choice(WORDS[lang]) for _ in range(r.between(lo, hi))]
        if r.below(6) == 0:
            words.insert(1 + r.below(len(words)), f"**{r.choice(WORDS[lang])}**")
        if r.below(9) == 0:
            words.insert(1 + r.below(len(words)), f"*{r.choice(WORDS[lang])}*")
        if r.below(8) == 0:
            words.insert(1 + r.below(len(words)), str(r.between(2, 2000)))
        text = " ".join(words)
        return text[0].upper() + text[1:] + "."

    def paragraph(self, r, lang, lo=3, hi=6):
        return " ".join(self.sentence(r, lang) for _ in range(r.between(lo, hi)))

    def title(self, r, lang):
        text = " ".join(r.choice(WORDS[lang]) for _ in range(r.between(4, 8)))
        return text[0].upper() + text[1:]

    def case_body(self, case, lang, link):
        """~600-1200 words; `link(id)` gives the Markdown destination of another case."""
        r = Random(case["seed"] ^ (1 if lang == "en" else 2))
        target = r.between(600, 1200)
        sec, sub = SECTIONS[lang], SUBSECTIONS[lang]
        others = [self.cases[r.below(self.n)]["id"] for _ in range(3)]
        out = []
        words = 0

        def para():
            nonlocal words
            text = self.paragraph(r, lang)
            words += text.count(" ") + 1
            out.append(text + "\n")

        out.append(f"## {sec[0]}\n")
        para()
        para()
        out.append(f"## {sec[1]}\n")
        para()
        out.append(f"### {sub[0]}\n")
        for k in range(r.between(4, 6)):
            item = self.sentence(r, lang, 6, 12)
            words += item.count(" ") + 1
            out.append(f"{k + 1}. {item}")
        out.append("")
        out.append(f"### {sub[1]}\n")
        head = TABLE_HEAD[lang]
        out.append("| " + " | ".join(head) + " |")
        out.append("|---|---:|---:|---:|")
        for _ in range(r.between(3, 5)):
            a, b = r.between(10, 900) * 1000, r.between(10, 900) * 1000
            out.append(f"| {self.title(r, lang)} | {a} | {b} | {a + b} |")
        out.append("")
        para()
        out.append(f"## {sec[2]}\n")
        text = self.paragraph(r, lang)
        out.append(text + "[^1]\n")
        words += text.count(" ") + 1
        head = RESULT_HEAD[lang]
        out.append("| " + " | ".join(head) + " |")
        out.append("|---|---:|---:|")
        for _ in range(r.between(3, 6)):
            out.append(f"| {self.title(r, lang)} | {r.between(5, 400)} | {r.between(5, 800)} |")
        out.append("")
        for _ in range(r.between(3, 5)):
            item = self.sentence(r, lang, 5, 10)
            words += item.count(" ") + 1
            out.append(f"- {item}")
        out.append("")
        out.append(f"## {sec[3]}\n")
        para()
        out.append(f"- ~~{r.choice(WORDS[lang])}~~ {self.sentence(r, lang, 5, 9)}")
        out.append(f"- [{LINK_TEXT[lang]}]({link(others[0])}), [{LINK_TEXT[lang]}]({link(others[1])})")
        out.append(f"- [{METHOD_TEXT[lang]}](../pages/methodology.md), https://example.org/{case['id']}")
        out.append("")
        # Count every word written so far (tables and lists too), then fill to the target.
        words = len("\n".join(out).split())
        while words < target:
            para()
        out.append(f"[^1]: {NOTE_TEXT[lang]}, {case['year']}.\n")
        return "\n".join(out)

    def evaluation_body(self, municipality, lang, link):
        r = Random(hash_id(municipality[0]) ^ (1 if lang == "en" else 2))
        out = []
        for index, heading in enumerate(EVAL_SECTIONS[lang]):
            out.append(f"## {heading}\n")
            if index == 1:
                for _ in range(r.between(3, 5)):
                    out.append(f"- {self.sentence(r, lang, 8, 16)}")
                out.append("")
            else:
                out.append(self.paragraph(r, lang, 4, 7) + "\n")
        cases = self.by_municipality.get(municipality[0], [])[:2]
        if cases:
            out.append(" ".join(f"[{LINK_TEXT[lang]}]({link(c)})." for c in cases) + "\n")
        return "\n".join(out)

    def scores(self, municipality):
        r = Random(hash_id(municipality[0]))
        return {c[0]: r.between(0, c[1]) for c in CRITERIA}


def hash_id(text):
    h = 1469598103934665603
    for byte in text.encode():
        h = ((h ^ byte) * 1099511628211) & MASK
    return h


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# --- casebook ------------------------------------------------------------------------------

def casebook_config(c):
    lines = [
        "# Synthetic casebook for the build benchmark (bench/generate.py). Not real data.",
        "languages: [ru, en]",
        "title: {ru: \"Сборник успешных практик (синтетический)\", en: \"A casebook (synthetic)\"}",
        "subtitle: {ru: \"Данные для замера скорости сборки\", en: \"Data for the build benchmark\"}",
        "publisher: {ru: \"Бенчмарк casebook\", en: \"casebook benchmark\"}",
        "edition: \"2022\"",
        "date: 2022-06-30",
        "base_url: \"https://example.org/casebook/\"",
        "theme: default",
        "regions:",
    ]
    lines += [f"  {i}: {{ru: {q(ru)}, en: {q(en)}}}" for i, ru, en in REGIONS]
    lines.append("districts:")
    lines += [f"  {i}: {{region: {reg}, ru: {q(ru)}, en: {q(en)}}}" for i, reg, ru, en in c.districts]
    lines.append("municipalities:")
    lines += [f"  {i}: {{district: {d}, cohort: {co}, ru: {q(ru)}, en: {q(en)}}}"
              for i, d, co, ru, en in c.municipalities]
    lines += ["cohorts:",
              "  psi: {ru: \"Пилотные муниципалитеты проекта\", en: \"Project pilot municipalities\"}",
              "  lsg-union: {ru: \"Пилотные муниципалитеты Союза МСУ\", en: \"Union of LSG pilot municipalities\"}",
              "sectors:"]
    lines += [f"  {i}: {{ru: {q(ru)}, en: {q(en)}}}" for i, ru, en in SECTORS]
    lines.append("target_groups:")
    lines += [f"  {i}: {{ru: {q(ru)}, en: {q(en)}}}" for i, ru, en in GROUPS]
    lines.append("nominations:")
    lines += [f"  {i}: {{ru: {q(ru)}, en: {q(en)}}}" for i, ru, en in NOMINATIONS]
    lines += ["rubric:", "  criteria:"]
    for i, mx, ru, en in CRITERIA:
        lines += [f"    - id: {i}", f"      max: {mx}", f"      ru: {q(ru)}", f"      en: {q(en)}"]
    lines.append("  bands:")
    lines += [f"    - {{min: {mn}, id: {i}, ru: {q(ru)}, en: {q(en)}}}" for mn, i, ru, en in BANDS]
    lines += ["evaluations:", "  publish: full", ""]
    return "\n".join(lines)


def case_front(c, case, lang):
    """(title, summary, highlights line, shared-field lines) of one translation; the shared
    fields are written in the default-language (ru) file only."""
    r = Random(case["seed"] ^ (0x10 if lang == "en" else 0x20))
    title = c.title(r, lang)
    summary = c.sentence(r, lang, 14, 24)
    highlights = "highlights: [" + ", ".join(q(c.sentence(r, lang, 3, 6)) for _ in range(3)) + "]"
    lines = []
    if lang == "ru":
        women, men, girls, boys = (r.between(0, 300) for _ in range(4))
        budget = r.between(100, 5000) * 1000
        local = budget // 3
        lines += [
            f"municipality: {case['municipality']}",
            f"sectors: [{', '.join(case['sectors'])}]",
            f"target_groups: [{', '.join(case['groups'])}]",
            f"year: {case['year']}",
            f"budget_kgs: {budget}",
            "funding:",
            f"  - {{source: local-budget, kgs: {local}}}",
            f"  - {{source: {FUNDING[1 + r.below(4)]}, kgs: {budget - local}}}",
            f"beneficiaries: {{total: {women + men + girls + boys}, women: {women}, men: {men}, "
            f"girls: {girls}, boys: {boys}, pwd: {r.between(0, 20)}}}",
            f"evaluation: {case['municipality']}",
        ]
    return title, summary, highlights, lines


def generate_casebook(c, out, theme_dir, bodies):
    root = os.path.join(out, "casebook")
    write(os.path.join(root, "content/casebook.yml"), casebook_config(c))
    shutil.copytree(theme_dir, os.path.join(root, "themes/default"), dirs_exist_ok=True)
    meta = {}
    for case in c.cases:
        for lang in ("ru", "en"):
            title, summary, highlights, shared = case_front(c, case, lang)
            body = c.case_body(case, lang, lambda other: f"{other}.md")
            meta[(case["id"], lang)] = body
            front = ["---", f"title: {q(title)}", f"summary: {q(summary)}", highlights] + shared + ["---", ""]
            write(os.path.join(root, f"content/cases/{case['id']}.{lang}.md"), "\n".join(front) + "\n" + body)
            bodies.append(body)
    for m in c.municipalities:
        scores = c.scores(m)
        for lang in ("ru", "en"):
            body = c.evaluation_body(m, lang, lambda other: f"../cases/{other}.md")
            r = Random(hash_id(m[0]) ^ 7 ^ (1 if lang == "en" else 2))
            lines = ["---"]
            if lang == "ru":
                lines += [f"municipality: {m[0]}", "sedp_period: \"2021–2025\"", "scores:"]
                lines += [f"  {k}: {v}" for k, v in scores.items()]
                lines.append(f"cases: [{', '.join(c.by_municipality.get(m[0], [])[:5])}]")
            lines += [f"summary: {q(c.sentence(r, lang, 10, 18))}", "---", ""]
            write(os.path.join(root, f"content/evaluations/{m[0]}.{lang}.md"), "\n".join(lines) + "\n" + body)
            bodies.append(body)
    for page, (ru, en) in PAGES.items():
        for lang, title in (("ru", ru), ("en", en)):
            r = Random(hash_id(page) ^ (1 if lang == "en" else 2))
            body = "\n\n".join(c.paragraph(r, lang) for _ in range(6)) + "\n"
            menu = "" if page == "home" else f"menu: {1 if page == 'about' else 2}\n"
            write(os.path.join(root, f"content/pages/{page}.{lang}.md"),
                  f"---\ntitle: {q(title)}\nsummary: {q(c.sentence(r, lang))}\n{menu}---\n\n{body}")
            bodies.append(body)
    return meta


PAGES = {"home": ("Сборник успешных практик", "A casebook of successful practices"),
         "about": ("О конкурсе", "About the contest"),
         "methodology": ("Методика оценки", "Evaluation method")}


# --- Hugo ----------------------------------------------------------------------------------

def generate_hugo(c, out, meta, layouts_dir):
    root = os.path.join(out, "hugo")
    shutil.copytree(layouts_dir, os.path.join(root, "layouts"), dirs_exist_ok=True)
    write(os.path.join(root, "config.yaml"), HUGO_CONFIG)
    # Labels and computed results the templates look up, like casebook's vocabularies.
    data = ["sectors:"] + [f"  {i}: {{ru: {q(ru)}, en: {q(en)}}}" for i, ru, en in SECTORS]
    data += ["target-groups:"] + [f"  {i}: {{ru: {q(ru)}, en: {q(en)}}}" for i, ru, en in GROUPS]
    data += ["regions:"] + [f"  {i}: {{ru: {q(ru)}, en: {q(en)}}}" for i, ru, en in REGIONS]
    data += ["districts:"] + [f"  {i}: {{region: {reg}, ru: {q(ru)}, en: {q(en)}}}" for i, reg, ru, en in c.districts]
    data += ["municipalities:"] + [f"  {i}: {{district: {d}, ru: {q(ru)}, en: {q(en)}}}"
                                   for i, d, co, ru, en in c.municipalities]
    write(os.path.join(root, "data/vocab.yaml"), "\n".join(data) + "\n")
    totals = {m[0]: sum(c.scores(m).values()) for m in c.municipalities}
    ranked = sorted(totals.values(), reverse=True)
    for lang, title in (("ru", "Сборник успешных практик (синтетический)"), ("en", "A casebook (synthetic)")):
        r = Random(hash_id("home") ^ (1 if lang == "en" else 2))
        body = "\n\n".join(c.paragraph(r, lang) for _ in range(6)) + "\n"
        write(os.path.join(root, f"content/_index.{lang}.md"), f"---\ntitle: {q(title)}\n---\n\n{body}")
        for page, (ru, en) in PAGES.items():
            if page == "home":
                continue
            r = Random(hash_id(page) ^ (1 if lang == "en" else 2))
            body = "\n\n".join(c.paragraph(r, lang) for _ in range(6)) + "\n"
            summary = c.sentence(r, lang)
            write(os.path.join(root, f"content/pages/{page}.{lang}.md"),
                  f"---\ntitle: {q(ru if lang == 'ru' else en)}\nsummary: {q(summary)}\n---\n\n{body}")
        write(os.path.join(root, f"content/cases/_index.{lang}.md"),
              f"---\ntitle: {q('Кейсы' if lang == 'ru' else 'Cases')}\n---\n")
    for case in c.cases:
        for lang in ("ru", "en"):
            title, summary, highlights, _ = case_front(c, case, lang)
            # The same shared facts as the casebook's ru file, as Hugo params.
            shared = [line for line in case_front(c, case, "ru")[3]
                      if not line.startswith(("sectors:", "target_groups:", "municipality:", "evaluation:"))]
            body = meta[(case["id"], lang)]
            lines = ["---", f"title: {q(title)}", f"summary: {q(summary)}", highlights,
                     f"municipality: {case['municipality']}",
                     f"municipalities: [{case['municipality']}]",
                     f"sectors: [{', '.join(case['sectors'])}]",
                     f"target-groups: [{', '.join(case['groups'])}]",
                     f"regions: [{case['region']}]"] + shared + ["---", ""]
            write(os.path.join(root, f"content/cases/{case['id']}.{lang}.md"), "\n".join(lines) + "\n" + body)
    for m in c.municipalities:
        total = totals[m[0]]
        for lang in ("ru", "en"):
            body = c.evaluation_body(m, lang, lambda other: f"../../cases/{other}.md")
            scores = "\n".join(f"  {k}: {v}" for k, v in c.scores(m).items())
            write(os.path.join(root, f"content/municipalities/{m[0]}/_index.{lang}.md"),
                  f"---\ntitle: {q(m[3] if lang == 'ru' else m[4])}\ntotal: {total}\n"
                  f"rank: {ranked.index(total) + 1}\nscores:\n{scores}\n---\n\n{body}")


HUGO_CONFIG = """\
baseURL: "https://example.org/casebook/"
title: "casebook benchmark"
defaultContentLanguage: ru
defaultContentLanguageInSubdir: true
disableKinds: [RSS]
enableRobotsTXT: false
taxonomies:
  sector: sectors
  target-group: target-groups
  region: regions
  municipality: municipalities
outputs:
  home: [HTML, SearchIndex]
outputFormats:
  SearchIndex:
    mediaType: text/javascript
    baseName: search-index
    isPlainText: true
languages:
  ru: {weight: 1, languageName: "Русский", title: "Сборник успешных практик (синтетический)"}
  en: {weight: 2, languageName: "English", title: "A casebook (synthetic)"}
markup:
  goldmark:
    renderer: {unsafe: false}
  tableOfContents: {startLevel: 2, endLevel: 2}
"""


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    n, out = int(args[0]), args[1]
    here = os.path.dirname(os.path.abspath(__file__))
    theme = os.path.join(here, "..", "themes", "default")
    if "--theme" in args:
        theme = args[args.index("--theme") + 1]
    stamp = f"{VERSION} n={n}\n"
    stamp_path = os.path.join(out, "STAMP")
    if os.path.exists(stamp_path) and open(stamp_path).read() == stamp:
        print(f"{out}: up to date")
        return
    shutil.rmtree(out, ignore_errors=True)
    c = Corpus(n)
    bodies = []
    meta = generate_casebook(c, out, theme, bodies)
    generate_hugo(c, out, meta, os.path.join(here, "hugo", "layouts"))
    write(os.path.join(out, "bodies.md"), "\n\n".join(bodies))
    write(stamp_path, stamp)
    size = sum(len(b.encode()) for b in bodies)
    print(f"{out}: {n} cases, {c.m} municipalities, {size / 1e6:.1f} MB of Markdown bodies")


if __name__ == "__main__":
    main()
