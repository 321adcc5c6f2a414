"""Welsh mutations the catalogue must not slip on (issue 26): after "at", "i", "o", "dan",
"ar", "gan", "am", "heb", "dros", "drwy"/"trwy" and "wrth" a noun takes the soft mutation ("at
Gymunedau", "i Gaerdydd", "ar ddydd Mercher", "gan Gyngor Caerdydd"). Two
kinds of slip are caught:

- a literal one: a theme, council or day name written unmutated after the preposition;
- one no translator can see: the preposition followed by a placeholder that holds such a name
  (a council, a theme, a cohort's title, a date whose format names the weekday). A placeholder
  cannot mutate, so those sentences are built so that no name follows the preposition (a noun
  such as "cyngor", "y thema" or "y garfan" comes between, or the name moves).

Lab names ("Labordy ...") begin with L, which the soft mutation leaves alone, so a Lab name
after a preposition is never a slip.
"""

import ast
import importlib
import re
from pathlib import Path

from django.conf import settings
from django.utils import translation

from cohorts.models import Theme, Weekday
from tests.support.catalogue import read_po

MUTATING = r"(?:at|i|o|dan|ar|gan|am|heb|dros|drwy|trwy|wrth)"
BASE = Path(settings.BASE_DIR)

# Placeholders that hold the name of a council, a theme or a cohort (whose title is free text).
NAME_PLACEHOLDERS = {"council", "c", "row", "theme", "cohort", "other", "title", "council_name"}
SOFT = ("C", "P", "T", "G", "B", "D", "M", "Ll", "Rh")  # initials the soft mutation changes


def welsh_names() -> list[str]:
    councils = importlib.import_module("councils.migrations.0002_load_councils").COUNCILS
    with translation.override("cy"):
        names = [str(label) for label in Theme.labels] + [str(label) for label in Weekday.labels]
    names += [name_cy for _, name_cy, _ in councils]
    return [n for n in names if n.startswith(SOFT)]


def weekday_placeholders() -> dict[str, set[str]]:
    """msgid -> its placeholders that are filled with a date whose format names the weekday
    ("l" or "D"), in the templates' {% blocktranslate with %} and the code's `_() % {}`."""
    found: dict[str, set[str]] = {}
    block = re.compile(r"{% blocktranslate (.*?)%}(.*?){% endblocktranslate %}", re.S)
    for path in (BASE / "templates").rglob("*"):
        if path.suffix not in {".html", ".txt", ".ics"}:
            continue
        for match in block.finditer(path.read_text(encoding="utf-8")):
            options, body = match.groups()
            if "{% plural %}" in body:
                continue
            dated = {
                name
                for name, value in re.findall(r"(\w+)=(\S+)", options)
                if re.search(r'\|date:"[^"]*[lD]', value)
            }
            if dated:
                msgid = re.sub(r"{{ ?(\w+) ?}}", r"%(\1)s", body.replace("%", "%%"))
                if "trimmed" in options.split():
                    msgid = " ".join(line.strip() for line in msgid.strip().splitlines())
                found.setdefault(msgid, set()).update(dated)
    for path in BASE.glob("*/**/*.py"):
        if ".venv" in path.parts or "tests" in path.parts or "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod)):
                continue
            if not (isinstance(node.left, ast.Call) and isinstance(node.right, ast.Dict)):
                continue
            if not (node.left.args and isinstance(node.left.args[0], ast.Constant)):
                continue
            dated = {
                key.value
                for key, value in zip(node.right.keys, node.right.values, strict=True)
                if isinstance(key, ast.Constant)
                and isinstance(value, ast.Call)
                and getattr(value.func, "id", "") == "date_format"
                and len(value.args) > 1
                and isinstance(value.args[1], ast.Constant)
                and re.search(r"[lD]", str(value.args[1].value))
            }
            if dated:
                found.setdefault(str(node.left.args[0].value), set()).update(dated)
    return found


def slips() -> list[str]:
    names = welsh_names()
    literal = re.compile(
        rf"\b{MUTATING}\s+(?:{'|'.join(re.escape(n) for n in names)}|[Dd]ydd)\b", re.I
    )
    dated = weekday_placeholders()
    found = []
    for entry in read_po():
        holders = NAME_PLACEHOLDERS | dated.get(entry.msgid, set())
        placeholder = re.compile(rf"\b{MUTATING}\s+%\((?:{'|'.join(holders)})\)s", re.I)
        for msgstr in entry.msgstrs:
            for pattern in (literal, placeholder):
                for match in pattern.finditer(msgstr):
                    # "ar" in names like "Pen-y-bont ar Ogwr" is part of the name, mutated.
                    found.append(f"line {entry.line}: “{match.group(0)}” in {msgstr!r}")
    return sorted(set(found))


def composition_slips() -> list[str]:
    """Templates that put a translated phrase straight before a name or a weekday date
    (`{% translate "moved from" %} {{ d|date:"l j F" }}`): the phrase's Welsh must not end in a
    mutating preposition, as the name after it cannot mutate."""
    welsh = {entry.msgid: entry.msgstrs for entry in read_po()}
    names = r"(?:council|theme|cohort|title)\b"
    composed = re.compile(
        r'{% translate "([^"]+)" %}\s*{{ ?[^}]*(?:\|date:"[^"]*[lD]|' + names + r")[^}]*}}"
    )
    found = []
    for path in (BASE / "templates").rglob("*"):
        if path.suffix not in {".html", ".txt", ".ics"}:
            continue
        for match in composed.finditer(path.read_text(encoding="utf-8")):
            for msgstr in welsh.get(match.group(1), []):
                if re.search(rf"\b{MUTATING}$", msgstr.strip(), re.I):
                    found.append(f"{path.relative_to(BASE)}: “{msgstr}” before {match.group(0)}")
    return sorted(set(found))


def test_the_scan_finds_the_placeholders_that_hold_a_weekday():
    """The scan itself: the waiting-list email's first session is a weekday date."""
    dated = weekday_placeholders()
    assert dated["The first session is on %(date)s at %(time)s, then weekly for six weeks."] == {
        "date"
    }
    assert "date" in dated["The register opens when the session starts, at %(time)s on %(date)s."]
    assert "Caerdydd" in welsh_names() and "Cymunedau Cefnogol" in welsh_names()
    assert "Dydd Mercher" in welsh_names()


def test_the_welsh_catalogue_has_no_mutation_slips_before_names():
    found = slips() + composition_slips()
    assert not found, "\n".join(found)
