"""What the project takes from around it: the environment variables it reads, and where its own files are.

Kept apart from `generator.config` (which re-exports all of it) because a build with nothing to do
needs only this: config's settings records are dataclasses, and importing `dataclasses` alone costs
such a build about 8 ms of its 40.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

ENV_CLIENT_ID = "YRKESINFO_CLIENT_ID"
ENV_CLIENT_SECRET = "YRKESINFO_CLIENT_SECRET"
ENV_BASE_URL = "YRKESINFO_BASE_URL"
ENV_SITE_URL = "YRKESINFO_SITE_URL"

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parent


def _package_folder(name: str) -> Path:
    """templates/ or content/: inside the installed package (a wheel puts them there), else at
    the top of the checkout, where they live in the repository (a checkout or an editable install).
    For a package imported from a folder, this is what importlib.resources would find, at none of its cost."""
    installed = PACKAGE_DIR / name
    return installed if installed.is_dir() else PROJECT_ROOT / name


TEMPLATES_DIR = _package_folder("templates")
CONTENT_DIR = _package_folder("content")
SAMPLE_SNAPSHOT = CONTENT_DIR / "sample"
SITE_FILE = CONTENT_DIR / "site.toml"


def credential_status(environ: dict[str, str] | None = None) -> str:
    """What `--help` and reports may say about the credentials: set or not, nothing more."""
    env = os.environ if environ is None else environ
    return ", ".join(
        f"{name} {'is set' if env.get(name) else 'is not set'}" for name in (ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    )


def site_url_override(base_url: str | None) -> str:
    """The site's URL when given (the command line first, then the environment), else '' for site.toml's."""
    return base_url or os.environ.get(ENV_SITE_URL) or ""


def site_source(toml: bytes, base_url: str | None) -> str:
    """A hash of all the site settings are read from (site.toml's bytes, the URL given), so that a
    build can see they are unchanged without parsing them."""
    return hashlib.sha256(site_url_override(base_url).encode("utf-8", "surrogatepass") + b"\0" + toml).hexdigest()
