"""Fetch: the only code that talks to the network. The Yrkesinfo API client, the images, and the
keyless open-data client the sources use.

Imports: helpers, records, config, errors and the snapshot it writes; nothing downstream.
"""
