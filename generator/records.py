"""What a raw Yrkesinfo record is: the rules every stage reads raw JSON by.

The fetch, the model, the change report and the image download all meet the
API's records before any of them is typed; each rule here is spelled once so
they cannot disagree (a `True` id, say, which Python counts as an int).
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

from generator.helpers.text import one_line, safe_url

# Ids travel into URLs, JSON for the browser and share links: above 2**53 JavaScript
# cannot tell one from the next, so such an id is as unusable as a missing one.
MAX_ID = 2**53 - 1


def is_record_id(value: Any) -> bool:
    """A usable occupation id: a positive JSON integer (not a boolean) within JavaScript's exact range."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= MAX_ID


def list_entries(items: Iterable[Any]) -> Iterator[tuple[int, Any, dict[str, Any] | None]]:
    """(position, id or None, item or None) for each entry of the list: None where the entry has no usable id."""
    for position, item in enumerate(items):
        record_id = item.get("id") if isinstance(item, dict) else None
        yield position, record_id if is_record_id(record_id) else None, item if isinstance(item, dict) else None


def detail_problem(detail: Any, expected_id: int | None = None) -> str | None:
    """Why a detail record cannot be used at all, or None."""
    if not isinstance(detail, dict):
        return "the record is not a JSON object"
    record_id = detail.get("id")
    if not is_record_id(record_id):
        return "field id: missing or not an integer"
    if expected_id is not None and record_id != expected_id:
        return f"field id: is {record_id}, expected {expected_id}"
    name = detail.get("namn")
    if not isinstance(name, str) or not one_line(name):
        return "field namn: missing, empty or not a string"
    return None


def primary_image(summary: Any, detail: Any) -> tuple[str, Any] | None:
    """(http(s) URL, raw alt text) of the image an occupation page shows: the detail's primary
    picture first, then its others, then the list's `bildlank`."""
    pictures = detail.get("bilder") if isinstance(detail, dict) else None
    candidates = [b for b in pictures if isinstance(b, dict)] if isinstance(pictures, list) else []
    for raw in sorted(candidates, key=lambda b: b.get("primar") is not True):
        if isinstance(raw.get("lank"), str) and (url := safe_url(raw["lank"])):
            return url, raw.get("sammanfattning")
    if isinstance(summary, dict) and isinstance(summary.get("bildlank"), str) and (url := safe_url(summary["bildlank"])):
        return url, summary.get("bildsammanfattning")
    return None
