"""The site as an installable app that reads offline: icons, web app manifest, the
service worker's version and the files it keeps from the start (the app shell).

The worker itself is templates/sw.js. Its only build-specific parts are a version
and the shell's file names; the version is a hash of every other output file's
key and the templates, so the same snapshot gives the same sw.js, and any change
to the site gives a new one, which the browser picks up as an update.
"""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path
from typing import Iterable

ICON_SIZES = (192, 512)
THEME_COLOUR = "#0b5394"  # the accent colour of style.css and favicon.svg
BACKGROUND = "#ffffff"
MANIFEST_PATH = "manifest.webmanifest"
OFFLINE_PATH = "offline.html"
# The pages and scripts a reader needs with no network, besides the pages they opened (and the
# scripts these scripts import: plan.py adds them).
SHELL_PAGES = ("./", "mina-yrken/", "jamfor/", "sok/", OFFLINE_PATH, MANIFEST_PATH)
SHELL_ASSETS = ("style.css", "occupation.css", "tools.css", "saved.css", "start.js", "offline.js", "app.js", "save-button.js", "saved-view.js", "mina.js", "jamfor.js", "search.js", "search-engine.js", "favicon.svg")


def icon_png(size: int) -> bytes:
    """The favicon's design drawn at `size` px: "A–Ö" in white on the theme colour.

    The square is filled to the edge and the text sits well inside the middle 80 %,
    so the icon also works where the system masks it to a circle."""
    from PIL import Image, ImageDraw, ImageFont  # here: the import would delay the first page, and the icons come late

    image = Image.new("RGB", (size, size), THEME_COLOUR)
    draw = ImageDraw.Draw(image)
    # Pillow's own font (in the package): the same pixels on every machine, no system font.
    # It has no "Ö" or dash, so those are drawn: an O with two dots, and a bar.
    font = ImageFont.load_default(size=round(size * 0.34))
    u, middle = size / 100, size / 2
    draw.text((25 * u, middle + 3 * u), "A", font=font, fill="#ffffff", anchor="mm", stroke_width=round(u), stroke_fill="#ffffff")
    draw.rectangle((41 * u, middle + 1 * u, 57 * u, middle + 5 * u), fill="#ffffff")
    draw.text((74 * u, middle + 3 * u), "O", font=font, fill="#ffffff", anchor="mm", stroke_width=round(u), stroke_fill="#ffffff")
    for x in (67 * u, 81 * u):
        draw.ellipse((x - 3.5 * u, middle - 18 * u, x + 3.5 * u, middle - 11 * u), fill="#ffffff")
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def web_manifest(name: str, short_name: str, description: str, icons: dict[int, str]) -> bytes:
    """The manifest; every URL in it is relative to the manifest, so it works under a sub-path."""
    data = {
        "name": name,
        "short_name": short_name,
        "description": description,
        "lang": "sv",
        "dir": "ltr",
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "theme_color": THEME_COLOUR,
        "background_color": BACKGROUND,
        "icons": [
            {"src": f"assets/{file}", "sizes": f"{size}x{size}", "type": "image/png", "purpose": "any maskable"}
            for size, file in sorted(icons.items())
        ],
        "shortcuts": [{"name": "Mina yrken", "url": "mina-yrken/"}],
    }
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def worker_version(job_keys: Iterable[tuple[str, str]], templates_dir: Path) -> str:
    """A short hash of every other file's key and of the templates (which keys do not cover)."""
    digest = hashlib.sha256()
    for path, key in sorted(job_keys):
        digest.update(f"{path}\0{key}\n".encode("utf-8"))
    for template in sorted(p for p in templates_dir.rglob("*") if p.is_file()):
        digest.update(str(template.relative_to(templates_dir)).encode("utf-8") + b"\0" + template.read_bytes())
    return digest.hexdigest()[:16]
