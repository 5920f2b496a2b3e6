"""Scripts and stylesheets are minified before they are hashed: spaces and comments go, text stays."""

from __future__ import annotations

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


def test_every_asset_minifies_the_same_twice() -> None:
    for path in sorted((TEMPLATES_DIR / "assets").iterdir()):
        data = path.read_bytes()
        assert minified(path.name, data) == minified(path.name, data), path.name
