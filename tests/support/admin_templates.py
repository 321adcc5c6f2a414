"""For tests comparing the project's admin drawing (councils/admin_drawing.py, the kept sidebar)
with Django's own templates: the page's form as compared, and a switch to Django's templates."""

import re
import shutil
from pathlib import Path

from django.conf import settings as django_settings

# The project's copies of Django's admin templates that draw in Python.
DRAWING = [
    "admin/includes/fieldset.html",
    "admin/edit_inline/tabular.html",
    "admin/change_list.html",
]
SIDEBAR = "admin/nav_sidebar.html"


def form_of(page: str) -> str:
    """The page's admin form (the whole page if it has none), white space runs made one space,
    the per-request token left out."""
    found = re.search(r'<form[^>]* id="\w+_form"', page)
    form = page[found.start() : page.index("</form>", found.start())] if found else page
    form = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", form)
    return re.sub(r"\s+", " ", form).replace("> <", "><").strip()


def form_at_any_time(page: str) -> str:
    """form_of(page) with the clock left out: an empty row's or an add page's default of "now"
    (a time input's value, or a read-only date and time such as "3 Dec 2026, 12:29" or, in
    Welsh, "3 Rhagfyr 2026, 2:52 y.h.") is drawn as the page is, so two drawings a minute
    apart differ there and nowhere else."""
    form = re.sub(r'value="\d\d:\d\d:\d\d"', 'value="T"', form_of(page))
    return re.sub(r"\b\d{1,2}:\d\d(?: ?[apy]\.[mbh]\.)?(?=<)", "T", form)


def use_djangos_templates(settings, tmp_path, names=DRAWING) -> None:
    """From now on, pages are drawn with the project's templates but Django's own `names`
    (`settings`: pytest-django's fixture, which puts TEMPLATES back after the test)."""
    folder = tmp_path / "templates"
    shutil.copytree(Path(django_settings.BASE_DIR) / "templates", folder)
    for name in names:
        (folder / name).unlink()
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [folder]}]
