"""Occupation images, resized for phones and served from the site itself.

Each image the snapshot holds becomes a small and a large width, in WebP with
a JPEG fallback. Reading an image's size is cheap (only its header), so the
page always knows width and height; the resizing itself happens only when the
build writes the file, which an incremental build skips when nothing changed.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.model.occupations import Catalog, Problem

# Pillow is imported where an image is read: a snapshot without images never loads it.
if TYPE_CHECKING:
    from PIL import Image as PillowImage

WIDTHS = (480, 960)
FORMATS = (("webp", "image/webp", {"quality": 78, "method": 4}), ("jpg", "image/jpeg", {"quality": 82, "optimize": True}))
VERSION = "v1"  # part of every file name: change it when the encoding settings change
MAX_PIXELS = 40_000_000
# Pillow opens only these: no EPS (Ghostscript), no exotic decoders.
OPEN_FORMATS = ("JPEG", "PNG", "WEBP", "GIF")


@dataclass(frozen=True)
class Variant:
    path: str  # in the site, e.g. "bilder/ab12…-480-v1.webp"
    width: int
    height: int
    mime: str


@dataclass(frozen=True)
class Picture:
    alt: str
    width: int  # of the largest variant, for the <img> attributes
    height: int
    variants: tuple[Variant, ...]

    def srcset(self, mime: str) -> str:
        return ", ".join(f"{v.path} {v.width}w" for v in self.variants if v.mime == mime)

    @property
    def fallback(self) -> Variant:
        return max((v for v in self.variants if v.mime == "image/jpeg"), key=lambda v: v.width)


def plan_pictures(catalog: Catalog, images: dict[str, bytes]) -> tuple[dict[int, Picture], list[Problem]]:
    """A Picture per occupation whose image the snapshot has and Pillow can read."""
    pictures: dict[int, Picture] = {}
    problems: list[Problem] = []
    for occupation in catalog.occupations:
        image = occupation.image
        if image is None or image.key is None:
            continue
        try:
            width, height = readable_size(images[image.key])
        except _unreadable() as exc:  # evaluated only once something was raised, Pillow by then loaded
            problems.append(Problem(occupation.id, "bilder", f"image cannot be read ({type(exc).__name__}); no image shown", fatal=False))
            continue
        if width * height > MAX_PIXELS or width < 16 or height < 16:
            problems.append(Problem(occupation.id, "bilder", f"image is {width}x{height}; no image shown", fatal=False))
            continue
        variants = []
        for target in WIDTHS:
            w = min(target, width)
            h = round(height * w / width)
            for ext, mime, _ in FORMATS:
                variants.append(Variant(f"bilder/{image.key[:16]}-{w}-{VERSION}.{ext}", w, h, mime))
        unique = tuple(dict.fromkeys(variants))  # a small original gives one width only
        largest = max(unique, key=lambda v: v.width)
        pictures[occupation.id] = Picture(alt=image.alt, width=largest.width, height=largest.height, variants=unique)
    return pictures, problems


def _pillow():
    """Pillow's Image module, loaded on first use, refusing images over twice MAX_PIXELS before decoding them."""
    from PIL import Image as PillowImage

    PillowImage.MAX_IMAGE_PIXELS = MAX_PIXELS
    return PillowImage


def _unreadable() -> tuple[type[BaseException], ...]:
    from PIL import UnidentifiedImageError

    return (UnidentifiedImageError, OSError, ValueError, SyntaxError, _pillow().DecompressionBombError)


def open_image(data: bytes) -> PillowImage.Image:
    return _pillow().open(io.BytesIO(data), formats=OPEN_FORMATS)


def readable_size(data: bytes) -> tuple[int, int]:
    """Width and height, upright, of an image that decodes to the end; raises when it does not
    (a truncated file would otherwise fail only later, when the build writes its variants)."""
    with open_image(data) as probe:
        size = _oriented_size(probe)
        if size[0] * size[1] <= MAX_PIXELS:
            probe.draft("RGB", (max(1, probe.width // 8), max(1, probe.height // 8)))  # JPEG: decode at 1/8, fast
            probe.load()
        return size


def _oriented_size(image: PillowImage.Image) -> tuple[int, int]:
    orientation = image.getexif().get(0x0112, 1)
    width, height = image.size
    return (height, width) if orientation in (5, 6, 7, 8) else (width, height)


def encode(original: bytes, variant: Variant) -> bytes:
    """The bytes of one variant: upright, resized, without metadata."""
    from PIL import ImageOps

    PillowImage = _pillow()
    options = next(o for ext, mime, o in FORMATS if mime == variant.mime)
    with open_image(original) as image:
        image = ImageOps.exif_transpose(image).convert("RGB")
        image = image.resize((variant.width, variant.height), PillowImage.Resampling.LANCZOS)
        out = io.BytesIO()
        image.save(out, format="WEBP" if variant.mime == "image/webp" else "JPEG", **options)
        return out.getvalue()
