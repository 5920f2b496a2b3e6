"""Scripts and stylesheets are minified before they are hashed: spaces and comments go, text stays."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from generator.config import TEMPLATES_DIR
from generator.helpers.minify import minified


def test_comments_and_spaces_go_and_text_stays() -> None:
    script = b'// a comment\nconst greeting = `Hej ${name}, v\xc3\xa4lkommen`;  /* more */\nconst s = "a  b";\n'
    assert minified("x.js", script) == 'const greeting=`Hej ${name}, välkommen`;const s="a  b";'.encode()
    style = '/* note */\n.save::before { content: "✓ "; }\n@media (min-width: 48rem) { h1 { font-size: 2rem; } }\n'.encode()
    assert minified("x.css", style) == '.save::before{content:"✓ "}@media (min-width:48rem){h1{font-size:2rem}}'.encode()
    assert minified("x.svg", b"<svg> </svg>") == b"<svg> </svg>"


def test_a_template_literal_inside_another_is_refused_not_changed() -> None:
    with pytest.raises(ValueError, match=r"x\.js, line 2"):
        minified("x.js", b"const a = 1;\nconst t = `Visar ${order ? `, ${order}` : ''}.`;\n")


def test_every_minified_script_still_parses(tmp_path) -> None:
    """The minifier must never break a script: node parses each minified asset, and each one shrinks."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed; run `bash tests/install.sh`")
    scripts = sorted((TEMPLATES_DIR / "assets").glob("*.js"))  # sw.js is a template, rendered first
    assert scripts
    for path in scripts:
        data = path.read_bytes()
        small = minified(path.name, data)
        assert len(small) < len(data), path.name
        # A page loads some as modules (top-level await) and some as classic scripts: either parse will do.
        errors = []
        for suffix in (".mjs", ".cjs"):
            copy = tmp_path / (path.stem + suffix)
            copy.write_bytes(small)
            result = subprocess.run([node, "--check", str(copy)], capture_output=True, text=True, timeout=60)
            if result.returncode == 0:
                break
            errors.append(result.stderr)
        else:
            pytest.fail(f"{path.name} does not parse once minified: {errors[0]}")


def test_every_minified_stylesheet_shrinks_and_keeps_its_rules() -> None:
    for path in sorted((TEMPLATES_DIR / "assets").glob("*.css")):
        data = path.read_bytes()
        small = minified(path.name, data)
        assert len(small) < len(data) and small.count(b"{") == data.count(b"{") - _in_comments(data, b"{"), path.name


def _in_comments(data: bytes, what: bytes) -> int:
    return sum(c.count(what) for c in re.findall(rb"/\*.*?\*/", data, re.S))
