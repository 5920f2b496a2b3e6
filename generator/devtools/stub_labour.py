"""The stand-in's labour-market sources: the Yrkesbarometer file and SCB's PxWeb v1 table.

Served from a snapshot folder's `arbetsmarknad/` files (see generator/snapshot/store.py),
at the real hosts' paths, with no credentials (both sources are keyless). The SCB table
answers GET with its metadata and POST with the cells a PxWeb v1 query selects, in
format "json", measures in the table's own order; a query selecting more than
`max_values` values is refused with 403, as SCB does.

Standard library only, like the stand-in itself.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BAROMETER_PATH = "/prognoser/yrkesbarometer.json"
SCB_PATH = "/OV0104/v1/doris/sv/ssd/AM/AM0110/AM0110A/LoneSpridSektYrk4AN"
MEASURE_VAR = "ContentsCode"


def _error(message: str) -> bytes:
    return json.dumps({"error": message}, ensure_ascii=False).encode("utf-8")


@dataclass(frozen=True)
class LabourFiles:
    barometer: bytes | None
    metadata: bytes | None
    cells: dict[tuple[tuple[str, str], ...], dict[str, Any]]  # sorted (variable, value) pairs -> measure -> value

    @classmethod
    def load(cls, snapshot_dir: Path) -> "LabourFiles":
        folder = snapshot_dir / "arbetsmarknad"
        barometer = folder / "yrkesbarometer" / "yrkesbarometer.json"
        scb = folder / "scb"
        metadata = scb / "tabell.json"
        cells: dict[tuple[tuple[str, str], ...], dict[str, Any]] = {}
        for path in sorted(scb.glob("lon-*.json")) if scb.is_dir() else []:
            try:
                _add_cells(cells, json.loads(path.read_bytes()))
            except (ValueError, AttributeError, TypeError):
                continue  # a deliberately broken answer file serves nothing
        return cls(
            barometer.read_bytes() if barometer.is_file() else None,
            metadata.read_bytes() if metadata.is_file() else None,
            cells,
        )

    def route(self, method: str, path: str, body: bytes, max_values: int) -> tuple[int, bytes] | None:
        """Status and body for a labour path, or None when `path` is not one."""
        if path == BAROMETER_PATH and method == "GET":
            return (200, self.barometer) if self.barometer is not None else (404, _error("not found"))
        if path != SCB_PATH:
            return None
        if self.metadata is None:
            return 404, _error("no such table")
        if method == "GET":
            return 200, self.metadata
        return self.query(body, max_values)

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
        return 200, json.dumps(self._answer(variables, chosen), ensure_ascii=False).encode("utf-8")

    def _answer(self, variables: list[dict[str, Any]], chosen: dict[str, list[str]]) -> dict[str, Any]:
        dims = [v for v in variables if v["code"] != MEASURE_VAR]
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
