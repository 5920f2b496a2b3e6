"""Every error the build expects, in one place, and what `yrkesinfo` exits with for each.

Every error the build expects (bad configuration, a refused fetch, a broken
snapshot, a site that fails its checks) derives from `YrkesinfoError`, and its
message is written for the operator and safe to print: it names what and where,
and never holds a credential. Anything else that escapes is a bug (exit 1, with
a short redacted traceback).

    YrkesinfoError                 1  the build failed; nothing was published
    ├── ConfigError                2  the environment does not allow the run
    ├── OutputFolderError          2  --out names a folder the build must not replace
    ├── FolderBusyError            2  another run is writing to the same folder
    ├── UnsafePathError            1  a path from a data file would leave its folder
    ├── BodyTooLarge               1  a response body over its limit
    ├── SnapshotError              1  a snapshot folder cannot be read
    ├── PagefindError              1  Pagefind failed or made something unexpected
    ├── SearchIndexError           1  Pagefind indexed something else than expected
    ├── PublishError               1  the built site failed a final check
    │   └── SecretInOutputError    1  a file about to be published holds the API secret
    ├── BuildError                 1  the build cannot publish a good site
    ├── ContentError               1  a page in content/ cannot be rendered
    ├── PhrasesError               1  content/search/sokfraser.toml says what search cannot use
    └── FetchError                 1  the fetch cannot produce a usable snapshot
        └── AuthError              3  the API refused the credentials (HTTP 401 or 403)

Internal signals (INTERNAL) carry control flow inside one stage and never reach the operator as
they are: `Retryable` and `RequestFailed` inside the HTTP layer and its callers, `HostNotAllowed`
for the redirect rule, `SourceBroken` (and `TableError`, `PxError`) when a source's files cannot be made into
facts, which makes that source stale or missing, never a failed build.

Exit 4 (the site was published, its snapshot not saved) and 130 (interrupted)
are outcomes of a run, not errors: the CLI reads them from `build.Outcome`.
"""

from __future__ import annotations


class YrkesinfoError(Exception):
    """An expected failure; `str(error)` is safe to print as it is."""

    #: What `yrkesinfo` exits with: 1 the build failed and nothing was published.
    exit_code = 1


class UnsafePathError(YrkesinfoError):
    """A path from a data file would leave its folder."""


class OutputFolderError(YrkesinfoError):
    """`--out` names a folder the build must not replace."""

    exit_code = 2


class BodyTooLarge(YrkesinfoError):
    """A response body was larger than allowed; the message names what and the limit."""


class PagefindError(YrkesinfoError):
    """Pagefind failed, stopped, or made something that is not a Pagefind file."""


class SnapshotError(YrkesinfoError):
    """A snapshot folder cannot be read."""


class ConfigError(YrkesinfoError):
    """The environment does not allow the requested run."""

    exit_code = 2


class PublishError(YrkesinfoError):
    """The built site failed a final check."""


class SecretInOutputError(PublishError):
    """A file about to be published holds the API secret."""


class SearchIndexError(YrkesinfoError):
    """Pagefind indexed something else than expected."""


class BuildError(YrkesinfoError):
    """The build cannot publish a good site. The message is safe to print."""


class ContentError(YrkesinfoError):
    """A page in content/ cannot be rendered as it is."""


class PhrasesError(YrkesinfoError):
    """content/sokfraser.toml says something the search cannot use."""


class FolderBusyError(YrkesinfoError):
    """Another run is writing to the same folder."""

    exit_code = 2


class FetchError(YrkesinfoError):
    """The fetch cannot produce a usable snapshot. The message is safe to print."""


class AuthError(FetchError):
    """The API refused the credentials (HTTP 401 or 403)."""

    exit_code = 3


class Retryable(Exception):
    """An answer worth asking again for; `retry_after` is the server's wish, in seconds."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class RequestFailed(Exception):
    """This request cannot be had now. The message is redacted and safe to print;
    `unreachable` says the host could not be connected to at all."""

    def __init__(self, message: str, unreachable: bool = False) -> None:
        super().__init__(message)
        self.unreachable = unreachable


class HostNotAllowed(Exception):
    """A URL (or a redirect's) that the client's `Hosts` rule refuses."""


class SourceBroken(ValueError):
    """A source's files cannot be made into facts; the message says why (sources are keyless: no secrets)."""


class TableError(SourceBroken):
    """The table or an answer is not what the salary section can be made from."""


class PxError(SourceBroken):
    """A table's metadata or answer is not what this site can use."""


INTERNAL = (Retryable, RequestFailed, HostNotAllowed, SourceBroken, TableError, PxError)
