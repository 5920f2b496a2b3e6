"""The pure JavaScript's unit tests (tests/*.test.mjs) in node's own test runner, so that
`python -m pytest` stays the one test command; and what ties the scripts to the build."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.site.formatting import RATING_CODES, RATING_WORDS
from generator.site.scripts import hash_scripts, imports, leaves_first

TESTS = Path(__file__).parent
ASSETS = TESTS.parent / "templates" / "assets"


def test_the_javascript_unit_tests_pass() -> None:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is expected (20 or newer): run tests/install.sh")
    files = sorted(TESTS.glob("*.test.mjs"))
    assert files, "no tests/*.test.mjs found"
    done = subprocess.run([node, "--test", *map(str, files)], capture_output=True, text=True, timeout=120, cwd=TESTS.parent)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert re.search(r"^# fail 0$", done.stdout, re.M), done.stdout[-2000:]


def test_the_scripts_name_each_rating_as_the_build_does() -> None:
    source = (ASSETS / "rating-badges.js").read_text("utf-8")
    words = dict(re.findall(r'(\d): "([^"]+)"', re.search(r"RATING_WORDS = \{([^}]*)\}", source)[1]))
    assert words == {code: RATING_WORDS[rating] for rating, code in RATING_CODES.items()}


def test_imports_are_rewritten_to_hashed_names_leaves_first() -> None:
    scripts = {
        "a.js": b'import{b}from"./b.js";const c=import("./c.js");const u=new URL("./c.js",import.meta.url);',
        "b.js": b'import"./c.js";export const b=1;',
        "c.js": b"export const c=2;",
    }
    assert imports(scripts["a.js"].decode()) == ["b.js", "c.js"]
    assert leaves_first({name: imports(data.decode()) for name, data in scripts.items()}) == ["c.js", "b.js", "a.js"]
    done = hash_scripts(scripts, lambda name, data: f"{name[:-3]}.{len(data)}.js")
    assert done["c.js"] == ("c.17.js", scripts["c.js"])
    assert done["b.js"][1] == b'import"./c.17.js";export const b=1;'
    assert done["a.js"][1].count(b"./c.17.js") == 2 and b'from"./b.' in done["a.js"][1]
    # A changed leaf renames every script that reaches it.
    changed = hash_scripts({**scripts, "c.js": b"export const c=3;;"}, lambda name, data: f"{name[:-3]}.{hash(data)}.js")
    assert all(changed[n][0] != done[n][0] for n in scripts)


def test_a_circle_or_a_missing_script_fails_the_build_clearly() -> None:
    with pytest.raises(ValueError, match="circle: a.js -> b.js -> a.js"):
        leaves_first({"a.js": ["b.js"], "b.js": ["a.js"]})
    with pytest.raises(ValueError, match="imports ./x.js"):
        leaves_first({"a.js": ["x.js"]})


def test_no_page_hands_a_script_its_file_name(sample_site: Path) -> None:
    pages = [sample_site / "index.html", sample_site / "sok/index.html", sample_site / "bladdra/index.html",
             sample_site / "mina-yrken/index.html", sample_site / "jamfor/index.html",
             next((sample_site / "yrken").glob("*/index.html"))]
    for page in pages:
        html = page.read_text("utf-8")
        assert not re.search(r'data-[\w-]+="[^"]*\.js"', html), page
    served = {p.name for p in (sample_site / "assets").glob("*.js")}
    for script in served:  # every import names a file that is there
        for name in re.findall(r'"\./([\w.-]+\.js)"', (sample_site / "assets" / script).read_text("utf-8")):
            assert name in served, (script, name)


def test_script_files_are_named_in_one_style() -> None:
    names = [p.name for p in ASSETS.glob("*.js")]
    assert names and all(re.fullmatch(r"[a-z]+(-[a-z]+)*\.js", name) for name in names), names


def test_the_scripts_list_the_counties_in_the_order_the_build_writes_their_figures() -> None:
    from generator.sources.barometer import COUNTIES

    source = (ASSETS / "county-figures.js").read_text("utf-8")
    codes = re.findall(r'"(\d\d)"', re.search(r"CODES = \[([^\]]*)\]", source)[1])
    assert codes == list(COUNTIES)


def test_a_hidden_county_figure_is_said_in_the_lists_words() -> None:
    from generator.site.formatting import MISSING

    source = (ASSETS / "county-facts.js").read_text("utf-8")
    assert re.search(r'const HIDDEN = "([^"]+)";', source)[1] == MISSING["employed_short"]
