"""The Atom feed of recent changes (`uppdateringar.xml`) and the latest change report (`changes.json`)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

from generator.config import SiteSettings
from generator.sources.barometer import season
from generator.helpers.text import one_line
from generator.model.occupations import Catalog, id_url

FEED_SIZE = 50
SUMMARIES = {
    "added": ("Nytt yrke", "Ett nytt yrke har lagts till."),
    "changed": ("Uppdaterat", "Texten om yrket har ändrats."),
    "removed": ("Borttaget", "Yrket finns inte längre med."),
}


def feed_entries(catalog: Catalog, history: list[dict[str, Any]], site: SiteSettings) -> list[dict[str, str]]:
    """Atom entries, newest first: the changes of recent live builds, or, with no
    history yet (a snapshot that was never rebuilt live), the occupations most
    recently updated by their editors."""
    entries = _change_entries(catalog, history, site) if history else _recently_edited(catalog, site)
    return distinct_times(entries[:FEED_SIZE])


def _change_entries(catalog: Catalog, history: list[dict[str, Any]], site: SiteSettings) -> list[dict[str, str]]:
    urls = {o.id: o.url for o in catalog.occupations}
    own = {o.id: f"{o.updated.isoformat()}T00:00:00Z" for o in catalog.occupations if o.updated}
    entries = []
    for build in history:
        when = build.get("fetched_at") or "2000-01-01T00:00:00+00:00"
        if build.get("barometer_round"):
            entries.append(_round_entry(str(build["barometer_round"]), when, site))
        for kind, (title, summary) in SUMMARIES.items():
            for item in build.get(kind, []):
                entries.append({
                    "id": f"{site.base_url}{id_url(item['id'])}#{kind}-{when}",
                    "title": f"{title}: {one_line(str(item.get('name', '')))}",
                    "link": site.base_url + urls.get(item["id"], id_url(item["id"])),
                    "updated": _entry_time(own.get(item["id"]) if kind != "removed" else None, atom_time(when)),
                    "summary": summary,
                })
    return entries


def _round_entry(round_: str, when: str, site: SiteSettings) -> dict[str, str]:
    """A new round of the Yrkesbarometer: every page's job prospects were assessed anew."""
    words = season(round_)
    return {
        "id": f"{site.base_url}#yrkesbarometer-{round_}", "title": f"Nya bedömningar av jobbmöjligheter ({words})",
        "link": site.base_url + "bladdra/", "updated": atom_time(when),
        "summary": f"Arbetsförmedlingens yrkesbarometer har bedömt jobbmöjligheterna på nytt, {words}.",
    }


def _recently_edited(catalog: Catalog, site: SiteSettings) -> list[dict[str, str]]:
    recent = sorted((o for o in catalog.occupations if o.updated), key=lambda o: (o.updated, o.id), reverse=True)
    return [{
        "id": f"{site.base_url}{id_url(o.id)}#{o.updated.isoformat()}",
        "title": f"Uppdaterat: {o.name}", "link": site.base_url + o.url,
        "updated": f"{o.updated.isoformat()}T00:00:00Z", "summary": o.description,
    } for o in recent[:FEED_SIZE] if o.updated]


def _entry_time(record_date: str | None, build_time: str) -> str:
    """An entry's time: its record's own date (the editors' last update), when that is not after the
    build that saw the change; else the build's time."""
    return record_date if record_date and record_date <= build_time else build_time


def distinct_times(entries: list[dict[str, str]]) -> list[dict[str, str]]:
    """Entries that share a time are told apart by a second each, in their order (first stays), so
    that no two entries of the feed have the same `updated` (the feed validator warns of it)."""
    taken: set[str] = set()
    for entry in entries:
        value = entry["updated"]
        while value in taken:
            value = (datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ") - timedelta(seconds=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
        taken.add(value)
        entry["updated"] = value
    return entries


def latest_updated(entries: list[dict[str, str]]) -> str:
    return max((e["updated"] for e in entries), default="2000-01-01T00:00:00Z")


def atom_time(value: str) -> str:
    """RFC 3339 in UTC with a Z, as Atom wants."""
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return "2000-01-01T00:00:00Z"
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def latest_change(history: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The newest live build that changed something."""
    return next((h for h in history if h.get("added") or h.get("changed") or h.get("removed") or h.get("barometer_round")),
                None)


def changes_json(report: dict[str, Any] | None) -> bytes:
    report = report or {"fetched_at": "", "added": [], "changed": [], "removed": []}
    return (json.dumps(report, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
