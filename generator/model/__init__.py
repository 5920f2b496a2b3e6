"""The model: raw records validated into typed occupations once; what changed since the last
snapshot, and the URLs that must keep working.

Imports: helpers, records, snapshot and sources; nothing of the site or the output.
"""
