"""How the detail fetch is going, and whether it can still succeed.

Checked after every detail, so a run that cannot succeed (an API that is down,
or answers every detail with an error) stops within the first few dozen
details instead of asking all of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class FetchProgress:
    """Details finished so far, and those that failed."""

    total: int = 0
    done: int = 0
    failures: dict[int, str] = field(default_factory=dict)

    def hopeless(self, max_share: float, early_after: int, *, final: bool = False) -> str | None:
        """Why the run cannot succeed, or None: more failures than `max_share` allows, or, after the
        first `early_after` details (unless `final`), at least half of them failed."""
        failed, allowed = len(self.failures), int(max_share * self.total)
        early = (not final and self.done >= early_after and failed * 2 >= self.done and failed / self.done > max_share)
        if failed <= allowed and not early:
            return None
        sample = ", ".join(f"{i} ({why})" for i, why in sorted(self.failures.items())[:5])
        so_far = "" if final else f" of the first {self.done}"
        return (f"{failed}{so_far} of {self.total} occupations failed, more than the allowed {max_share:.0%}; "
                f"the fetch was stopped and nothing was published. First failures: {sample}")
