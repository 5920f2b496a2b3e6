"""One build in a fresh process, for honest timings and peak memory: prints JSON."""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from generator.build import build
from generator.config import site_settings

snapshot, out = Path(sys.argv[1]), Path(sys.argv[2])
started = time.perf_counter()
report = build(snapshot, out, site_settings())
total = time.perf_counter() - started
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024  # Pagefind's indexer
print(json.dumps({"occupations": report.occupations, "timings": report.timings, "total": total,
                  "unchanged": report.unchanged, "rendered": report.pages,
                  "peak_python": own, "peak_pagefind": children}))
