"""No module outside curriculum content (labs/*/curriculum*.py) is longer than 900 lines: a
newcomer should be able to read one through. Curricula are the Labs' text, not code."""

from pathlib import Path

from django.conf import settings

BASE = Path(settings.BASE_DIR)
LIMIT = 900
APPS = ("cohorts", "councils", "equality", "infuse", "labs", "privacy", "scripts", "tests")


def curriculum(path: Path) -> bool:
    parts = path.relative_to(BASE).parts  # labs/<app>/curriculum*.py
    return len(parts) == 3 and parts[0] == "labs" and path.name.startswith("curriculum")


def too_long() -> dict[str, int]:
    lengths = {}
    for app in APPS:
        for path in (BASE / app).rglob("*.py"):
            if "migrations" in path.parts or curriculum(path):
                continue
            lines = len(path.read_text().splitlines())
            if lines > LIMIT:
                lengths[str(path.relative_to(BASE))] = lines
    return lengths


def test_no_module_is_over_900_lines():
    over = too_long()
    assert not over, f"Split these modules (over {LIMIT} lines): {over}"
