"""What changed between two snapshots: occupations added, changed (and which fields), removed.

Compared on the raw API records, so a change is reported in the API's own
field names. Each live build adds its report to the snapshot's history, which
the Atom feed and the change report in the site are made from.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from generator.helpers.text import one_line
from generator.records import list_entries
from generator.sources.labour import barometer_round
from generator.snapshot.store import Snapshot

HISTORY_LIMIT = 50  # builds kept in the history


@dataclass
class ChangeReport:
    fetched_at: str = ""
    added: list[dict[str, Any]] = field(default_factory=list)  # {"id", "name"}
    changed: list[dict[str, Any]] = field(default_factory=list)  # {"id", "name", "fields"}
    removed: list[dict[str, Any]] = field(default_factory=list)
    barometer_round: str = ""  # set when the Yrkesbarometer has a new round, e.g. "2026-1"

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.removed or self.barometer_round)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def summary(self) -> str:
        round_ = f"; a new barometer round, {self.barometer_round}" if self.barometer_round else ""
        return f"changes: {len(self.added)} added, {len(self.changed)} changed, {len(self.removed)} removed{round_}"


def _records(snapshot: Snapshot) -> dict[int, dict[str, Any]]:
    """The list item and detail of each occupation, merged; records that do not parse are skipped."""
    records: dict[int, dict[str, Any]] = {}
    for _, record_id, item in list_entries(snapshot.summaries()):
        if record_id is not None and record_id not in records:
            records[record_id] = {f"list.{k}": v for k, v in item.items()}
    for record_id, raw in snapshot.details.items():
        if record_id in records:
            try:
                detail = json.loads(raw)
            except (ValueError, RecursionError):
                continue
            if isinstance(detail, dict):
                records[record_id].update(detail)
    return records


def _name(record: dict[str, Any]) -> str:
    name = record.get("namn") or record.get("list.namn") or ""
    return one_line(name) if isinstance(name, str) else ""  # made plain here: it goes into the feed


def compare(previous: Snapshot | None, current: Snapshot) -> ChangeReport:
    report = ChangeReport(fetched_at=str(current.manifest.get("fetched_at", "")))
    new = _records(current)
    old = _records(previous) if previous is not None else {}
    for record_id in sorted(new.keys() - old.keys()):
        report.added.append({"id": record_id, "name": _name(new[record_id])})
    for record_id in sorted(old.keys() - new.keys()):
        report.removed.append({"id": record_id, "name": _name(old[record_id])})
    for record_id in sorted(new.keys() & old.keys()):
        a, b = old[record_id], new[record_id]
        fields = sorted(key.removeprefix("list.") for key in a.keys() | b.keys() if a.get(key) != b.get(key))
        if fields:
            report.changed.append({"id": record_id, "name": _name(b), "fields": sorted(set(fields))})
    new_round = barometer_round(current)
    if new_round and new_round != (barometer_round(previous) if previous is not None else ""):
        report.barometer_round = new_round
    return report


def add_to_history(history: list[dict[str, Any]], report: ChangeReport) -> list[dict[str, Any]]:
    if report.empty:
        return history
    return [report.as_dict(), *history][:HISTORY_LIMIT]
