"""The production shape proven with real processes (see conftest.py for the world).

1. Queued work survives a Redis restart: a report download, a certificate and a nudge queued
   while no worker runs are all done by a worker started after Redis came back.
2. Work lost with Redis's data (a Redis that came back empty) is found and redone by the
   sweepers.
3. `make stack` (scripts/stack.sh run) stops every process it started on Ctrl-C.
4. End to end through gunicorn, the Celery worker, the PDF worker and beat, with media in a
   bucket on a local S3 endpoint: an invitation, the week's nudge sent by beat, a completion
   through the web, the certificate built by the PDF worker, emailed and downloaded from the
   web process through the bucket, a report download; each email once, with its attachment;
   /readyz 503 naming Redis while it is down.
"""

import csv
import datetime as dt
import io
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from .conftest import (
    ROOT,
    Browser,
    Mailbox,
    attachments,
    free_port,
    port_open,
    start_mail_catcher,
    stop_process,
    wait_for,
)

pytestmark = pytest.mark.stack

PASSWORD = "correct-horse-battery"


# --- The world, made through the services as staff would ----------------------------------------


def make_cohort(tag: str):
    """A Data Lab cohort whose week 2 opens today."""
    from django.db import transaction
    from django.utils import timezone

    from cohorts.models import Cohort, Session, Theme
    from cohorts.scheduling.services import cohort_generate_sessions
    from councils.models import Council
    from labs.models import Lab

    today = timezone.localdate()
    start = today - dt.timedelta(days=7)
    with transaction.atomic():
        cohort = Cohort.objects.create(
            lab=Lab.objects.get(code="data"),
            theme=Theme.COMMUNITIES,
            title=f"Stack test cohort {tag}",
            start_date=start,
            session_weekday=start.weekday(),
            session_time=dt.time(10, 0),
            online_url="https://teams.microsoft.com/l/meetup-join/stack",
        )
        cohort.councils.set([Council.objects.get(slug="cardiff")])
        cohort_generate_sessions(cohort=cohort)
    # A bank holiday may have moved week 2: it opens today all the same.
    Session.objects.filter(cohort=cohort, number=2).update(date=today)
    return cohort


def make_person(email: str, role: str = "participant"):
    from councils.models import Council
    from councils.services import user_create

    council = Council.objects.get(slug="cardiff") if role == "participant" else None
    return user_create(
        email=email,
        full_name=email.split("@")[0].replace(".", " ").title(),
        role=role,
        council=council,
        password=PASSWORD,
    )


def enrol(cohort, person, *, invite: bool):
    from django.db import transaction

    from cohorts.services import enrolment_create

    with transaction.atomic():
        return enrolment_create(cohort=cohort, user=person, invite=invite)


def complete(enrolment, *, leave=None):
    """Every required activity but `leave` done, four sessions attended, through the
    services; each commits, so the certificate is queued when the last one completes."""
    from cohorts.models import Attendance
    from cohorts.services import attendance_mark, completion_set, register_refusal
    from labs.models import Activity

    for session in enrolment.cohort.sessions.order_by("number")[:4]:
        if register_refusal(session=session):
            # A register opens when its session starts (issue 17), and this cohort is in its
            # second week: the marks of the weeks still to come are written as their registers
            # will write them. Progress is refreshed by the completions below.
            Attendance.objects.create(enrolment=enrolment, session=session, attended=True)
        else:
            attendance_mark(enrolment=enrolment, session=session, attended=True)
    required = Activity.objects.filter(module__lab=enrolment.cohort.lab, required=True)
    for activity in required.exclude(pk=getattr(leave, "pk", None)):
        completion_set(enrolment=enrolment, activity=activity, done=True, answer="Done.")


def ask_for_report(funder):
    from django.utils import timezone

    from cohorts.reports import report_filters, report_options
    from cohorts.reports.exports import report_export_request

    options = report_options(user=funder, today=timezone.localdate())
    filters = report_filters(options=options, data={})
    export, _created = report_export_request(
        user=funder, filters=filters, format="csv", token=uuid.uuid4()
    )
    return export


def queue_lengths(redis) -> dict[str, int]:
    return {queue: int(redis.cli("-n", "0", "LLEN", queue) or 0) for queue in ("celery", "pdf")}


def wait_until_done(export, certified, nudged, *, timeout: float = 90):
    from cohorts.models import Certificate, Nudge, NudgeStatus, ReportExport, ReportStatus

    def done():
        return (
            ReportExport.objects.filter(pk=export.pk, status=ReportStatus.READY).exists()
            and Certificate.objects.filter(enrolment=certified, emailed_at__isnull=False)
            .exclude(pdf="")
            .exists()
            and Nudge.objects.filter(enrolment=nudged, week=2, status=NudgeStatus.SENT).exists()
        )

    wait_for(done, timeout=timeout, what="the report, the certificate and the nudge")


def assert_each_email_once(mailbox: Mailbox, address: str, subjects: dict[str, str]):
    """Exactly one message of each kind to `address`, each with its attachment."""
    for subject, content_type in subjects.items():
        found = mailbox.to(address, subject)
        assert len(found) == 1, (subject, [str(m["Subject"]) for m in mailbox.to(address)])
        kinds = [kind for _name, kind, _data in attachments(found[0])]
        assert content_type in kinds, (subject, kinds)


CERTIFICATE = {"certificate": "application/pdf"}
NUDGE = {"Week 2 of the": "text/calendar"}


# --- 1. A Redis restart between queueing and working -------------------------------------------


def test_queued_work_survives_a_redis_restart(services):
    from cohorts.models import Certificate, Nudge
    from cohorts.tasks import send_due_nudges

    cohort = make_cohort("restart")
    person = make_person("rhian.restart@cardiff.test")  # completes: a certificate
    other = make_person("rhodri.restart@cardiff.test")  # still at it: a nudge
    funder = make_person("funder.restart@infuse.test", role="funder")
    enrolment = enrol(cohort, person, invite=False)
    nudged = enrol(cohort, other, invite=False)

    # Queued with no worker running: a report, a certificate (on completing), the nudges.
    export = ask_for_report(funder)
    complete(enrolment)
    send_due_nudges.delay(cohort_id=cohort.pk)
    queued = queue_lengths(services.redis)
    assert queued["celery"] >= 2 and queued["pdf"] >= 1, queued
    assert not Certificate.objects.filter(enrolment=enrolment).exists()
    assert not Nudge.objects.filter(enrolment=nudged).exists()

    services.redis.stop()
    services.redis.start()
    assert queue_lengths(services.redis) == queued  # the append-only file kept them

    mail_process, mail_port = start_mail_catcher(services.folder / "mail-restart")
    try:
        worker = services.worker(mail_port, "restart")
        wait_until_done(export, enrolment, nudged)
        mailbox = Mailbox(services.folder / "mail-restart")
        time.sleep(1)  # anything sent twice would have arrived by now
        assert_each_email_once(mailbox, person.email, CERTIFICATE)
        assert_each_email_once(mailbox, other.email, NUDGE)
        stop_process(worker)
    finally:
        stop_process(mail_process)


# --- 2. Redis comes back empty: the sweepers find the work and do it ----------------------------


def test_work_lost_with_redis_data_is_redone_by_the_sweepers(services):
    from django.utils import timezone

    from cohorts.messaging import nudges
    from cohorts.models import Certificate, EnrolmentEvent, Nudge, NudgeStatus, ReportExport
    from cohorts.tasks import (
        send_nudge_batch,
        sweep_certificates,
        sweep_nudges,
        sweep_report_exports,
    )

    cohort = make_cohort("lost")
    person = make_person("llinos.lost@cardiff.test")  # completes: a certificate
    other = make_person("lowri.lost@cardiff.test")  # still at it: a nudge
    funder = make_person("funder.lost@infuse.test", role="funder")
    enrolment = enrol(cohort, person, invite=False)
    nudged = enrol(cohort, other, invite=False)

    export = ask_for_report(funder)
    complete(enrolment)
    # The morning's run claimed the nudge and queued its sending, then Redis lost it all.
    for batch in nudges.send_due_nudges(cohort_id=cohort.pk):
        send_nudge_batch.delay(batch)
    assert Nudge.objects.get(enrolment=nudged).status == NudgeStatus.CLAIMED

    services.redis.lose_data()
    services.redis.start()
    assert queue_lengths(services.redis) == {"celery": 0, "pdf": 0}

    # Time passes: longer than each sweeper leaves a task to finish by itself.
    earlier = timezone.now() - dt.timedelta(hours=1)
    ReportExport.objects.filter(pk=export.pk).update(created_at=earlier)
    EnrolmentEvent.objects.filter(enrolment=enrolment).update(at=earlier)
    Nudge.objects.filter(enrolment=nudged).update(claimed_at=earlier)
    assert not Certificate.objects.filter(enrolment=enrolment).exists()

    mail_process, mail_port = start_mail_catcher(services.folder / "mail-lost")
    try:
        worker = services.worker(mail_port, "lost")
        # What beat runs every few minutes: each finds its lost work and queues it again.
        assert sweep_report_exports() == 1
        assert sweep_certificates() == 1
        assert sweep_nudges() == 1
        wait_until_done(export, enrolment, nudged)
        mailbox = Mailbox(services.folder / "mail-lost")
        time.sleep(1)
        assert_each_email_once(mailbox, person.email, CERTIFICATE)
        assert_each_email_once(mailbox, other.email, NUDGE)
        stop_process(worker)
    finally:
        stop_process(mail_process)


# --- 3. make stack: Ctrl-C stops every process -------------------------------------------------


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return True
    return state in ("Z", "X")  # a zombie has stopped; only its parent's reaping is left


def test_ctrl_c_on_make_stack_stops_every_process(services):
    folder = services.folder / "ctrl-c"
    port = free_port()
    env = {
        **services.env,
        "STACK_DIR": str(folder),
        "STACK_PORT": str(port),
        "STACK_SMTP_PORT": str(free_port()),
        "SITE_URL": f"http://127.0.0.1:{port}",
        "STACK_DEMO": "0",
        "PY": sys.executable,
    }
    run = subprocess.Popen(
        ["scripts/stack.sh", "run"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group, as a terminal's foreground job
    )
    try:
        names = ["mail", "web", "worker", "worker-pdf", "beat"]
        wait_for(
            lambda: (
                all((folder / f"{n}.pid").exists() for n in names)
                and port_open(port)
                and Browser(f"http://127.0.0.1:{port}").get("/readyz")[0] == 200
            ),
            timeout=90,
            what="make stack to be ready",
        )
        pids = [int((folder / f"{n}.pid").read_text()) for n in names]
        os.killpg(run.pid, signal.SIGINT)  # Ctrl-C reaches the whole foreground group
        output = run.communicate(timeout=90)[0].decode()
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
            subprocess.run(["scripts/stack.sh", "stop"], cwd=ROOT, env=env)
    assert run.returncode == 0, output
    assert "stack: stopped." in output
    wait_for(lambda: all(_gone(pid) for pid in pids), timeout=10, what="every process gone")
    assert not list(folder.glob("*.pid"))


# --- 4. End to end through the real processes, media in the bucket ----------------------------


def test_the_portal_runs_end_to_end_as_separate_processes_with_media_in_a_bucket(services, stack):
    from django.urls import reverse

    from cohorts.models import Certificate, Nudge, NudgeStatus, ReportExport, ReportStatus
    from labs.models import Activity, ActivityKind

    cohort = make_cohort("end to end")
    person = make_person("elin.e2e@cardiff.test")
    funder = make_person("funder.e2e@infuse.test", role="funder")

    # The invitation, sent by the worker once the enrolment commits.
    enrolment = enrol(cohort, person, invite=True)
    invitation = stack.mail.wait_for(person.email, "Your place on the Infuse")
    assert "text/calendar" in [kind for _n, kind, _d in attachments(invitation)]

    # The week's nudge, sent because beat ran the morning's task (every 5 s here).
    stack.mail.wait_for(person.email, "Week 2 of the", timeout=60)
    assert Nudge.objects.get(enrolment=enrolment, week=2).status == NudgeStatus.SENT

    # Completion: the last activity ticked through the web process.
    last = Activity.objects.filter(
        module__lab=cohort.lab, module__number=2, required=True, kind=ActivityKind.CHECKOFF
    ).first()
    complete(enrolment, leave=last)
    participant = Browser(stack.base)
    participant.sign_in(person.email, PASSWORD)
    status, _h, body = participant.post(
        reverse("activity_submit", kwargs={"pk": enrolment.pk, "activity_pk": last.pk}),
        {"done": "1"},
    )
    assert status == 302, body[:2000]

    # The certificate: built by the PDF worker into the bucket, emailed, and downloaded from the
    # web process, which reads it back from the bucket.
    message = stack.mail.wait_for(person.email, "certificate", timeout=90)
    (name, kind, attached) = attachments(message)[0]
    assert kind == "application/pdf" and attached.startswith(b"%PDF")
    certificate = Certificate.objects.get(enrolment=enrolment)
    assert certificate.pdf.name in services.bucket_keys()
    assert services.bucket_object(certificate.pdf.name) == attached
    assert not list((services.folder / "local-media").rglob("*.pdf"))  # nothing on local disk
    status, headers, downloaded = participant.get(
        reverse("certificate_download", kwargs={"pk": certificate.pk})
    )
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    assert downloaded == attached
    text = subprocess.run(
        ["pdftotext", "-", "-"], input=downloaded, capture_output=True, check=True
    ).stdout.decode()
    assert "Elin E2E" in text and certificate.code in text

    # A report download, asked for on the web, built by the worker, served from the bucket.
    reader = Browser(stack.base)
    reader.sign_in(funder.email, PASSWORD)
    status, headers, _b = reader.post(
        reverse("report_export_create"), {"format": "csv", "create_token": str(uuid.uuid4())}
    )
    assert status == 302
    export = ReportExport.objects.get(requested_by=funder)
    wait_for(
        lambda: ReportExport.objects.filter(pk=export.pk, status=ReportStatus.READY).exists(),
        timeout=60,
        what="the report download",
    )
    export.refresh_from_db()
    assert export.file.name in services.bucket_keys()
    status, headers, content = reader.get(
        reverse("report_export_download", kwargs={"pk": export.pk})
    )
    assert status == 200
    assert content == services.bucket_object(export.file.name)
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    assert len(rows) > 1 and any("Data" in cell for row in rows for cell in row)

    # Beat has run many times meanwhile: still one of each email.
    time.sleep(6)
    assert_each_email_once(
        stack.mail,
        person.email,
        {"Your place on the Infuse": "text/calendar", **NUDGE, **CERTIFICATE},
    )

    # /readyz names Redis while it is down, and is ready again when it is back.
    ready = Browser(stack.base)
    assert ready.get("/readyz")[0] == 200
    services.redis.stop()
    try:
        status, _h, body = ready.get("/readyz")
        assert status == 503 and b'"missing": ["redis"]' in body
        assert ready.get("/healthz")[0] == 200
    finally:
        services.redis.start()
    wait_for(lambda: ready.get("/readyz")[0] == 200, timeout=60, what="ready again")
