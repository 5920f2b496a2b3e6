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
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import SnapshotError
from generator.helpers.atomic import folder_beside, replace_dir

LIST_FILE = "yrken.json"
DETAIL_DIR = "yrken"
MANIFEST_FILE = "manifest.json"
PUBLISHED_FILE = "published.json"
HISTORY_FILE = "history.json"
IMAGE_DIR = "bilder"
LABOUR_DIR = "arbetsmarknad"

_DETAIL_NAME = re.compile(r"([1-9][0-9]{0,11})\.json")  # a plain id: no sign, no leading zero, ASCII digits
_IMAGE_NAME = re.compile(r"[0-9a-f]{24}")  # image_key
_LABOUR_NAME = re.compile(r"[^/\0]+")  # any name: only the .json files are read, and only plain ones
_SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,199}")  # one path segment, as make_slug makes them


def image_key(url: str) -> str:
    """The file name an image URL is kept under."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:24]


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
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, why) for files in the folder that were ignored

    @property
    def is_sample(self) -> bool:
        return self.manifest.get("source") == "sample"

    def summaries(self) -> list[Any]:
        try:
            data = json.loads(self.list_bytes)
        except (ValueError, RecursionError) as exc:
            raise SnapshotError(f"{LIST_FILE}: not valid JSON ({type(exc).__name__})") from None
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


def _read_regular(path: Path) -> bytes:
    """A regular file's bytes; a link, folder, FIFO or device is refused (it could hang the build, or point anywhere)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as exc:
        why = "is a symbolic link" if os.path.islink(path) else exc.strerror
        raise SnapshotError(f"{path}: cannot be read ({why}); only plain files are read") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise SnapshotError(f"{path}: not a plain file; only plain files are read")
    with os.fdopen(fd, "rb") as f:
        return f.read()


def _read_json(path: Path, kind: type, default: Any) -> Any:
    if not os.path.lexists(path):
        return default
    try:
        value = json.loads(_read_regular(path))
    except (ValueError, RecursionError) as exc:
        raise SnapshotError(f"{path}: not valid JSON ({type(exc).__name__})") from None
    if not isinstance(value, kind):
        raise SnapshotError(f"{path}: expected a JSON {kind.__name__}")
    return value


def _plain_files(folder: Path, name: re.Pattern[str], skipped: list[tuple[str, str]]) -> dict[str, bytes]:
    """name -> bytes of the plain files in `folder` whose names match; the others are noted in `skipped`."""
    files: dict[str, bytes] = {}
    if not folder.is_dir() or folder.is_symlink():
        return files
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        where = f"{folder.name}/{entry.name}"
        if not name.fullmatch(entry.name):
            skipped.append((where, "not a name the snapshot uses; ignored"))
            continue
        try:
            files[entry.name] = _read_regular(Path(entry.path))
        except SnapshotError:
            skipped.append((where, "not a plain file (a link, folder or device); ignored"))
    return files


def check_published(register: dict[str, Any], path: Path | str = PUBLISHED_FILE) -> dict[str, Any]:
    """The register of published URLs, or SnapshotError naming the entry that is not one."""
    for key, entry in register.items():
        slugs = entry.get("old_slugs", []) if isinstance(entry, dict) else None
        if not (key.isascii() and key.isdigit() and isinstance(entry, dict) and isinstance(entry.get("slug"), str)
                and isinstance(slugs, list) and isinstance(entry.get("name", ""), str)
                and isinstance(entry.get("similar", []), list)):
            raise SnapshotError(f"{path}: the entry {key[:40]!r} is not an id with a slug, a name and a list of "
                                "old slugs; fix or delete the file")
        for slug in [entry["slug"], *slugs]:
            if not isinstance(slug, str) or not _SLUG.fullmatch(slug):
                raise SnapshotError(f"{path}: the entry {key} has the slug {str(slug)[:80]!r}, which is not a plain "
                                    "slug (it could lead outside the site); fix or delete the file")
    return register


def check_history(history: list[Any], path: Path | str = HISTORY_FILE) -> list[Any]:
    """The change history, or SnapshotError naming the entry that is not one."""
    for position, build in enumerate(history):
        items = [build.get(kind, []) for kind in ("added", "changed", "removed")] if isinstance(build, dict) else None
        ok = items is not None and isinstance(build.get("fetched_at", ""), str) and all(
            isinstance(group, list) and all(
                isinstance(item, dict) and isinstance(item.get("id"), int) and isinstance(item.get("name", ""), str)
                and isinstance(item.get("fields", []), list) for item in group)
            for group in items)
        if not ok:
            raise SnapshotError(f"{path}: entry {position} is not a build's changes (fetched_at, and added, changed "
                                "and removed as lists of {id, name}); fix or delete the file")
    return history


def read_snapshot(folder: Path) -> Snapshot:
    folder = Path(folder)
    list_path = folder / LIST_FILE
    if not os.path.lexists(list_path):
        raise SnapshotError(f"{folder} is not a snapshot folder: {LIST_FILE} is missing")
    list_bytes = _read_regular(list_path)
    try:
        json.loads(list_bytes)
    except (ValueError, RecursionError) as exc:
        raise SnapshotError(f"{list_path}: not valid JSON ({type(exc).__name__})") from None
    skipped: list[tuple[str, str]] = []
    details = {int(name.removesuffix(".json")): data
               for name, data in _plain_files(folder / DETAIL_DIR, _DETAIL_NAME, skipped).items()}
    return Snapshot(
        list_bytes=list_bytes,
        details=details,
        manifest=_read_json(folder / MANIFEST_FILE, dict, {}),
        published=check_published(_read_json(folder / PUBLISHED_FILE, dict, {}), folder / PUBLISHED_FILE),
        history=check_history(_read_json(folder / HISTORY_FILE, list, []), folder / HISTORY_FILE),
        images=_plain_files(folder / IMAGE_DIR, _IMAGE_NAME, skipped),
        skipped=skipped,
        labour=_read_labour(folder / LABOUR_DIR, skipped),
    )


def _read_labour(folder: Path, skipped: list[tuple[str, str]]) -> dict[str, dict[str, bytes]]:
    if not folder.is_dir() or folder.is_symlink():
        return {}
    sources = {}
    for source in sorted(folder.iterdir()):
        if source.is_dir() and not source.is_symlink():
            files = _plain_files(source, _LABOUR_NAME, skipped)
            sources[source.name] = {name: data for name, data in files.items() if name.endswith(".json")}
    return sources


def write_snapshot(snapshot: Snapshot, dest: Path) -> None:
    """Write `snapshot` to `dest`, replacing what is there only once complete."""
    with folder_beside(dest, "writing") as tmp:
        stage_snapshot(snapshot, tmp)
        replace_dir(tmp, dest)


def stage_snapshot(snapshot: Snapshot, tmp: Path) -> None:
    """Write every file of `snapshot` into the empty folder `tmp`."""
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
