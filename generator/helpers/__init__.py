"""Helpers the stages share: async plumbing, atomic folders, progress lines, text
cleaning, Swedish compound words for search, Pagefind's process protocol, and
the minifying of scripts and stylesheets.
None of them knows the pipeline."""
