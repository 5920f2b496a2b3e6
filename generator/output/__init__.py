"""Output: Pagefind's index of the rendered pages, and the atomic publish of the checked site.

Imports: helpers, errors and incremental.
"""
