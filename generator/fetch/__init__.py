"""Fetch: the only code that talks to the network. `http` is the one HTTP layer (clients, retries,
deadlines, body limits, the redirect and private-address rule, redaction) that the Yrkesinfo API
client (`api`), the images (`images`) and the open-data sources (`generator.sources`) all use.

Imports: helpers, records, config, errors and the snapshot it writes; nothing downstream.
"""
