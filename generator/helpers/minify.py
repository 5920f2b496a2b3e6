"""Scripts and stylesheets as the site serves them: comments and spaces taken out.

rjsmin and rcssmin only drop what a browser ignores (comments, spaces, line breaks);
they rename nothing and reorder nothing, so the served files read like their sources,
and the same source always gives the same bytes. A fifth to a third of each file goes,
compressed (gzip) as well as raw.
"""

from __future__ import annotations


def minified(name: str, data: bytes) -> bytes:
    """`data` of the asset file `name`, minified if it is a script or a stylesheet."""
    if name.endswith(".js"):
        import rjsmin

        return rjsmin.jsmin(data.decode("utf-8")).encode("utf-8")
    if name.endswith(".css"):
        import rcssmin

        return rcssmin.cssmin(data.decode("utf-8")).encode("utf-8")
    return data


def versions() -> tuple[str, str]:
    """The minifiers' versions: a new one may write other bytes, so it is part of the build's key."""
    import rcssmin
    import rjsmin

    return rjsmin.__version__, rcssmin.__version__
