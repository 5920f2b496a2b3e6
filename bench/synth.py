"""Synthetic snapshots of any size, made by repeating the sample with new ids and names."""

from __future__ import annotations

import json
import shutil
from pathlib import Path


def make_synthetic(sample: Path, dest: Path, count: int) -> Path:
    """A snapshot folder of `count` occupations: copies of the sample's, renamed and re-numbered."""
    summaries = json.loads((sample / "yrken.json").read_bytes())
    details = {s["id"]: json.loads((sample / "yrken" / f"{s['id']}.json").read_bytes()) for s in summaries}
    if dest.exists():
        shutil.rmtree(dest)
    (dest / "yrken").mkdir(parents=True)
    out_list = []
    copy = 0
    while len(out_list) < count:
        offset = copy * 1_000_000
        for summary in summaries:
            if len(out_list) >= count:
                break
            suffix = f" {copy + 1}" if copy else ""
            new_id = summary["id"] + offset
            detail = dict(details[summary["id"]], id=new_id, namn=details[summary["id"]]["namn"] + suffix)
            detail["liknandeYrken"] = [
                {"id": ref["id"] + offset, "namn": ref.get("namn", "") + suffix} for ref in detail.get("liknandeYrken") or []
            ]
            out_list.append(dict(summary, id=new_id, namn=summary["namn"] + suffix))
            (dest / "yrken" / f"{new_id}.json").write_text(json.dumps(detail, ensure_ascii=False), "utf-8")
        copy += 1
    (dest / "yrken.json").write_text(json.dumps(out_list, ensure_ascii=False), "utf-8")
    if (sample / "arbetsmarknad").is_dir():  # the same SSYK groups, so the same labour-market data
        shutil.copytree(sample / "arbetsmarknad", dest / "arbetsmarknad")
    return dest
