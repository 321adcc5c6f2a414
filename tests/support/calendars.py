"""Read an .ics file as three calendar programs nobody on the project wrote would: `icalendar`,
`vobject`, and Mozilla's ical.js (Thunderbird's parser, vendored under tests/vendor and run with
Node). Each answers {uid: the event's start as a moment in UTC}, worked out from the file."""

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import icalendar
import vobject

READ_ICS = Path(__file__).with_name("read_ics.mjs")


def _bytes(body: bytes | str) -> bytes:
    # Django keeps a text/* attachment as str.
    return body.encode("utf-8") if isinstance(body, str) else body


def starts_icalendar(body: bytes | str) -> dict[str, dt.datetime]:
    calendar = icalendar.Calendar.from_ical(_bytes(body))
    return {
        str(event["UID"]): event.decoded("DTSTART").astimezone(dt.UTC)
        for event in calendar.walk("VEVENT")
    }


def starts_vobject(body: bytes | str) -> dict[str, dt.datetime]:
    calendar = vobject.readOne(_bytes(body).decode("utf-8"))
    return {
        event.uid.value: event.dtstart.value.astimezone(dt.UTC)
        for event in calendar.contents.get("vevent", [])
    }


def starts_icaljs(body: bytes | str) -> dict[str, dt.datetime]:
    node = shutil.which("node")
    assert node, "Node is needed to run ical.js (the front-end build uses it too)"
    result = subprocess.run(
        [node, str(READ_ICS)], input=_bytes(body), capture_output=True, check=True, timeout=60
    )
    return {
        event["uid"]: dt.datetime.fromisoformat(event["utc"].replace("Z", "+00:00"))
        for event in json.loads(result.stdout)
    }


READERS = {"icalendar": starts_icalendar, "vobject": starts_vobject, "ical.js": starts_icaljs}
