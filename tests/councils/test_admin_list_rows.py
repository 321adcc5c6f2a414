"""councils/admin_drawing.result_rows against Django's own `items_for_result`, cell by cell:
every registered admin's list (bare, sorted, searched, paged; with hostile text and values of
white space only), and a made-up list of every shape a cell can take (None, empty and blank
text, safe and lazy text, numbers, booleans with and without icons, dates and times, a value
that raises ObjectDoesNotExist, `empty_value_display` on a column, a property's `boolean`), with
every kind of `list_display_links`, a link that cannot be reversed, and a list whose query rows
keep (`_changelist_filters`). Django's function is called live, so an upgrade that changes how
Django draws a cell fails here. Written by the review of the list rows (issue 24)."""

import datetime as dt
import decimal

import pytest
from django.contrib import admin
from django.contrib.admin.templatetags import admin_list
from django.core.exceptions import ObjectDoesNotExist
from django.urls import NoReverseMatch
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy

from cohorts.models import Cohort
from councils.admin_drawing import result_rows
from councils.models import User
from councils.templatetags.infuse_admin import quick_result_list
from tests.infuse.test_access import world  # noqa: F401

EVIL = "\"><script>alert(1)</script>'&"


def _compare(cl):
    ours = result_rows(cl)
    assert ours is not None
    djangos = ["".join(admin_list.items_for_result(cl, r, None)) for r in cl.result_list]
    assert len(ours) == len(djangos)
    for o, d in zip(ours, djangos, strict=True):
        assert len(o) == 1
        assert str(o[0]) == d, f"\nours   {o[0]}\ndjango {d}"
    q, d = quick_result_list(cl), admin_list.result_list(cl)
    assert q.keys() == d.keys()
    for key in ("result_hidden_fields", "result_headers", "num_sorted_fields"):
        assert q[key] == d[key], key
    return len(djangos)


def _cl(rf, staff, model_admin, query=""):
    from django.urls import resolve, reverse

    opts = model_admin.model._meta
    path = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    request = rf.get(path + query)
    request.resolver_match = resolve(path)
    request.user = staff
    cl = model_admin.get_changelist_instance(request)
    cl.formset = None
    return cl


@pytest.mark.parametrize("query", ["", "?o=-1", "?q=a", "?q=e&o=2.-1", "?p=1"])
def test_every_registered_list(rf, staff, world, query):  # noqa: F811
    Cohort.objects.update(title=EVIL + "cohort", location="   ")
    User.objects.exclude(pk=staff.pk).update(full_name=EVIL + "name")
    _rows_for_lists_the_world_leaves_empty(staff)
    empty = []
    for model, model_admin in admin.site._registry.items():
        cl = _cl(rf, staff, model_admin, query)  # every admin's search names real fields
        if not _compare(cl):
            empty.append(model._meta.label)
    if query in ("", "?o=-1"):  # a search or a second page may find nothing; else all have rows
        assert set(empty) <= {"mfa.Authenticator"}  # no authenticator in the world: a secret


def _rows_for_lists_the_world_leaves_empty(staff) -> None:
    import uuid

    from django.contrib.auth.models import Group

    from cohorts.models import CohortMessage, Enrolment, Nudge, Target, TargetMeasure

    Group.objects.create(name=EVIL + "group")
    CohortMessage.objects.create(
        cohort=Cohort.objects.first(),
        subject=EVIL + "subject",
        body="b",
        sent_by=staff,
        create_token=uuid.uuid4(),
    )
    Nudge.objects.create(
        enrolment=Enrolment.objects.first(), week=2, claim=uuid.uuid4(), error=EVIL + "error"
    )
    Target.objects.create(measure=TargetMeasure.STARTED, value=40)


def _make_admin(model, **attrs):
    return type("ReviewAdmin", (admin.ModelAdmin,), attrs)(model, admin.site)


class Raises:
    pass


def _ret(value, **extra):
    def f(obj):
        if value is Raises:
            raise ObjectDoesNotExist
        return value

    f.__name__ = f"ret_{abs(hash(repr(value))) % 10000}"
    for k, v in extra.items():
        setattr(f, k, v)
    return f


VALUES = [
    None,
    "",
    "   ",
    "\n",
    EVIL,
    mark_safe("<b>safe</b>"),
    gettext_lazy("Change"),
    0,
    1234567,
    1.5,
    decimal.Decimal("1234.50"),
    True,
    False,
    dt.date(2026, 1, 2),
    dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.UTC),
    dt.time(10, 30),
    [1, "<a>"],
    (),
    Raises,
]


@pytest.mark.parametrize(
    "links", ["default", None, (), ["title"], ["lab"], ["nowhere"], ["start_date", "title"]]
)
@pytest.mark.parametrize("query", ["", "?q=a&o=2"])
def test_shapes(rf, staff, cohort, links, query, monkeypatch):
    Cohort.objects.update(title=EVIL, location="  ", online_url="javascript:alert(1)")
    extra = [_ret(v) for v in VALUES]
    extra += [_ret(v, boolean=True) for v in (True, False, None)]
    extra += [_ret(v, empty_value_display=mark_safe("<i>none</i>")) for v in (None, "", " ")]
    extra += [_ret(v, empty_value_display="<u>") for v in (None, "")]
    extra += [lambda o: EVIL, lambda o: None]
    prop = property(lambda self: True)
    prop.fget.boolean = True
    monkeypatch.setattr(Cohort, "flag_prop", prop, raising=False)
    monkeypatch.setattr(Cohort, "plain_prop", property(lambda self: EVIL), raising=False)
    attrs = {
        "list_display": [
            "title",
            "lab",
            "theme",
            "start_date",
            "session_time",
            "online_url",
            "location",
            "invitations_sent_at",
            "capacity",
            "flag_prop",
            "plain_prop",
            "__str__",
            "id",
            *extra,
        ],
        "search_fields": ["title"],
        "empty_value_display": "-empty-",
    }
    if links != "default":
        attrs["list_display_links"] = links
    ma = _make_admin(Cohort, **attrs)
    cl = _cl(rf, staff, ma, query)
    assert _compare(cl)


@pytest.mark.parametrize("query", ["", "?q=a"])
def test_no_reverse_match(rf, staff, cohort, query, monkeypatch):
    ma = _make_admin(Cohort, list_display=["title", "lab"], search_fields=["title"])
    cl = _cl(rf, staff, ma, query)

    def boom(result):
        raise NoReverseMatch("x")

    cl.url_for_result = boom
    assert _compare(cl)


def test_user_fk_none_and_booleans(rf, staff, world):  # noqa: F811
    User.objects.filter(pk=staff.pk).update(nudges_opt_out=True, full_name="   ")
    ma = _make_admin(
        User,
        list_display=["full_name", "council", "nudges_opt_out", "is_active", "last_login", "role"],
        list_display_links=["council"],
    )
    assert _compare(_cl(rf, staff, ma))


def test_what_a_column_is_is_worked_out_once_per_list_not_per_cell(
    rf, staff, make_cohort, monkeypatch
):
    """Whether a column is a field of the model is asked of its options once a list
    (`_column_lookup`), not once a cell as Django's lookup_field asks (catching
    FieldDoesNotExist for every cell of an admin's method): the same cells either way."""
    from councils import admin_drawing

    for number in range(4):
        make_cohort(title=f"Cohort {number}")
    asked = []
    find = admin_drawing._get_non_gfk_field
    monkeypatch.setattr(
        admin_drawing,
        "_get_non_gfk_field",
        lambda opts, name: asked.append(name) or find(opts, name),
    )
    cl = _cl(rf, staff, admin.site._registry[Cohort])
    assert len(result_rows(cl)) == 4
    assert sorted(asked) == sorted(cl.list_display)  # once a column, for four rows
    assert _compare(cl) == 4
