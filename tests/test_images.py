"""Images: fetched once into the snapshot, resized, served from the site itself."""

from __future__ import annotations

import functools
import json
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from PIL import Image

from generator.build import build_live
from generator.config import SAMPLE_SNAPSHOT, ApiSettings
from generator.fetch.api import FetchOptions
from generator.snapshot.store import read_snapshot

from conftest import CANARY_SECRET, CLIENT_ID

# The image host below is on loopback, which a real build refuses to ask.
LOOPBACK_IMAGES = FetchOptions(allow_private_image_hosts=True)


class CountingHandler(SimpleHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self) -> None:
        type(self).requests.append(self.path)
        super().do_GET()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def image_host(tmp_path: Path):
    folder = tmp_path / "host"
    folder.mkdir()
    Image.new("RGB", (1600, 1000), (30, 120, 200)).save(folder / "big.jpg", quality=90)
    Image.new("RGB", (300, 200), (200, 60, 30)).save(folder / "small.png")
    (folder / "not-an-image.jpg").write_text("<html>nope</html>")
    handler = type("Handler", (CountingHandler,), {"requests": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", handler
    server.shutdown()
    server.server_close()


def snapshot_with_images(dest: Path, host: str) -> tuple[Path, dict[int, str]]:
    items = json.loads((SAMPLE_SNAPSHOT / "yrken.json").read_bytes())[:6]
    urls = [f"{host}/big.jpg", f"{host}/small.png", f"{host}/missing.jpg", f"{host}/not-an-image.jpg",
            "https://bilder.example.invalid/x.jpg", f"{host}/big.jpg"]
    (dest / "yrken").mkdir(parents=True)
    for item, url in zip(items, urls):
        detail = json.loads((SAMPLE_SNAPSHOT / "yrken" / f"{item['id']}.json").read_bytes())
        detail["bilder"] = [{"lank": url, "sammanfattning": f"Bild för {detail['namn']}", "primar": True}]
        (dest / "yrken" / f"{item['id']}.json").write_text(json.dumps(detail, ensure_ascii=False))
    (dest / "yrken.json").write_text(json.dumps(items, ensure_ascii=False))
    return dest, {item["id"]: url for item, url in zip(items, urls)}


def test_images_are_fetched_once_resized_and_served_locally(tmp_path: Path, site, stub_factory, image_host) -> None:
    host, handler = image_host
    upstream, urls = snapshot_with_images(tmp_path / "upstream", host)
    stub = stub_factory(upstream)
    settings = ApiSettings(base_url=stub.base_url, client_id=CLIENT_ID, client_secret=CANARY_SECRET)
    kept, out = tmp_path / "kept", tmp_path / "site"
    report = build_live(settings, kept, out, site, options=LOOPBACK_IMAGES, quiet=True)
    images = report.fetch.images
    # The text file served as image/jpeg is fetched, then found unreadable by the build.
    assert (images.wanted, images.fetched, images.failed) == (5, 3, 2)
    assert any(p.field == "bilder" and "cannot be read" in p.message for p in report.warnings)
    assert all(CANARY_SECRET not in path for path in handler.requests)  # image hosts get no credentials
    assert len(read_snapshot(kept).images) == 3

    from generator.model.occupations import build_catalog

    catalog = build_catalog(read_snapshot(kept))
    for occupation in catalog.occupations:
        soup = BeautifulSoup((out / "yrken" / occupation.slug / "index.html").read_text(), "html.parser")
        img = soup.select_one(".occupation-image img")
        if urls[occupation.id].startswith(host) and urls[occupation.id].endswith(("big.jpg", "small.png")):
            assert img is not None, occupation.name
            assert img["alt"] == f"Bild för {occupation.name}" and int(img["width"]) > 0 and int(img["height"]) > 0
            source = soup.select_one(".occupation-image source")
            assert source["type"] == "image/webp"
            for entry in source["srcset"].split(", ") + img["srcset"].split(", ") + [img["src"]]:
                path = entry.split(" ")[0]
                assert path.startswith("../../bilder/"), path  # the site's own files, never another host
                file = (out / "yrken" / occupation.slug / path).resolve()
                with Image.open(file) as decoded:
                    assert decoded.format in ("WEBP", "JPEG")
                    if " " in entry:
                        assert decoded.width == int(entry.split(" ")[1].removesuffix("w"))
            if urls[occupation.id].endswith("big.jpg"):
                assert (int(img["width"]), int(img["height"])) == (960, 600)
                assert sorted(source["srcset"].split(", "))[0].endswith(" 480w")
            else:
                assert (int(img["width"]), int(img["height"])) == (300, 200)  # never scaled up
        else:
            assert img is None and "<img" not in str(soup.find("main")), occupation.name

    # A rebuild reuses the images kept with the snapshot: no new requests.
    before = len(handler.requests)
    again = build_live(settings, kept, out, site, options=LOOPBACK_IMAGES, quiet=True)
    # Only the 404 is asked for again, once (a 404 is an answer, not retried); the .invalid host is never reached.
    assert again.fetch.images.reused == 3 and len(handler.requests) == before + 1
