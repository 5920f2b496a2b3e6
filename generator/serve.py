"""`yrkesinfo serve`: preview a built site on localhost, the way a static host serves it."""

from __future__ import annotations

import functools
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class _SiteHandler(SimpleHTTPRequestHandler):
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
                              ".js": "text/javascript", ".json": "application/json"}


def make_server(out: Path, port: int = 8000, host: str = "127.0.0.1") -> ThreadingHTTPServer:
    handler = functools.partial(SiteHandler, directory=str(Path(out).resolve()))
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
