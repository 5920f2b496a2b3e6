"""Settings from the environment, and redaction of the secret.

Credentials are read from environment variables only, never from files or
flags, so they cannot end up in shell history, config files or the site.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

# Re-exported: this stays their public home, though a build with nothing to do reads them from there.
from generator.environment import (  # noqa: F401
    CONTENT_DIR,
    ENV_BASE_URL,
    ENV_CLIENT_ID,
    ENV_CLIENT_SECRET,
    ENV_SITE_URL,
    PROJECT_ROOT,
    SAMPLE_SNAPSHOT,
    SITE_FILE,
    TEMPLATES_DIR,
    credential_status,
    site_source,
    site_url_override,
)
from generator.errors import ConfigError

DEFAULT_BASE_URL = "https://apier.arbetsformedlingen.se/yrkesinfo-vagledning/v1"

REDACTED = "***"
# Any `client_secret=...` or `client_id=...` in a URL or message, whatever the value.
_QUERY_CREDENTIAL = re.compile(r"(client_(?:secret|id)=)[^&\s'\"]*", re.IGNORECASE)


@dataclass(frozen=True)
class ApiSettings:
    base_url: str
    client_id: str
    client_secret: str = field(repr=False)

    def __repr__(self) -> str:  # never show the secret, even in a traceback's locals
        return f"ApiSettings(base_url={self.base_url!r}, client_id=<set>, client_secret=<set>)"

    def redact(self, text: str) -> str:
        return redact(text, self.client_secret, self.client_id)


def redact(text: str, *secrets: str) -> str:
    """Remove credential values and credential query parameters from `text`."""
    text = _QUERY_CREDENTIAL.sub(lambda m: m.group(1) + REDACTED, text)
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    return text


def api_settings_from_env(environ: os._Environ[str] | dict[str, str] | None = None) -> ApiSettings:
    env = os.environ if environ is None else environ
    client_id = env.get(ENV_CLIENT_ID, "").strip()
    client_secret = env.get(ENV_CLIENT_SECRET, "").strip()
    missing = [name for name, value in ((ENV_CLIENT_ID, client_id), (ENV_CLIENT_SECRET, client_secret)) if not value]
    if missing:
        raise ConfigError(
            "API credentials are missing: set " + " and ".join(missing) + " in the environment."
        )
    base_url = (env.get(ENV_BASE_URL) or DEFAULT_BASE_URL).strip().rstrip("/")
    return ApiSettings(base_url=base_url, client_id=client_id, client_secret=client_secret)


ENV_BAROMETER_URL = "YRKESINFO_BAROMETER_URL"
ENV_SCB_URL = "YRKESINFO_SCB_URL"
DEFAULT_BAROMETER_URL = "https://data.arbetsformedlingen.se/prognoser/yrkesbarometer.json"
DEFAULT_SCB_URL = "https://api.scb.se/OV0104/v1/doris/sv/ssd/AM/AM0110/AM0110A/LoneSpridSektYrk4AN"
ENV_JOBSEARCH_URL = "YRKESINFO_JOBSEARCH_URL"
ENV_EMPLOYED_COUNTY_URL = "YRKESINFO_SCB_EMPLOYED_COUNTY_URL"
ENV_EMPLOYED_AGE_URL = "YRKESINFO_SCB_EMPLOYED_AGE_URL"
DEFAULT_JOBSEARCH_URL = "https://jobsearch.api.jobtechdev.se/search"
DEFAULT_EMPLOYED_COUNTY_URL = "https://api.scb.se/OV0104/v1/doris/sv/ssd/AM/AM0208/AM0208M/YREG60BAS"
DEFAULT_EMPLOYED_AGE_URL = "https://api.scb.se/OV0104/v1/doris/sv/ssd/AM/AM0208/AM0208E/YREG54BAS"


@dataclass(frozen=True)
class LabourSettings:
    """Where the keyless open-data sources are fetched from: one field per source, named by its
    `Source.setting` (see generator/sources/base.py), each from its own environment variable."""

    barometer_url: str = DEFAULT_BAROMETER_URL
    scb_url: str = DEFAULT_SCB_URL
    jobsearch_url: str = DEFAULT_JOBSEARCH_URL
    employed_county_url: str = DEFAULT_EMPLOYED_COUNTY_URL
    employed_age_url: str = DEFAULT_EMPLOYED_AGE_URL


def labour_settings_from_env(environ: os._Environ[str] | dict[str, str] | None = None) -> LabourSettings:
    env = os.environ if environ is None else environ
    return LabourSettings(
        barometer_url=(env.get(ENV_BAROMETER_URL) or DEFAULT_BAROMETER_URL).strip(),
        scb_url=(env.get(ENV_SCB_URL) or DEFAULT_SCB_URL).strip().rstrip("/"),
        jobsearch_url=(env.get(ENV_JOBSEARCH_URL) or DEFAULT_JOBSEARCH_URL).strip(),
        employed_county_url=(env.get(ENV_EMPLOYED_COUNTY_URL) or DEFAULT_EMPLOYED_COUNTY_URL).strip().rstrip("/"),
        employed_age_url=(env.get(ENV_EMPLOYED_AGE_URL) or DEFAULT_EMPLOYED_AGE_URL).strip().rstrip("/"),
    )


@dataclass(frozen=True)
class SiteSettings:
    """What the pages say about the site itself, from content/site.toml."""

    title: str
    description: str
    base_url: str  # absolute, ends with "/": canonical URLs, sitemap, Open Graph
    language: str = "sv"
    platsbanken_search: str = "https://arbetsformedlingen.se/platsbanken/annonser?q="
    # What the settings were read from (see `site_source`), so a build can see at once that they are
    # unchanged. Set by `site_settings` alone: settings made or changed by hand (`replace`) have none.
    # Not part of what pages say, so not of their keys either.
    source: str = field(default="", init=False, compare=False, repr=False)


def site_settings(path: Path | None = None, base_url: str | None = None) -> SiteSettings:
    import tomllib

    toml = Path(path or SITE_FILE).read_bytes()
    data = tomllib.loads(toml.decode())
    url = site_url_override(base_url) or data["base_url"]
    settings = SiteSettings(
        title=data["title"],
        description=data["description"],
        base_url=url.rstrip("/") + "/",
        language=data.get("language", "sv"),
        platsbanken_search=data.get("platsbanken_search", SiteSettings.platsbanken_search),
    )
    object.__setattr__(settings, "source", site_source(toml, base_url))  # frozen; this is how a dataclass allows it
    return settings
