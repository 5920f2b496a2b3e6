"""SCB's salary structure statistics (table LoneSpridSektYrk4AN): untrusted PxWeb answers
made into one typed salary per SSYK group.

The table's metadata (GET) names its measures; which code is the median or a
percentile is read from the metadata's texts, not assumed. The data answers
(POST, format "json") list their columns in the table's own order, so values
are mapped by column code, and each measure column's own text must read as the
measure the metadata named. A hidden figure (`..`, null, empty) is no figure,
never a zero; a figure that cannot be true (outside a plausible monthly pay, or
percentiles out of order) is rejected: no figure either, and counted.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from generator.helpers.text import one_line
from generator.sources.base import Facts, SourceBroken

OCCUPATION_VAR, MEASURE_VAR, TIME_VAR, SECTOR_VAR, SEX_VAR = "Yrke2012", "ContentsCode", "Tid", "Sektor", "Kon"
ALL_SECTORS, BOTH_SEXES = "0", "1+2"
# What public clients use; each is confirmed against the metadata's texts before use.
EXPECTED_CODES = {"median": "000007CE", "p10": "000007CF", "p90": "000007CI"}
_MEASURE_TEXT = {
    "median": re.compile(r"median", re.IGNORECASE),
    "p10": re.compile(r"(?<![0-9])10(?![0-9])[^0-9]*percentil|percentil\s*10(?![0-9])|\bp10\b", re.IGNORECASE),
    "p90": re.compile(r"(?<![0-9])90(?![0-9])[^0-9]*percentil|percentil\s*90(?![0-9])|\bp90\b", re.IGNORECASE),
}
_SSYK = re.compile(r"[0-9]{4}")
_LEADING_CODE = re.compile(r"^[0-9]{4}\s+")
PLAUSIBLE_MONTHLY = (5_000, 300_000)  # kronor: a figure outside is an error in the source, not a salary


class _Unusable(Exception):
    """A data row that cannot be read at all."""


class TableError(SourceBroken):
    """The table or an answer is not what the salary section can be made from."""


@dataclass(frozen=True, slots=True)
class Salary:
    ssyk: str
    group_name: str  # SCB's name of the group
    year: str
    median: int | None  # kronor per month; None: SCB shows no figure
    p10: int | None
    p90: int | None


@dataclass(frozen=True)
class Table:
    """What the metadata says: the measure codes and the groups (code -> SCB's name)."""

    measures: dict[str, str]  # "median" / "p10" / "p90" -> content code
    groups: dict[str, str]
    variables: tuple[str, ...]  # every variable code, in the table's order


def _variables(metadata: Any) -> dict[str, dict[str, Any]]:
    if not isinstance(metadata, dict) or not isinstance(metadata.get("variables"), list):
        raise TableError("the table's metadata has no list of variables")
    found = {}
    for var in metadata["variables"]:
        if isinstance(var, dict) and isinstance(var.get("code"), str):
            values, texts = var.get("values"), var.get("valueTexts")
            if isinstance(values, list) and isinstance(texts, list) and len(values) == len(texts):
                found[var["code"]] = var
    return found


def read_table(raw: bytes) -> Table:
    """The table's metadata; raises TableError when the measures or the groups cannot be found."""
    try:
        variables = _variables(json.loads(raw))
    except ValueError as exc:
        raise TableError(f"the table's metadata is not valid JSON ({exc})") from None
    for code in (OCCUPATION_VAR, MEASURE_VAR):
        if code not in variables:
            raise TableError(f"the table has no variable {code}")
    contents = variables[MEASURE_VAR]
    measures = {name: _measure_code(contents, name) for name in EXPECTED_CODES}
    missing = [name for name, code in measures.items() if code is None]
    if missing:
        raise TableError(f"no measure in {MEASURE_VAR} reads as {', '.join(missing)}")
    occupations = variables[OCCUPATION_VAR]
    groups = {
        value: _LEADING_CODE.sub("", one_line(text))
        for value, text in zip(occupations["values"], occupations["valueTexts"])
        if isinstance(value, str) and _SSYK.fullmatch(value) and isinstance(text, str)
    }
    if not groups:
        raise TableError(f"the table's {OCCUPATION_VAR} lists no four-digit SSYK groups")
    return Table(measures={k: v for k, v in measures.items() if v}, groups=groups, variables=tuple(variables))


def _measure_code(contents: dict[str, Any], name: str) -> str | None:
    """The expected code if its text says so, else the one code whose text does."""
    texts = {v: t for v, t in zip(contents["values"], contents["valueTexts"]) if isinstance(v, str) and isinstance(t, str)}
    pattern = _MEASURE_TEXT[name]
    expected = EXPECTED_CODES[name]
    if expected in texts and pattern.search(texts[expected]):
        return expected
    matching = [v for v, t in texts.items() if pattern.search(t)]
    return matching[0] if len(matching) == 1 else None


def figure(value: Any) -> int | None:
    """A salary in whole kronor, or None for SCB's hidden or missing figures (never 0)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        text = value.strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
        try:
            value = float(text)
        except ValueError:
            return None  # "..", "-", "" and anything else SCB marks instead of a figure
    if isinstance(value, (int, float)) and value == value and 0 < value < 10_000_000:
        return round(value)
    return None


def _columns(answer: Any, table: Table) -> tuple[list[str], list[str]]:
    """The key columns' codes and the measure columns' codes, in the answer's order."""
    if not isinstance(answer, dict) or not isinstance(answer.get("columns"), list) or not isinstance(answer.get("data"), list):
        raise TableError("an answer has no columns and data")
    keys, values = [], []
    names = {code: name for name, code in table.measures.items()}
    for column in answer["columns"]:
        code = column.get("code") if isinstance(column, dict) else None
        if not isinstance(code, str):
            raise TableError("an answer has a column without a code")
        (values if column.get("type") == "c" else keys).append(code)
        _check_text(code, column.get("text"), names)
    if OCCUPATION_VAR not in keys or TIME_VAR not in keys:
        raise TableError(f"an answer has no {OCCUPATION_VAR} or {TIME_VAR} column")
    return keys, values


def _check_text(code: str, text: Any, names: dict[str, str]) -> None:
    """A measure column's own text must read as the measure the metadata names by its code."""
    if code in names and isinstance(text, str) and not _MEASURE_TEXT[names[code]].search(text):
        raise TableError(f"the answer's column {code} reads {one_line(text)[:60]!r}, not the {names[code]} the metadata names")


def _salary(row: Any, keys: list[str], positions: dict[str, int], table: Table) -> Salary | None:
    """One data row as a salary, or None when it is not all sectors and both sexes; _Unusable
    when it cannot be read."""
    if not isinstance(row, dict) or not isinstance(row.get("key"), list) or not isinstance(row.get("values"), list):
        raise _Unusable("a data row is not a key and values")
    key = dict(zip(keys, row["key"]))
    if key.get(SECTOR_VAR, ALL_SECTORS) != ALL_SECTORS or key.get(SEX_VAR, BOTH_SEXES) != BOTH_SEXES:
        return None
    ssyk, year = key.get(OCCUPATION_VAR), key.get(TIME_VAR)
    if not (isinstance(ssyk, str) and _SSYK.fullmatch(ssyk) and isinstance(year, str) and year.strip()):
        raise _Unusable("a data row has no four-digit group or no year")
    cells = row["values"]
    found = {name: figure(cells[i]) if i < len(cells) else None for name, i in positions.items()}
    return Salary(ssyk, table.groups.get(ssyk, ""), one_line(year), found.get("median"), found.get("p10"), found.get("p90"))


def sane(salary: Salary) -> tuple[Salary, int]:
    """The salary with every figure that cannot be true taken out, and how many were: each outside
    PLAUSIBLE_MONTHLY, and all of them when the 10th percentile, median and 90th are out of order."""
    low, high = PLAUSIBLE_MONTHLY
    figures = {name: getattr(salary, name) for name in ("p10", "median", "p90")}
    kept = {name: value if value is None or low <= value <= high else None for name, value in figures.items()}
    present = [value for value in kept.values() if value is not None]
    if present != sorted(present):
        kept = dict.fromkeys(kept)
    rejected = sum(1 for name in figures if figures[name] is not None and kept[name] is None)
    if not rejected:
        return salary, 0
    return Salary(salary.ssyk, salary.group_name, salary.year, kept["median"], kept["p10"], kept["p90"]), rejected


def read_answer(raw: bytes, table: Table, pay: Facts[Salary] | None = None) -> list[Salary]:
    """One data answer (format "json"): a salary per group and year it holds, figures that cannot
    be true rejected; rows that cannot be read and rejected figures are noted in `pay`."""
    try:
        answer = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise TableError(f"an answer is not valid JSON ({exc})") from None
    keys, values = _columns(answer, table)
    positions = {name: values.index(code) for name, code in table.measures.items() if code in values}
    pay = pay if pay is not None else Facts(by_group={}, rows=0)
    salaries = []
    for row in answer["data"]:
        try:
            salary = _salary(row, keys, positions, table)
        except _Unusable as exc:
            pay.note(str(exc))
            continue
        if salary is not None:
            salary, rejected = sane(salary)
            if rejected:
                pay.note(f"group {salary.ssyk}, {salary.year}: {rejected} figures that cannot be true left out", rejected)
            salaries.append(salary)
    return salaries


def read_pay(metadata: bytes, answers: list[bytes]) -> Facts[Salary]:
    """The latest year with a median for each group, as facts; raises TableError for a broken table or answer."""
    table = read_table(metadata)
    pay: Facts[Salary] = Facts(by_group={}, rows=0)
    latest = pay.by_group
    for raw in answers:
        for salary in read_answer(raw, table, pay):
            best = latest.get(salary.ssyk)
            # The latest year wins; a year with a median beats one without.
            rank = (salary.median is not None, salary.year)
            if best is None or rank > (best.median is not None, best.year):
                latest[salary.ssyk] = salary
    pay.rows = sum(1 for s in latest.values() if s.median is not None)
    return pay


def parse_salaries(metadata: bytes, answers: list[bytes]) -> dict[str, Salary]:
    """The latest year with a median for each group; raises TableError for a broken table or answer."""
    return read_pay(metadata, answers).by_group
