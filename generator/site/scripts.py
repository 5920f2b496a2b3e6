"""The site's scripts as ES modules that import each other by name.

A script in templates/assets/ imports another as `./name.js` (statically, or with `import()`),
so the sources run as they are (in node's test runner too). The site serves every asset under a
content-hashed name, so the build rewrites those specifiers to the hashed names, leaves first:
a script's hash covers the names of what it imports, and a changed leaf renames every script
that reaches it. No page hands a script another's file name.
"""

from __future__ import annotations

import re
from typing import Callable

# `from "./x.js"`, `import "./x.js"`, `import("./x.js")`, and `new URL("./x.js", import.meta.url)`
# for a script's own URL (minified: no comments left to match).
IMPORT = re.compile(r"""(\b(?:from|import)\s*\(?\s*|\bnew URL\(\s*)(["'])\./([\w-]+\.js)\2""")


def imports(source: str) -> list[str]:
    """The sibling scripts `source` imports, in order of first appearance."""
    return list(dict.fromkeys(match[3] for match in IMPORT.finditer(source)))


def leaves_first(graph: dict[str, list[str]]) -> list[str]:
    """The scripts of `graph` (name -> the names it imports) so that each comes after what it imports."""
    order: list[str] = []
    state: dict[str, str] = {}

    def visit(name: str, path: tuple[str, ...]) -> None:
        if state.get(name) == "done":
            return
        if state.get(name) == "open":
            raise ValueError(f"scripts import each other in a circle: {' -> '.join((*path, name))}")
        state[name] = "open"
        for dependency in graph[name]:
            if dependency not in graph:
                raise ValueError(f"{name} imports ./{dependency}, which is not in assets/")
            visit(dependency, (*path, name))
        state[name] = "done"
        order.append(name)

    for name in sorted(graph):
        visit(name, ())
    return order


def hash_scripts(scripts: dict[str, bytes], hashed: Callable[[str, bytes], str]) -> dict[str, tuple[str, bytes]]:
    """name -> (hashed name, bytes as served) for minified `scripts`, their imports rewritten to
    the hashed names; `hashed(name, data)` names a file by its content."""
    sources = {name: data.decode("utf-8") for name, data in scripts.items()}
    done: dict[str, tuple[str, bytes]] = {}
    for name in leaves_first({name: imports(source) for name, source in sources.items()}):
        text = IMPORT.sub(lambda m: f"{m[1]}{m[2]}./{done[m[3]][0]}{m[2]}", sources[name])
        data = text.encode("utf-8")
        done[name] = (hashed(name, data), data)
    return done
