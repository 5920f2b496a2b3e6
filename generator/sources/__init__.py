"""The open-data sources (Yrkesbarometer, SCB's pay, ...), each one `Source` (see `base`) fetched
into the snapshot beside the API and parsed into typed facts keyed by SSYK group and county, with
its state (fresh, stale, missing). `registry` lists them; `fetch` runs them; `labour` joins them
to occupations.

Imports: helpers, config, errors, fetch and snapshot; nothing of the model or the site.
"""
