"""SCB's salary table LoneSpridSektYrk4AN through PxWeb API v1, as a `Source` (see sources.base).

GET gives the table's metadata; the measure codes are confirmed by their texts
(`salaries.read_table`). Then, once the site's SSYK groups are known, one POST
per batch of groups, each batch small enough that the answer stays under SCB's
limit of values per query; the client's rate limiter keeps to SCB's requests
per window and 429 answers are waited out as `Retry-After` says.
"""

from __future__ import annotations

from typing import Any

from generator.fetch.http import HttpClient
from generator.sources import pxweb
from generator.sources.base import Facts, LabourOptions, SiteGroups, Source, get_json
from generator.errors import SourceBroken
from generator.sources.salaries import (
    ALL_SECTORS, BOTH_SEXES, MEASURE_VAR, OCCUPATION_VAR, SECTOR_VAR, SEX_VAR, TIME_VAR, Salary, Table, read_answer,
    read_pay, read_table,
)

TABLE_FILE = "tabell.json"  # the table's metadata; the data answers are lon-<n>.json


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


class PaySource(Source):
    """The metadata at once, beside the API; the likely groups at once, the rest once the groups are known."""

    key, label, setting, host = "scb", "SCB:s lönestrukturstatistik", "scb_url", "scb"

    async def fetch(self, http: HttpClient, url: str, groups: SiteGroups,
                    options: LabourOptions) -> dict[str, bytes]:
        metadata = await get_json(http, "GET", url, options)
        table = read_table(metadata)
        return {TABLE_FILE: metadata} | await pxweb.fetch_site_groups(
            http, url, options, groups, table.groups, lambda wanted: batches(wanted, table, options.max_values),
            lambda chunk: query(table, chunk), lambda raw: read_answer(raw, table), "lon", "the pay table",
        )

    def parse(self, files: dict[str, bytes], options: LabourOptions = LabourOptions()) -> Facts[Salary]:
        if TABLE_FILE not in files:
            raise SourceBroken(f"no {TABLE_FILE}")
        return read_pay(files[TABLE_FILE], [files[name] for name in sorted(files) if name != TABLE_FILE])
