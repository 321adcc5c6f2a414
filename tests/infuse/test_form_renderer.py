"""infuse/form_renderer.py: the plain input and select widgets drawn in Python are the same
HTML, character for character, as Django's own templates draw them; everything else is the
template engine's."""

import copy
import datetime as dt
from decimal import Decimal

import pytest
from django import forms
from django.contrib.admin import widgets as admin_widgets
from django.forms.renderers import DjangoTemplates, get_default_renderer
from django.forms.utils import ErrorList
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy

from infuse.form_renderer import ADMIN_PARAGRAPHS, INPUTS, OPTION, SELECT, FastRenderer

STOCK = DjangoTemplates()
FAST = FastRenderer()

VALUES = [
    None,
    "",
    "plain",
    'quote " and <b>tag</b> & amp',
    mark_safe("<i>safe</i>"),
    gettext_lazy("Yes"),
    0,
    1234567,
    Decimal("12.50"),
    3.5,
    True,
    False,
    dt.date(2026, 12, 3),
    dt.time(9, 30),
    ("a", "b"),
]

ATTRS = [
    {},
    {"id": "id_x", "class": "vTextField", "maxlength": 200},
    {"required": True, "disabled": False, "autofocus": True},
    {"data-x": 'a"b<c>', "aria-describedby": mark_safe("hint&amp;")},
    {"placeholder": gettext_lazy("Search"), "min": 0, "step": Decimal("0.5")},
]

WIDGETS = [
    forms.TextInput,
    forms.NumberInput,
    forms.EmailInput,
    forms.URLInput,
    forms.PasswordInput,
    forms.HiddenInput,
    forms.DateInput,
    forms.DateTimeInput,
    forms.TimeInput,
    forms.CheckboxInput,
    admin_widgets.AdminDateWidget,
    admin_widgets.AdminTimeWidget,
    admin_widgets.AdminTextInputWidget,
    admin_widgets.AdminIntegerFieldWidget,
    admin_widgets.AdminURLFieldWidget,
]


def both(widget, name, value, attrs=None) -> tuple[str, str]:
    return (
        widget.render(name, value, attrs, renderer=STOCK),
        widget.render(name, value, attrs, renderer=FAST),
    )


@pytest.mark.parametrize("widget_class", WIDGETS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("language", ["en", "cy"])
def test_each_input_is_drawn_as_djangos_template_draws_it(widget_class, language):
    with translation.override(language):
        for value in VALUES:
            for attrs in ATTRS:
                widget = widget_class(attrs=dict(attrs))
                stock, fast = both(widget, "form-0-x", value, {"id": "id_form-0-x"})
                assert fast == stock, (widget_class, value, attrs)
                stock, fast = both(widget_class(), 'odd"name<', value, attrs)
                assert fast == stock, (widget_class, value, attrs)


CHOICES = [
    [],
    [("", "---------"), (1, "One"), (2, 'Two "2" <b>')],
    [(True, gettext_lazy("Yes")), (False, gettext_lazy("No"))],
    [
        ("Group <a>", [(1, "One"), (2, mark_safe("<i>Two</i>"))]),
        (3, "Three"),
        ("Empty", []),
    ],
    [(Decimal("1.5"), 1234), (dt.date(2026, 1, 2), dt.date(2026, 1, 2))],
]


@pytest.mark.parametrize("multiple", [False, True])
def test_selects_with_groups_and_any_labels_are_drawn_as_django_draws_them(multiple):
    widget_class = forms.SelectMultiple if multiple else forms.Select
    for choices in CHOICES:
        for value in [None, "", 1, "2", [1, 3], [True], ["x"]]:
            for attrs in ATTRS:
                widget = widget_class(attrs=dict(attrs), choices=choices)
                stock, fast = both(widget, "pick", value, {"id": "id_pick"})
                assert fast == stock, (choices, value, attrs)


def test_the_fast_path_is_taken_for_inputs_and_selects_only(monkeypatch):
    """Each of these templates is drawn without the engine; a radio list, a textarea and a
    form's errors go to it, as does any widget with something callable in it."""
    used = []
    monkeypatch.setattr(
        DjangoTemplates, "render", lambda self, name, context, request=None: used.append(name)
    )
    fast = [w for w in WIDGETS if w is not admin_widgets.AdminURLFieldWidget]
    for widget in [w() for w in fast] + [forms.Select(choices=[(1, "a")])]:
        widget.render("x", "1", renderer=FAST)
    Labelled(renderer=FAST)["name"].label_tag()
    assert used == []
    assert {w().template_name for w in fast} <= INPUTS | set(ADMIN_PARAGRAPHS)
    admin_widgets.AdminURLFieldWidget().render("x", "https://example.org", renderer=FAST)
    forms.RadioSelect(choices=[(1, "a")]).render("x", 1, renderer=FAST)
    forms.Textarea().render("x", "t", renderer=FAST)
    forms.TextInput(attrs={"data-x": lambda: "called"}).render("x", "1", renderer=FAST)
    assert used == [
        "admin/widgets/url.html",
        "django/forms/widgets/radio.html",
        "django/forms/widgets/textarea.html",
        "django/forms/widgets/text.html",
    ]


def test_an_apps_own_widget_template_is_drawn_by_the_engine(monkeypatch):
    """Were an installed app to override one of these templates, its file is drawn, not the
    Python copy of Django's."""
    renderer = FastRenderer()
    monkeypatch.setattr(renderer, "_is_djangos", lambda name: name != SELECT)
    used = []
    original = DjangoTemplates.render
    monkeypatch.setattr(
        DjangoTemplates,
        "render",
        lambda self, name, context, request=None: (
            used.append(name) or original(self, name, context, request)
        ),
    )
    forms.Select(choices=[(1, "a")]).render("x", 1, renderer=renderer)
    forms.TextInput().render("x", "1", renderer=renderer)
    assert used == [SELECT]
    used.clear()
    # What it found is kept (until a change of settings: `forget`): another renderer is asked.
    renderer = FastRenderer()
    monkeypatch.setattr(renderer, "_is_djangos", lambda name: not name.endswith("attrs.html"))
    forms.TextInput().render("x", "1", renderer=renderer)
    assert used == ["django/forms/widgets/text.html"]


def test_the_portal_draws_its_forms_with_it():
    assert isinstance(get_default_renderer(), FastRenderer)


def test_empty_and_full_error_lists_are_drawn_as_django_draws_them(monkeypatch):
    for errors in [ErrorList(), ErrorList(["One <b>", mark_safe("<i>Two</i>")], field_id="id_x")]:
        for drawn in [errors.render, errors.as_ul, str]:
            with monkeypatch.context() as patched:
                patched.setattr(errors, "renderer", STOCK)
                stock = drawn() if drawn is not str else str(errors)
            errors.renderer = FAST
            assert (drawn() if drawn is not str else str(errors)) == stock
    used = []
    monkeypatch.setattr(
        DjangoTemplates, "render", lambda self, name, context, request=None: used.append(name)
    )
    assert str(ErrorList(renderer=FAST)) == ""
    assert used == []
    str(ErrorList(["x"], renderer=FAST))
    assert used == ["django/forms/errors/list/default.html"]


class Labelled(forms.Form):
    required_css_class = "required"
    name = forms.CharField(label='Name <a> "quoted"')
    optional = forms.CharField(required=False, label=gettext_lazy("Yes"))
    chosen = forms.ChoiceField(
        choices=[(1, "a")], widget=forms.RadioSelect, label=mark_safe("<i>x</i>")
    )
    unlabelled = forms.CharField(label="")


@pytest.mark.parametrize("auto_id", ["id_%s", False])
def test_labels_are_drawn_as_django_draws_them(auto_id):
    fast = Labelled(auto_id=auto_id, renderer=FAST)
    stock = Labelled(auto_id=auto_id, renderer=STOCK)
    for name in fast.fields:
        assert fast[name].legend_tag() == stock[name].legend_tag()
        for args in [{}, {"attrs": {"class": "x", "data-y": True}}, {"label_suffix": ":"}]:
            drawn = [form[name].label_tag(**copy.deepcopy(args)) for form in (fast, stock)]
            assert drawn[0] == drawn[1], (name, args)


def test_a_context_of_another_shape_goes_to_the_engine_not_a_500(monkeypatch):
    """A template of its own with a `widget` that is no widget's context, or one without
    attributes: drawn by the engine as Django would, never read as an input."""
    used = []
    monkeypatch.setattr(
        DjangoTemplates, "render", lambda self, name, context, request=None: used.append(name)
    )
    FAST.render("django/forms/widgets/textarea.html", {"widget": "not a dict"})
    FAST.render("django/forms/widgets/text.html", {"widget": {"name": "x"}})
    assert used == ["django/forms/widgets/textarea.html", "django/forms/widgets/text.html"]


WRAPPER_TEXTS = [
    "",
    "plain",
    'quote " and <b>tag</b> & amp',
    "  spaced > and < out  ",
    gettext_lazy("council"),
    "%(model)s and %s",
]
WIDGET_HTML = [
    mark_safe('<select name="x">\n<option value="1">One &amp; two</option>\n</select>'),
    mark_safe(""),
]


def wrapper_contexts():
    """Every shape (2⁶ flags) with each text in each value's place and each widget's HTML."""
    import itertools

    from infuse.form_renderer import WRAPPER_FLAGS, WRAPPER_VALUES

    names = [n for n in WRAPPER_VALUES if n != "rendered_widget"]
    for flags in itertools.product([False, True], repeat=len(WRAPPER_FLAGS)):
        for n in range(len(WRAPPER_TEXTS)):
            context = dict(zip(WRAPPER_FLAGS, flags, strict=True))
            for i, name in enumerate(names):
                context[name] = WRAPPER_TEXTS[(n + i) % len(WRAPPER_TEXTS)]
            context["rendered_widget"] = WIDGET_HTML[n % len(WIDGET_HTML)]
            if flags[-1]:
                context["model_has_limit_choices_to"] = {"role": "staff"}
            yield flags, context


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_related_widget_wrapper_is_drawn_as_djangos_template_draws_it(language, monkeypatch):
    """Every shape of `related_widget_wrapper.html` (which links it has, hidden or not, with
    and without `limit_choices_to`), values to escape and lazy ones, in each language, drawn
    by the fast path (each shape drawn by the engine once, with markers, then filled in) and
    by the engine; then a second time, now that each shape is kept."""
    from infuse import form_renderer
    from infuse.form_renderer import WRAPPER

    renderer = FastRenderer()
    filled = []
    real_filled = form_renderer._filled
    monkeypatch.setattr(
        form_renderer,
        "_filled",
        lambda shape, context: filled.append(1) or real_filled(shape, context),
    )
    with translation.override(language):
        for _round in range(2):
            for flags, context in wrapper_contexts():
                stock, fast = STOCK.render(WRAPPER, context), renderer.render(WRAPPER, context)
                assert fast == stock, (flags, context)
    contexts = len(list(wrapper_contexts()))
    assert len(filled) == 2 * contexts  # every one drawn by the fast path, none by the engine
    assert len(renderer._wrapper_shapes) == 2**6  # one shape per set of flags, in this language


def test_markup_in_a_wrappers_text_is_drawn_by_the_engine():
    """Safe markup in a value inside `{% spaceless %}` (which would strip white space in it):
    the engine's drawing, whatever it is."""
    from infuse.form_renderer import WRAPPER, WRAPPER_VALUES

    for name in WRAPPER_VALUES:
        if name == "rendered_widget":
            continue
        for flags, context in wrapper_contexts():
            context[name] = mark_safe("<b>a</b>\n  <i>b</i>")
            assert FAST.render(WRAPPER, context) == STOCK.render(WRAPPER, context), (name, flags)


def test_a_change_of_static_files_is_seen_by_a_kept_wrapper(settings):
    from infuse.form_renderer import WRAPPER

    renderer = FastRenderer()
    _flags, context = next(wrapper_contexts())
    context.update(can_add_related=True)
    assert "/static/admin/img/icon-addlink.svg" in renderer.render(WRAPPER, context)
    settings.STATIC_URL = "/elsewhere/"
    drawn = renderer.render(WRAPPER, context)
    assert "/elsewhere/admin/img/icon-addlink.svg" in drawn
    assert drawn == STOCK.render(WRAPPER, context)


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("who", ["superuser", "limited"])
def test_the_admins_own_wrappers_are_drawn_alike(rf, admin_user, make_user, language, who):
    """The wrappers of a real admin page's fields (a foreign key and a many-to-many, with the
    admin's own permissions and URLs) drawn by the engine and by the fast path, for a
    superuser and for someone who may change cohorts but add, change or delete nothing else."""
    from django.contrib import admin
    from django.contrib.auth.models import Permission

    from cohorts.models import Cohort
    from councils.models import Role

    user = admin_user
    if who == "limited":
        user = make_user("limited@infuse.test", Role.FUNDER, name="Limited")
        user.is_staff = True
        user.save()
        user.user_permissions.set(
            Permission.objects.filter(codename__in=["view_cohort", "change_cohort", "view_lab"])
        )
    model_admin = admin.site._registry[Cohort]
    request = rf.get("/admin/cohorts/cohort/add/")
    request.user = user
    renderer = FastRenderer()
    with translation.override(language):
        form = model_admin.get_form(request)()
        for name in ("lab", "facilitators", "councils"):
            widget = form.fields[name].widget
            assert isinstance(widget, admin_widgets.RelatedFieldWidgetWrapper)
            stock = widget.render(name, None, renderer=STOCK)
            fast = widget.render(name, None, renderer=renderer)
            assert fast == stock and "related-widget-wrapper" in fast
    assert renderer._wrapper_shapes  # drawn by the fast path


def test_a_wrapper_of_another_shape_or_a_marker_in_its_text_goes_to_the_engine(monkeypatch):
    from infuse.form_renderer import WRAPPER

    renderer = FastRenderer()
    used = []
    real = DjangoTemplates.render

    def spy(self, name, context, request=None):
        used.append(name)
        return real(self, name, context, request)

    monkeypatch.setattr(DjangoTemplates, "render", spy)
    base = {"name": "x", "model": "m", "model_name": "m", "url_params": "", "is_hidden": False}
    renderer.render(WRAPPER, {**base, "extra": "?"})  # a key Django's wrapper does not give
    renderer.render(WRAPPER, {**base, "name": "a\x00b"})
    renderer.render(WRAPPER, {**base, "model_has_limit_choices_to": lambda: {}})
    assert used == [WRAPPER] * 3
    renderer.render(WRAPPER, base)  # the shape drawn once, with markers
    renderer.render(WRAPPER, {**base, "name": "y"})  # then filled in
    assert used == [WRAPPER] * 4


def test_what_it_found_of_the_templates_is_forgotten_when_the_settings_change(settings):
    """Which templates are Django's own is worked out once per renderer, and again after a
    change of the settings that decide it (TEMPLATES, INSTALLED_APPS: `_forget`)."""
    renderer = FastRenderer()
    assert renderer._all_djangos(SELECT, OPTION) and renderer._all_own and renderer._own
    settings.TEMPLATES = [*settings.TEMPLATES]
    assert not renderer._all_own and not renderer._own
