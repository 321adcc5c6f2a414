"""Issue 26: the Adaption and Data tools' guidance is interface text, not data: every phrase in
labs/adaption/guidance.py and labs/data/guidance.py is marked for translation and has its Welsh
in the catalogue (the planner's measures, which are data, have Welsh fields instead)."""

import ast
from pathlib import Path

import pytest
from django.conf import settings

from tests.support.catalogue import read_po

GETTEXT = {"_", "gettext", "gettext_lazy", "ngettext", "ngettext_lazy", "pgettext"}


@pytest.mark.parametrize("module", ["labs/adaption/guidance.py", "labs/data/guidance.py"])
def test_every_guidance_phrase_is_marked_and_has_its_welsh(module):
    tree = ast.parse((Path(settings.BASE_DIR) / module).read_text(encoding="utf-8"))
    welsh = {entry.msgid: entry.msgstrs for entry in read_po()}
    marked, in_calls = [], set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            in_calls.update(id(arg) for arg in node.args)
            if getattr(node.func, "id", "") in GETTEXT and isinstance(node.args[0], ast.Constant):
                marked.append(node.args[0].value)
    assert len(marked) > 50
    missing = [text for text in marked if not any(welsh.get(text, []))]
    assert not missing, missing
    # Sentences outside a gettext call would show in English: only docstrings may be.
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    unmarked = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and " " in node.value.strip()
        and id(node) not in in_calls | docstrings
    ]
    assert not unmarked, unmarked
