"""The package on its own: a wheel holds the templates, the content and the sample, and builds a site
from any folder, with no checkout beside it."""

from __future__ import annotations

import os
import site as python_site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--disable-pip-version-check", "-w", str(out),
                    str(ROOT)], check=True, capture_output=True, timeout=300)
    (built,) = out.glob("yrkesinfo_site-*.whl")
    return built


def test_the_wheel_holds_templates_content_and_the_sample(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {f"generator/templates/{p.relative_to(ROOT / 'templates')}" for p in (ROOT / "templates").rglob("*")
                if p.is_file()}
    # Everything a build reads from content/: the settings, the pages and the sample snapshot.
    shipped = [ROOT / "content" / "site.toml", *(ROOT / "content" / "pages").rglob("*"), *(ROOT / "content" / "sample").rglob("*")]
    expected |= {f"generator/content/{p.relative_to(ROOT / 'content')}" for p in shipped if p.is_file()}
    assert expected - names == set()
    assert "generator/content/sample/yrken.json" in names and "generator/templates/base.html" in names
    # The sample's source tables are for content/make_sample.py in a checkout, not for builds.
    assert not [n for n in names if n.startswith("generator/content/sample_source/")]


def test_an_installed_wheel_builds_the_sample_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    # The dependencies come from this interpreter's site-packages, so the test needs no download.
    # A path file lists them (`--system-site-packages` would give the base Python's, not a
    # virtualenv's); its own .pth files are not read, so the checkout's editable install stays out,
    # and the package itself comes only from the wheel (checked below).
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    inner = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                           capture_output=True, text=True, check=True).stdout.strip()
    (Path(inner) / "outer-site-packages.pth").write_text("\n".join(python_site.getsitepackages()) + "\n", "utf-8")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", "--ignore-installed",
                    "--disable-pip-version-check", str(wheel)],
                   check=True, capture_output=True, timeout=300)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "YRKESINFO_SITE_URL")}
    where = subprocess.run([str(python), "-c", "import generator.config as c; print(c.TEMPLATES_DIR); print(c.SAMPLE_SNAPSHOT)"],
                           cwd=elsewhere, env=env, capture_output=True, text=True, check=True)
    assert all(line.startswith(str(venv)) for line in where.stdout.split()), where.stdout
    result = subprocess.run([str(venv / "bin" / "yrkesinfo"), "build"], cwd=elsewhere, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    site = elsewhere / "site"
    assert (site / "index.html").is_file() and (site / "pagefind" / "pagefind.js").is_file()
    assert len(list((site / "yrken").glob("*/index.html"))) == 353
    assert 'class="sample-banner"' in (site / "index.html").read_text("utf-8")
