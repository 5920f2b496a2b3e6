"""Fetch SCB's salary table LoneSpridSektYrk4AN through PxWeb API v1.

GET gives the table's metadata; the measure codes are confirmed by their texts
(`salaries.read_table`). Then one POST per batch of SSYK groups, each
batch small enough that the answer stays under SCB's limit of values per
query; the client's rate limiter keeps to SCB's requests per window and 429
answers are waited out as `Retry-After` says.
"""

from __future__ import annotations

import json
import re
from typing import Any

from generator.config import LabourSettings
from generator.fetch.open_data import LabourOptions, OpenDataClient, SourceFailed
from generator.sources import pxweb
from generator.sources.labour import TABLE_FILE
from generator.sources.salaries import (
    ALL_SECTORS, BOTH_SEXES, MEASURE_VAR, OCCUPATION_VAR, SECTOR_VAR, SEX_VAR, TIME_VAR, Table, TableError,
    parse_salaries, read_answer, read_table,
)

_SSYK = re.compile(r"[0-9]{4}")


def ssyk_codes(details: dict[int, bytes]) -> list[str]:
    """Every SSYK group the occupations name, sorted."""
    codes: set[str] = set()
    for raw in details.values():
        try:
            detail = json.loads(raw)
        except ValueError:
            continue
        groups = detail.get("yrkesgrupperOchBenamningar") if isinstance(detail, dict) else None
        for group in groups if isinstance(groups, list) else []:
            code = group.get("ssyk") if isinstance(group, dict) else None
            if isinstance(code, str) and _SSYK.fullmatch(code.strip()):
                codes.add(code.strip())
    return sorted(codes)


def batches(codes: list[str], table: Table, max_values: int) -> list[list[str]]:
    """Groups per query so that groups x measures (one sector, one sex, one year) <= max_values."""
    return pxweb.batches(codes, len(table.measures), max_values)


def query(table: Table, codes: list[str]) -> dict[str, Any]:
    selections = [
        (OCCUPATION_VAR, {"filter": "item", "values": codes}),
        (MEASURE_VAR, {"filter": "item", "values": sorted(table.measures.values())}),
        (SECTOR_VAR, {"filter": "item", "values": [ALL_SECTORS]}),
        (SEX_VAR, {"filter": "item", "values": [BOTH_SEXES]}),
        (TIME_VAR, {"filter": "top", "values": ["1"]}),
    ]
    return {
        "query": [{"code": code, "selection": selection} for code, selection in selections if code in table.variables],
        "response": {"format": "json"},
    }


async def fetch_salaries(
    client: OpenDataClient, settings: LabourSettings, codes: list[str], options: LabourOptions,
) -> tuple[dict[str, bytes], int]:
    metadata = await client.request("GET", settings.scb_url)
    try:
        table = read_table(metadata)
    except TableError as exc:
        raise SourceFailed(str(exc)) from None
    wanted = [code for code in codes if code in table.groups]
    if not wanted:
        raise SourceFailed("none of the site's SSYK groups is in the table")
    files = {TABLE_FILE: metadata}
    files |= await pxweb.fetch_batched(client, settings.scb_url, batches(wanted, table, options.max_values),
                                       lambda chunk: query(table, chunk), lambda raw: read_answer(raw, table), "lon")
    salaries = parse_salaries(metadata, [files[n] for n in sorted(files) if n != TABLE_FILE])
    return files, sum(1 for s in salaries.values() if s.median is not None)
