import markdown.util
import pytest

from generator.site.content_pages import load_content_pages
from generator.errors import ContentError


def test_the_content_pages_render_with_their_titles_and_external_links() -> None:
    pages = {page.slug: page for page in load_content_pages()}
    assert {"om", "tillganglighet"} <= set(pages)
    assert all(page.title and page.html.strip() for page in pages.values())
    external = [p for p in pages.values() if 'href="http' in p.html]
    assert external and all('rel="noopener noreferrer"' in p.html for p in external)


def test_markdown_extensions_are_not_looked_up_among_installed_packages(monkeypatch) -> None:
    # By name, Markdown scans every installed package's entry points: slow, before the first page.
    def scan():
        raise AssertionError("looked up an extension by name")

    monkeypatch.setattr(markdown.util, "get_installed_extensions", scan)
    assert load_content_pages()


def test_a_page_without_a_title_is_a_clear_error(tmp_path) -> None:
    (tmp_path / "tom.md").write_text("Bara text.\n", "utf-8")
    with pytest.raises(ContentError, match="tom.md: the page needs a 'Title:' line"):
        load_content_pages(tmp_path)
