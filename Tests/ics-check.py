#!/usr/bin/env python3
"""Check Cadre's iCalendar files against the calendar.json they were made from.

Usage: python3 Tests/ics-check.py CALENDAR_JSON ICS_DIR [SCHOOL_JSON SCHEDULE_JSON]

Parses every .ics file under ICS_DIR with a real iCalendar parser (the `icalendar` package,
with python-dateutil for recurrence rules), expands every VEVENT (RRULE and RDATE, minus
EXDATE) and checks that its occurrences are exactly the events of calendar.json
(cadre-calendar/1) that the file should hold, by date, start time, end time and kind:

  school.ics              every event
  leaders/<name>.ics      the events whose "leader" is the file's X-CADRE-LEADER
  teachers/<name>.ics     the events whose "teachers" include the file's X-CADRE-TEACHER,
                          except spot observations when SCHOOL_JSON's
                          policy.announceSpotObservations is false (unannounced visits)

With SCHOOL_JSON and SCHEDULE_JSON, each teacher file must also hold that teacher's lessons
(X-CADRE-KIND "lesson"): every placed meeting of schedule.json on every school day of the year
that runs its cycle day, computed here from docs/CALENDAR.md's "School days" (weekday-mapped
or rotating cycle, closures, firstCycleWeek), from the start of its period to the end of its
last period (double lessons), with the room's name (or id) as LOCATION. So the count of
occurrences is the year's weeks of that cycle day minus the closed ones, checked date by date.
Coaching events have no LOCATION.

It also checks what a parser may forgive: CRLF line ends, physical lines of at most 75
octets that are each valid UTF-8 (no multi-byte character split by folding), PRODID and
VERSION:2.0, a VTIMEZONE for every TZID used, the properties every VEVENT must have, unique
UIDs, and that the VTIMEZONE gives each occurrence the same UTC offset as the system's zone
database. Finally every leader and teacher named in calendar.json must have a file.

Prints one line per file ("ok" or "FAIL" with the differences) and exits 1 on any mismatch,
2 on a usage error or a missing package (`pip install icalendar`), 0 otherwise.
"""
import collections
import datetime
import json
import pathlib
import sys

try:
    import icalendar
    from dateutil import rrule
except ImportError:
    print("ics-check: needs the python packages 'icalendar' and 'python-dateutil' "
          "(pip install icalendar)", file=sys.stderr)
    sys.exit(2)

try:
    from zoneinfo import ZoneInfo
except ImportError:  # Python < 3.9: skip the zone database comparison.
    ZoneInfo = None

REQUIRED = ["UID", "DTSTAMP", "DTSTART", "SUMMARY", "DESCRIPTION", "ATTENDEE"]
SHOWN = 5


def lexical_problems(raw):
    """Line ends, folding width and UTF-8 validity, on the raw octets."""
    problems = []
    if b"\n" in raw.replace(b"\r\n", b""):
        problems.append("a line ends without CR")
    if not raw.endswith(b"\r\n"):
        problems.append("the last line has no CRLF")
    for number, line in enumerate(raw.split(b"\r\n"), 1):
        if len(line) > 75:
            problems.append(f"line {number} has {len(line)} octets (more than 75)")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"line {number} is not valid UTF-8 on its own (a folded character?)")
    return problems


def as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def dates_of(prop):
    """The datetimes of an EXDATE or RDATE property (one value or a list of them)."""
    out = []
    for p in as_list(prop):
        out.extend(v.dt for v in p.dts)
    return out


def offset(delta):
    minutes = int(delta.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def hhmm(dt):
    return f"{dt.hour:02d}:{dt.minute:02d}"


def occurrences(event):
    """Every start of a VEVENT as an aware (or floating) datetime, and its wall-clock length."""
    start = event.decoded("DTSTART")
    if not isinstance(start, datetime.datetime):
        raise ValueError(f"DTSTART is a date, not a date-time: {start}")
    end = event.decoded("DTEND") if "DTEND" in event else start
    length = end.replace(tzinfo=None) - start.replace(tzinfo=None)
    if "RRULE" not in event and "RDATE" not in event:
        return [start], length
    rset = rrule.rruleset()
    for rule in as_list(event.get("RRULE")):
        rset.rrule(rrule.rrulestr(rule.to_ical().decode(), dtstart=start))
    rset.rdate(start)
    for d in dates_of(event.get("RDATE")):
        rset.rdate(d)
    for d in dates_of(event.get("EXDATE")):
        rset.exdate(d)
    return list(rset), length


def zones(calendar):
    """TZID -> tzinfo built from the file's own VTIMEZONE (not looked up by name)."""
    out = {}
    for vtz in calendar.walk("VTIMEZONE"):
        tzid = str(vtz["TZID"])
        out[tzid] = vtz.to_tz(lookup_tzid=False)
    return out


def used_tzids(event):
    out = set()
    for name in ("DTSTART", "DTEND", "EXDATE", "RDATE"):
        for prop in as_list(event.get(name)):
            tzid = prop.params.get("TZID")
            if tzid:
                out.add(str(tzid))
    return out


DAY_NAMES = [
    ["mon", "monday", "m", "mo"],
    ["tue", "tues", "tuesday", "t", "tu"],
    ["wed", "wednesday", "w", "we"],
    ["thu", "thur", "thurs", "thursday", "th", "r"],
    ["fri", "friday", "f", "fr"],
    ["sat", "saturday", "sa"],
    ["sun", "sunday", "su", "u"],
]


def school_days(school):
    """(date, cycle week index, cycle day index) of every school day, per docs/CALENDAR.md."""
    cycle, year = school["cycle"], school.get("year")
    if not year:
        return []
    weeks, days = cycle.get("weeks", ["A"]), cycle["days"]
    first = datetime.date.fromisoformat(year["firstDay"])
    last = datetime.date.fromisoformat(year["lastDay"])
    closures = [(datetime.date.fromisoformat(c["from"]), datetime.date.fromisoformat(c["to"]))
                for c in year.get("closures", [])]
    f = weeks.index(year["firstCycleWeek"]) if "firstCycleWeek" in year else 0
    mapped = [next((w for w, names in enumerate(DAY_NAMES) if d.strip().lower() in names), None)
              for d in days]
    weekday_mapped = None not in mapped and len(set(mapped)) == len(mapped)
    monday0 = first - datetime.timedelta(days=first.weekday())
    out, n, date = [], 0, first
    while date <= last:
        if not any(a <= date <= b for a, b in closures):
            if weekday_mapped:
                if date.weekday() in mapped:
                    k = ((date - datetime.timedelta(days=date.weekday())) - monday0).days // 7
                    out.append((date, (f + k) % len(weeks), mapped.index(date.weekday())))
            elif date.weekday() < 5:
                q = (f * len(days) + n) % (len(weeks) * len(days))
                out.append((date, q // len(days), q % len(days)))
                n += 1
        date += datetime.timedelta(days=1)
    return out


def expected_lessons(school, schedule):
    """teacher id -> [(date, start, end, "lesson", location)] of their placed meetings."""
    cycle = school["cycle"]
    weeks, days = cycle.get("weeks", ["A"]), cycle["days"]
    periods = [p["name"] for p in cycle["periods"]]
    lessons = {}
    for lesson in school["lessons"]:
        lessons.setdefault(lesson["id"], lesson)
    rooms = {}
    for r in school.get("rooms", []):
        rooms.setdefault(r["id"], r.get("name") or r["id"])
    by_day = collections.defaultdict(list)
    for date, w, d in school_days(school):
        by_day[(w, d)].append(date)
    out = collections.defaultdict(list)
    for m in schedule["meetings"]:
        if "teacher" not in m or "day" not in m or m["lesson"] not in lessons:
            continue
        week = m.get("week", weeks[0] if len(weeks) == 1 else None)
        if week not in weeks or m["day"] not in days or m["period"] not in periods:
            continue
        p = periods.index(m["period"])
        q = min(len(periods) - 1, p + max(1, lessons[m["lesson"]].get("duration", 1)) - 1)
        start, end = cycle["periods"][p]["start"], cycle["periods"][q]["end"]
        location = rooms.get(m["room"], m["room"]) if m.get("room") else ""
        for date in by_day[(weeks.index(week), days.index(m["day"]))]:
            out[m["teacher"]].append((date.isoformat(), start, end, "lesson", location))
    return out


def check_file(rel, raw, expected_of, with_lessons=True):
    """Problems found in one file, and a short summary for the ok line."""
    problems = lexical_problems(raw)
    try:
        calendar = icalendar.Calendar.from_ical(raw)
    except Exception as e:  # noqa: BLE001 - any parser failure is a finding
        return problems + [f"does not parse: {e}"], ""
    if str(calendar.get("VERSION", "")) != "2.0":
        problems.append("VERSION is not 2.0")
    if not str(calendar.get("PRODID", "")):
        problems.append("no PRODID")
    scope = expected_of(rel, calendar)
    if scope is None:
        return problems + ["not a school, leader or teacher file"], ""
    label, expected = scope
    tz_of_file = zones(calendar)
    got = collections.Counter()
    uids = collections.Counter()
    vevents = calendar.walk("VEVENT")
    for event in vevents:
        uid = str(event.get("UID", ""))
        uids[uid] += 1
        missing = [p for p in REQUIRED if p not in event]
        if missing:
            problems.append(f"VEVENT {uid or '?'} lacks {', '.join(missing)}")
        for tzid in sorted(used_tzids(event) - set(tz_of_file)):
            problems.append(f"VEVENT {uid}: TZID {tzid} has no VTIMEZONE")
        try:
            starts, length = occurrences(event)
        except Exception as e:  # noqa: BLE001
            problems.append(f"VEVENT {uid}: cannot expand: {e}")
            continue
        kind = str(event.get("X-CADRE-KIND", "?"))
        if kind == "lesson" and not with_lessons:
            continue  # lessons are checked only against a school and schedule
        tzid = str(event["DTSTART"].params.get("TZID", "")) if "DTSTART" in event else ""
        for s in starts:
            wall = s.replace(tzinfo=None)
            location = str(event.get("LOCATION", ""))
            got[(wall.date().isoformat(), hhmm(wall), hhmm(wall + length), kind, location)] += 1
            if tzid in tz_of_file and ZoneInfo is not None:
                try:
                    system = wall.replace(tzinfo=ZoneInfo(tzid)).utcoffset()
                except Exception:  # noqa: BLE001 - zone unknown to this system
                    system = None
                own = wall.replace(tzinfo=tz_of_file[tzid]).utcoffset()
                if system is not None and own != system:
                    problems.append(
                        f"VEVENT {uid} at {wall}: VTIMEZONE gives UTC{offset(own)}, zone "
                        f"database UTC{offset(system)}")
    for uid, n in sorted(uids.items()):
        if n > 1:
            problems.append(f"UID {uid} appears {n} times")
    want = collections.Counter(
        e if isinstance(e, tuple) else (e["date"], e["start"], e["end"], e["kind"], "")
        for e in expected)
    if got != want:
        missing = sorted((want - got).elements())
        extra = sorted((got - want).elements())
        problems.append(
            f"{label}: expected {sum(want.values())} events, got {sum(got.values())}"
            + (f"; missing {missing[:SHOWN]}" if missing else "")
            + (f"; unexpected {extra[:SHOWN]}" if extra else ""))
    return problems, f"{label}: {sum(got.values())} events in {len(vevents)} VEVENTs"


def main(argv):
    if len(argv) not in (3, 5):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    calendar_path, ics_dir = pathlib.Path(argv[1]), pathlib.Path(argv[2])
    lessons = {}
    announce = True
    if len(argv) == 5:
        try:
            school = json.loads(pathlib.Path(argv[3]).read_text(encoding="utf-8"))
            schedule = json.loads(pathlib.Path(argv[4]).read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            print(f"ics-check: cannot read the school or schedule: {e}", file=sys.stderr)
            return 2
        lessons = expected_lessons(school, schedule)
        announce = school.get("policy", {}).get("announceSpotObservations", True) is not False
    try:
        calendar_json = json.loads(calendar_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        print(f"ics-check: cannot read {calendar_path}: {e}", file=sys.stderr)
        return 2
    if calendar_json.get("format") != "cadre-calendar/1":
        print(f"ics-check: {calendar_path} is not cadre-calendar/1", file=sys.stderr)
        return 2
    events = calendar_json.get("events", [])
    if not ics_dir.is_dir():
        print(f"ics-check: {ics_dir} is not a directory", file=sys.stderr)
        return 2

    seen = {"school": set(), "leader": set(), "teacher": set()}

    def expected_of(rel, calendar):
        parts = rel.parts
        if parts == ("school.ics",):
            seen["school"].add("")
            return "school", events
        if len(parts) == 2 and parts[0] in ("leaders", "teachers"):
            kind = parts[0][:-1]
            who = str(calendar.get(f"X-CADRE-{kind.upper()}", pathlib.Path(parts[1]).stem))
            seen[kind].add(who)
            if kind == "leader":
                return f"leader {who}", [e for e in events if e.get("leader") == who]
            own = [e for e in events if who in e.get("teachers", [])
                   and (announce or e.get("kind") != "spot")]
            return f"teacher {who}", own + lessons.get(who, [])
        return None

    failed = False
    files = sorted(ics_dir.rglob("*.ics"))
    for path in files:
        rel = path.relative_to(ics_dir)
        problems, summary = check_file(rel, path.read_bytes(), expected_of, bool(lessons))
        if problems:
            failed = True
            print(f"FAIL {rel}")
            for p in problems:
                print(f"     {p}")
        else:
            print(f"ok   {rel}: {summary}")
    leaders = sorted({e["leader"] for e in events if "leader" in e})
    teachers = sorted({t for e in events for t in e.get("teachers", [])} | set(lessons))
    absent = (["school.ics"] if not seen["school"] else []) \
        + [f"leader {x}" for x in leaders if x not in seen["leader"]] \
        + [f"teacher {x}" for x in teachers if x not in seen["teacher"]]
    if absent:
        failed = True
        print(f"FAIL no file for: {', '.join(absent)}")
    taught = sum(len(v) for v in lessons.values())
    print(f"{len(files)} files, {len(events)} events in {calendar_path.name}"
          + (f", {taught} lesson occurrences of {len(lessons)} teachers" if lessons else "") + ": "
          + ("FAILED" if failed else "all match"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
