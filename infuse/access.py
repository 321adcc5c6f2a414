"""Who may open each URL: every pattern the project registers is classified here, and only here.

- **public**: anyone, signed in or not (the front page, the sign-in pages).
- **token**: a secret in the URL is the key, no sign-in (the personal calendar feed).
- **scoped**: a signed-in person. `roles` may use the page and every other role gets 403; an
  object named in the URL must be the caller's own or their council's, and anyone else's
  answers 404 (the view finds it through a selector that takes the user). Programme staff
  see every council, so for them there is no "someone else's".
- **staff only**: the Django admin, for programme staff.

Two rules classify whole families: the admin's namespace is staff only, and allauth's sign-in
pages are public. Every other named pattern needs one line in ACCESS: here for the portal's own
pages, in each lab app's access.py for its tool (added by `register` from the app's `ready`). `kwargs` says how to
fill the pattern with one side's objects (a `Side`, below), so that the tenancy walk in
`tests/infuse/test_access.py` can request each page as its owner (expecting 200) and as
someone from another council (expecting 404). That walk reads the URL resolver, not a list,
and fails naming any pattern missing here.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ImproperlyConfigured
from django.urls import URLPattern, URLResolver, get_resolver

from councils.models import Role

PUBLIC, TOKEN, SCOPED, STAFF_ONLY = "public", "token", "scoped", "staff only"
WALK_TOKEN = "00000000-0000-4000-8000-000000000016"  # a create form's one-time token
EVERYONE = (Role.PARTICIPANT, Role.LEAD, Role.FUNDER, Role.STAFF)


@dataclass
class Side:
    """One side of the tenancy walk: a person, and objects that are theirs or their council's.

    `cohort` and `session` are of a running cohort, `upcoming_cohort` one not yet started,
    `week` an open week of `enrolment`, `activity` and `material` ones of that week.
    `report_export` a report download asked for by `user` (for those who may not ask, any).
    """

    user: Any
    enrolment: Any = None
    cohort: Any = None
    upcoming_cohort: Any = None
    session: Any = None
    week: int = 1
    activity: Any = None
    material: Any = None
    certificate: Any = None
    report_export: Any = None  # a report download this side's person asked for
    extra: dict[str, Any] = field(default_factory=dict)  # a lab tool's own objects, by name


Kwargs = Callable[[Side], dict[str, Any]]


@dataclass(frozen=True)
class Access:
    kind: str
    roles: tuple[str, ...] = ()
    kwargs: Kwargs | None = None
    method: str = "GET"
    # What a POST sends; a function of the side when it depends on the work as saved then
    # (an edit form carries the version it was drawn from).
    data: dict[str, str] | Callable[[Side], dict[str, str]] = field(default_factory=dict)
    ok: tuple[int, ...] = (200,)

    def data_for(self, side: Side) -> dict[str, str]:
        return self.data(side) if callable(self.data) else self.data

    shows_holder: bool = False  # the page names the one person its code or token belongs to


def public(
    *,
    kwargs: Kwargs | None = None,
    method: str = "GET",
    data: dict | None = None,
    ok=(200,),
    shows_holder: bool = False,
) -> Access:
    return Access(
        PUBLIC,
        EVERYONE,
        kwargs=kwargs,
        method=method,
        data=data or {},
        ok=ok,
        shows_holder=shows_holder,
    )


def token(kwargs: Kwargs, *, shows_holder: bool = False) -> Access:
    return Access(TOKEN, EVERYONE, kwargs=kwargs, shows_holder=shows_holder)


def scoped(
    *roles: str,
    kwargs: Kwargs | None = None,
    method: str = "GET",
    data: dict | Callable[[Side], dict] | None = None,
    ok=(200,),
) -> Access:
    return Access(SCOPED, roles, kwargs=kwargs, method=method, data=data or {}, ok=ok)


def _unsubscribe_token(user) -> str:
    from cohorts.messaging.nudges import unsubscribe_token

    return unsubscribe_token(user)


def _enrolment(side: Side) -> dict:
    return {"pk": side.enrolment.pk}


ACCESS: dict[str, Access] = {
    # Public pages.
    "landing": public(),
    "favicon": public(ok=(301,)),
    "accessibility": public(),
    "privacy": public(),
    # allauth's email management, closed (infuse/urls.py).
    "account_email": public(ok=(404,)),
    "language_switch": public(method="POST", data={"language": "en"}, ok=(302,)),
    "certificate_lookup": public(),
    "certificate_verify": public(kwargs=lambda s: {"code": s.certificate.code}, shows_holder=True),
    # For load balancers and operators: no council data, only whether the process, the database,
    # Redis and the workers answer (infuse/health.py). Not ready is 503, naming what is missing.
    "healthz": public(),
    "readyz": public(ok=(200, 503)),
    # A secret in the URL.
    "calendar_feed": token(lambda s: {"token": s.user.calendar_token}),
    "nudges_unsubscribe": token(lambda s: {"token": _unsubscribe_token(s.user)}, shows_holder=True),
    # Anyone signed in, about themselves.
    "home": scoped(*EVERYONE, ok=(302,)),
    "profile": scoped(*EVERYONE),
    "calendar_link_confirm": scoped(*EVERYONE),
    "calendar_link_renew": scoped(*EVERYONE, method="POST", ok=(302,)),
    "subject_access": scoped(*EVERYONE),
    "subject_access_download": scoped(*EVERYONE, method="POST"),
    # Participants, their own enrolments.
    "dashboard": scoped(Role.PARTICIPANT),
    "lab_detail": scoped(Role.PARTICIPANT, kwargs=_enrolment),
    "lab_week": scoped(Role.PARTICIPANT, kwargs=lambda s: {**_enrolment(s), "number": s.week}),
    "activity_submit": scoped(
        Role.PARTICIPANT,
        kwargs=lambda s: {**_enrolment(s), "activity_pk": s.activity.pk},
        method="POST",
        data={"done": "1"},
        ok=(302,),
    ),
    "self_assessment": scoped(
        Role.PARTICIPANT, kwargs=lambda s: {**_enrolment(s), "kind": "baseline"}
    ),
    "follow_up": scoped(Role.PARTICIPANT, kwargs=_enrolment),
    # Their own place on a waiting list, and its offer (tests/infuse/world_waiting.py).
    "waiting_offer": scoped(Role.PARTICIPANT, kwargs=lambda s: {"pk": s.extra["waiting_entry"].pk}),
    "material_download": scoped(
        Role.PARTICIPANT, kwargs=lambda s: {**_enrolment(s), "material_pk": s.material.pk}
    ),
    "session_ics": scoped(
        Role.PARTICIPANT, Role.LEAD, Role.STAFF, kwargs=lambda s: {"pk": s.session.pk}
    ),
    "certificate_download": scoped(
        Role.PARTICIPANT, Role.STAFF, kwargs=lambda s: {"pk": s.certificate.pk}
    ),
    # A participant's own equality monitoring answers (nobody else's, whatever their role).
    "equality": scoped(Role.PARTICIPANT),
    "equality_download": scoped(Role.PARTICIPANT),
    "equality_delete": scoped(Role.PARTICIPANT, method="POST", ok=(302,)),
    # Council leads, their own council.
    "lead_home": scoped(Role.LEAD),
    "nominate": scoped(Role.LEAD, kwargs=lambda s: {"pk": s.upcoming_cohort.pk}),
    # Aggregates.
    "reports": scoped(Role.FUNDER, Role.STAFF, Role.LEAD),
    "report_export_create": scoped(
        Role.FUNDER,
        Role.STAFF,
        Role.LEAD,
        method="POST",
        data={"format": "csv", "create_token": WALK_TOKEN},
        ok=(302,),
    ),
    # A download is its requester's own; anyone else's answers 404 (staff see all).
    "report_export": scoped(
        Role.FUNDER, Role.STAFF, Role.LEAD, kwargs=lambda s: {"pk": s.report_export.pk}
    ),
    "report_export_download": scoped(
        Role.FUNDER, Role.STAFF, Role.LEAD, kwargs=lambda s: {"pk": s.report_export.pk}
    ),
    # Monitoring returns: programme staff only (a return is the funder's view, kept as sent).
    "monitoring_returns": scoped(Role.STAFF),
    "monitoring_return_submit": scoped(
        Role.STAFF, method="POST", data={"period": "not-a-quarter"}, ok=(400,)
    ),
    "monitoring_return_pdf": scoped(
        Role.STAFF, kwargs=lambda s: {"pk": s.extra["monitoring_return"].pk}
    ),
    "monitoring_return_workbook": scoped(
        Role.STAFF, kwargs=lambda s: {"pk": s.extra["monitoring_return"].pk}
    ),
    # Programme staff.
    "staff_home": scoped(Role.STAFF),
    "register": scoped(Role.STAFF, kwargs=lambda s: {"pk": s.session.pk}),
}

ACCESS["tool_comment"] = scoped(
    Role.STAFF,
    kwargs=_enrolment,
    method="POST",
    data={"body": "Good start.", "create_token": WALK_TOKEN},
    ok=(302,),
)


def register(classified: dict[str, Access]) -> None:
    """Add an app's own classification of its URLs. Each lab app calls this from its
    `AppConfig.ready` with the ACCESS of its access.py, as it registers its tool in
    `labs.registry`: this module imports no lab app (only `councils`' roles, and `cohorts` for
    a nudge's unsubscribe token), and no lab app needs this module to import it. A name
    classified twice, two ways, is refused."""
    for name, rule in classified.items():
        if ACCESS.setdefault(name, rule) is not rule:
            raise ImproperlyConfigured(f"The URL name {name!r} is classified twice.")


STAFF_ONLY_ACCESS = Access(STAFF_ONLY, (Role.STAFF,))
# Staff-only pages under the admin's namespace that are not the admin's own views: they answer
# anyone signed in who cannot use the admin 404, as if they did not exist, not the admin's 403
# (cohorts/learning/content_admin.py: the Markdown preview and "view this week as a participant").
STAFF_ONLY_HIDDEN = {"admin:labs_material_markdown_preview", "admin:labs_module_as_participant"}
ALLAUTH_ACCESS = Access(PUBLIC, EVERYONE)


@dataclass(frozen=True)
class Route:
    """A URL pattern as the resolver holds it, with where it came from."""

    name: str | None  # with its namespace: "admin:index"
    route: str  # the whole pattern from the root: "dashboard/labs/<int:pk>/"
    namespace: str
    urlconf: str  # the module that declared it: "allauth.account.urls"
    pattern: URLPattern

    def __str__(self) -> str:
        return f"{self.name or '(unnamed)'} at /{self.route}"


def routes(urlconf: str | None = None) -> list[Route]:
    """Every URL pattern the resolver knows, includes followed."""
    resolver = get_resolver(urlconf)
    return list(_walk(resolver.url_patterns, "", "", str(resolver.urlconf_name)))


def _walk(patterns, prefix: str, namespace: str, module: str) -> Iterator[Route]:
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = namespace
            if entry.namespace:
                inner = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
            conf = entry.urlconf_name
            if isinstance(conf, str):
                inner_module = conf
            else:
                inner_module = getattr(conf, "__name__", module)
            yield from _walk(entry.url_patterns, prefix + str(entry.pattern), inner, inner_module)
        else:
            name = entry.name
            if name and namespace:
                name = f"{namespace}:{name}"
            yield Route(name, prefix + str(entry.pattern), namespace, module, entry)


def classify(route: Route, access: dict[str, Access] | None = None) -> Access | None:
    """How a route is reached, or None when nobody has said (which the walk reports)."""
    if route.namespace.split(":")[0] == "admin":
        return STAFF_ONLY_ACCESS
    if route.urlconf.split(".")[0] == "allauth":
        return ALLAUTH_ACCESS
    if route.name is None:
        return None
    return (ACCESS if access is None else access).get(route.name)
