"""The tenancy walk: every URL pattern the resolver knows, requested as every role.

For each pattern, classified in infuse/access.py:

- unclassified: reported;
- public: anonymous request answers as the entry says;
- token: the owner's secret answers 200, a forged one 404;
- scoped: anonymous goes to sign in; each role the page is for gets 200 for its own object and
  404 for another council's or person's; every other role gets 403;
- staff only (the admin): anyone but staff is turned away (403; 404 for STAFF_ONLY_HIDDEN).

Every answer to someone signed in must carry `Cache-Control: no-store`.

No response to anyone may name a person they should not see. The walk returns problems rather
than failing at the first, so that one run shows every leak.
"""

import re
import secrets
from dataclasses import dataclass, field

from django.test import Client
from django.urls import reverse

from councils.models import Role
from infuse import access
from infuse.access import Side

ROLES = (Role.PARTICIPANT, Role.LEAD, Role.STAFF, Role.FUNDER)


@dataclass
class World:
    """Who asks (mine) and what is someone else's (theirs), per role; and whose names each
    role must never see."""

    mine: dict[str, Side]
    theirs: dict[str, Side | None]
    forbidden_names: dict[str | None, list[str]]  # role (None: anonymous) -> names, emails
    requests: int = 0
    statuses: dict[str, list] = field(default_factory=dict)


_CONVERTER = re.compile(r"<(?:[^>:]+:)?[^>]+>")
_GROUP = re.compile(r"\(\?P<\w+>([^()]*)\)")


def sample_path(route: access.Route) -> str:
    """A path that matches a pattern we cannot fill with real objects (admin, allauth)."""

    def group(match):
        body = match[1]
        return body.split("|")[0] if re.fullmatch(r"[\w|]+", body) else "1"

    path = _CONVERTER.sub("1", route.route)
    path = _GROUP.sub(group, path)
    return "/" + path.replace("^", "").replace("$", "").replace("\\", "")


def _request(client: Client, rule: access.Access, url: str, world: World, side=None):
    world.requests += 1
    if rule.method == "POST":
        return client.post(url, rule.data_for(side))
    return client.get(url)


def _leaks(response, names: list[str]) -> list[str]:
    body = b"".join(response) if getattr(response, "streaming", False) else response.content
    text = body.decode("utf-8", "replace")
    return [name for name in names if name and name in text]


def _cacheable(response, where: str) -> list[str]:
    """A page for a signed-in person that a browser or proxy may keep (Back would show it
    stale; a shared computer would keep it): every one must say no-store."""
    directives = [d.strip() for d in response.get("Cache-Control", "").split(",")]
    if "no-store" in directives:
        return []
    return [f"{where} answered without Cache-Control: no-store"]


class _Walk:
    """One walk over every route: each kind of route checked by its own method."""

    def __init__(self, world: World, urlconf: str | None):
        self.world, self.urlconf = world, urlconf
        self.problems: list[str] = []
        self.clients = {}
        for role in ROLES:
            self.clients[role] = Client()
            self.clients[role].force_login(world.mine[role].user)
        self.anonymous = Client()

    def check(self, client, role, rule, url, expected, label, holder=None, side=None):
        world = self.world
        response = _request(client, rule, url, world, side)
        world.statuses.setdefault(label, []).append(response.status_code)
        if response.status_code not in expected:
            self.problems.append(
                f"{label}: {rule.method} {url} as {role or 'anonymous'} answered "
                f"{response.status_code}, expected {' or '.join(map(str, expected))}"
            )
        if role is not None:
            self.problems.extend(_cacheable(response, f"{label}: {rule.method} {url} as {role}"))
        names = world.forbidden_names.get(role, [])
        if rule.shows_holder and holder is not None:
            # The page is about this person and says their name (a certificate's verification
            # page, a nudge's unsubscribe page); their email and everyone else stay out.
            names = [name for name in names if name != holder.full_name]
        leaked = _leaks(response, names)
        if leaked:
            self.problems.append(f"{label}: {url} showed {role or 'anonymous'} {leaked}")
        return response

    def url_for(self, route, rule, side):
        kwargs = rule.kwargs(side) if rule.kwargs else {}
        return reverse(route.name, kwargs=kwargs, urlconf=self.urlconf)

    def unclassified(self, route, label):
        self.problems.append(
            f"{label} is not classified: add it to ACCESS in infuse/access.py "
            "(public, token or scoped)"
            if route.name
            else f"{label} has no name: name it and classify it in infuse/access.py"
        )

    def staff_only(self, route, rule, label):
        url = sample_path(route)
        if route.name == "admin:index":
            self.check(self.clients[Role.STAFF], Role.STAFF, rule, url, (200,), label)
        refused = 404 if route.name in access.STAFF_ONLY_HIDDEN else 403
        for role in (Role.PARTICIPANT, Role.LEAD, Role.FUNDER):
            self.world.requests += 1
            final = self.clients[role].get(url, follow=True)
            self.problems.extend(_cacheable(final, f"{label}: {url} as {role}"))
            if final.status_code != refused:
                self.problems.append(
                    f"{label}: {url} as {role} answered {final.status_code}, not {refused}"
                )

    def public(self, route, rule, label):
        if rule is access.ALLAUTH_ACCESS:
            url = sample_path(route)
            response = _request(self.anonymous, rule, url, self.world)
            if response.status_code >= 500:
                self.problems.append(f"{label}: {url} answered {response.status_code}")
            return
        side = self.world.mine[Role.PARTICIPANT]
        url = self.url_for(route, rule, side)
        self.check(self.anonymous, None, rule, url, rule.ok, label, holder=side.user)

    def token(self, route, rule, label):
        side = self.world.mine[Role.PARTICIPANT]
        url = self.url_for(route, rule, side)
        self.check(self.anonymous, None, rule, url, rule.ok, label, holder=side.user)
        forged = {k: secrets.token_urlsafe(24) for k in rule.kwargs(side)}
        url = reverse(route.name, kwargs=forged, urlconf=self.urlconf)
        self.check(self.anonymous, None, rule, url, (404,), label)

    def scoped(self, route, rule, label):
        world = self.world
        mine_url = self.url_for(route, rule, world.mine[Role.PARTICIPANT])
        response = _request(self.anonymous, rule, mine_url, world, world.mine[Role.PARTICIPANT])
        login = reverse("account_login", urlconf=self.urlconf)
        if response.status_code != 302 or login not in response["Location"]:
            self.problems.append(f"{label}: {mine_url} let an anonymous visitor in")
        for role in ROLES:
            allowed = role in rule.roles
            self.check(
                self.clients[role],
                role,
                rule,
                self.url_for(route, rule, world.mine[role]),
                rule.ok if allowed else (403,),
                label,
                side=world.mine[role],
            )
            theirs = world.theirs.get(role)
            if rule.kwargs and theirs is not None:
                expected = (404,) if allowed else (403,)
                url = self.url_for(route, rule, theirs)
                self.check(self.clients[role], role, rule, url, expected, label, side=theirs)


def walk(world: World, *, urlconf: str | None = None, access_map=None) -> list[str]:
    walker = _Walk(world, urlconf)
    for route in access.routes(urlconf):
        rule = access.classify(route, access_map)
        label = str(route)
        if rule is None:
            walker.unclassified(route, label)
        elif rule.kind == access.STAFF_ONLY:
            walker.staff_only(route, rule, label)
        elif rule.kind == access.PUBLIC:
            walker.public(route, rule, label)
        else:
            for role in ROLES:
                world.mine[role].user.refresh_from_db()
            if rule.kind == access.TOKEN:
                walker.token(route, rule, label)
            else:
                walker.scoped(route, rule, label)
    return walker.problems
