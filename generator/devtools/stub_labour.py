"""The stand-in's labour-market sources: the Yrkesbarometer file, SCB's PxWeb v1 tables (the
pay, and the occupational register's YREG60BAS and YREG54BAS) and JobSearch's counts.

Served from a snapshot folder's `arbetsmarknad/` files (see generator/snapshot/store.py),
at the real hosts' paths, with no credentials (every source is keyless). An SCB table
answers GET with its metadata and POST with the cells a PxWeb v1 query selects, in
format "json", measures in the table's own order; a query selecting more than
`max_values` values is refused with 403, as SCB does. JobSearch answers
`GET /search?occupation-group=<concept id>&limit=0&stats=region&stats.limit=N` from the
group's saved answer (the concept id read from content/taxonomy/), with the region
statistics cut to `stats.limit` rows; an unknown group answers 200 with a total of 0.

Standard library only, like the stand-in itself.
"""

from __future__ import annotations

import itertools
import json
from urllib.parse import parse_qs
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BAROMETER_PATH = "/prognoser/yrkesbarometer.json"
SCB_PATH = "/OV0104/v1/doris/sv/ssd/AM/AM0110/AM0110A/LoneSpridSektYrk4AN"
EMPLOYED_COUNTY_PATH = "/OV0104/v1/doris/sv/ssd/AM/AM0208/AM0208M/YREG60BAS"
EMPLOYED_AGE_PATH = "/OV0104/v1/doris/sv/ssd/AM/AM0208/AM0208E/YREG54BAS"
JOBSEARCH_PATH = "/search"
OPEN_DATA_PATHS = (BAROMETER_PATH, SCB_PATH, EMPLOYED_COUNTY_PATH, EMPLOYED_AGE_PATH, JOBSEARCH_PATH)
# path -> (source folder, metadata file, answer files' prefix)
_TABLES = {SCB_PATH: ("scb", "tabell.json", "lon"), EMPLOYED_COUNTY_PATH: ("yrkesregistret", "lan-tabell.json", "lan"),
           EMPLOYED_AGE_PATH: ("yrkesregistret-alder", "alder-tabell.json", "alder")}
MEASURE_VAR = "ContentsCode"


def _error(message: str) -> bytes:
    return json.dumps({"error": message}, ensure_ascii=False).encode("utf-8")


@dataclass(frozen=True)
class PxTable:
    metadata: bytes
    cells: dict[tuple[tuple[str, str], ...], dict[str, Any]]  # sorted (variable, value) pairs -> measure -> value

    @classmethod
    def load(cls, folder: Path, metadata: str, prefix: str) -> "PxTable | None":
        if not (folder / metadata).is_file():
            return None
        cells: dict[tuple[tuple[str, str], ...], dict[str, Any]] = {}
        for path in sorted(folder.glob(f"{prefix}-*.json")):
            try:
                _add_cells(cells, json.loads(path.read_bytes()))
            except (ValueError, AttributeError, TypeError, KeyError):
                continue  # a deliberately broken answer file serves nothing
        return cls((folder / metadata).read_bytes(), cells)

    def query(self, body: bytes, max_values: int) -> tuple[int, bytes]:
        try:
            request = json.loads(body)
            selections = {q["code"]: q["selection"] for q in request["query"]}
        except (ValueError, KeyError, TypeError):
            return 400, _error("the query is not valid")
        variables = json.loads(self.metadata)["variables"]
        chosen: dict[str, list[str]] = {}
        for var in variables:
            values = _select(var, selections.get(var["code"]))
            if values is None:
                return 400, _error(f"no selection for {var['code']}")
            chosen[var["code"]] = values
        count = 1
        for values in chosen.values():
            count *= len(values)
        if count > max_values:
            return 403, _error(f"the query selects {count} values, more than {max_values}")
        # A variable left out is eliminated: summed over, and not a column of the answer, as SCB does.
        dims = [v for v in variables if v["code"] != MEASURE_VAR and (v["code"] in selections or not v.get("elimination"))]
        return 200, json.dumps(self._answer(variables, dims, chosen), ensure_ascii=False).encode("utf-8")

    def _answer(self, variables: list[dict[str, Any]], dims: list[dict[str, Any]], chosen: dict[str, list[str]]) -> dict[str, Any]:
        measures = [m for m in _values(variables, MEASURE_VAR) if m in chosen[MEASURE_VAR]]
        columns = [{"code": v["code"], "text": v["text"], "type": "t" if v.get("time") else "d"} for v in dims]
        texts = dict(zip(_values(variables, MEASURE_VAR), next(v for v in variables if v["code"] == MEASURE_VAR)["valueTexts"]))
        columns += [{"code": m, "text": texts[m], "type": "c"} for m in measures]
        data = []
        for combo in itertools.product(*(chosen[v["code"]] for v in dims)):
            cell = self.cells.get(tuple(sorted(zip((v["code"] for v in dims), combo))))
            if cell is not None:
                data.append({"key": list(combo), "values": [cell.get(m, "..") for m in measures]})
        return {"columns": columns, "comments": [], "data": data}


@dataclass(frozen=True)
class LabourFiles:
    barometer: bytes | None
    tables: dict[str, PxTable]  # path -> table
    jobs: dict[str, dict[str, Any]]  # group concept id -> the group's saved JobSearch answer

    @classmethod
    def load(cls, snapshot_dir: Path) -> "LabourFiles":
        folder = snapshot_dir / "arbetsmarknad"
        barometer = folder / "yrkesbarometer" / "yrkesbarometer.json"
        tables = {}
        for path, (source, metadata, prefix) in _TABLES.items():
            table = PxTable.load(folder / source, metadata, prefix)
            if table is not None:
                tables[path] = table
        return cls(barometer.read_bytes() if barometer.is_file() else None, tables, _jobs(folder / "jobsearch"))

    def route(self, method: str, path: str, body: bytes, max_values: int, query: str = "") -> tuple[int, bytes] | None:
        """Status and body for a labour path, or None when `path` is not one."""
        if path == BAROMETER_PATH and method == "GET":
            return (200, self.barometer) if self.barometer is not None else (404, _error("not found"))
        if path == JOBSEARCH_PATH and method == "GET":
            return self.search(query)
        if path not in _TABLES:
            return None
        table = self.tables.get(path)
        if table is None:
            return 404, _error("no such table")
        if method == "GET":
            return 200, table.metadata
        return table.query(body, max_values)

    def search(self, query: str) -> tuple[int, bytes]:
        """A count of ads as JobSearch answers it: the total and the top `stats.limit` counties."""
        params = parse_qs(query, keep_blank_values=True)
        try:
            limit, stats_limit = int(params.get("limit", ["10"])[0]), int(params.get("stats.limit", ["5"])[0])
        except ValueError:
            return 400, _error("limit and stats.limit must be numbers")
        if not 0 <= limit <= 100 or not 0 <= stats_limit <= 30:
            return 400, _error("limit or stats.limit out of range")
        total, values = 0, []
        for concept in params.get("occupation-group", []):
            saved = self.jobs.get(concept, {})
            total += saved.get("total", {}).get("value", 0)
            values += next((s["values"] for s in saved.get("stats", []) if s.get("type") == "region"), [])
        stats = [{"type": kind, "values": sorted(values, key=lambda v: (-v["count"], v["term"]))[:stats_limit] if kind == "region" else []}
                 for kind in params.get("stats", [])]
        answer = {"total": {"value": total}, "positions": total, "stats": stats, "hits": []}
        return 200, json.dumps(answer, ensure_ascii=False).encode("utf-8")


def _jobs(folder: Path) -> dict[str, dict[str, Any]]:
    from generator.sources.jobsearch import group_concept_ids

    ids = group_concept_ids()
    jobs = {}
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        if path.stem in ids:
            try:
                jobs[ids[path.stem]] = json.loads(path.read_bytes())
            except ValueError:
                continue
    return jobs


def _values(variables: list[dict[str, Any]], code: str) -> list[str]:
    return next((v["values"] for v in variables if v["code"] == code), [])


def _select(var: dict[str, Any], selection: dict[str, Any] | None) -> list[str] | None:
    """The values a PxWeb v1 selection picks ("item", "top", "all"); an unselected variable
    is eliminated to its first value (the total) when the table allows, else None."""
    values = var["values"]
    if selection is None:
        if var["code"] == MEASURE_VAR or var.get("time"):
            return list(values)
        return values[:1] if var.get("elimination") else None
    kind, asked = selection.get("filter"), selection.get("values") or []
    if kind == "top":
        return values[-int(asked[0]):] if asked and str(asked[0]).isdigit() else []
    if kind == "all":
        return list(values)
    return [v for v in values if v in set(asked)]


def _add_cells(cells: dict, answer: dict[str, Any]) -> None:
    keys = [c["code"] for c in answer["columns"] if c.get("type") != "c"]
    measures = [c["code"] for c in answer["columns"] if c.get("type") == "c"]
    for row in answer["data"]:
        key = tuple(sorted(zip(keys, row["key"])))
        cells.setdefault(key, {}).update(zip(measures, row["values"]))
