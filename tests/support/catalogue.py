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


class _Reader:
    """Reads the catalogue a line at a time: `key` is the keyword a continuation line ("...")
    adds to."""

    def __init__(self):
        self.entries: list[Entry] = []
        self.current = Entry()
        self.key: str | None = None
        self.flags = ""

    def finish(self) -> None:
        if self.current.msgid or self.current.msgstrs:
            self.entries.append(self.current)
        self.current = Entry()

    def after_msgstr(self) -> None:
        """A new entry begins: close the one whose msgstr was being read."""
        if self.key is not None and self.key.startswith("msgstr"):
            self.finish()
            self.key = None

    def continuation(self, value: str) -> None:
        if self.key == "msgid":
            self.current.msgid += value
        elif self.key == "msgid_plural":
            self.current.msgid_plural += value
        elif self.key is not None and self.key != "msgctxt":
            self.current.msgstrs[-1] += value

    def keyword(self, word: str, value: str, number: int, obsolete: bool) -> None:
        if word in {"msgid", "msgctxt"}:
            self.after_msgstr()
        if word == "msgid":
            self.current.msgid, self.current.line = value, number
            self.current.fuzzy, self.current.obsolete = "fuzzy" in self.flags, obsolete
            self.flags = ""
        elif word == "msgid_plural":
            self.current.msgid_plural = value
        elif word.startswith("msgstr"):
            self.current.msgstrs.append(value)
        self.key = word

    def line(self, raw: str, number: int) -> None:
        line = raw.strip()
        obsolete = line.startswith("#~")
        if obsolete:
            line = line[2:].strip()
        if not line:
            return
        if line.startswith("#"):
            if line.startswith("#,"):
                self.after_msgstr()
                self.flags = line
        elif line.startswith('"'):
            self.continuation(ast.literal_eval(line))
        else:
            word, _, rest = line.partition(" ")
            self.keyword(word, ast.literal_eval(rest.strip()), number, obsolete)


def read_po(path: Path = WELSH_PO) -> list[Entry]:
    """Every entry of the catalogue but its header."""
    reader = _Reader()
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        reader.line(raw, number)
    reader.finish()
    return [e for e in reader.entries if e.msgid and not e.obsolete]
