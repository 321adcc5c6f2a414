"""The import direction of docs/architecture.md, read from every module's imports (at the top or
inside a function): councils ← labs ← cohorts ← the lab apps. `councils` imports neither `labs`
nor `cohorts`; `labs` itself never imports `cohorts`; no lab app imports another."""

import ast
from pathlib import Path

import pytest
from django.conf import settings

BASE = Path(settings.BASE_DIR)
LAB_APPS = ("labs.adaption", "labs.data", "labs.procurement")


def module_name(path: Path, base: Path = BASE) -> str:
    parts = list(path.relative_to(base).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path, base: Path = BASE) -> set[str]:
    """Every module the file imports, relative imports resolved."""
    tree = ast.parse(path.read_text(), filename=str(path))
    package = module_name(path, base).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            name = ".".join([*base, node.module] if node.module else base)
            found.add(name)
            found.update(f"{name}.{alias.name}" for alias in node.names)
    return found


def modules(top: str, base: Path = BASE):
    return sorted(p for p in (base / top).rglob("*.py") if "migrations" not in p.parts)


def within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def broken(top: str, allowed, base: Path = BASE) -> list[str]:
    return [
        f"{module_name(path, base)} imports {name}"
        for path in modules(top, base)
        for name in sorted(imports_of(path, base))
        if not allowed(module_name(path, base), name)
    ]


def test_councils_imports_neither_labs_nor_cohorts():
    def allowed(_module, name):
        return not (within(name, "labs") or within(name, "cohorts"))

    assert not broken("councils", allowed)


def test_labs_never_imports_cohorts():
    def allowed(module, name):
        lab_app = any(within(module, app) for app in LAB_APPS)
        return lab_app or not within(name, "cohorts")

    assert not broken("labs", allowed)


@pytest.mark.parametrize("app", LAB_APPS)
def test_no_lab_app_imports_another(app):
    others = [other for other in LAB_APPS if other != app]

    def allowed(module, name):
        return not within(module, app) or not any(within(name, other) for other in others)

    assert not broken(app.replace(".", "/"), allowed)


def test_the_reader_resolves_relative_imports():
    # The checks would be blind if `from .models import X` were not read as the app's models.
    found = imports_of(BASE / "labs" / "adaption" / "views.py")
    assert "labs.adaption.models" in found
    assert "cohorts.learning.tools" in found


def test_a_lab_app_importing_another_would_be_caught(tmp_path):
    app = tmp_path / "labs" / "adaption"
    app.mkdir(parents=True)
    (app / "views.py").write_text("from ..data.models import DataQuestion\nfrom . import rules\n")
    others = ("labs.data", "labs.procurement")
    found = broken(
        "labs/adaption",
        lambda module, name: not any(within(name, other) for other in others),
        base=tmp_path,
    )
    assert found == [
        "labs.adaption.views imports labs.data.models",
        "labs.adaption.views imports labs.data.models.DataQuestion",
    ]


# Modules of infuse/ that may import an app: the root URLconf wires the apps' pages in, and the
# access classification names roles and reads a nudge's unsubscribe token. Every other module
# there (settings, Celery, forms' messages, concurrency, cache, numbers, template tags) is a
# mechanism the apps share and must not depend on them.
INFUSE_WIRING = {"infuse.urls", "infuse.access"}
APPS = ("councils", "labs", "cohorts", "equality", "privacy")


def test_infuse_mechanisms_import_no_app():
    def allowed(module, name):
        return module in INFUSE_WIRING or not any(within(name, app) for app in APPS)

    assert not broken("infuse", allowed)


def test_infuse_access_imports_no_lab_app():
    # The lab apps register their classification into infuse.access from their `ready`.
    found = imports_of(BASE / "infuse" / "access.py")
    assert not [name for name in found if any(within(name, app) for app in LAB_APPS)]


def test_cohorts_never_imports_a_lab_app():
    # cohorts ← the lab apps: cohorts finds a lab's tool through labs.registry, never by import.
    def allowed(_module, name):
        return not any(within(name, app) for app in LAB_APPS)

    assert not broken("cohorts", allowed)
