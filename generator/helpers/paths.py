"""Paths that stay where they belong.

Every path the build writes or removes comes from somewhere: a slug, a file
name Pagefind chose, a line of `.build-state.json` or `published.json`. Each
is checked here before it is used, so no data file can make the build write or
delete outside its folder. `check_output_folder` is the rule for `--out`: the
build replaces that folder, so it must be one the build may replace.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from generator.errors import OutputFolderError, UnsafePathError


def is_plain_relative(rel: str) -> bool:
    """True for 'a/b/c.html': relative, no '..', no empty or '.' parts, no backslash or NUL."""
    if not isinstance(rel, str) or not rel or "\\" in rel or "\0" in rel or rel.startswith("/"):
        return False
    return all(part not in ("", ".", "..") for part in rel.split("/"))


def inside(folder: Path, rel: str, source: str = "a path") -> Path:
    """`folder / rel`, or UnsafePathError (naming `source`) if it would lead outside `folder`."""
    if not is_plain_relative(rel):
        raise UnsafePathError(f"{source}: the path {rel!r} leads outside its folder; the file is rejected.")
    path = Path(folder) / PurePosixPath(rel)
    # A symbolic link on the way could still lead out (the build itself never makes one).
    if path.parent != Path(folder) and path.parent.is_symlink():
        raise UnsafePathError(f"{source}: the path {rel!r} goes through a symbolic link; the file is rejected.")
    return path


def _contains(outer: Path, inner: Path) -> bool:
    return inner == outer or outer in inner.parents


def check_output_folder(
    out: Path, *, protected: dict[str, Path], is_site: bool, force: bool = False, what: str = "--out",
) -> None:
    """Refuse an `--out` the build must not replace; touches nothing.

    - never one that is, or holds, a protected folder (the project, home, `/`),
      nor one that is, holds, or lies inside the snapshot (`protected["snapshot"]`);
    - without `force`, only a folder that is missing, empty, or a site this tool built.
    """
    target = Path(out).resolve()
    for name, folder in protected.items():
        folder = Path(folder).resolve()
        if _contains(target, folder):
            raise OutputFolderError(f"{what} {out} is or holds the {name} folder ({folder}); choose another folder.")
        if name == "snapshot" and _contains(folder, target):
            raise OutputFolderError(f"{what} {out} lies inside the snapshot folder ({folder}); choose another folder.")
    if force or not target.exists():
        return
    if not target.is_dir():
        raise OutputFolderError(f"{what} {out} is a file, not a folder; nothing was changed.")
    if any(target.iterdir()) and not is_site:
        raise OutputFolderError(
            f"{what} {out} is a folder that this tool did not build, and it is not empty; nothing was changed. "
            "Choose an empty or new folder, or add --force to replace it."
        )
