"""The labour-market model: untrusted rows validated, hidden figures kept as no figure,
occupations joined by SSYK group without guessing."""

from __future__ import annotations

import json

import pytest

from generator.sources.labour import LabourData, OccupationLabour, SourceState
from generator.sources.barometer import parse_barometer, season
from generator.sources.salaries import figure, parse_salaries, read_table
from generator.errors import TableError
from generator.model.occupations import Occupation, SsykGroup
from generator.site.formatting import kronor
from generator.snapshot.store import Snapshot


def row(**fields):
    base = {"yb_yrke": "Undersköterskor", "yb_concept_id": "c1", "ssyk": "5321", "ssyk_text": "Undersköterskor",
            "lan": "00", "jobbmojligheter": "stora", "prognos": "öka", "omgang": "2026-1"}
    return {**base, **fields}


def barometer_bytes(*rows) -> bytes:
    return json.dumps(list(rows), ensure_ascii=False).encode()


def test_rows_group_into_one_assessment_per_barometer_occupation() -> None:
    parsed = parse_barometer(barometer_bytes(
        row(text_jobbmojligheter="Många söker.\n\nFå utbildade."), row(lan="12", jobbmojligheter="Små"),
        row(lan="25", jobbmojligheter=None), row(lan="99"), row(ssyk=5321), row(yb_yrke="  "), "not a row",
        row(yb_yrke="Vårdbiträden", yb_concept_id="c2", jobbmojligheter=" medelstora ", prognos="vara oförändrad"),
    ))
    first, second = sorted(parsed.by_group["5321"], key=lambda p: p.name)
    assert first.name == "Undersköterskor" and first.rating == "stora" and first.forecast == "öka"
    assert first.texts == ("Många söker.", "Få utbildade.")
    assert [(c.name, c.rating) for c in first.counties] == [("Skåne län", "små"), ("Norrbottens län", None)]
    assert second.name == "Vårdbiträden" and second.rating == "medelstora" and second.counties == ()
    assert parsed.rows == 4 and len(parsed.problems) == 4  # bad county, int ssyk, no name, not an object
    assert parsed.round == "2026-1"


def test_unknown_values_are_unknown_and_not_counted() -> None:
    parsed = parse_barometer(barometer_bytes(row(jobbmojligheter="enorma", prognos="explodera")))
    (prospects,) = parsed.by_group["5321"]
    assert prospects.rating is None and prospects.forecast is None and parsed.rows == 0


def test_a_barometer_that_is_not_an_array_is_an_error() -> None:
    with pytest.raises(ValueError):
        parse_barometer(b'{"rows": []}')


@pytest.mark.parametrize("value, expected", [("36400", 36400), (36400.4, 36400), ("36 400", 36400), ("..", None),
                                             (None, None), ("", None), ("-", None), (0, None), (True, None), ("x", None)])
def test_hidden_or_missing_figures_are_no_figure_never_zero(value, expected) -> None:
    assert figure(value) == expected


def scb_table(texts=("10:e percentilen, kronor", "Medianlön, kronor", "90:e percentilen, kronor"),
              codes=("000007CF", "000007CE", "000007CI")) -> bytes:
    return json.dumps({"variables": [
        {"code": "Yrke2012", "values": ["5321", "2221"], "valueTexts": ["5321 Undersköterskor", "2221 Sjuksköterskor"]},
        {"code": "ContentsCode", "values": list(codes), "valueTexts": list(texts)},
        {"code": "Tid", "values": ["2024"], "valueTexts": ["2024"], "time": True},
    ]}).encode()


def answer(*rows, measures=("000007CF", "000007CE", "000007CI")) -> bytes:
    columns = [{"code": "Yrke2012", "type": "d"}, {"code": "Tid", "type": "t"}]
    columns += [{"code": m, "type": "c"} for m in measures]
    return json.dumps({"columns": columns, "data": [{"key": list(k), "values": list(v)} for k, v in rows]}).encode()


def test_salaries_map_values_by_column_code_not_by_position() -> None:
    # The answer lists the measures in another order than the metadata.
    raw = answer((("5321", "2024"), ("36400", "28000", "..")), measures=("000007CE", "000007CF", "000007CI"))
    (salary,) = parse_salaries(scb_table(), [raw]).values()
    assert (salary.median, salary.p10, salary.p90, salary.year, salary.group_name) == (36400, 28000, None, "2024", "Undersköterskor")


def test_measures_are_found_by_their_texts_when_the_codes_change() -> None:
    table = read_table(scb_table(codes=("A", "B", "C")))
    assert table.measures == {"p10": "A", "median": "B", "p90": "C"}
    with pytest.raises(TableError, match="median"):
        read_table(scb_table(texts=("10:e percentilen", "Medelvärde", "90:e percentilen")))


def test_rounds_read_as_seasons_and_kronor_use_swedish_spaces() -> None:
    assert season("2026-1") == "våren 2026" and season("2026-2") == "hösten 2026" and season("okänd") == "okänd"
    assert kronor(36400) == "36\u202f400\u00a0kr" and kronor(1234567) == "1\u202f234\u202f567\u00a0kr" and kronor(None) == ""


def occupation(name: str, *codes: str) -> Occupation:
    return Occupation(id=1, name=name, ssyk_groups=tuple(SsykGroup(c, "") for c in codes))


def labour(*rows) -> LabourData:
    snapshot = Snapshot(list_bytes=b"[]", details={}, labour={
        "yrkesbarometer": {"yrkesbarometer.json": barometer_bytes(*rows)},
        "scb": {"tabell.json": scb_table(), "lon-001.json": answer((("5321", "2024"), ("28000", "33000", "41000")))},
    })
    return LabourData.from_snapshot(snapshot)


def test_the_join_never_guesses() -> None:
    data = labour(row(), row(yb_yrke="Vårdbiträden", yb_concept_id="c2", jobbmojligheter="små"))
    shared = data.for_occupation(occupation("Undersköterska, hemtjänst", "5321"))
    assert [p.name for p in shared.prospects] == ["Undersköterskor", "Vårdbiträden"]
    assert shared.headline_rating() is None  # they disagree: no single rating is picked
    assert shared.headline_median == 33000
    same_name = data.for_occupation(occupation("Vårdbiträden", "5321"))
    assert [p.name for p in same_name.prospects] == ["Vårdbiträden"] and same_name.headline_rating() == "små"
    none = data.for_occupation(occupation("Sjuksköterska", "2221", "9999"))
    assert none.prospects == () and none.salaries == () and none.headline_median is None


def test_pages_see_the_fetch_date_only_when_stale() -> None:
    data = labour(row())
    data.sources["yrkesbarometer"] = SourceState("yrkesbarometer", "fresh", "2026-12-01T03:00:00+00:00", "")
    fresh = data.for_occupation(occupation("X", "5321"))
    data.sources["yrkesbarometer"] = SourceState("yrkesbarometer", "stale", "2026-06-01T03:00:00+00:00", "HTTP 503")
    stale = data.for_occupation(occupation("X", "5321"))
    assert fresh.barometer.fetched_at == "" and stale.barometer.fetched_at == "2026-06-01"
    assert stale.barometer.problem == ""  # the reason is for the build report, not the page
    assert isinstance(fresh, OccupationLabour) and fresh.ratings_code() == "3" + "-" * 21
