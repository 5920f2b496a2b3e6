"""A tile-grid map of Sweden's 21 counties, as inline SVG drawn at build time.

One square per county, laid out roughly as the counties lie (no outline data needed,
none openly licensed ships here). Each tile is coloured by the occupation's job
prospects in that county, carries the county's letter code, is named by a <title>,
and county-facts.js makes it a button that chooses the county, and offers a second
colouring (open ads per 1,000 employed). The prospects table under "Jobbmöjligheter"
is the text alternative. White text on every fill passes WCAG AA (4.5:1 or more).
"""

from __future__ import annotations

from typing import Callable

from markupsafe import Markup, escape

from generator.sources.barometer import COUNTIES

# (column, row) of each county's tile, north at the top.
TILES = {
    "25": (2, 0), "24": (1, 1), "23": (0, 2), "22": (1, 2), "20": (0, 3), "21": (1, 3),
    "17": (0, 4), "19": (1, 4), "03": (2, 4), "14": (0, 5), "18": (1, 5), "04": (2, 5), "01": (3, 5),
    "13": (0, 6), "06": (1, 6), "05": (2, 6), "09": (3, 6), "12": (0, 7), "07": (1, 7), "08": (2, 7), "10": (1, 8),
}
LETTERS = {"01": "AB", "03": "C", "04": "D", "05": "E", "06": "F", "07": "G", "08": "H", "09": "I", "10": "K",
           "12": "M", "13": "N", "14": "O", "17": "S", "18": "T", "19": "U", "20": "W", "21": "X", "22": "Y",
           "23": "Z", "24": "AC", "25": "BD"}
# A class per rating: occupation.css gives each a fill that white text passes AA on.
CLASSES = {"stora": "r3", "medelstora": "r2", "små": "r1", None: "r0"}
WORDS = {"stora": "stora jobbmöjligheter", "medelstora": "medelstora jobbmöjligheter", "små": "små jobbmöjligheter",
         None: "inte bedömt"}
SIZE, GAP = 40, 4


def county_map(rating_of: Callable[[str], str | None]) -> Markup:
    """The map's SVG; `rating(code)` is a county's "stora" / "medelstora" / "små", or None."""
    step = SIZE + GAP
    width, height = 4 * step, 9 * step
    parts = [f'<svg class="county-map" data-county-map viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
             f'role="group" aria-label="Karta över länen">']
    for code, (col, row) in TILES.items():
        rating = rating_of(code)
        # county.js makes each tile a button (role, tabindex, aria-pressed): without it a tile does nothing.
        parts.append(
            f'<g data-lan="{code}" class="{CLASSES[rating]}" transform="translate({col * step} {row * step})">'
            f'<title>{escape(COUNTIES[code])}: {WORDS[rating]}</title>'
            f'<rect width="{SIZE}" height="{SIZE}" rx="4"/><text x="{SIZE // 2}" y="25">{LETTERS[code]}</text></g>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
