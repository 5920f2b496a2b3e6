"""The snapshot: the API's raw responses in a folder, the contract between the
network and everything after it.

Layout, the API's own shape:

    yrken.json          GET /yrken, as fetched
    yrken/<id>.json     GET /yrken/{id}, as fetched
    manifest.json       written by the fetch: time, counts, a hash per record
    bilder/<key>        images as fetched, named by a hash of their URL (manifest "images"), optional
    published.json      every occupation URL ever published (for redirects), optional
    history.json        the changes found by earlier live builds, newest first, optional
    arbetsmarknad/<source>/<file>   the labour-market sources' raw answers, optional
                        (yrkesbarometer/yrkesbarometer.json; scb/tabell.json, scb/lon-<n>.json);
                        their state, fetch time and hashes are in the manifest's "labour"

The last two are the site's memory across rebuilds. They live with the
snapshot so that a site built again from the same folder is the same site.

A snapshot is written beside its destination and renamed into place only when
complete, so a good snapshot is never replaced by half of a new one.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import YrkesinfoError
from generator.helpers.atomic import folder_beside, replace_dir

LIST_FILE = "yrken.json"
DETAIL_DIR = "yrken"
MANIFEST_FILE = "manifest.json"
PUBLISHED_FILE = "published.json"
HISTORY_FILE = "history.json"
IMAGE_DIR = "bilder"
LABOUR_DIR = "arbetsmarknad"


def image_key(url: str) -> str:
    """The file name an image URL is kept under."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:24]


class SnapshotError(YrkesinfoError):
    """A snapshot folder cannot be read."""


def sha256(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


@dataclass
class Snapshot:
    """Raw bytes as the API sent them; parsing and validation belong to `model`."""

    list_bytes: bytes
    details: dict[int, bytes]
    manifest: dict[str, Any] = field(default_factory=dict)
    published: dict[str, Any] = field(default_factory=dict)  # id -> {"slug", "name", "old_slugs", ...}
    history: list[dict[str, Any]] = field(default_factory=list)
    images: dict[str, bytes] = field(default_factory=dict)  # image_key(url) -> bytes
    labour: dict[str, dict[str, bytes]] = field(default_factory=dict)  # source -> file name -> raw answer

    @property
    def is_sample(self) -> bool:
        return self.manifest.get("source") == "sample"

    def summaries(self) -> list[Any]:
        data = json.loads(self.list_bytes)
        if not isinstance(data, list):
            raise SnapshotError(f"{LIST_FILE} is not a JSON array")
        return data

    def record_hashes(self) -> dict[str, str]:
        return {str(i): sha256(self.details[i]) for i in sorted(self.details)}

    def fingerprint(self) -> str:
        """One hash of everything a site is built from, so an unchanged snapshot is seen at once."""
        digest = hashlib.sha256(self.list_bytes)
        for record_id in sorted(self.details):
            digest.update(b"%d\0" % record_id + self.details[record_id])
        digest.update(_dump(self.published) + _dump(self.history) + str(self.is_sample).encode())
        for key in sorted(self.images):
            digest.update(key.encode() + hashlib.sha256(self.images[key]).digest())
        for source, files in sorted(self.labour.items()):
            for name in sorted(files):
                digest.update(f"{source}/{name}".encode() + hashlib.sha256(files[name]).digest())
        digest.update(_dump(self.labour_states()))
        return digest.hexdigest()

    def labour_states(self) -> dict[str, Any]:
        """What pages show of each source's manifest entry: its state, and its date when stale."""
        entries = self.manifest.get("labour")
        if not isinstance(entries, dict):
            return {}
        return {
            source: [entry.get("state"), entry.get("fetched_at") if entry.get("state") == "stale" else None]
            for source, entry in sorted(entries.items()) if isinstance(entry, dict)
        }


def _dump(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _read_json(path: Path, kind: type, default: Any) -> Any:
    if not path.is_file():
        return default
    try:
        value = json.loads(path.read_bytes())
    except ValueError as exc:
        raise SnapshotError(f"{path}: not valid JSON ({exc})") from None
    if not isinstance(value, kind):
        raise SnapshotError(f"{path}: expected a JSON {kind.__name__}")
    return value


def read_snapshot(folder: Path) -> Snapshot:
    folder = Path(folder)
    list_path = folder / LIST_FILE
    if not list_path.is_file():
        raise SnapshotError(f"{folder} is not a snapshot folder: {LIST_FILE} is missing")
    list_bytes = list_path.read_bytes()
    try:
        json.loads(list_bytes)
    except ValueError as exc:
        raise SnapshotError(f"{list_path}: not valid JSON ({exc})") from None
    details: dict[int, bytes] = {}
    detail_dir = folder / DETAIL_DIR
    if detail_dir.is_dir():
        for path in detail_dir.glob("*.json"):
            if path.stem.isdigit():
                details[int(path.stem)] = path.read_bytes()
    return Snapshot(
        list_bytes=list_bytes,
        details=details,
        manifest=_read_json(folder / MANIFEST_FILE, dict, {}),
        published=_read_json(folder / PUBLISHED_FILE, dict, {}),
        history=_read_json(folder / HISTORY_FILE, list, []),
        images={p.name: p.read_bytes() for p in sorted((folder / IMAGE_DIR).glob("*")) if p.is_file()},
        labour=_read_labour(folder / LABOUR_DIR),
    )


def _read_labour(folder: Path) -> dict[str, dict[str, bytes]]:
    if not folder.is_dir():
        return {}
    return {
        source.name: {p.name: p.read_bytes() for p in sorted(source.glob("*.json")) if p.is_file()}
        for source in sorted(folder.iterdir()) if source.is_dir()
    }


def write_snapshot(snapshot: Snapshot, dest: Path) -> None:
    """Write `snapshot` to `dest`, replacing what is there only once complete."""
    with folder_beside(dest, "writing") as tmp:
        (tmp / LIST_FILE).write_bytes(snapshot.list_bytes)
        (tmp / DETAIL_DIR).mkdir()
        for record_id in sorted(snapshot.details):
            (tmp / DETAIL_DIR / f"{record_id}.json").write_bytes(snapshot.details[record_id])
        manifest = dict(snapshot.manifest)
        manifest["count"] = len(snapshot.details)
        manifest["list"] = sha256(snapshot.list_bytes)
        manifest["records"] = snapshot.record_hashes()
        if snapshot.labour or "labour" in manifest:
            manifest["labour"] = _labour_manifest(snapshot)
        (tmp / MANIFEST_FILE).write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", "utf-8")
        if snapshot.images:
            (tmp / IMAGE_DIR).mkdir()
            for key in sorted(snapshot.images):
                (tmp / IMAGE_DIR / key).write_bytes(snapshot.images[key])
        for source, files in sorted(snapshot.labour.items()):
            (tmp / LABOUR_DIR / source).mkdir(parents=True)
            for name in sorted(files):
                (tmp / LABOUR_DIR / source / name).write_bytes(files[name])
        if snapshot.published:
            (tmp / PUBLISHED_FILE).write_bytes(_dump(snapshot.published))
        if snapshot.history:
            (tmp / HISTORY_FILE).write_bytes(_dump(snapshot.history))
        replace_dir(tmp, dest)


def _labour_manifest(snapshot: Snapshot) -> dict[str, Any]:
    """Each source's entry from the fetch (state, time, problem) with a hash of each of its files."""
    entries = snapshot.manifest.get("labour")
    entries = dict(entries) if isinstance(entries, dict) else {}
    for source in sorted(set(entries) | set(snapshot.labour)):
        entry = dict(entries.get(source) or {})
        files = snapshot.labour.get(source, {})
        entry["files"] = {name: sha256(files[name]) for name in sorted(files)}
        entries[source] = entry
    return entries
