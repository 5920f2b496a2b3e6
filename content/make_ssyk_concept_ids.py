"""Write content/taxonomy/ssyk-concept-ids.json: the JobTech taxonomy concept id of each SSYK-4 group.

    python3 content/make_ssyk_concept_ids.py ../shared/data/upstream/jobtech-taxonomy

Source: JobTech's taxonomy download "ssyk-level-4-groups-with-related-occupations"
(JobTech / Arbetsförmedlingen open data, CC0): `data.concepts[]` with `id`,
`ssyk_code_2012` and `type` "ssyk-level-4". The same list comes from the keyless
taxonomy API (https://taxonomy.api.jobtechdev.se/v1/taxonomy/graphql, query
`concepts(type: "ssyk-level-4") { id ssyk_code_2012 }`); save its answer as that
file name in a folder and pass the folder to refresh the table.

JobSearch counts ads by these ids (`occupation-group=<id>`) and Platsbanken's
search links carry them (`p=5:<id>`). Run by hand when the taxonomy changes; a
build only reads the table.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "taxonomy" / "ssyk-concept-ids.json"
SOURCE = "ssyk-level-4-groups-with-related-occupations.json"
_SSYK = re.compile(r"[0-9]{4}")
_CONCEPT = re.compile(r"[0-9A-Za-z_]{6,20}")


def concept_ids(taxonomy_dir: Path) -> dict[str, str]:
    """SSYK code -> concept id, for every ssyk-level-4 concept with a usable code and id."""
    concepts = json.loads((taxonomy_dir / SOURCE).read_text("utf-8"))["data"]["concepts"]
    result: dict[str, str] = {}
    for concept in concepts:
        code, ident = concept.get("ssyk_code_2012"), concept.get("id")
        if concept.get("type") != "ssyk-level-4" or not isinstance(code, str) or not isinstance(ident, str):
            continue
        if _SSYK.fullmatch(code) and _CONCEPT.fullmatch(ident):
            if code in result and result[code] != ident:
                raise SystemExit(f"SSYK {code} has two concept ids: {result[code]} and {ident}")
            result[code] = ident
    return dict(sorted(result.items()))


def main() -> None:
    data = concept_ids(Path(sys.argv[1]))
    payload = {"källa": "JobTech Taxonomy, SSYK 2012 nivå 4 (Arbetsförmedlingen, CC0)", "begrepp": data}
    OUT.write_text(json.dumps(payload, ensure_ascii=False, indent=0) + "\n", "utf-8")
    print(f"{len(data)} concept ids -> {OUT}")


if __name__ == "__main__":
    main()
