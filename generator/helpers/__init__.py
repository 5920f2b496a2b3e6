"""Helpers the stages share: async plumbing, atomic folders, progress lines, text
cleaning, Swedish compound words for search, and Pagefind's process protocol.
None of them knows the pipeline."""
