"""The raw-record rules every stage shares: one spelling of a usable id, a usable detail, the page's image."""

import pytest

from generator.records import (
    MAX_ID,
    detail_problem,
    is_record_id,
    list_entries,
    primary_image,
)


@pytest.mark.parametrize("value", [1, 4711, MAX_ID])
def test_usable_ids(value) -> None:
    assert is_record_id(value)


@pytest.mark.parametrize("value", [True, False, 0, -3, MAX_ID + 1, 10**259, 1.0, "12", None, [1]])
def test_unusable_ids(value) -> None:
    assert not is_record_id(value)


def test_list_entries_give_the_id_only_where_it_is_usable() -> None:
    items = [{"id": 5}, {"id": True}, "text", {"id": "7"}, {"id": 9, "namn": "x"}]
    assert list(list_entries(items)) == [
        (0, 5, {"id": 5}), (1, None, {"id": True}), (2, None, None), (3, None, {"id": "7"}), (4, 9, {"id": 9, "namn": "x"}),
    ]


@pytest.mark.parametrize(("detail", "expected", "message"), [
    ([], None, "the record is not a JSON object"),
    ({"id": True, "namn": "x"}, None, "field id: missing or not an integer"),
    ({"namn": "x"}, None, "field id: missing or not an integer"),
    ({"id": 10**260, "namn": "x"}, None, "field id: missing or not an integer"),
    ({"id": 1, "namn": "x"}, 2, "field id: is 1, expected 2"),
    ({"id": 1, "namn": " \n"}, None, "field namn: missing, empty or not a string"),
    ({"id": 1, "namn": 42}, 1, "field namn: missing, empty or not a string"),
])
def test_detail_problem_says_which_field(detail, expected, message) -> None:
    assert detail_problem(detail, expected) == message


def test_a_good_detail_has_no_problem() -> None:
    assert detail_problem({"id": 1, "namn": "Kock"}, 1) is None and detail_problem({"id": 1, "namn": "Kock"}) is None


def test_primary_image_prefers_the_details_primary_picture_then_the_list() -> None:
    detail = {"bilder": [{"lank": "https://x.se/a.jpg", "sammanfattning": "A"},
                         {"lank": "https://x.se/b.jpg", "sammanfattning": "B", "primar": True}, "junk"]}
    summary = {"bildlank": "https://x.se/c.jpg", "bildsammanfattning": "C"}
    assert primary_image(summary, detail) == ("https://x.se/b.jpg", "B")
    assert primary_image(summary, {"bilder": [{"lank": "javascript:alert(1)"}]}) == ("https://x.se/c.jpg", "C")
    assert primary_image({"bildlank": "ftp://x.se/c.jpg"}, {}) is None
    assert primary_image("not a dict", None) is None
