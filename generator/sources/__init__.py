"""The open-data sources (Yrkesbarometer, SCB's pay), each fetched into the snapshot and parsed
into typed facts keyed by SSYK group and county, with its state (fresh, stale, missing).

Imports: helpers, config, errors, fetch and snapshot; nothing of the model or the site.
"""
