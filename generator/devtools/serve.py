"""`yrkesinfo serve`: preview a built site on localhost, the way a static host serves it."""

from __future__ import annotations

import functools
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


def read_headers_file(path: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    """Parse a Netlify/Cloudflare `_headers` file: URL patterns, each with indented headers."""
    rules: list[tuple[str, list[tuple[str, str]]]] = []
    if not path.is_file():
        return rules
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            rules.append((line.strip(), []))
        elif rules and ":" in line:
            name, value = line.strip().split(":", 1)
            rules[-1][1].append((name.strip(), value.strip()))
    return rules


def _matches(pattern: str, path: str) -> bool:
    return path.startswith(pattern[:-1]) if pattern.endswith("*") else path == pattern


class _SiteHandler(SimpleHTTPRequestHandler):
    """Serves files as a static host would, with the site's own `_headers` applied,
    so a preview (and the browser tests) run under the published security policy."""

    rules: list[tuple[str, list[tuple[str, str]]]] = []

    def end_headers(self) -> None:
        path = self.path.split("?", 1)[0]
        for pattern, headers in self.rules:
            if _matches(pattern, path):
                for name, value in headers:
                    self.send_header(name, value)
        super().end_headers()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code == 404 and page.is_file():
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)

    def log_message(self, format: str, *args: object) -> None:
        pass


SiteHandler = _SiteHandler
SiteHandler.extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".wasm": "application/wasm",
                              ".js": "text/javascript", ".json": "application/json",
                              ".webmanifest": "application/manifest+json"}


def make_server(out: Path, port: int = 8000, host: str = "127.0.0.1") -> ThreadingHTTPServer:
    folder = Path(out).resolve()
    handler_class = type("Handler", (SiteHandler,), {"rules": read_headers_file(folder / "_headers")})
    handler = functools.partial(handler_class, directory=str(folder))
    return ThreadingHTTPServer((host, port), handler)


def serve(out: Path, port: int = 8000) -> None:
    if not (Path(out) / "index.html").is_file():
        raise FileNotFoundError(f"{out} has no built site; run 'yrkesinfo build' first.")
    with make_server(out, port) as server:
        host, real_port = server.server_address[:2]
        print(f"Serving {out} at http://{host}:{real_port}/ (Ctrl-C stops)", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
