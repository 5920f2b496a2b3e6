"""Safe by construction (issue 14): what `--out` may replace, paths that stay inside, one bad
record or image never stopping the build, file modes, the output guard and CSP."""

from __future__ import annotations

import copy
import gzip
import io
import json
import os
import re
import stat
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from PIL import Image

from generator import cli
from generator.build import build, build_from_snapshot
from generator.config import PROJECT_ROOT, SAMPLE_SNAPSHOT
from generator.helpers.csp import policy
from generator.errors import UnsafePathError
from generator.model.occupations import build_catalog
from generator.output.publish import check_no_secret, remove_paths, state_path, write_files
from generator.errors import SecretInOutputError
from generator.snapshot.store import image_key, read_snapshot
from generator.errors import SnapshotError

from support import CANARY_SECRET, subset



@pytest.fixture
def small(tmp_path: Path) -> Path:
    return subset(SAMPLE_SNAPSHOT, tmp_path / "snapshot", 5)


def run_cli(capsys, *args: str) -> tuple[int, str]:
    code = cli.main(list(args))
    return code, capsys.readouterr().err


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


# 1. --out replaces only what it may.

def test_out_refuses_a_folder_of_someone_elses_files_unless_forced(tmp_path, small, capsys) -> None:
    out = tmp_path / "documents"
    (out / "letters").mkdir(parents=True)
    (out / "letters" / "cv.txt").write_text("my cv")
    code, err = run_cli(capsys, "build", "--snapshot", str(small), "--out", str(out))
    assert code == 2 and "did not build" in err and "--force" in err
    assert tree(out) == {"letters/cv.txt": b"my cv"}
    code, err = run_cli(capsys, "build", "--snapshot", str(small), "--out", str(out), "--force")
    assert code == 0, err
    assert (out / "index.html").is_file() and not (out / "letters").exists()


def test_out_refuses_a_plain_file(tmp_path, small, capsys) -> None:
    out = tmp_path / "notes.txt"
    out.write_text("keep me")
    code, err = run_cli(capsys, "build", "--snapshot", str(small), "--out", str(out))
    assert code == 2 and "is a file" in err and out.read_text() == "keep me"


@pytest.mark.parametrize("where", ["snapshot", "inside"])
@pytest.mark.parametrize("live", [False, True])
def test_out_refuses_the_snapshot_and_folders_inside_it(tmp_path, small, capsys, api_env, where, live) -> None:
    before = tree(small)
    out = small if where == "snapshot" else small / "yrken"
    code, err = run_cli(capsys, "build", *(["--live"] if live else []), "--snapshot", str(small), "--out", str(out))
    assert code == 2 and "snapshot folder" in err and "Published" not in err
    assert tree(small) == before


def test_out_refuses_a_folder_that_holds_the_snapshot(tmp_path, small, capsys) -> None:
    code, err = run_cli(capsys, "build", "--snapshot", str(small), "--out", str(tmp_path), "--force")
    assert code == 2 and "holds the snapshot" in err and (small / "yrken.json").is_file()


@pytest.mark.parametrize("name", ["project", "current", "home", "root"])
def test_out_refuses_the_project_the_current_folder_home_and_root(tmp_path, small, capsys, monkeypatch, name) -> None:
    home = tmp_path / "home"
    (home / ".ssh").mkdir(parents=True)
    (home / ".ssh" / "id").write_text("key")
    monkeypatch.setenv("HOME", str(home))
    checkout = tmp_path / "checkout"
    (checkout / ".git").mkdir(parents=True)
    monkeypatch.chdir(checkout)
    out = {"project": PROJECT_ROOT, "current": Path("."), "home": home, "root": Path("/")}[name]
    code, err = run_cli(capsys, "build", "--snapshot", str(small), "--out", str(out), "--force")
    assert code == 2 and "choose another folder" in err
    assert (home / ".ssh" / "id").read_text() == "key" and (checkout / ".git").is_dir()
    assert (PROJECT_ROOT / "pyproject.toml").is_file()


def test_out_accepts_a_new_an_empty_and_its_own_folder(tmp_path, small, capsys) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    for out in (tmp_path / "new", empty, tmp_path / "new"):  # the last: a site this tool built
        code, err = run_cli(capsys, "build", "--snapshot", str(small), "--out", str(out))
        assert code == 0 and "Published" in err, err


# 2. Paths from data files stay inside their folder.

def test_an_old_slug_that_leads_outside_is_rejected_naming_the_file(tmp_path, small, capsys) -> None:
    first = json.loads((small / "yrken.json").read_bytes())[0]["id"]
    (small / "published.json").write_text(json.dumps(
        {str(first): {"slug": "kock", "name": "Kock", "old_slugs": ["../../escape"], "similar": [], "removed": False}}))
    code, err = run_cli(capsys, "build", "--snapshot", str(small), "--out", str(tmp_path / "site"))
    assert code == 1 and "published.json" in err and "../../escape" in err
    assert not (tmp_path / "escape").exists() and not (tmp_path / "site").exists()


def test_a_build_state_path_that_leads_outside_is_rejected_naming_the_file(tmp_path, site) -> None:
    small = subset(SAMPLE_SNAPSHOT, tmp_path / "a", 5)
    out = tmp_path / "site"
    build(small, out, site)
    state = json.loads(state_path(out).read_bytes())
    state["pages"]["../victim.txt"] = "an old key"  # removed by the next build, were it allowed
    state_path(out).write_text(json.dumps(state))
    (tmp_path / "victim.txt").write_text("not the site's")
    with pytest.raises(UnsafePathError, match=r"build-state\.json.*victim"):
        build(subset(SAMPLE_SNAPSHOT, tmp_path / "b", 6), out, site)
    assert (tmp_path / "victim.txt").read_text() == "not the site's"


@pytest.mark.parametrize("rel", ["../x", "/tmp/x", "a/../../x", "", "a//b", "./a", "a\\..\\b"])
def test_writing_and_removing_refuse_paths_outside(tmp_path, rel) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    (tmp_path / "x").write_text("outside")
    with pytest.raises(UnsafePathError):
        write_files(folder, [(rel, b"new")])
    with pytest.raises(UnsafePathError):
        remove_paths(folder, [rel])
    assert (tmp_path / "x").read_text() == "outside"


def test_a_symlinked_folder_inside_the_site_is_not_written_through(tmp_path) -> None:
    folder, elsewhere = tmp_path / "site", tmp_path / "elsewhere"
    folder.mkdir()
    elsewhere.mkdir()
    (folder / "yrken").symlink_to(elsewhere)
    with pytest.raises(UnsafePathError):
        write_files(folder, [("yrken/index.html", b"x")])
    assert not list(elsewhere.iterdir())


# 3. One bad record or image is left out with a warning naming it; the rest is published.

def _record(snapshot, record_id: int, **fields) -> None:
    detail = json.loads(snapshot.details[record_id])
    detail.update(fields)
    snapshot.details[record_id] = json.dumps(detail).encode()


def test_bad_records_are_left_out_or_cleaned_and_the_rest_is_published(tmp_path, site, small) -> None:
    snapshot = read_snapshot(small)
    ids = sorted(snapshot.details)
    _record(snapshot, ids[0], sammanfattning="Bra \ud83d jobb.")  # a lone surrogate: cleaned away
    deep = json.loads(snapshot.details[ids[1]])
    raw = json.dumps(deep)[:-1] + ', "formagor": ' + "[" * 100_000 + "]" * 100_000 + "}"
    snapshot.details[ids[1]] = raw.encode()
    huge = 10**259
    summaries = json.loads(snapshot.list_bytes) + [{"id": huge, "namn": "Jätte-id"}]
    snapshot.list_bytes = json.dumps(summaries).encode()
    snapshot.details[huge] = json.dumps({"id": huge, "namn": "Jätte-id"}).encode()
    report = build_from_snapshot(snapshot, tmp_path / "site", site)
    assert report.published and report.occupations == 4
    left_out = {str(p) for p in report.left_out}
    assert any(f"occupation {ids[1]}, field detail" in p for p in left_out)
    assert any("field id" in p for p in left_out) and report.occupations == 4  # the huge id, left out by position
    pages = "".join(p.read_text("utf-8") for p in (tmp_path / "site" / "yrken").glob("*/index.html"))
    assert "Bra jobb." in pages


def _png_bomb() -> bytes:
    out = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(out, format="PNG")  # 400 megapixels in a few kB
    return out.getvalue()


def _jpeg(size=(800, 500)) -> bytes:
    out = io.BytesIO()
    Image.effect_noise(size, 60).convert("RGB").save(out, format="JPEG")
    return out.getvalue()


EPS = b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 100 100\nnewpath 0 0 moveto 100 100 lineto stroke\nshowpage\n"


def test_bad_images_are_left_out_with_a_warning_and_the_rest_is_published(tmp_path, site, small) -> None:
    snapshot = read_snapshot(small)
    ids = sorted(snapshot.details)
    images = {ids[0]: _jpeg()[:3000], ids[1]: _png_bomb(), ids[2]: EPS, ids[3]: _jpeg()}
    for record_id, data in images.items():
        url = f"https://bilder.example.se/{record_id}.jpg"
        _record(snapshot, record_id, bilder=[{"lank": url, "sammanfattning": "Bild", "primar": True}])
        snapshot.images[image_key(url)] = data
    report = build_from_snapshot(snapshot, tmp_path / "site", site)
    assert report.published and report.occupations == 5
    warned = {p.record_id for p in report.warnings if p.field == "bilder"}
    assert warned == {ids[0], ids[1], ids[2]}
    assert len(list((tmp_path / "site" / "bilder").iterdir())) == 4  # the good one: two widths, two formats


# 5. Published folders 0755, files 0644, whatever the umask and mkdtemp made.

def test_published_site_is_readable_by_the_web_server(tmp_path, site, small) -> None:
    old = os.umask(0o077)
    try:
        build(small, tmp_path / "site", site)
    finally:
        os.umask(old)
    modes = {stat.S_IMODE(p.stat().st_mode) for p in [tmp_path / "site", *(tmp_path / "site").rglob("*")] if p.is_dir()}
    assert modes == {0o755}
    assert {stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "site").rglob("*") if p.is_file()} == {0o644}


# 6. The output guard: no file that holds the secret is published, gzip'd ones included.

def test_the_guard_refuses_a_site_that_holds_the_secret_also_gzipped(tmp_path) -> None:
    folder = tmp_path / "site"
    (folder / "pagefind" / "fragment").mkdir(parents=True)
    (folder / "index.html").write_text("fine")
    check_no_secret(folder, [CANARY_SECRET])
    (folder / "pagefind" / "fragment" / "sv_1.pf_fragment").write_bytes(gzip.compress(f"url={CANARY_SECRET}".encode()))
    with pytest.raises(SecretInOutputError, match="sv_1.pf_fragment") as error:
        check_no_secret(folder, [CANARY_SECRET])
    assert CANARY_SECRET not in str(error.value)


def test_a_build_that_would_publish_the_secret_publishes_nothing(tmp_path, site, small) -> None:
    snapshot = read_snapshot(small)
    _record(snapshot, sorted(snapshot.details)[0], arbetsuppgifter=f"Se https://api/?client_secret={CANARY_SECRET}")
    with pytest.raises(SecretInOutputError):
        build_from_snapshot(snapshot, tmp_path / "site", site, secrets=(CANARY_SECRET,))
    assert not (tmp_path / "site").exists()


# 9. Text in NFC; distinct names get distinct, stable slugs.

def test_nfc_and_nfd_are_one_area_and_names_that_slugify_alike_are_not(small) -> None:
    snapshot = read_snapshot(small)
    ids = sorted(snapshot.details)
    areas = ["H\u00e4lsa", "Ha\u0308lsa", "Data/IT", "Data IT", "Data/IT"]
    for record_id, area in zip(ids, areas):
        _record(snapshot, record_id, yrkesomraden=[area])
    catalog = build_catalog(snapshot)
    slugs = {a.name: a.slug for a in catalog.areas}
    assert set(slugs) == {"H\u00e4lsa", "Data/IT", "Data IT"}
    assert len(set(slugs.values())) == 3 and slugs["H\u00e4lsa"] == "halsa"
    assert len(next(a for a in catalog.areas if a.name == "H\u00e4lsa").occupations) == 2
    reordered = copy.deepcopy(snapshot)
    reordered.list_bytes = json.dumps(list(reversed(json.loads(snapshot.list_bytes)))).encode()
    assert {a.name: a.slug for a in build_catalog(reordered).areas} == slugs


# 10. A CSP in every page, the same policy as _headers; the build state is not served.

def test_every_page_has_the_csp_of_headers_minus_what_meta_cannot_hold(sample_site: Path) -> None:
    header = next(line.split(":", 1)[1].strip() for line in (sample_site / "_headers").read_text().splitlines()
                  if "Content-Security-Policy" in line)
    assert header == policy() and "frame-ancestors" in header
    expected = policy(for_meta=True)
    assert "frame-ancestors" not in expected and expected in header.replace("; frame-ancestors 'none'", "")
    pages = list(sample_site.rglob("*.html"))
    for path in pages:
        soup = BeautifulSoup(path.read_text("utf-8"), "html.parser")
        meta = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
        assert meta is not None and meta["content"] == expected, path
        assert soup.head.find_all("meta")[1] is meta, path  # before anything it governs
    assert len(pages) > 350
    assert not list(sample_site.rglob(".build-state.json")) and state_path(sample_site).is_file()


def test_the_meta_csp_blocks_inline_scripts_on_a_host_without_headers(sample_site, page) -> None:
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(sample_site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)  # no _headers: like GitHub Pages
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/")
        ran = page.evaluate("""() => { const s = document.createElement('script');
            s.textContent = 'window.injected = 1'; document.head.appendChild(s); return window.injected === 1; }""")
        assert ran is False
    finally:
        server.shutdown()
        server.server_close()


# 11. The smaller points.

def test_noncharacters_never_make_the_feed_invalid(tmp_path, site, small) -> None:
    snapshot = read_snapshot(small)
    record_id = sorted(snapshot.details)[0]
    _record(snapshot, record_id, namn="Kock\ufffe\uffff")
    snapshot.history = [{"fetched_at": "2026-01-01T00:00:00+00:00", "added": [{"id": record_id, "name": "Ny\ufffe"}],
                         "changed": [], "removed": []}]
    build_from_snapshot(snapshot, tmp_path / "site", site)
    feed = ET.parse(tmp_path / "site" / "uppdateringar.xml")  # raises on invalid XML
    titles = [e.text for e in feed.iter("{http://www.w3.org/2005/Atom}title")]
    assert "Nytt yrke: Ny" in titles


def test_404_links_from_the_site_root(sample_site: Path, serve_site, page) -> None:
    soup = BeautifulSoup((sample_site / "404.html").read_text("utf-8"), "html.parser")
    links = [a.get("href") or a.get("src") for a in soup.find_all(["a", "link", "script", "img", "form"])]
    links += [f.get("action") for f in soup.find_all("form")]
    assert all(link.startswith(("/", "https://", "#")) for link in links if link), links
    base = serve_site(sample_site)
    response = page.goto(base + "yrken/finns/inte/alls/")
    assert response.status == 404
    assert page.evaluate("getComputedStyle(document.body).fontFamily") != page.evaluate("'Times New Roman'")
    assert page.evaluate("document.styleSheets.length") >= 1 and page.evaluate(
        "[...document.styleSheets].every(s => s.cssRules.length > 0)")


def test_odd_snapshot_file_names_and_links_are_ignored_with_a_warning(tmp_path, small) -> None:
    ids = sorted(int(p.stem) for p in (small / "yrken").glob("*.json"))
    details = small / "yrken"
    good = (details / f"{ids[0]}.json").read_bytes()
    (details / "\u00b2.json").write_bytes(good)
    (details / f"0{ids[0]}.json").write_text(json.dumps({"id": ids[0], "namn": "Fel fil"}))
    (details / "99999.json").mkdir()
    (details / f"{ids[1]}.json").unlink()
    (details / f"{ids[1]}.json").symlink_to("/dev/zero")
    (details / f"{ids[2]}.json").unlink()
    os.mkfifo(details / f"{ids[2]}.json")
    (tmp_path / "outside.json").write_bytes(good)
    (details / f"{ids[3]}.json").unlink()
    (details / f"{ids[3]}.json").symlink_to(tmp_path / "outside.json")
    snapshot = read_snapshot(small)  # no hang on the FIFO or /dev/zero
    assert sorted(snapshot.details) == [ids[0], ids[4]]
    assert json.loads(snapshot.details[ids[0]]) == json.loads(good)
    catalog = build_catalog(snapshot)
    warned = {p.record_id for p in catalog.problems if p.field == "file"}
    assert warned == {"yrken/\u00b2.json", f"yrken/0{ids[0]}.json", "yrken/99999.json",
                      f"yrken/{ids[1]}.json", f"yrken/{ids[2]}.json", f"yrken/{ids[3]}.json"}


@pytest.mark.parametrize("name, content, words", [
    ("published.json", {"1": {"name": "Kock"}}, "1"),
    ("published.json", {"1": {"slug": "kock", "old_slugs": "kock-2"}}, "old slugs"),
    ("published.json", {"x": {"slug": "kock"}}, "'x'"),
    ("history.json", [1], "entry 0"),
    ("history.json", [{"added": [{"name": "Kock"}]}], "entry 0"),
])
def test_corrupt_memory_files_give_a_clear_error(small, name, content, words) -> None:
    (small / name).write_text(json.dumps(content))
    with pytest.raises(SnapshotError) as error:
        read_snapshot(small)
    assert name in str(error.value) and words in str(error.value) and "delete the file" in str(error.value)


def test_warnings_are_listed_in_the_report_and_all_with_verbose(tmp_path, small, capsys) -> None:
    for path in sorted((small / "yrken").glob("*.json")):
        detail = json.loads(path.read_bytes())
        detail["lankar"] = [{"namn": f"L{i}", "url": f"javascript:{i}"} for i in range(6)]
        path.write_text(json.dumps(detail))
    code, err = run_cli(capsys, "build", "--snapshot", str(small), "--out", str(tmp_path / "a"))
    more = re.search(r"and (\d+) more warnings \(--verbose lists them all\)", err)
    assert code == 0 and err.count("warning: occupation") == 20 and more and int(more[1]) >= 10
    code, err = run_cli(capsys, "build", "--snapshot", str(small), "--out", str(tmp_path / "b"), "--verbose")
    assert code == 0 and err.count("warning: occupation") == 20 + int(more[1]) and "more warnings" not in err
    assert err.count("field lankar.url: not an http(s) link") == 30


@pytest.mark.parametrize("command", ["fetch", "live"])
def test_a_fetch_never_replaces_a_folder_that_holds_no_snapshot(tmp_path, capsys, api_env, command) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "cv.txt").write_text("my cv")
    args = (["fetch", "--out", str(folder)] if command == "fetch"
            else ["build", "--live", "--snapshot", str(folder), "--out", str(tmp_path / "site")])
    code, err = run_cli(capsys, *args, "--quiet")
    assert code == 2 and "did not build" in err and (folder / "cv.txt").read_text() == "my cv"
