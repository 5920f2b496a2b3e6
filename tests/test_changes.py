"""What changed since the last snapshot, by id and field, and the history the feed is made from."""

from __future__ import annotations

import json

from generator.model.changes import (
    HISTORY_LIMIT,
    ChangeReport,
    add_to_history,
    compare,
)
from generator.snapshot.store import Snapshot


def snapshot(summaries: list, details: list, fetched_at: str = "2026-06-01T00:00:00Z") -> Snapshot:
    return Snapshot(list_bytes=json.dumps(summaries).encode(), details={d["id"]: json.dumps(d).encode() for d in details},
                    manifest={"fetched_at": fetched_at})


def test_a_first_snapshot_adds_everything() -> None:
    report = compare(None, snapshot([{"id": 2, "namn": "B"}, {"id": 1, "namn": "A"}], [{"id": 1, "namn": "A"}]))
    assert report.added == [{"id": 1, "name": "A"}, {"id": 2, "name": "B"}]
    assert report.changed == report.removed == [] and report.fetched_at == "2026-06-01T00:00:00Z"


def test_changes_name_the_fields_of_the_list_and_the_detail() -> None:
    before = snapshot([{"id": 1, "namn": "Kock", "oneliner": "Lagar mat."}, {"id": 2, "namn": "Bagare"}],
                      [{"id": 1, "namn": "Kock", "arbetstid": "Dag."}, {"id": 2, "namn": "Bagare"}])
    after = snapshot([{"id": 1, "namn": "Kock", "oneliner": "Lagar god mat."}, {"id": 3, "namn": "Städare"}],
                     [{"id": 1, "namn": "Kock", "arbetstid": "Kväll."}, {"id": 3, "namn": "Städare"}])
    report = compare(before, after)
    assert report.changed == [{"id": 1, "name": "Kock", "fields": ["arbetstid", "oneliner"]}]
    assert report.added == [{"id": 3, "name": "Städare"}] and report.removed == [{"id": 2, "name": "Bagare"}]
    assert report.summary() == "changes: 1 added, 1 changed, 1 removed"


def test_records_without_a_usable_id_are_not_changes() -> None:
    report = compare(None, snapshot([{"id": True, "namn": "x"}, {"namn": "no id"}, "junk"], []))
    assert report.empty


def test_history_keeps_the_newest_first_and_only_builds_that_changed_something() -> None:
    history: list = []
    for day in range(HISTORY_LIMIT + 3):
        history = add_to_history(history, ChangeReport(fetched_at=f"day {day}", added=[{"id": day, "name": "x"}]))
    history = add_to_history(history, ChangeReport(fetched_at="nothing changed"))
    assert len(history) == HISTORY_LIMIT
    assert history[0]["fetched_at"] == f"day {HISTORY_LIMIT + 2}"
