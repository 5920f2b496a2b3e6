"""One Jinja2 environment renders every page of the site.

Autoescape is on and undefined variables are errors, so a template typo fails
the build instead of publishing an empty section. Rendering makes one file at a
time as bytes, so memory stays flat at any size; writing is the publisher's job.
Links between pages are relative, so the folder works on any host and under
any sub-path; only canonical URLs and the sitemap use the absolute base URL.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Callable

from jinja2 import Environment, FileSystemLoader, StrictUndefined, pass_context
from jinja2.runtime import Context

from generator.config import TEMPLATES_DIR, SiteSettings
from generator.helpers.csp import policy
from generator.helpers.minify import minified
from generator.helpers.template_cache import template_cache
from generator.helpers.text import SWEDISH_LETTERS
from generator.site import formatting as render_labour
from generator.site.scripts import hash_scripts, imports
from generator.model.occupations import EDUCATION_LEVELS, INTEREST_LETTERS

EDUCATION_WORDS = {slug: words for _, slug, words in EDUCATION_LEVELS}

INTERESTS = {
    "R": ("Praktisk", "Du gillar att arbeta med händerna, med verktyg, maskiner eller djur."),
    "I": ("Undersökande", "Du gillar att ta reda på saker, lösa problem och tänka ut hur saker fungerar."),
    "A": ("Kreativ", "Du gillar att skapa, uttrycka dig och arbeta fritt med idéer."),
    "S": ("Social", "Du gillar att hjälpa, undervisa och ta hand om andra människor."),
    "E": ("Företagsam", "Du gillar att leda, övertyga andra och driva saker framåt."),
    "C": ("Organiserande", "Du gillar ordning, tydliga rutiner och att arbeta noggrant med detaljer."),
}
assert set(INTERESTS) == set(INTEREST_LETTERS)

# Each page links one stylesheet, made of the parts it uses (in assets/): one request that can
# block the first paint, and no rules for what the page does not have. The service worker keeps
# them all, so a visit to another kind of page gets its sheet from the cache.
STYLESHEETS = {
    "style.css": ("style.css", "lists.css"),  # the A–Ö index, areas, text pages
    "occupation.css": ("style.css", "occupation.css"),  # occupation pages
    "tools.css": ("style.css", "lists.css", "tools.css"),  # Sök, Bläddra
    "saved.css": ("style.css", "lists.css", "occupation.css", "tools.css"),  # Mina yrken, Jämför
}
# Parts only ever served inside a sheet above.
STYLE_PARTS = {"lists.css"}
# Indentation and blank lines between lines of HTML (not inside these elements, where they may matter).
PROTECTED = re.compile(r"<(pre|textarea|script)\b.*?</\1\s*>", re.S | re.I)
LINE_BREAKS = re.compile(r"\n[ \t\r\n]*")


@dataclass(frozen=True)
class PageJob:
    """One output file: where it goes, what it depends on, and how to make it.

    `inputs` returns the data the file is made from (besides templates and
    settings, which the build fingerprints as a whole); an incremental build
    renders only files whose inputs changed.
    """

    path: str
    inputs: Callable[[], object]
    make: Callable[[], bytes]

    def key(self) -> str:
        # Asked for twice in a build (the build state, the service worker's version): made once.
        key = self.__dict__.get("_key")
        if key is None:
            key = hashlib.sha256(repr(self.inputs()).encode("utf-8")).hexdigest()
            object.__setattr__(self, "_key", key)
        return key


class Renderer:
    def __init__(self, site: SiteSettings, templates_dir: Path = TEMPLATES_DIR) -> None:
        self.site = site
        self.env = Environment(
            loader=FileSystemLoader(templates_dir),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            # Templates do not change during a build: no need to stat each one on every include.
            auto_reload=False,
            bytecode_cache=template_cache(),
        )
        # `tojson` (the JSON-LD, sw.js): sorted keys, UTF-8 as it is and no spaces, so the JSON-LD costs
        # no more than it must (htmlsafe_json_dumps still escapes <, >, & and ').
        self.env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False, "separators": (",", ":")}
        self.env.filters["swedish_date"] = swedish_date
        self.env.filters["url"] = relative_url
        render_labour.register(self.env)
        self.env.globals.update(site=site, education_words=EDUCATION_WORDS, interests=INTERESTS, letters=SWEDISH_LETTERS,
                                csp_header=policy(), csp_meta=policy(for_meta=True))
        self.assets = hashed_assets(templates_dir / "assets")
        self.script_imports = script_imports(templates_dir / "assets")
        self.env.globals["asset_files"] = self.assets

    def render(self, template: str, path: str, *, root: str | None = None, **context: Any) -> bytes:
        """Render `template` as the page at output `path` (e.g. 'yrken/x/index.html'); links are
        relative to it, or start from `root` when given."""
        if root is None:
            # A plain relative path (the planner's): one "../" per folder. (posixpath.relpath asks
            # the OS for the working folder on every call.)
            root = "../" * path.count("/")
        url_path = path.removesuffix("index.html")
        text = self.env.get_template(template).render(
            root=root,
            canonical=self.site.base_url + url_path,
            asset=lambda name: root + "assets/" + self.assets[name][0],
            **context,
        )
        return (collapse_lines(text) if path.endswith(".html") else text).encode("utf-8")


def collapse_lines(html: str) -> str:
    """`html` without the templates' indentation and blank lines: each run of them becomes one
    line break, which HTML reads as the space it was, except in <pre>, <textarea> and <script>."""
    # The few protected elements are cut out, and the text between them collapsed with a plain
    # replacement, which is several times faster than one pattern calling back for every match.
    parts, start = [], 0
    for element in PROTECTED.finditer(html):
        parts += [LINE_BREAKS.sub("\n", html[start:element.start()]), element.group(0)]
        start = element.end()
    parts.append(LINE_BREAKS.sub("\n", html[start:]))
    return "".join(parts)


@pass_context
def relative_url(context: Context, target: Any) -> str:
    """`{{ occupation | url }}`: a link from the page being rendered to anything with a `url`
    (an occupation, an area, a content page) or to a URL relative to the site root."""
    url = target if isinstance(target, str) else target.url
    return context["root"] + url if url else context["root"] or "./"


def hashed_assets(folder: Path) -> dict[str, tuple[str, bytes]]:
    """name -> (content-hashed file name, bytes): cacheable forever, replaced on change.
    Scripts and stylesheets are minified first, so the hash is of the bytes served; a script's
    imports of its siblings name their hashed files (scripts.py)."""
    assets, scripts = {}, {}
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.name not in STYLE_PARTS:
            data = minified(path.name, stylesheet(folder, path.name) if path.name in STYLESHEETS else path.read_bytes())
            if path.suffix == ".js":
                scripts[path.name] = data
            else:
                assets[path.name] = (hashed_name(path.stem, path.suffix, data), data)
    assets.update(hash_scripts(scripts, lambda name, data: hashed_name(Path(name).stem, ".js", data)))
    for name in STYLESHEETS.keys() - assets.keys():
        if all((folder / part).is_file() for part in STYLESHEETS[name]):
            data = minified(name, stylesheet(folder, name))
            assets[name] = (hashed_name(Path(name).stem, ".css", data), data)
    return dict(sorted(assets.items()))


def script_imports(folder: Path) -> dict[str, list[str]]:
    """Each script of `folder` -> the sibling scripts it imports (for what must be kept together)."""
    return {path.name: imports(minified(path.name, path.read_bytes()).decode("utf-8"))
            for path in sorted(folder.glob("*.js"))}


def stylesheet(folder: Path, name: str) -> bytes:
    """The sheet `name` as served: its parts, in order (a folder without them: the file itself)."""
    parts = [folder / part for part in STYLESHEETS[name]]
    if not all(part.is_file() for part in parts):
        return (folder / name).read_bytes()
    return b"\n".join(part.read_bytes() for part in parts)


def hashed_name(stem: str, suffix: str, data: bytes) -> str:
    """A file name that changes when the content does: "style.3f2a9c01d4.css"."""
    return f"{stem}.{hashlib.sha256(data).hexdigest()[:10]}{suffix}"


def swedish_date(value: date | None) -> str:
    months = ("januari", "februari", "mars", "april", "maj", "juni", "juli",
              "augusti", "september", "oktober", "november", "december")
    return f"{value.day} {months[value.month - 1]} {value.year}" if value else ""
