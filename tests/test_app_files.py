"""The files behind Mina yrken and offline reading, checked in the built sample: the data file,
the manifest and its icons, the service worker and the search bundle's offline list."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

from bs4 import BeautifulSoup
from PIL import Image

from generator.model.occupations import Occupation
from generator.site.offline_app import SHELL_PAGES, icon_png
from generator.site.formatting import MISSING
from generator.site.saved_data import hours_in_brief, saved_list_rows


def data_file(site: Path) -> dict:
    page = BeautifulSoup((site / "mina-yrken" / "index.html").read_text("utf-8"), "html.parser")
    script = page.find("script", attrs={"data-list": True})
    assert re.fullmatch(r"\.\./assets/mina-yrken\.[0-9a-f]{10}\.json", script["data-list"])
    return json.loads((site / "mina-yrken" / script["data-list"]).read_bytes())


def test_the_data_file_has_what_mina_yrken_and_jamfor_show(sample_site: Path, sample_catalog) -> None:
    data = data_file(sample_site)
    rows = {row["id"]: row for row in data["occupations"]}
    assert len(rows) == len(sample_catalog.occupations)
    assert data["interests"]["S"] == "Social"
    o = next(o for o in sample_catalog.occupations if o.similar and o.working_hours and o.interests)
    row = rows[o.id]
    assert (row["name"], row["slug"], row["summary"]) == (o.name, o.slug, o.teaser)
    assert row["interests"] == "".join(o.interests) and row["areas"] == list(o.areas)
    assert row["similar"] == [ref.id for ref in o.similar] and all(s in rows for s in row["similar"])
    assert o.working_hours[0].startswith(row["hours"].rstrip("…"))
    # Fetched only by the two pages that need it.
    users = [p for p in sample_site.rglob("*.html") if "mina-yrken." in p.read_text("utf-8")]
    assert sorted(str(p.relative_to(sample_site)) for p in users) == ["jamfor/index.html", "mina-yrken/index.html"]


def test_prospects_and_pay_join_a_row_only_where_there_are_some() -> None:
    o = Occupation(id=7, name="Snickare", slug="snickare", education_levels=("gymnasie",))
    prospects = "3-2" + "-" * 18
    data = json.loads(saved_list_rows([o], {"gymnasie": "Gymnasieutbildning"}, {},
                                      lambda occupation: {"prospects": prospects, "pay": None, "other": 1}))
    assert data["occupations"] == [{"id": 7, "name": "Snickare", "slug": "snickare",
                                    "education": ["Gymnasieutbildning"], "prospects": prospects}]


def test_working_hours_in_brief_is_one_sentence_cut_at_a_word() -> None:
    assert hours_in_brief(("Du arbetar dagtid. Ibland kvällar.", "Mer text.")) == "Du arbetar dagtid."
    long = "Arbetet " + "pågår " * 40 + "slut."
    brief = hours_in_brief((long,), limit=60)
    assert brief.endswith("…") and len(brief) <= 61 and long.startswith(brief[:-1])
    assert hours_in_brief(()) == ""


def test_every_page_links_the_manifest_and_the_manifest_is_complete(sample_site: Path) -> None:
    pages = list(sample_site.rglob("*.html"))
    assert pages and [p for p in pages if '<link rel="manifest"' not in p.read_text("utf-8")] == []
    manifest = json.loads((sample_site / "manifest.webmanifest").read_bytes())
    assert manifest["name"] == "Yrken A–Ö" and manifest["lang"] == "sv" and manifest["display"] == "standalone"
    assert manifest["start_url"] == "./" and re.fullmatch(r"#[0-9a-f]{6}", manifest["theme_color"])
    sizes = set()
    for icon in manifest["icons"]:
        image = Image.open(sample_site / icon["src"])
        assert icon["sizes"] == f"{image.width}x{image.height}" and image.format == "PNG"
        sizes.add(image.width)
    assert sizes == {192, 512}


def test_icons_are_the_same_on_every_build() -> None:
    assert icon_png(192) == icon_png(192)
    image = Image.open(io.BytesIO(icon_png(512)))
    assert image.getpixel((5, 5)) == (11, 83, 148)  # the theme colour to the edge
    assert image.getpixel((251, 271)) == (255, 255, 255)  # the dash of "A–Ö"
    # Every white pixel sits in the circle a system may mask the icon to (the middle 80 %).
    white = [(x, y) for x in range(0, 512, 4) for y in range(0, 512, 4) if image.getpixel((x, y))[0] > 128]
    assert white and all((x - 256) ** 2 + (y - 256) ** 2 <= (0.4 * 512) ** 2 for x, y in white)


def test_the_service_worker_keeps_only_files_that_exist(sample_site: Path) -> None:
    worker = (sample_site / "sw.js").read_text("utf-8")
    assert re.search(r'const VERSION = "[0-9a-f]{16}";', worker)
    shell = json.loads(re.search(r"const SHELL = (\[.*\]);", worker).group(1))
    for path in shell:
        assert (sample_site / path / ("index.html" if path.endswith("/") else "")).is_file(), path
    assert set(SHELL_PAGES) <= set(shell)
    # Every script and stylesheet the build wrote, whatever its name (the build lists them), and the
    # search page's data: search by name, synonym and everyday words works offline after one visit.
    assert {f"assets/{p.name}" for p in (sample_site / "assets").glob("*.*.js")} <= set(shell)
    assert {f"assets/{p.name}" for p in (sample_site / "assets").glob("*.*.css")} <= set(shell)
    search = json.loads(re.search(r"const SEARCH = (\[.*\]);", worker).group(1))
    assert all((sample_site / path).is_file() for path in search)
    page = (sample_site / "sok" / "index.html").read_text("utf-8")
    referenced = set(re.findall(r"assets/([\w.-]+\.json)", page))
    help_file = json.loads(next((sample_site / "assets").glob("sokhjalp.*.json")).read_bytes())
    referenced |= {*help_file["delar"].values(), help_file["filterfil"]}
    assert referenced and {f"assets/{name}" for name in referenced} <= set(search)
    assert "http" not in re.sub(r"//.*", "", worker)  # no other host, in code (comments aside)
    bundles = json.loads(re.search(r"const SEARCH_BUNDLES = (\[.*\]);", worker).group(1))
    for bundle in bundles:
        listed = json.loads((sample_site / bundle / "offline-files.json").read_bytes())["files"]
        assert listed and all((sample_site / bundle / f).is_file() for f in listed)
        assert not [f for f in listed if f.startswith("fragment/")]


def test_ads_and_employed_ride_compactly_with_the_wordings_for_missing_figures() -> None:
    o = Occupation(id=7, name="Snickare", slug="snickare", education_levels=("gymnasie",))
    ads = [120] + [3] * 21
    data = json.loads(saved_list_rows([o], {"gymnasie": "Gymnasieutbildning"}, {},
                                      lambda occupation: {"ads": ads, "employed": 0},
                                      {"adsCounted": "2026-12-01", "employedYear": ""}))
    assert data["occupations"][0]["ads"] == ads and data["occupations"][0]["employed"] == 0
    assert data["adsCounted"] == "2026-12-01" and "employedYear" not in data
    assert data["missing"]["pay"] == MISSING["pay_short"] and data["missing"]["prospects"] == MISSING["prospects_short"]
