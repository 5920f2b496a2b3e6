"""Turning untrusted API text into safe plain text, paragraphs, links and slugs.

Nothing from the API becomes markup: HTML fragments are reduced to their text
(by nh3, a maintained sanitizer), invisible and direction-changing characters
are dropped, and the result is escaped by the templates like any other text.
"""

from __future__ import annotations

import html
import ipaddress
import re
import unicodedata
from urllib.parse import urlsplit

import nh3
from slugify import slugify

# Zero-width and bidirectional control characters: invisible, and able to
# reorder what a reader sees (Trojan Source style), so they never reach a page.
# Control characters other than tab and newline go too.
# Lone surrogates (which cannot be written as UTF-8) and noncharacters (U+FFFE, U+FFFF and the like,
# which XML forbids) go as well.
_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(chr(plane + 0xFFFE) + chr(plane + 0xFFFF) for plane in range(0, 0x110000, 0x10000))
_INVISIBLE_BMP = "\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\ud800-\udfff"
_INVISIBLE = re.compile("[" + _INVISIBLE_BMP + _NONCHARACTERS + "]")
# The same without the noncharacters beyond U+FFFF: the class of 34 ranges is about eight times
# slower to apply, and only a text with a character beyond U+FFFF needs it.
_INVISIBLE_IN_BMP = re.compile("[" + _INVISIBLE_BMP + "\ufdd0-\ufdef\ufffe\uffff]")
_BEYOND_BMP = re.compile("[\U00010000-\U0010FFFF]")
# The Latin ligatures (U+FB00-U+FB06: ff, fi, fl, ffi, ffl, long s t, st) as the letters they join.
_LIGATURES = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}
_LIGATURE_CHARS = tuple(map(chr, _LIGATURES))
_BR = re.compile(r"<\s*br\s*/?\s*>", re.IGNORECASE)
_BLOCK_END = re.compile(r"</\s*(p|div|li|h[1-6])\s*>", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_WHITESPACE = re.compile(r"\s")  # the characters str.isspace() accepts


def clean_text(value: str) -> str:
    """Plain text from a string that may hold HTML fragments or entities, in Unicode's NFC form
    (so "Hälsa" typed with a combining ring is the same name as with "ä"), with typographic
    ligatures as their letters ("ﬁnns" pasted from a PDF is "finns", which is what people search for)."""
    value = drop_invisible(value)  # first: nh3 cannot take a lone surrogate
    if "<" in value or "&" in value:
        value = _BLOCK_END.sub("\n\n", _BR.sub("\n", value))
        # tags=set() keeps the text of every element and drops <script>/<style> content.
        value = drop_invisible(html.unescape(nh3.clean(value, tags=set())))
    value = unicodedata.normalize("NFC", value)
    # str.translate looks up every character (a tenth of the model's time); a ligature is rare.
    return value.translate(_LIGATURES) if any(ligature in value for ligature in _LIGATURE_CHARS) else value


def drop_invisible(value: str) -> str:
    """`value` without the characters of _INVISIBLE."""
    return (_INVISIBLE if _BEYOND_BMP.search(value) else _INVISIBLE_IN_BMP).sub("", value)


def one_line(value: str) -> str:
    return _SPACES.sub(" ", clean_text(value).replace("\n", " ")).strip()


def paragraphs(value: str) -> tuple[str, ...]:
    """Blank lines separate paragraphs; single line breaks inside one are spaces."""
    text = clean_text(value)
    parts = (_SPACES.sub(" ", part.replace("\n", " ")).strip() for part in _PARAGRAPH_BREAK.split(text))
    return tuple(part for part in parts if part)


def safe_url(value: str) -> str | None:
    """The URL if it is absolute http(s) with a valid host (see `valid_host`), a numeric port if any,
    and no user name or password, else None."""
    url = drop_invisible(value).strip()
    if _WHITESPACE.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or "@" in parts.netloc:
        return None
    try:
        parts.port  # noqa: B018 - a port that is no number raises here
    except ValueError:
        return None
    return url if valid_host(parts.hostname, literal=parts.netloc.startswith("[")) else None


def valid_host(host: str, literal: bool = False) -> bool:
    """A host name by IDNA 2008 (UTS 46 mapping, STD3 rules: letters, digits and inner hyphens,
    no empty label, a top label that is not all digits), or an IP address (IPv6 only in brackets)."""
    if literal:
        try:
            return ipaddress.ip_address(host).version == 6
        except ValueError:
            return False
    if re.fullmatch(r"[0-9.]+", host):
        try:
            return ipaddress.ip_address(host).version == 4
        except ValueError:
            return False
    import idna  # here: only a build with links needs it (it comes with httpx)

    try:
        ascii_host = idna.encode(host, uts46=True, std3_rules=True).decode("ascii")
    except (idna.IDNAError, UnicodeError):
        return False
    labels = ascii_host.rstrip(".").split(".")
    return not labels[-1].isdigit()


def make_slug(name: str) -> str:
    """ASCII slug: å/ä/ö fold to a/a/o, everything else to hyphens.

    The transliteration is named, not left to python-slugify's "auto" (Unidecode when it happens to
    be installed, else text-unidecode): a slug is a URL, and an optional package beside this one must
    not change it. It also spares slugify a failed import of Unidecode for every non-ASCII name."""
    return slugify(name, max_length=80, word_boundary=True, backend="text-unidecode")


_SORT_FOLD = str.maketrans({"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}"})


def swedish_sort_key(value: str) -> tuple[str, str]:
    """Sort the Swedish way: å, ä, ö after z; other accents as their base letter."""
    lowered = value.casefold().translate(_SORT_FOLD)
    base = "".join(ch for ch in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(ch))
    return base, value


SWEDISH_LETTERS = tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ")


def initial_letter(value: str) -> str:
    """The A–Ö heading a name sorts under; '#' for anything else."""
    for ch in value:
        if ch.isalnum():
            upper = ch.upper()
            if upper in SWEDISH_LETTERS:
                return upper
            base = unicodedata.normalize("NFKD", upper)[0]
            return base if base in SWEDISH_LETTERS else "#"
    return "#"
