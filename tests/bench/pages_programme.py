"""The pages benchmark's programme, built in a database of its own by a process of its own
(tests/bench/test_bench_pages.py runs it; the web server it measures is another process):

    python -m tests.bench.pages_programme template
        migrate, then the demo programme (cohorts.demo: every role, Labs with their tools'
        work, ten councils' leads, a funder, programme staff)
    python -m tests.bench.pages_programme build --size 5000 --plan plan.json
        on a copy of the template: SIZE more participants in 60 cohorts of 175 per 5,000
        (10,500 enrolments), their completions, registers and certificates (bulk_create);
        more leads, a funder and staff; a signed-in session for each person the benchmark
        plays; each download built once, timed; the pages and sessions written to plan.json

DATABASE_URL, CACHE_URL and MEDIA_ROOT come from the environment: the benchmark's own."""

import argparse
import csv
import datetime as dt
import io
import json
import os
import random
import statistics
import sys
import time
from importlib import import_module
from urllib.parse import urlencode

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "infuse.settings")
django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import F, Min  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402

from cohorts.demo import DOMAIN, demo_load  # noqa: E402
from cohorts.models import (  # noqa: E402
    Attendance,
    Certificate,
    Cohort,
    Completion,
    Enrolment,
    EnrolmentStatus,
    KeptFigures,
    ReportExport,
    ReportStatus,
    Theme,
)
from cohorts.reports import pattern_cache  # noqa: E402
from cohorts.reports.exports import report_export_build  # noqa: E402
from cohorts.scheduling.services import cohort_generate_sessions  # noqa: E402
from councils.middleware import MFA_PASSED_SESSION_KEY  # noqa: E402
from councils.models import Council, Role, User  # noqa: E402
from councils.services import user_create  # noqa: E402
from labs import registry  # noqa: E402
from labs.models import Lab  # noqa: E402
from tests.bench.bench_urls import BARE_PATH  # noqa: E402

COHORTS_PER_5000 = 60
ENROLMENTS_PER_COHORT = 175  # 10,500 enrolments at 5,000 people: most take more than one Lab
# The mixed load's people (issue 24): each makes one request every 2 seconds.
MIXED = {"participant": 50, "lead": 5, "funder": 2, "staff": 2}
DOWNLOAD_BUILDS = 3  # each download built this many times, nothing remembered; the median kept
# The downloads' yardstick: the bare signed-in page this many times in this process, timed
# before and after each build (see time_yardstick).
YARDSTICK_REQUESTS = 50


def template() -> None:
    call_command("migrate", interactive=False, verbosity=0)
    # The demo's people have made-up addresses: nothing is worth sending.
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
        demo_load(today=timezone.localdate())


def build_programme(size: int, today: dt.date) -> dict:
    """SIZE participants across the ten councils in 60 cohorts per 5,000 people, each of 175
    enrolled, spread over the past two years so that a few are running now."""
    rng = random.Random(size)
    councils = list(Council.objects.order_by("slug"))
    labs = list(Lab.objects.order_by("code").prefetch_related("modules__activities"))
    required = {
        lab.pk: [a for m in lab.modules.all() for a in m.activities.all() if a.required]
        for lab in labs
    }
    began = time.perf_counter()
    count = max(1, round(COHORTS_PER_5000 * size / 5000))
    cohorts = []
    for i in range(count):
        # The last started two weeks ago, the first a hundred.
        weeks_ago = 2 + (count - 1 - i) * 98 // max(1, count - 1)
        start = today - dt.timedelta(weeks=weeks_ago)
        cohort = Cohort.objects.create(
            lab=labs[i % len(labs)],
            theme=[Theme.DECARBONISATION, Theme.COMMUNITIES][i % 2],
            title=f"Bench cohort {i}",
            start_date=start,
            session_weekday=start.weekday(),
            capacity=ENROLMENTS_PER_COHORT,
            online_url="https://teams.microsoft.com/l/bench",
        )
        cohort.councils.set(councils)
        cohort_generate_sessions(cohort=cohort)
        cohorts.append(cohort)
    print(f"  {count} cohorts in {time.perf_counter() - began:.0f} s", flush=True)
    users = User.objects.bulk_create(
        (
            User(
                email=f"bench{i}@bench.infuse.test",
                full_name=f"Bench Person {i}",
                role=Role.PARTICIPANT,
                council=councils[i % len(councils)],
                calendar_token=f"bench-token-{i}",
            )
            for i in range(size)
        ),
        batch_size=5_000,
    )
    enrolments, dones = [], []
    for n, cohort in enumerate(cohorts):
        first = rng.randrange(size)
        finished = cohort.start_date + dt.timedelta(weeks=6) < today
        enrolled = timezone.make_aware(
            dt.datetime.combine(cohort.start_date - dt.timedelta(days=14), dt.time(9))
        )
        for k in range(ENROLMENTS_PER_COHORT):
            user = users[(first + k * 7 + n) % size]
            roll = rng.random()
            status = (
                EnrolmentStatus.WITHDRAWN
                if roll < 0.08
                else EnrolmentStatus.COMPLETED
                if finished and roll < 0.75
                else EnrolmentStatus.ACTIVE
            )
            wanted = required[cohort.lab_id]
            done = (
                wanted
                if status == EnrolmentStatus.COMPLETED
                else wanted[: rng.randrange(len(wanted) // 2, len(wanted))]
            )
            dones.append(done)
            enrolments.append(
                Enrolment(
                    required_total=len(wanted),
                    required_done=len(done),
                    progress=100 * len(done) // len(wanted),
                    cohort=cohort,
                    user=user,
                    council_id=user.council_id,
                    status=status,
                    enrolled_at=enrolled,
                    activated_at=enrolled + dt.timedelta(days=14),
                    completed_on=cohort.start_date + dt.timedelta(weeks=6)
                    if status == EnrolmentStatus.COMPLETED
                    else None,
                    withdrawn_on=cohort.start_date + dt.timedelta(weeks=2)
                    if status == EnrolmentStatus.WITHDRAWN
                    else None,
                    last_activity_at=enrolled + dt.timedelta(days=20),
                )
            )
    enrolments = Enrolment.objects.bulk_create(enrolments, batch_size=5_000)
    sessions = {c.pk: list(c.sessions.order_by("number")) for c in cohorts}
    by_pk = {c.pk: c for c in cohorts}
    completions, attendances, certificates = [], [], []
    now = timezone.now().isoformat()
    for enrolment, done in zip(enrolments, dones, strict=True):
        cohort = by_pk[enrolment.cohort_id]
        when = enrolment.enrolled_at + dt.timedelta(days=16)
        stamp = when.isoformat()
        completions += [(enrolment.pk, a.pk, "", stamp, stamp) for a in done]
        attendances += [
            (enrolment.pk, s.pk, "t" if rng.random() < 0.85 else "f", None, now)
            for s in sessions[cohort.pk]
            if s.date <= today
        ]
        if enrolment.status == EnrolmentStatus.COMPLETED:
            certificates.append(
                Certificate(enrolment=enrolment, code=f"BENCH-{enrolment.pk}", issued_at=when)
            )
    copy_rows(
        Completion, ["enrolment", "activity", "answer", "completed_at", "updated_at"], completions
    )
    copy_rows(
        Attendance, ["enrolment", "session", "attended", "recorded_by", "recorded_at"], attendances
    )
    Certificate.objects.bulk_create(certificates, batch_size=10_000)
    print(f"  rows in {time.perf_counter() - began:.0f} s", flush=True)
    # Statistics and the visibility map, as autovacuum keeps them on a live database (without
    # the map, an index-only scan still reads every row's table page: "Heap Fetches").
    with connection.cursor() as cursor:
        cursor.execute("VACUUM (ANALYZE)")
    return {"cohorts": cohorts, "completions": len(completions)}


def copy_rows(model, fields: list[str], rows: list[tuple]) -> None:
    """Rows straight into the model's table with COPY: at 20,000 people there are about 850,000
    completions and register marks, several minutes through bulk_create."""
    # Every other column takes its field's default, as the ORM would give it.
    others = [f for f in model._meta.concrete_fields if not f.primary_key and f.name not in fields]
    defaults = tuple(f.get_db_prep_save(f.get_default(), connection) for f in others)
    columns = [model._meta.get_field(name).column for name in fields] + [f.column for f in others]
    data = io.StringIO()
    csv.writer(data).writerows(
        tuple("\\N" if value is None else value for value in (*row, *defaults)) for row in rows
    )
    data.seek(0)
    with connection.cursor() as cursor:
        cursor.cursor.copy_expert(
            f"COPY {model._meta.db_table} ({', '.join(columns)}) FROM STDIN WITH (FORMAT csv, NULL '\\N')",
            data,
        )


def session_for(user: User) -> str:
    """A signed-in session in the database, as a sign-in leaves it (for staff: after the
    authenticator-app code, as StaffMFAMiddleware wants); its key is the cookie's value."""
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    if user.is_privileged:
        store[MFA_PASSED_SESSION_KEY] = True
    store.create()
    return store.session_key


def participant_paths(enrolment: Enrolment) -> dict[str, str]:
    tool = registry.tool_for(enrolment.cohort.lab.code)
    paths = {
        "dashboard": reverse("dashboard"),
        "lab": reverse("lab_detail", args=[enrolment.pk]),
        "week": reverse("lab_week", args=[enrolment.pk, 1]),
    }
    if tool:
        paths[f"tool:{enrolment.cohort.lab.code}"] = reverse(tool.url_name, args=[enrolment.pk])
    return paths


def running_enrolments(today: dt.date):
    return (
        Enrolment.objects.filter(
            status=EnrolmentStatus.ACTIVE,
            cohort__start_date__lte=today,
            cohort__start_date__gte=today - dt.timedelta(weeks=5),
        )
        .select_related("cohort__lab", "user")
        .order_by("-required_done", "pk")
    )


def running_cohorts_change(today: dt.date) -> int:
    """A write to one enrolment of every running cohort, as a day of the programme makes (an
    update that changes nothing, which the figures' triggers still see): each of those
    cohorts' kept figures is counted again by the next report (cohorts/reports/kept.py)."""
    firsts = (
        running_enrolments(today)
        .order_by()
        .values("cohort_id")
        .annotate(first=Min("pk"))
        .values_list("first", flat=True)
    )
    return Enrolment.objects.filter(pk__in=list(firsts)).update(status=F("status"))


def time_yardstick(session: str) -> float:
    """Seconds a request for the bare signed-in page takes through the whole of Django in this
    process (the middleware, the session and person read from PostgreSQL, the layout), the
    mean of YARDSTICK_REQUESTS: work that does not grow with the programme, timed beside each
    download build so that their growth is read against how fast the machine was just then
    (the sizes are built minutes apart on a shared machine)."""
    client = Client(HTTP_HOST="127.0.0.1")
    client.cookies[settings.SESSION_COOKIE_NAME] = session
    started = time.perf_counter()
    for _ in range(YARDSTICK_REQUESTS):
        response = client.get("/" + BARE_PATH)
        if response.status_code != 200:
            raise SystemExit(f"The bare page answered {response.status_code}")
    return (time.perf_counter() - started) / YARDSTICK_REQUESTS


def time_download(
    user: User, fmt: str, *, kept: bool = True, yardstick: str | None = None
) -> tuple[float, int, float | None]:
    """One build of a download as its worker does it, with nothing remembered (the figures
    just changed: every running cohort written to; with `kept` off, no cohort's figures kept
    either): seconds, bytes and, given a participant's session, the yardstick's time (the
    mean of before and after the build)."""
    pattern_cache._SUPPRESSED.clear()
    cache.clear()
    if kept:
        running_cohorts_change(timezone.localdate())
    else:
        KeptFigures.objects.all().delete()
    before = time_yardstick(yardstick) if yardstick else None
    export = ReportExport.objects.create(requested_by=user, format=fmt, filters={"period": "all"})
    started = time.perf_counter()
    built = report_export_build(export_id=export.pk)
    seconds = time.perf_counter() - started
    if built.status != ReportStatus.READY:
        raise SystemExit(f"The {fmt} download for {user.email} failed: {built.error}")
    beside = (before + time_yardstick(yardstick)) / 2 if yardstick else None
    return seconds, built.file.size, beside


def build(size: int, plan_path: str) -> None:
    today = timezone.localdate()
    started = time.perf_counter()
    built = build_programme(size, today)
    build_seconds = time.perf_counter() - started
    councils = list(Council.objects.order_by("slug"))
    # The mixed load's leads, funders and staff: the demo's, then more as needed.
    leads = [User.objects.get(email=f"lead.{c.slug}@{DOMAIN}") for c in councils]
    funders = list(User.objects.filter(role=Role.FUNDER).order_by("pk"))
    staff = list(User.objects.filter(role=Role.STAFF).order_by("pk"))
    for n in range(len(funders), MIXED["funder"]):
        funders.append(
            user_create(
                email=f"funder{n}@bench.infuse.test",
                full_name=f"Bench Funder {n}",
                role=Role.FUNDER,
            )
        )
    for n in range(len(staff), MIXED["staff"]):
        staff.append(
            user_create(
                email=f"staff{n}@bench.infuse.test", full_name=f"Bench Staff {n}", role=Role.STAFF
            )
        )

    # The pages alone: the demo's participants (their Labs' work, each tool's), the lead of
    # the first council (a tenth of the programme), the demo funder and staff.
    demo_running = list(running_enrolments(today).filter(user__email__endswith=f"@{DOMAIN}"))
    by_lab = {}
    for enrolment in demo_running:
        by_lab.setdefault(enrolment.cohort.lab.code, enrolment)
    if len(by_lab) < len(Lab.objects.all()):
        raise SystemExit(f"The demo has no running enrolment in some Lab: only {sorted(by_lab)}")
    first = by_lab[sorted(by_lab)[0]]
    participant = session_for(first.user)
    big_cohort = (
        Cohort.objects.filter(title__startswith="Bench cohort").order_by("-start_date").first()
    )
    staff_session = session_for(staff[0])
    pages = [
        ("bare", "participant", "/" + BARE_PATH, participant),
        ("landing", "participant", reverse("landing"), None),
        *(
            (key, "participant", path, participant)
            for key, path in participant_paths(first).items()
            if not key.startswith("tool:")
        ),
    ]
    for code in sorted(by_lab):
        enrolment = by_lab[code]
        tool_path = participant_paths(enrolment).get(f"tool:{code}")
        if tool_path:
            pages.append((f"tool:{code}", "participant", tool_path, session_for(enrolment.user)))
    admin_list = reverse("admin:cohorts_cohort_changelist")
    pages += [
        ("lead", "heavy", reverse("lead_home"), session_for(leads[0])),
        ("funder report", "heavy", reverse("reports"), session_for(funders[0])),
        ("staff report", "heavy", reverse("reports"), staff_session),
        ("admin cohort list", "heavy", admin_list, staff_session),
        (
            "admin cohort page",
            "heavy",
            reverse("admin:cohorts_cohort_change", args=[big_cohort.pk]),
            staff_session,
        ),
        (
            "admin cohort search",
            "heavy",
            f"{admin_list}?{urlencode({'q': councils[0].name})}",
            staff_session,
        ),
    ]

    # The mixed load: 50 participants of the running cohorts, 5 leads, 2 funders, 2 staff.
    rng = random.Random(24)
    running = list(running_enrolments(today).filter(user__email__startswith="bench"))
    rng.shuffle(running)
    people, seen = [], set()
    for enrolment in running:
        if enrolment.user_id in seen:
            continue
        seen.add(enrolment.user_id)
        people.append(enrolment)
        if len(people) == MIXED["participant"]:
            break
    mixed = {
        "participant": [
            {"session": session_for(e.user), "paths": list(participant_paths(e).values())}
            for e in people
        ],
        "lead": [
            {"session": session_for(lead), "paths": [reverse("lead_home")]}
            for lead in leads[: MIXED["lead"]]
        ],
        "funder": [
            {"session": session_for(funder), "paths": [reverse("reports")]}
            for funder in funders[: MIXED["funder"]]
        ],
        "staff": [
            {
                "session": session_for(person),
                "paths": [
                    reverse("reports"),
                    admin_list,
                    reverse("admin:cohorts_cohort_change", args=[big_cohort.pk]),
                    f"{admin_list}?{urlencode({'q': councils[0].name})}",
                ],
            }
            for person in staff[: MIXED["staff"]]
        ],
    }
    if len(mixed["participant"]) < MIXED["participant"]:
        raise SystemExit(f"Only {len(people)} participants in running cohorts")

    # Nothing kept yet (a deploy that changed how reports count, say): every cohort counted.
    cold = [time_download(staff[0], "csv", kept=False) for _ in range(DOWNLOAD_BUILDS)]
    cold_seconds = statistics.median(s for s, _bytes, _yard in cold)
    print(f"  staff report CSV, nothing kept: {cold_seconds * 1000:,.0f} ms", flush=True)
    # A worker has built one before: the PDF's fonts and templates loaded (the lead's, smaller).
    time_download(leads[1], "pdf")
    # Each built DOWNLOAD_BUILDS times, the median kept: one build alone moved by a third
    # between runs on this shared machine (the lead's CSV at 5,000: 83, 100 and 111 ms).
    downloads = {}
    for label, user, fmt in [
        ("staff report CSV", staff[0], "csv"),
        ("staff report PDF", staff[0], "pdf"),
        ("lead's report CSV", leads[0], "csv"),
        ("lead's report PDF", leads[0], "pdf"),
    ]:
        builds = [time_download(user, fmt, yardstick=participant) for _ in range(DOWNLOAD_BUILDS)]
        seconds = statistics.median(s for s, _bytes, _yard in builds)
        yard = statistics.median(y for _s, _bytes, y in builds)
        size_bytes = builds[-1][1]
        downloads[label] = {"seconds": seconds, "bytes": size_bytes, "yardstick": yard}
        print(
            f"  {label}: {seconds * 1000:,.0f} ms (median of "
            f"{', '.join(f'{s * 1000:,.0f}' for s, _bytes, _yard in builds)}), "
            f"{size_bytes / 1024:,.0f} KB; the bare page beside it {yard * 1000:.2f} ms",
            flush=True,
        )

    plan = {
        "size": size,
        "people": User.objects.filter(role=Role.PARTICIPANT).count(),
        "enrolments": Enrolment.objects.count(),
        "cohorts": Cohort.objects.count(),
        "big_cohort_enrolled": big_cohort.enrolments.exclude(
            status=EnrolmentStatus.WITHDRAWN
        ).count(),
        "completions": built["completions"],
        "build_seconds": build_seconds,
        "cookie": settings.SESSION_COOKIE_NAME,
        "pages": [
            {"key": key, "kind": kind, "path": path, "session": session}
            for key, kind, path, session in pages
        ],
        "mixed": mixed,
        "downloads": downloads,
        "download_builds": DOWNLOAD_BUILDS,
        "download_nothing_kept": cold_seconds,
    }
    with open(plan_path, "w") as out:
        json.dump(plan, out, indent=1)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=["template", "build"])
    parser.add_argument("--size", type=int, default=5000)
    parser.add_argument("--plan", default="")
    args = parser.parse_args(argv)
    if args.step == "template":
        template()
    else:
        if not 100 <= args.size <= 50_000 or not args.plan:
            raise SystemExit("build needs --plan and a --size of 100 to 50,000")
        build(args.size, args.plan)


if __name__ == "__main__":
    main(sys.argv[1:])
