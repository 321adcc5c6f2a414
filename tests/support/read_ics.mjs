// Reads an iCalendar file on stdin with Mozilla's ical.js (as Thunderbird does) and prints, for
// every VEVENT, its UID and its start as ical.js understands it: the wall-clock time in the
// event's zone and the moment in UTC, worked out from the file's own VTIMEZONE blocks.
import { readFileSync } from "node:fs";
import ICAL from "../vendor/ical.js/ical.js";

const calendar = new ICAL.Component(ICAL.parse(readFileSync(0, "utf8")));
for (const zone of calendar.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(zone);
}
const events = calendar.getAllSubcomponents("vevent").map((component) => {
  const event = new ICAL.Event(component);
  return {
    uid: event.uid,
    zone: event.startDate.zone.tzid,
    local: event.startDate.toString(),
    utc: new Date(event.startDate.toUnixTime() * 1000).toISOString(),
  };
});
process.stdout.write(JSON.stringify(events));
