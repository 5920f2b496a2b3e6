"""Scripts and stylesheets as the site serves them: comments and spaces taken out.

rjsmin and rcssmin only drop what a browser ignores (comments, spaces, line breaks);
they rename nothing and reorder nothing, so the served files read like their sources,
and the same source always gives the same bytes. A fifth to a third of each file goes,
compressed (gzip) as well as raw.
"""

from __future__ import annotations

import re


# A template literal inside another's ${...}: rjsmin takes the inner one's text for code and
# drops its spaces (`, ${x}` becomes `,${x}`). Such scripts are refused, not quietly changed.
NESTED_TEMPLATE = re.compile(r"\$\{[^`}]*`")


def minified(name: str, data: bytes) -> bytes:
    """`data` of the asset file `name`, minified if it is a script or a stylesheet."""
    if name.endswith(".js"):
        import rjsmin

        source = data.decode("utf-8")
        nested = NESTED_TEMPLATE.search(source)
        if nested:
            line = source.count("\n", 0, nested.start()) + 1
            raise ValueError(f"{name}, line {line}: a template literal inside another's ${{...}}, which the "
                             "minifier would change; give the inner one a name of its own")
        return rjsmin.jsmin(source).encode("utf-8")
    if name.endswith(".css"):
        import rcssmin

        return rcssmin.cssmin(data.decode("utf-8")).encode("utf-8")
    return data


def versions() -> tuple[str, str]:
    """The minifiers' versions: a new one may write other bytes, so it is part of the build's key."""
    import rcssmin
    import rjsmin

    return rjsmin.__version__, rcssmin.__version__
