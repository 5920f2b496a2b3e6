"""The incremental build's memory: the build state beside a site, whether anything changed, and
which files must be written again.

Imports: helpers only (it knows files and keys, not what they hold).
"""
