"""What every SCB PxWeb v1 table this site reads has in common: the metadata's variables,
found by their texts; queries batched under SCB's limit of values per answer; the rows
of an answer in format "json"; and figures, where `..` (hidden) is no figure, never 0.

Used by the pay (pxweb_pay.py) and the occupational register (employed.py).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Callable, Collection

from generator.fetch.http import HttpClient
from generator.sources.base import LabourOptions, SiteGroups, get_json
from generator.errors import PxError, SourceBroken

_SSYK = re.compile(r"[0-9]{4}")


@dataclass(frozen=True)
class Variable:
    code: str
    text: str
    values: tuple[str, ...]
    texts: tuple[str, ...]
    elimination: bool
    time: bool

    def text_of(self, value: str) -> str:
        return dict(zip(self.values, self.texts)).get(value, "")


def variables(raw: bytes) -> list[Variable]:
    """The table's variables, in its own order; raises PxError when there are none."""
    try:
        metadata = json.loads(raw)
    except ValueError as exc:
        raise PxError(f"the table's metadata is not valid JSON ({exc})") from None
    found = []
    for var in metadata.get("variables", []) if isinstance(metadata, dict) else []:
        if not isinstance(var, dict) or not isinstance(var.get("code"), str):
            continue
        values, texts = var.get("values"), var.get("valueTexts")
        if isinstance(values, list) and isinstance(texts, list) and len(values) == len(texts):
            found.append(Variable(var["code"], str(var.get("text") or ""), tuple(str(v) for v in values),
                                  tuple(str(t) for t in texts), var.get("elimination") is True, var.get("time") is True))
    if not found:
        raise PxError("the table's metadata has no list of variables")
    return found


def find(table: list[Variable], pattern: str, *, required: bool = True, time: bool = False) -> Variable | None:
    """The one variable whose text (or code) matches `pattern`; `time` also accepts the time variable."""
    regex = re.compile(pattern, re.IGNORECASE)
    matching = [v for v in table if regex.search(v.text) or regex.search(v.code) or (time and v.time)]
    if len(matching) == 1:
        return matching[0]
    if required:
        raise PxError(f"no single variable in the table reads as {pattern!r} ({len(matching)} do)")
    return None


def values_matching(variable: Variable, pattern: str) -> list[str]:
    regex = re.compile(pattern, re.IGNORECASE)
    return [v for v, t in zip(variable.values, variable.texts) if regex.search(t)]


def groups(variable: Variable) -> dict[str, str]:
    """Four-digit SSYK codes in an occupation variable -> SCB's name (without the leading code)."""
    return {v: re.sub(r"^[0-9]{4}\s+", "", " ".join(t.split())) for v, t in zip(variable.values, variable.texts) if _SSYK.fullmatch(v)}


def batches(codes: list[str], values_per_code: int, max_values: int) -> list[list[str]]:
    """Codes per query so that codes x values_per_code <= max_values."""
    size = max(1, max_values // max(1, values_per_code))
    return [codes[i:i + size] for i in range(0, len(codes), size)]


def figure(value: Any) -> float | None:
    """A number, or None for SCB's hidden or missing figures ("..", "-", null, ""): never 0 for those."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip().replace(" ", "").replace("\u00a0", "").replace(",", "."))
        except ValueError:
            return None
    if isinstance(value, (int, float)) and value == value and abs(value) < 1e12:
        return float(value)
    return None


def rows(raw: bytes) -> list[tuple[dict[str, str], dict[str, Any]]]:
    """An answer in format "json" as (key column -> value, measure code -> raw value) per row."""
    try:
        answer = json.loads(raw)
    except ValueError as exc:
        raise PxError(f"an answer is not valid JSON ({exc})") from None
    if not isinstance(answer, dict) or not isinstance(answer.get("columns"), list) or not isinstance(answer.get("data"), list):
        raise PxError("an answer has no columns and data")
    keys, measures = [], []
    for column in answer["columns"]:
        code = column.get("code") if isinstance(column, dict) else None
        (measures if isinstance(column, dict) and column.get("type") == "c" else keys).append(code)
    result = []
    for row in answer["data"]:
        key, values = (row.get("key"), row.get("values")) if isinstance(row, dict) else (None, None)
        if isinstance(key, list) and isinstance(values, list):
            result.append((dict(zip(keys, map(str, key))), dict(zip(measures, values))))
    return result


def selection(code: str, values: list[str], kind: str = "item") -> dict[str, Any]:
    return {"code": code, "selection": {"filter": kind, "values": values}}


async def fetch_batched(
    http: HttpClient, url: str, options: LabourOptions, chunks: list[list[str]],
    make_query: Callable[[list[str]], dict[str, Any]], check: Callable[[bytes], object], prefix: str, start: int = 1,
) -> dict[str, bytes]:
    """One POST per chunk, in order; an answer that does not read (`check` raises a ValueError) stops the
    rest from being asked. The last answer is left to the source's parse, which reads every answer again:
    one big table read twice was a tenth of a second of the event loop the API's fetch shares.
    The files are named `<prefix>-001.json`, `<prefix>-002.json`, ... from `start`."""
    files = {}
    for number, chunk in enumerate(chunks, start=start):
        if files:
            check(files[f"{prefix}-{number - 1:03d}.json"])
        files[f"{prefix}-{number:03d}.json"] = await get_json(http, "POST", url, options, make_query(chunk))
    return files


async def fetch_site_groups(
    http: HttpClient, url: str, options: LabourOptions, groups: SiteGroups, available: Collection[str],
    chunked: Callable[[list[str]], list[list[str]]], make_query: Callable[[list[str]], dict[str, Any]],
    check: Callable[[bytes], object], prefix: str, table: str,
) -> dict[str, bytes]:
    """`fetch_batched` for the site's groups among the table's `available` ones, in turn (`SiteGroups.in_turn`:
    the likely ones at once, the gained ones once the details are in), numbered on from one query to the
    next; `chunked` splits a list of groups under SCB's limit. SourceBroken when none is in `table`."""
    files: dict[str, bytes] = {}
    async for wanted in groups.in_turn(available):
        files |= await fetch_batched(http, url, options, chunked(wanted), make_query, check, prefix,
                                     start=len(files) + 1)
    if not files:
        raise SourceBroken(f"none of the site's SSYK groups is in {table}")
    return files
