"""A test-only URL configuration for the pages benchmark (tests/bench/test_bench_pages.py): the
project's URLs plus the yardstick, a bare signed-in page. The benchmark's gunicorn is started
with ROOT_URLCONF pointing here; the real portal (infuse.urls) has no such page
(tests/test_bench_pages_helpers.py checks)."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.urls import path
from django.views.decorators.http import require_GET

from infuse.urls import handler400, handler403, handler404  # noqa: F401 (the same error pages)
from infuse.urls import urlpatterns as project_urlpatterns

BARE_PATH = "bench/bare/"


@require_GET
@login_required
def bare_signed_in(request):
    """base.html for the signed-in person and nothing else: what every page costs at least
    (middleware, session, the user, context processors, the layout)."""
    return render(request, "base.html")


urlpatterns = [
    *project_urlpatterns,
    path(BARE_PATH, bare_signed_in, name="bench_bare"),
]
