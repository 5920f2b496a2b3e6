"""The project's one exception base.

Every error the build expects (bad configuration, a refused fetch, a broken
snapshot, a site that fails its checks) derives from `YrkesinfoError`, and its
message is written for the operator and safe to print: it names what and where,
and never holds a credential. Anything else that escapes is a bug.
"""

from __future__ import annotations


class YrkesinfoError(Exception):
    """An expected failure; `str(error)` is safe to print as it is."""

    #: What `yrkesinfo` exits with: 1 the build failed and nothing was published.
    exit_code = 1
