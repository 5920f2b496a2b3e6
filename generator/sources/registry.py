"""Every open-data source, in the order the report lists them. Adding a source adds a line here."""

from __future__ import annotations

from generator.sources.barometer import BarometerSource
from generator.sources.base import Source
from generator.sources.employed import EmployedAgeSource, EmployedSource
from generator.sources.jobsearch import JobSearchSource
from generator.sources.pxweb_pay import PaySource

SOURCES: dict[str, Source] = {source.key: source for source in (
    BarometerSource(), PaySource(), JobSearchSource(), EmployedSource(), EmployedAgeSource())}
