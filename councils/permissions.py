"""Who may open which page. Tenancy of the data itself lives in each app's selectors."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404


def role_required(*roles: str):
    """Anonymous visitors go to the login page; a signed-in person of another role gets 403."""

    def decorator(view):
        @wraps(view)
        @login_required
        def wrapped(request, *args, **kwargs):
            if request.user.role not in roles:
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def staff_or_404(view):
    """Programme staff's own tools outside the admin's pages (a preview): anonymous visitors go
    to the login page; anyone signed in who cannot use the admin gets 404, as if the page did
    not exist."""

    @wraps(view)
    @login_required
    def wrapped(request, *args, **kwargs):
        if not (request.user.is_active and request.user.is_staff):
            raise Http404
        return view(request, *args, **kwargs)

    return wrapped
