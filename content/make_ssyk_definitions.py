"""Write content/search/ssyk-definitioner.json: what each SSYK-4 group does, in SCB's words.

    python content/make_ssyk_definitions.py ../shared/data/upstream/jobtech-taxonomy

Source: JobTech's taxonomy download "ssyk-level-4-groups-with-related-occupations"
(JobTech / Arbetsförmedlingen open data, CC0). Kept per group: the definition up to
"Hit hör inte" (the list of what belongs elsewhere, which would make a search find
the wrong group), with whitespace made single spaces. The search uses these texts to
know what an occupation's group does ("Släcker bränder …" for 5411 Brandmän).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "search" / "ssyk-definitioner.json"
SOURCE = "ssyk-level-4-groups-with-related-occupations.json"


def definitions(taxonomy_dir: Path) -> dict[str, str]:
    concepts = json.loads((taxonomy_dir / SOURCE).read_text("utf-8"))["data"]["concepts"]
    result = {}
    for concept in concepts:
        text = re.split(r"Hit hör inte", concept.get("definition") or "")[0]
        text = " ".join(text.split())
        if concept.get("ssyk_code_2012") and text:
            result[concept["ssyk_code_2012"]] = text
    return dict(sorted(result.items()))


def main() -> None:
    data = definitions(Path(sys.argv[1]))
    payload = {"källa": "JobTech Taxonomy, SSYK 2012 nivå 4 (Arbetsförmedlingen, CC0)", "definitioner": data}
    OUT.write_text(json.dumps(payload, ensure_ascii=False, indent=0, sort_keys=False) + "\n", "utf-8")
    print(f"{len(data)} definitions -> {OUT}")


if __name__ == "__main__":
    main()
