"""The Welsh catalogue read as entries (msgid, msgid_plural, msgstrs), for tests that check its
Welsh: a small reader of the .po format gettext writes (no third-party parser needed)."""

import ast
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings

WELSH_PO = Path(settings.BASE_DIR) / "locale" / "cy" / "LC_MESSAGES" / "django.po"


@dataclass
class Entry:
    msgid: str = ""
    msgid_plural: str = ""
    msgstrs: list[str] = field(default_factory=list)
    line: int = 0  # where its msgid starts in the file
    fuzzy: bool = False
    obsolete: bool = False


def read_po(path: Path = WELSH_PO) -> list[Entry]:
    """Every entry of the catalogue but its header."""
    entries: list[Entry] = []
    current = Entry()
    key = None  # the keyword a continuation line ("...") adds to
    flags = ""

    def finish():
        nonlocal current
        if current.msgid or current.msgstrs:
            entries.append(current)
        current = Entry()

    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        obsolete = line.startswith("#~")
        if obsolete:
            line = line[2:].strip()
        if not line:
            continue
        if line.startswith("#"):
            if line.startswith("#,"):
                if key is not None and key.startswith("msgstr"):
                    finish()
                    key = None
                flags = line
            continue
        if line.startswith('"'):
            value = ast.literal_eval(line)
            if key == "msgid":
                current.msgid += value
            elif key == "msgid_plural":
                current.msgid_plural += value
            elif key is not None:
                current.msgstrs[-1] += value
            continue
        word, _, rest = line.partition(" ")
        value = ast.literal_eval(rest.strip())
        if word == "msgid":
            if key is not None and key.startswith("msgstr"):
                finish()
            current.msgid, current.line = value, number
            current.fuzzy, current.obsolete = "fuzzy" in flags, obsolete
            flags = ""
        elif word == "msgid_plural":
            current.msgid_plural = value
        elif word.startswith("msgstr"):
            current.msgstrs.append(value)
        elif word == "msgctxt":
            if key is not None and key.startswith("msgstr"):
                finish()
            key = "msgctxt"
            continue
        key = word
    finish()
    return [e for e in entries if e.msgid and not e.obsolete]
