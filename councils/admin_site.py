"""The project's admin site: Django's, with the app list (the index page, the app pages and the
navigation sidebar of every admin page) built once and kept in process memory (issue 24).

Building it asks every registered model's admin for its permissions and reverses two URLs per
model: 2-7 ms a request over two dozen models, for a list that depends only on who is
asking (their permissions and flags), the language and the URL prefix. It is kept under exactly
those, so a person given a new permission gets a new key (and the new model) at once, and each
caller gets its own copy, so nothing a view or template does to its list reaches the kept one.
"""

import threading

from django.conf import settings
from django.contrib.admin import AdminSite
from django.template.defaultfilters import urlencode
from django.urls import get_script_prefix, get_urlconf
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from .models import Role

# Distinct keys are few (a handful of permission sets x 2 languages); the bound only guards
# against a slow leak if something unforeseen made every key new.
APP_LIST_CACHE_SIZE = 256


def _copy_app_list(app_list):
    """A copy no caller can change the kept list through: new dicts and lists at every level;
    the leaves (strings, lazy strings, booleans, model classes) are immutable."""
    return [
        {
            **app,
            "models": [{**model, "perms": dict(model["perms"])} for model in app["models"]],
        }
        for app in app_list
    ]


def draw_app_list(context, apps) -> str:
    """`admin/app_list.html` for the sidebar, as Django's nav_sidebar.html includes it."""
    drawn = context.template.engine.get_template("admin/app_list.html")
    with context.push(app_list=apps, show_changelinks=False):
        return drawn.render(context)


class InfuseAdminSite(AdminSite):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._app_lists = {}
        self._sidebars = {}
        self._app_lists_lock = threading.Lock()

    def each_context(self, request):
        request.infuse_admin_site = self  # for the sidebar's tag (kept_app_list)
        return super().each_context(request)

    def register(self, *args, **kwargs):
        super().register(*args, **kwargs)
        self.forget_app_lists()

    def unregister(self, *args, **kwargs):
        super().unregister(*args, **kwargs)
        self.forget_app_lists()

    def forget_app_lists(self):
        with self._app_lists_lock:
            self._app_lists.clear()
            self._sidebars.clear()

    def _app_list_key(self, request, app_label):
        user = request.user
        role = getattr(user, "role", None)
        # Who sees everything without a permission being looked at (the superuser, and staff
        # by role: councils.backends.RoleBackend) needs no permission set in the key, and
        # loading one would cost a superuser a query. Anyone else: the set the backends
        # keep on the user (the same cache the admin's own checks read, so no extra query).
        sees_everything = user.is_active and (
            user.is_superuser or (user.is_staff and role == Role.STAFF)
        )
        perms = None if sees_everything else frozenset(user.get_all_permissions())
        return (
            user.is_active,
            user.is_staff,
            user.is_superuser,
            role,
            perms,
            get_language(),
            get_script_prefix(),
            get_urlconf() or settings.ROOT_URLCONF,
            app_label,
        )

    def get_app_list(self, request, app_label=None):
        key = self._app_list_key(request, app_label)
        app_list = self._app_lists.get(key)
        if app_list is None:
            app_list = super().get_app_list(request, app_label)
            with self._app_lists_lock:
                if len(self._app_lists) >= APP_LIST_CACHE_SIZE:
                    self._app_lists.clear()
                self._app_lists[key] = app_list
        return _copy_app_list(app_list)

    def sidebar_html(self, context) -> str:
        """The sidebar's app list (`admin/app_list.html` over `available_apps`, no change
        links), drawn once for each key of the app list and each set of its links the page's
        address falls under (the template marks those as current), then kept: about 5 ms of
        every admin page (issue 24). The same text as Django's include draws, as
        tests/councils/test_admin_site.py checks."""
        request = context["request"]
        apps = context["available_apps"]
        path = urlencode(request.path)
        current = tuple(
            url
            for app in apps
            for url in (app["app_url"], *(model.get("admin_url") for model in app["models"]))
            if url and url in path
        )
        key = (self._app_list_key(request, None), current)
        html = self._sidebars.get(key)
        if html is None:
            html = draw_app_list(context, apps)
            with self._app_lists_lock:
                if len(self._sidebars) >= APP_LIST_CACHE_SIZE:
                    self._sidebars.clear()
                self._sidebars[key] = html
        return mark_safe(html)
