import sys

from generator.helpers.text import clean_text, initial_letter, make_slug, one_line, paragraphs, safe_url, swedish_sort_key


def test_html_fragments_become_plain_text() -> None:
    assert clean_text("<b>Fet</b> text<br/>ny rad") == "Fet text\nny rad"
    assert clean_text("<script>alert(1)</script>kvar") == "kvar"
    assert clean_text('<img src=x onerror="alert(1)">bild') == "bild"
    assert clean_text("R&amp;D &lt;b&gt;") == "R&D <b>"  # entities decoded; the template escapes again


def test_invisible_and_direction_characters_are_removed() -> None:
    assert clean_text("a\u200bb\u202ec\u2066d\ufeffe\x00f") == "abcdef"
    assert one_line("  emoji 👷‍♀️ stays  ") == "emoji 👷\u2640\ufe0f stays"


def test_typographic_ligatures_become_their_letters() -> None:
    # From a 2018 text (läkare): searched for as "flesta" and "finns", never with the ligature.
    assert clean_text("de ﬂesta läkare som ﬁnns") == "de flesta läkare som finns"
    assert one_line("ﬀ ﬃ ﬄ ﬅ ﬆ") == "ff ffi ffl st st"


def test_paragraphs_split_on_blank_lines() -> None:
    assert paragraphs("Ett\nstycke.\n\n\nTvå.\n \nTre.") == ("Ett stycke.", "Två.", "Tre.")
    assert paragraphs("   ") == ()


def test_only_http_links_survive() -> None:
    assert safe_url(" https://www.studera.nu ") == "https://www.studera.nu"
    assert safe_url("http://x.se/a?b=c") == "http://x.se/a?b=c"
    for bad in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<b>", "ftp://x.se", "//x.se", "mailto:a@b.se", "https://", "https://x .se", "java\u200bscript:alert(1)"):
        assert safe_url(bad) is None, bad


def test_links_keep_to_valid_host_names() -> None:
    """Issue 23 (validators): a host that IDNA's rules refuse is no link (2018 record 1312)."""
    for bad in ("http://´www.valideringsinfo.se", "https://a_b.se/", "https://-x.se", "https://x..se", "http://x.se:80a/",
                "https://[::1", "https://[nothost]/", "http://1.2.3/", "https://exa\u00a0mple.se"):
        assert safe_url(bad) is None, bad
    for good in ("https://www.studera.nu/a", "https://räksmörgås.se/", "https://xn--rksmrgs-5wao1o.se",
                 "http://192.0.2.1:8080/x", "https://[2001:db8::1]/", "https://WWW.Example.SE."):
        assert safe_url(good) == good, good


def test_slugs_fold_swedish_letters() -> None:
    assert make_slug("Lastbilsförare") == "lastbilsforare"
    assert make_slug("Åkare/Ölbryggare") == "akare-olbryggare"
    assert make_slug("!!!") == ""


def test_slugs_do_not_depend_on_whether_unidecode_is_installed(monkeypatch) -> None:
    """python-slugify prefers Unidecode when it is importable; a slug is a URL, so it must not."""
    import types

    before = [make_slug(name) for name in ("Lastbilsförare", "Œnolog", "Straße-arbetare")]
    other = types.ModuleType("unidecode")
    other.unidecode = lambda text: "x" * len(text)  # a transliteration that would change every slug
    monkeypatch.setitem(sys.modules, "unidecode", other)
    assert [make_slug(name) for name in ("Lastbilsförare", "Œnolog", "Straße-arbetare")] == before
    assert before == ["lastbilsforare", "oenolog", "strasse-arbetare"]


def test_swedish_order_and_letters() -> None:
    names = ["Ödlevårdare", "Zoolog", "Ämneslärare", "Åkare", "Écrivain", "Arkitekt"]
    assert sorted(names, key=swedish_sort_key) == ["Arkitekt", "Écrivain", "Zoolog", "Åkare", "Ämneslärare", "Ödlevårdare"]
    assert [initial_letter(n) for n in ("Åkare", "Écrivain", "3D-grafiker")] == ["Å", "E", "#"]


def test_a_link_with_a_bad_host_is_dropped_with_a_warning(real_2018) -> None:
    from generator.model.occupations import build_catalog
    from generator.snapshot.store import read_snapshot

    catalog = build_catalog(read_snapshot(real_2018))
    record = next(o for o in catalog.occupations if o.id == 1312)
    assert not any("´" in link.url for link in record.links)
    assert any(p.record_id == 1312 and p.field == "lankar.url" for p in catalog.problems)
