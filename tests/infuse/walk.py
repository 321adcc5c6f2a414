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


def walk(world: World, *, urlconf: str | None = None, access_map=None) -> list[str]:
    problems: list[str] = []
    clients = {}
    for role in ROLES:
        clients[role] = Client()
        clients[role].force_login(world.mine[role].user)
    anonymous = Client()

    def check(client, role, rule, url, expected, label, holder=None, side=None):
        response = _request(client, rule, url, world, side)
        world.statuses.setdefault(label, []).append(response.status_code)
        if response.status_code not in expected:
            problems.append(
                f"{label}: {rule.method} {url} as {role or 'anonymous'} answered "
                f"{response.status_code}, expected {' or '.join(map(str, expected))}"
            )
        if role is not None:
            problems.extend(_cacheable(response, f"{label}: {rule.method} {url} as {role}"))
        names = world.forbidden_names.get(role, [])
        if rule.shows_holder and holder is not None:
            # The page is about this person and says their name (a certificate's verification
            # page, a nudge's unsubscribe page); their email and everyone else stay out.
            names = [name for name in names if name != holder.full_name]
        leaked = _leaks(response, names)
        if leaked:
            problems.append(f"{label}: {url} showed {role or 'anonymous'} {leaked}")
        return response

    for route in access.routes(urlconf):
        rule = access.classify(route, access_map)
        label = str(route)
        if rule is None:
            problems.append(
                f"{label} is not classified: add it to ACCESS in infuse/access.py "
                "(public, token or scoped)"
                if route.name
                else f"{label} has no name: name it and classify it in infuse/access.py"
            )
            continue
        if rule.kind == access.STAFF_ONLY:
            url = sample_path(route)
            if route.name == "admin:index":
                check(clients[Role.STAFF], Role.STAFF, rule, url, (200,), label)
            refused = 404 if route.name in access.STAFF_ONLY_HIDDEN else 403
            for role in (Role.PARTICIPANT, Role.LEAD, Role.FUNDER):
                world.requests += 1
                final = clients[role].get(url, follow=True)
                problems.extend(_cacheable(final, f"{label}: {url} as {role}"))
                if final.status_code != refused:
                    problems.append(
                        f"{label}: {url} as {role} answered {final.status_code}, not {refused}"
                    )
            continue

        def url_for(side, route=route, rule=rule):
            kwargs = rule.kwargs(side) if rule.kwargs else {}
            return reverse(route.name, kwargs=kwargs, urlconf=urlconf)

        if rule.kind == access.PUBLIC:
            if rule is access.ALLAUTH_ACCESS:
                url = sample_path(route)
                response = _request(anonymous, rule, url, world)
                if response.status_code >= 500:
                    problems.append(f"{label}: {url} answered {response.status_code}")
                continue
            side = world.mine[Role.PARTICIPANT]
            check(anonymous, None, rule, url_for(side), rule.ok, label, holder=side.user)
            continue

        for role in ROLES:
            world.mine[role].user.refresh_from_db()
        if rule.kind == access.TOKEN:
            side = world.mine[Role.PARTICIPANT]
            check(anonymous, None, rule, url_for(side), rule.ok, label, holder=side.user)
            forged = {k: secrets.token_urlsafe(24) for k in rule.kwargs(side)}
            url = reverse(route.name, kwargs=forged, urlconf=urlconf)
            check(anonymous, None, rule, url, (404,), label)
            continue

        # Scoped.
        mine_url = url_for(world.mine[Role.PARTICIPANT])
        response = _request(anonymous, rule, mine_url, world, world.mine[Role.PARTICIPANT])
        login = reverse("account_login", urlconf=urlconf)
        if response.status_code != 302 or login not in response["Location"]:
            problems.append(f"{label}: {mine_url} let an anonymous visitor in")
        for role in ROLES:
            allowed = role in rule.roles
            check(
                clients[role],
                role,
                rule,
                url_for(world.mine[role]),
                rule.ok if allowed else (403,),
                label,
                side=world.mine[role],
            )
            theirs = world.theirs.get(role)
            if rule.kwargs and theirs is not None:
                expected = (404,) if allowed else (403,)
                check(clients[role], role, rule, url_for(theirs), expected, label, side=theirs)
    return problems
