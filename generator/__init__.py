"""Yrken A–Ö: a static site built from Arbetsförmedlingen's Yrkesinfo API.

The pipeline runs one way, one module per stage:

    fetch -> snapshot -> model -> render -> index -> publish

`generator.build` drives it; `generator.cli` is the command line on top.
"""

__version__ = "0.1.0"
