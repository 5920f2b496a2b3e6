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
    └── PhrasesError               1  content/search/sokfraser.toml says what search cannot use

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
