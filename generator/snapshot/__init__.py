"""The snapshot: the raw answers of every source as fetched, in a folder with a manifest.

It is the contract between the network and everything after it. Imports: helpers only.
"""
