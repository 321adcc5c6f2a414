"""Two rules for every request, kept here once rather than remembered by each view.

- **Hostile URLs.** PostgreSQL cannot hold a null character: a view or an admin filter that
  passes one from the URL to a query fails with a 500. A null character has no business in any
  of the portal's addresses, so a path holding one answers 404 (no such page) and a query
  string holding one 400 (a request the portal cannot read), before any view, admin filter or
  form sees it.
- **Nothing personal left in a cache.** Every response to a signed-in person (their pages,
  certificates, tool PDFs, report files) says `Cache-Control: no-store` (with Django's other
  never-cache headers), so the browser's Back button asks the server again instead of showing
  a stale page, and a shared computer keeps no copy of someone's work.
"""

from django.core.exceptions import BadRequest
from django.http import Http404
from django.utils.cache import add_never_cache_headers

NULL = "\x00"


def _hostile(text: str) -> bool:
    return NULL in text


class HostileURLMiddleware:
    """Refuses a null character in the path (404) or the query string (400). Sits after
    AuthenticationMiddleware, so that the error page knows who is signed in."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _hostile(request.path_info) or _hostile(request.path):
            raise Http404
        for key, values in request.GET.lists():
            if _hostile(key) or any(_hostile(value) for value in values):
                raise BadRequest("A null character in the query string.")
        return self.get_response(request)


class NoStoreWhenSignedInMiddleware:
    """`Cache-Control: no-store` on every response to a signed-in person."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            add_never_cache_headers(response)
        return response
