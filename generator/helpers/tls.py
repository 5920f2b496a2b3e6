"""One TLS context for every HTTP client of a run.

Each httpx client otherwise builds its own and loads certifi's CA bundle again
(about 35 ms each); a fetch makes several (`fetch.http.HttpClient`: the API, the image
hosts, one per open-data source). The context is httpx's own default, so verification,
`SSL_CERT_FILE` / `SSL_CERT_DIR` and `SSLKEYLOGFILE` behave exactly as without it.
"""

from __future__ import annotations

import functools
import ssl

import httpx


@functools.cache
def tls_context() -> ssl.SSLContext:
    return httpx.create_ssl_context()
