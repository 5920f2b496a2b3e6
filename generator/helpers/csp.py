"""The site's Content-Security-Policy, in one place.

It goes out twice: as a header in `_headers` (for hosts that read that file)
and as a `<meta http-equiv>` in every page, for hosts that do not (GitHub Pages).
A meta policy cannot carry `frame-ancestors`, `report-uri`, `report-to` or
`sandbox` (browsers ignore them there), so those stay header-only.
"""

from __future__ import annotations

# Only this site's own files, plus WebAssembly for Pagefind's search.
POLICY = (
    ("default-src", "'self'"),
    ("script-src", "'self' 'wasm-unsafe-eval'"),
    ("style-src", "'self'"),
    ("img-src", "'self'"),
    ("font-src", "'none'"),
    ("connect-src", "'self'"),
    ("worker-src", "'self'"),
    ("object-src", "'none'"),
    ("base-uri", "'self'"),
    ("form-action", "'self'"),
    ("frame-ancestors", "'none'"),
)
# Written unescaped into a double-quoted attribute and a plain-text file: no quote, "<" or "&" in it.
assert not any(ch in value for _, value in POLICY for ch in '"<&')
HEADER_ONLY = frozenset({"frame-ancestors", "report-uri", "report-to", "sandbox"})


def policy(*, for_meta: bool = False) -> str:
    """The policy as a header value, or, with `for_meta`, what a meta element may hold of it."""
    return "; ".join(f"{name} {value}" for name, value in POLICY if not (for_meta and name in HEADER_ONLY))
