#!/usr/bin/env python3
"""Generate the project's own sample snapshot, content/sample/, in the Yrkesinfo API's shape.

    python content/make_sample.py [OUT_DIR]     (default: content/sample next to this file)

Writes:
    yrken.json         what GET /yrken returns: one summary per occupation
    yrken/<id>.json    what GET /yrken/{id} returns: one occupation in full
    manifest.json      source "sample", a fixed time, the count and a hash per detail file
    arbetsmarknad/     sample Yrkesbarometer rows and SCB salary tables (make_sample_labour.py)

All texts are the project's own. They are built from a short table of facts per
occupation (sample_source/occupations.tsv: name, areas, SSYK group, typical tasks,
workplaces, education level, interest profile, synonyms) combined with sentence
templates and word lists (sample_source/tables.json) chosen by id, so the output
is deterministic: running the script twice gives byte-identical files
(tests/test_make_sample.py holds the committed sample to that).
Occupation names and SSYK codes and group names are public facts; no text from
Arbetsförmedlingen's own descriptions is used.

A few records are deliberately odd but valid, as in the real API (missing keys,
null versus empty string, empty lists, trailing spaces in URLs); see QUIRKS.

Standard library only.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_sample_labour import write_labour_sample  # noqa: E402  (the labour sources, kept apart)

FIRST_ID = 5001
FIRST_AMS_ID = 201
FETCHED_AT = "2026-01-01T00:00:00Z"
IMAGE_URL = "https://bilder.example.invalid/yrken/{id}.jpg"

# --------------------------------------------------------------------------
# Data: the facts per occupation and the sentence templates, in sample_source/
# --------------------------------------------------------------------------

SOURCE = Path(__file__).resolve().parent / "sample_source"


def read_occupations(path: Path = SOURCE / "occupations.tsv") -> list[tuple[str, ...]]:
    """One row per occupation (see the file's header for its columns and codes)."""
    with open(path, encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    rows = [tuple(row) for row in reader if row]
    bad = [row[0] for row in rows if len(row) != len(header)]
    assert not bad, f"{path}: rows with the wrong number of columns: {bad}"
    return rows


def read_tables(path: Path = SOURCE / "tables.json") -> dict:
    """The other tables, by name. JSON has no tuple or number keys: two tables get theirs back."""
    tables = json.loads(path.read_text("utf-8"))
    # (area code, environment code) -> paragraphs, stored as "AREA ENV"
    tables["AREA_ENV_PARAGRAPH"] = {tuple(k.split()): v for k, v in tables["AREA_ENV_PARAGRAPH"].items()}
    # highest education flag (0-3) -> link
    tables["EDUCATION_LINKS"] = {int(k): tuple(v) for k, v in tables["EDUCATION_LINKS"].items()}
    for name in ("HEADS", "NEUTER_ENDINGS", "VEHICLE_WORDS"):  # str.endswith wants a tuple
        tables[name] = tuple(tables[name])
    return tables


OCCUPATIONS = read_occupations()
_TABLES = read_tables()
# Area code -> area name; SSYK 2012 level-4 code -> group name (public JobTech taxonomy facts).
AREAS, SSYK = _TABLES["AREAS"], _TABLES["SSYK"]
# Education level code -> (isEjGymnasie, isGymnasie, isEftergymn2less, isEftergymn2more)
FLAGS = _TABLES["FLAGS"]
# Odd but valid records, as in the real API. name -> list of quirks:
#   drop:<key>      the key is missing from the detail
#   null:<key>      the detail value is null
#   empty:<key>     the detail value is "" (or [] for lists)
#   list-null:<key> / list-empty:<key>   the same, in the list item
#   space:bild      bildlank and bilder[0].lank end with a space
#   space:url       the first link's url ends with a space
#   empty:linkname  the first link's name is ""
#   flags:none      all four education flags false
#   space:paras     paragraphs end with a space before the blank line
QUIRKS = _TABLES["QUIRKS"]
# Sentence templates and word lists, chosen per occupation by a hash of its id.
TRAIT_SHORT, TRAIT_LONG, TRAIT_LINE = _TABLES["TRAIT_SHORT"], _TABLES["TRAIT_LONG"], _TABLES["TRAIT_LINE"]
ONELINER, KORT = _TABLES["ONELINER"], _TABLES["KORT"]
SUMMARY_FIRST, SUMMARY_SECOND = _TABLES["SUMMARY_FIRST"], _TABLES["SUMMARY_SECOND"]
TASKS_FIRST, TASKS_SECOND = _TABLES["TASKS_FIRST"], _TABLES["TASKS_SECOND"]
TASKS_PLACES = "Arbetet ser lite olika ut beroende på om man arbetar {p0} eller {p1}. {line}"
AREA_PARAGRAPH, AREA_ENV_PARAGRAPH = _TABLES["AREA_PARAGRAPH"], _TABLES["AREA_ENV_PARAGRAPH"]
HOURS, HOURS_EXTRA = _TABLES["HOURS"], _TABLES["HOURS_EXTRA"]
ENVIRONMENT, AREA_ENVIRONMENT = _TABLES["ENVIRONMENT"], _TABLES["AREA_ENVIRONMENT"]
WORKPLACE_EXTRA = _TABLES["WORKPLACE_EXTRA"]
WORKPLACE_KIND = _TABLES["WORKPLACE_KIND"]  # otherwise "default"; "own", "freelance", "public" by rule
INTERNATIONAL = _TABLES["INTERNATIONAL"]
ABILITIES, AREA_ABILITY = _TABLES["ABILITIES"], _TABLES["AREA_ABILITY"]
PROGRAMME, VEHICLE_WORDS = _TABLES["PROGRAMME"], _TABLES["VEHICLE_WORDS"]
EDUCATION_SENTENCE, EDUCATION_TEXT = _TABLES["EDUCATION_SENTENCE"], _TABLES["EDUCATION_TEXT"]
EDUCATION_DETAIL = _TABLES["EDUCATION_DETAIL"]  # (flag index, kategori, text)
ALT_TEXT = _TABLES["ALT_TEXT"]
AREA_LINKS = _TABLES["AREA_LINKS"]
NAME_LINKS = _TABLES["NAME_LINKS"]  # (word in the lowercased name, link), first match wins
REQUIREMENT_LINKS = _TABLES["REQUIREMENT_LINKS"]  # (word in the requirement sentence, link)
ACADEMIC_LINKS = set(_TABLES["ACADEMIC_LINKS"])
EDUCATION_LINKS = _TABLES["EDUCATION_LINKS"]  # by the highest education flag
NEUTER_ENDINGS = _TABLES["NEUTER_ENDINGS"]  # names that take "ett", not "en" ("ett kassabiträde")
SIMILAR_EXTRA = _TABLES["SIMILAR_EXTRA"]
HEADS = _TABLES["HEADS"]  # compound heads that make occupations similar ("-förare")


# --------------------------------------------------------------------------
# Building the records
# --------------------------------------------------------------------------


class Row:
    """One occupation from the table, checked, with its id and derived words."""

    def __init__(self, index: int, raw: tuple) -> None:
        name, areas, ssyk, edu, letters, hours, env, tasks, places, synonyms, requirement = raw
        self.index = index
        self.id = FIRST_ID + index
        self.ams_id = FIRST_AMS_ID + index * 3
        self.name = name
        self.areas = areas.split()
        self.ssyk = ssyk.split()
        self.edu = edu
        self.letters = letters
        self.hours = hours
        self.env = env
        self.tasks = tasks.split("|")
        self.places = places.split("|")
        self.synonyms = None if synonyms == "-" else [s for s in synonyms.split("|") if s]
        self.requirement = requirement
        self.n = lower_first(name)
        self.head = next((h for h in HEADS if name.lower().endswith(h)), None)
        self.check()

    def check(self) -> None:
        where = f"{self.name!r}"
        assert self.name and self.name == self.name.strip(), where
        assert self.areas and all(a in AREAS for a in self.areas), where
        assert self.ssyk and all(c in SSYK for c in self.ssyk), where
        assert self.edu in FLAGS, where
        assert 2 <= len(self.letters) <= 3 and len(set(self.letters)) == len(self.letters), where
        assert all(x in "RIASEC" for x in self.letters), where
        assert self.hours in HOURS and self.env in ENVIRONMENT, where
        assert 2 <= len(self.tasks) <= 4 and all(self.tasks), where
        assert self.places and all(self.places), where
        assert self.synonyms is None or len(self.synonyms) <= 5, where

    def key(self, salt: int) -> int:
        """A deterministic, well-mixed number for choosing among templates; differs per field (salt)."""
        return int.from_bytes(hashlib.sha256(f"{self.id}:{salt}".encode()).digest()[:4], "big")

    def words(self) -> dict[str, str]:
        tasks, places = self.tasks, self.places
        article = "ett" if self.name.endswith(NEUTER_ENDINGS) else "en"
        return {
            "n": self.n,
            "en": f"{article} {self.n}",
            "En": f"{capitalize(article)} {self.n}",
            "t0": tasks[0],
            "t1": tasks[1],
            "t2": tasks[2] if len(tasks) > 2 else tasks[1],
            "p0": places[0],
            "p1": places[1] if len(places) > 1 else places[0],
            "trait": TRAIT_SHORT[self.letters[0]],
        }


def lower_first(name: str) -> str:
    """'Lastbilsförare' -> 'lastbilsförare', but keep 'IT-chef' and 'SOS-operatör'."""
    return name if len(name) > 1 and name[1].isupper() else name[0].lower() + name[1:]


def capitalize(text: str) -> str:
    return text[0].upper() + text[1:]


def join_sv(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " och " + items[-1]


def pick(options: list, key: int):
    return options[key % len(options)]


def parse_table() -> list[Row]:
    rows = [Row(i, raw) for i, raw in enumerate(OCCUPATIONS)]
    names = [r.name.lower() for r in rows]
    assert len(set(names)) == len(names), "occupation names must be unique"
    seen: set[str] = set(names)
    for r in rows:
        for s in r.synonyms or []:
            assert s.lower() not in seen, f"synonym {s!r} of {r.name!r} is a name or another synonym"
            seen.add(s.lower())
    return rows


def similar_rows(row: Row, rows: list[Row]) -> list[Row]:
    """1-5 similar occupations: shared SSYK group, name ending, area, interest, education."""

    def score(other: Row) -> int:
        s = 4 if set(row.ssyk) & set(other.ssyk) else 0
        s += 2 if row.head and row.head == other.head else 0
        s += 2 if row.name[:4].lower() == other.name[:4].lower() else 0
        s += 3 if row.areas[0] == other.areas[0] else 0
        s += len(set(row.areas) & set(other.areas)) - (1 if row.areas[0] == other.areas[0] else 0)
        s += 1 if row.letters[0] == other.letters[0] else 0
        s += 1 if row.edu == other.edu else 0
        return s

    by_name = {r.name: r for r in rows}
    extra = [by_name[name] for name in SIMILAR_EXTRA.get(row.name, [])]
    ranked = sorted((r for r in rows if r is not row and r not in extra), key=lambda r: (-score(r), abs(r.id - row.id), r.id))
    good = extra + [r for r in ranked if score(r) >= 4]
    count = max(1 + row.key(11) % 5, len(extra))
    return good[:count] or ranked[:1]


def programme(row: Row) -> str:
    if any(w in row.name.lower() for w in VEHICLE_WORDS):
        return "fordons- och transportprogrammet"
    return PROGRAMME[row.areas[0]]


def summary_texts(row: Row) -> tuple[str, str, str]:
    """(oneliner, kortSammanfattning, sammanfattning)."""
    w = row.words()
    oneliner = pick(ONELINER, row.key(1)).format(**w)
    short = capitalize(pick(KORT, row.key(2)).format(**w))
    sentences = [
        capitalize(pick(SUMMARY_FIRST, row.key(3)).format(**w)),
        pick(SUMMARY_SECOND, row.key(4)).format(**w),
        pick(TRAIT_LONG[row.letters[0]], row.key(5)),
    ]
    if row.index % 3 != 0:
        sentences.append(EDUCATION_SENTENCE[row.edu])
    return oneliner, short, " ".join(sentences)


def task_text(row: Row) -> str:
    w = row.words()
    paragraphs = [capitalize(pick(TASKS_FIRST, row.key(6)).format(**w))]
    if len(row.tasks) > 2:
        paragraphs.append(pick(TASKS_SECOND, row.key(7)).format(**w))
    area_texts = AREA_ENV_PARAGRAPH.get((row.areas[0], row.env), AREA_PARAGRAPH[row.areas[0]])
    paragraphs.append(pick(area_texts, row.key(8)))
    if len(row.places) > 1 and row.index % 2 == 1:
        paragraphs.append(TASKS_PLACES.format(line=TRAIT_LINE[row.letters[0]], **w))
    return "\n\n".join(paragraphs)


def hours_text(row: Row) -> str:
    paragraphs = [pick(HOURS[row.hours], row.key(9))]
    if row.index % 3 == 1:
        paragraphs.append(HOURS_EXTRA[row.hours])
    return "\n\n".join(paragraphs)


def environment_text(row: Row) -> str:
    paragraphs = [pick(ENVIRONMENT[row.env], row.key(10))]
    for area in row.areas:
        envs, extra = AREA_ENVIRONMENT.get(area, ("", ""))
        if row.env in envs and row.index % 2 == 0:
            paragraphs.append(extra)
            break
    return "\n\n".join(paragraphs)


def workplace_text(row: Row) -> str:
    w = row.words()
    if len(row.places) == 1:
        first = "{En} arbetar {p0}.".format(**w)
    elif row.key(12) % 2 == 0:
        first = "{En} kan arbeta {places}.".format(places=join_sv(row.places), **w)
    else:
        first = "Det vanligaste är att arbeta {p0}. Det finns också jobb {rest}.".format(rest=join_sv(row.places[1:]), **w)
    paragraphs = [first]
    if row.index % 2 == 0:
        text = " ".join(row.places)
        if "egen" in text or "eget" in text:
            kind = "own"
        elif row.areas[0] == "KUL":
            kind = "freelance"
        elif row.areas[0] in ("HSV", "PED", "SOC") and any(x in text for x in ("kommun", "region", "sjukhus", "skol")):
            kind = "public"
        else:
            kind = WORKPLACE_KIND.get(row.areas[0], "default")
        paragraphs.append(WORKPLACE_EXTRA[kind])
    return "\n\n".join(paragraphs)


def international_text(row: Row) -> str | None:
    if row.index % 5 not in (0, 3) and row.areas[0] != "MIL":
        return None
    if "legitimation" in row.requirement:
        return INTERNATIONAL["licence"]
    if row.areas[0] == "MIL":
        return INTERNATIONAL["MIL"]
    if "TRP" in row.areas:
        return INTERNATIONAL["TRP"]
    if row.areas[0] in ("IT", "TEK", "NV"):
        return INTERNATIONAL["tech"]
    if row.areas[0] == "HRS":
        return INTERNATIONAL["HRS"]
    return INTERNATIONAL["default"]


def abilities(row: Row) -> dict:
    letters = row.letters
    first = ABILITIES[letters[0]]
    start = row.key(13) % len(first)
    chosen = [first[start], first[(start + 1) % len(first)], pick(ABILITIES[letters[1]], row.key(14))]
    if len(letters) > 2:
        chosen.append(pick(ABILITIES[letters[2]], row.key(15)))
    area_ability = next((AREA_ABILITY[a] for a in row.areas if a in AREA_ABILITY), None)
    if area_ability and row.index % 3 != 0:
        chosen.append(area_ability)
    items, seen = [], set()
    for category, text in chosen:
        if category not in seen:
            seen.add(category)
            items.append({"kategori": category, "text": text})
    items = items[:5]
    example = pick(row.tasks, row.key(16))
    items[0]["text"] += f" Det behövs till exempel när man ska {example}."
    heading = pick(["Förmågor som är viktiga för {en}", "Det här är bra att kunna som {n}"], row.key(17))
    return {"beskrivning": heading.format(**row.words()), "detaljer": items}


def education(row: Row, flags: tuple[bool, ...]) -> tuple[dict, dict]:
    """(utbildningar, utbildningsvag)."""
    prog = programme(row)
    paragraphs = [EDUCATION_TEXT[row.edu].format(n=row.n, prog=prog)]
    if row.requirement:
        paragraphs.append(row.requirement)
    site = {3: "studera.nu", 2: "yrkeshogskolan.se", 1: "gymnasieinfo.se"}
    top = max((i for i, f in enumerate(flags) if f), default=0)
    if top in site:
        paragraphs.append(f"Läs mer om utbildningar på {site[top]}.")
    details = [{"kategori": category, "text": text.format(prog=prog + " på gymnasiet")}
               for index, category, text in EDUCATION_DETAIL if flags[index]]
    utbildningar = {"beskrivning": "\n\n".join(paragraphs), "detaljer": details}

    categories = []
    if flags[0]:
        categories.append(("Företagsförlagd utbildning", "Man lär sig yrket på arbetsplatsen, med introduktion och handledning."))
    if flags[1]:
        categories.append(("Gymnasieutbildning", f"{capitalize(prog)} ger en bra grund för yrket."))
        if row.letters[0] == "R" and row.areas[0] in ("BYG", "INS", "HAN", "KRO"):
            categories.append(("Lärlingsutbildning", "Efter utbildningen följer ofta en tid som lärling på en arbetsplats."))
        if row.index % 2 == 0:
            categories.append(("Komvux", "Vuxna kan läsa yrkeskurser inom området på komvux."))
    if flags[2]:
        categories.append(("Yrkeshögskoleutbildning", "Det finns utbildningar på yrkeshögskolan som leder till yrket."))
    if flags[3]:
        categories.append(("Universitets- och högskoleutbildning", "Det finns program på universitet och högskolor som leder till yrket."))
    path = EDUCATION_SENTENCE[row.edu] + (" " + row.requirement if row.requirement else "")
    utbildningsvag = {
        "beskrivning": path,
        "visaValideringstext": bool((flags[1] or flags[2]) and row.letters[0] == "R"),
        "utbildningsvagkategorier": [{"kategori": k, "kategoriText": t} for k, t in categories],
    }
    return utbildningar, utbildningsvag


def links(row: Row, flags: tuple[bool, ...]) -> list[dict]:
    found: list[tuple[str, str, str]] = []
    for word, (name, url) in REQUIREMENT_LINKS:
        if word in row.requirement:
            found.append((name, url, "Extern information"))
            break
    for word, (name, url) in NAME_LINKS:
        if word in row.name.lower():
            found.append((name, url, "Extern information"))
            break
    own = AREA_LINKS[row.areas[0]]
    start = row.key(18) % len(own)
    found.append((*own[start], "Extern information"))
    top = max((i for i, f in enumerate(flags) if f), default=0)
    found.append(EDUCATION_LINKS[top])
    found.append((*own[(start + 1) % len(own)], "Extern information"))
    result, urls = [], set()
    for name, url, category in found:
        if url in ACADEMIC_LINKS and not flags[3]:
            continue
        if url not in urls:
            urls.add(url)
            result.append({"namn": name, "url": url, "kategori": category})
    return result[: 2 + row.key(20) % 3]


def build(rows: list[Row]) -> tuple[list[dict], list[dict]]:
    """(list items, details), both in id order."""
    items, details = [], []
    for row in rows:
        flags = FLAGS[row.edu]
        oneliner, short, summary = summary_texts(row)
        image = IMAGE_URL.format(id=row.id)
        alt = capitalize(pick(ALT_TEXT, row.key(21)).format(**row.words()))
        areas = [AREAS[a] for a in row.areas]
        item = {
            "id": row.id,
            "namn": row.name,
            "oneliner": oneliner,
            "bildlank": image,
            "bildsammanfattning": alt,
            "yrkesomraden": areas,
            "yrkessynonymer": row.synonyms,
            "isEjGymnasie": flags[0],
            "isGymnasie": flags[1],
            "isEftergymn2less": flags[2],
            "isEftergymn2more": flags[3],
        }
        utbildningar, utbildningsvag = education(row, flags)
        updated = date(2023, 1, 9) + timedelta(days=(row.index * 37) % 1000)
        letters = row.letters
        detail = {
            "id": row.id,
            "namn": row.name,
            "kortSammanfattning": short,
            "sammanfattning": summary,
            "arbetsuppgifter": task_text(row),
            "arbetstid": hours_text(row),
            "arbetsmiljo": environment_text(row),
            "arbetsplats": workplace_text(row),
            "internationellaMojligheter": international_text(row),
            "amsOccupationId": row.ams_id,
            "metadata": {"version": 1 + row.index % 3, "senastUppdaterad": updated.isoformat() + "T00:00:00"},
            "yrkesomraden": areas,
            "yrkesgrupperOchBenamningar": [
                {"ssyk": code, "namn": SSYK[code], "taxonomiId": int(code), "taxonomiTyp": "SSYK4"} for code in row.ssyk
            ],
            "formagor": abilities(row),
            "utbildningar": utbildningar,
            "utbildningsvag": utbildningsvag,
            "liknandeYrken": [{"id": other.id, "namn": other.name} for other in similar_rows(row, rows)],
            "lankar": links(row, flags),
            "intresseprofil": {"primar": letters[0], "sekundar": letters[1], "tertiar": letters[2] if len(letters) > 2 else None},
            "bilder": [{
                "lank": image,
                "sammanfattning": alt,
                "primar": True,
                "normbrytandeEtnicitet": row.index % 7 == 3,
                "normbrytandeKon": row.index % 5 == 2,
                "normbrytandeFunktionsnedsattning": row.index % 11 == 5,
            }],
        }
        apply_quirks(row, item, detail)
        items.append(item)
        details.append(detail)
    return items, details


def apply_quirks(row: Row, item: dict, detail: dict) -> None:
    for quirk in QUIRKS.get(row.name, []):
        kind, _, key = quirk.partition(":")
        if kind == "drop":
            del detail[key]
        elif kind == "null":
            detail[key] = None
        elif kind == "empty" and key == "formagor":
            detail[key] = {"beskrivning": "", "detaljer": []}
        elif kind == "empty" and key == "bildsammanfattning":
            item[key] = ""
            detail["bilder"][0]["sammanfattning"] = ""
        elif kind == "empty" and key == "linkname":
            detail["lankar"][0]["namn"] = ""
        elif kind == "empty":
            detail[key] = [] if isinstance(detail[key], list) else ""
        elif kind == "list-null":
            item[key] = None
        elif kind == "list-empty":
            item[key] = [] if isinstance(item[key], list) else ""
        elif quirk == "space:bild":
            item["bildlank"] += " "
            detail["bilder"][0]["lank"] += " "
        elif quirk == "space:url":
            detail["lankar"][0]["url"] += " "
        elif quirk == "space:paras":
            for key in ("arbetsuppgifter", "arbetsmiljo", "arbetstid"):
                if isinstance(detail.get(key), str):
                    detail[key] = detail[key].replace("\n\n", " \n\n")
        elif quirk == "flags:none":
            for flag in ("isEjGymnasie", "isGymnasie", "isEftergymn2less", "isEftergymn2more"):
                item[flag] = False
        else:
            raise ValueError(f"unknown quirk {quirk!r} for {row.name!r}")


# --------------------------------------------------------------------------
# Writing the snapshot
# --------------------------------------------------------------------------


def to_bytes(data) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")


def sha256(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def write_sample(out: Path) -> dict:
    rows = parse_table()
    unknown = set(QUIRKS) - {r.name for r in rows}
    assert not unknown, f"QUIRKS names no occupation: {sorted(unknown)}"
    items, details = build(rows)
    detail_dir = out / "yrken"
    detail_dir.mkdir(parents=True, exist_ok=True)
    records = {}
    for detail in details:
        data = to_bytes(detail)
        (detail_dir / f"{detail['id']}.json").write_bytes(data)
        records[str(detail["id"])] = sha256(data)
    for path in detail_dir.glob("*.json"):
        if path.stem not in records:
            path.unlink()
    list_bytes = to_bytes(items)
    (out / "yrken.json").write_bytes(list_bytes)
    manifest = {
        "source": "sample",
        "generated_by": "content/make_sample.py",
        "count": len(details),
        "fetched_at": FETCHED_AT,
        "list": sha256(list_bytes),
        "records": records,
        "labour": write_labour_sample(out, details, to_bytes, sha256),
    }
    (out / "manifest.json").write_bytes(to_bytes(manifest))
    return manifest


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent / "sample"
    manifest = write_sample(out)
    print(f"wrote {manifest['count']} occupations to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
