"""Every template of the project compiles, and no file holds a merge's conflict markers: a page
that does not compile is a 500 for everyone who opens it, found here rather than by a user."""

import re
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.template.loader import get_template

TEMPLATES = Path(settings.BASE_DIR) / "templates"
MARKER = re.compile(r"^(<{7} |>{7} |={7}$)", re.M)


@pytest.mark.parametrize(
    "name", sorted(str(p.relative_to(TEMPLATES)) for p in TEMPLATES.rglob("*.html"))
)
def test_the_template_compiles(name):
    get_template(name)


def test_no_file_holds_conflict_markers():
    files = subprocess.run(
        ["git", "ls-files"], cwd=settings.BASE_DIR, capture_output=True, text=True, check=True
    ).stdout.split()
    found = []
    for name in files:
        path = Path(settings.BASE_DIR) / name
        if path.suffix not in {".py", ".html", ".po", ".md", ".js", ".css", ".txt", ".toml"}:
            continue
        if path.is_file() and MARKER.search(path.read_text(errors="replace")):
            found.append(name)
    assert not found, found
