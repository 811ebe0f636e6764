#!/usr/bin/env python3
"""Writes the infeasible variants of the samples that `cadre explain` is tested on (issue 15).

Each variant is one edit of a sample, named for what it breaks. Run from the repository root:
    python3 Tests/cli-fixtures/explain/make-variants.py
"""
import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SMALL = json.load(open("Samples/small-ab-week.json"))
GREEN = json.load(open("Samples/green-dot-secondary.json"))
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri"]


def lesson(s, lid):
    return next(l for l in s["lessons"] if l["id"] == lid)


def teacher(s, tid):
    return next(t for t in s["teachers"] if t["id"] == tid)


def variant(name, base, edit):
    s = copy.deepcopy(base)
    s["name"] = s["name"] + " (" + name + ")"
    edit(s)
    with open(os.path.join(HERE, name + ".json"), "w") as f:
        json.dump(s, f, indent=2)
        f.write("\n")


def max_per_week(s):
    # T12 teaches 12 periods a cycle; maxPerWeek 5 allows 10 in the A/B cycle.
    teacher(s, "T12")["maxPerWeek"] = 5


def class_over_cycle(s):
    # 6A needs 52 periods; nine more social studies make 61 in a 60-slot cycle.
    lesson(s, "6A-social-studies")["meetings"] = 16


def shared_home_room(s):
    next(c for c in s["classes"] if c["id"] == "6B")["homeRoom"] = "R101"


def one_lab(s):
    for l in s["lessons"]:
        if l["subject"] in ("math", "science"):
            l["roomKind"] = "lab"


def pinned_lab_clash(s):
    lesson(s, "6A-science-lab")["pinned"] = [{"week": "A", "day": "Tue", "period": "P1"}]
    lesson(s, "7A-science-lab")["pinned"] = [{"week": "A", "day": "Tue", "period": "P1"}]


def lead_pins_cover_member(s):
    # Team Lead Uma Patel (T03) leads Hugo Thomas (T12, computer science). Every T12 lesson
    # is pinned, and each of those slots also holds one of Uma's pinned math lessons.
    slots = [("Mon", "P1"), ("Mon", "P2"), ("Tue", "P1"), ("Tue", "P2"), ("Wed", "P1"),
             ("Wed", "P2")]
    member = ["6A", "6B", "7A", "7B", "8A", "8B"]
    lead = {"6A": "6B-math", "6B": "7B-math", "7A": "8A-math", "7B": "6B-math",
            "8A": "7B-math", "8B": "6B-math"}
    for l in s["lessons"]:
        if l["id"].endswith("computer-science"):
            l["pinned"] = []
    for week in ("A", "B"):
        for (day, period), cls in zip(slots, member):
            ref = {"week": week, "day": day, "period": period}
            lesson(s, cls + "-computer-science")["pinned"].append(ref)
            lesson(s, lead[cls]).setdefault("pinned", []).append(ref)


def teacher_away(s):
    # Nadia King (T07) teaches 42 periods of social studies and is away Mondays and Tuesdays.
    teacher(s, "T07")["unavailable"] = [
        {"day": d, "period": p} for d in ("Mon", "Tue")
        for p in ("P1", "P2", "P3", "P4", "P5", "P6")]


def lab_unavailable(s):
    room = next(r for r in s["rooms"] if r["id"] == "LAB1")
    room["unavailable"] = [
        {"day": d, "period": p} for d in DAYS for p in ("P1", "P2", "P3", "P4", "P5")]


def huddles(s):
    s["policy"]["huddlesPerWeek"] = 20


def ap_one_period(s):
    # Assistant Principal Luis Ortega is free only Monday P3.
    ap = next(l for l in s["leadership"]["leaders"] if l["id"] == "L-AP1")
    ap["unavailable"] = [
        {"day": d, "period": "P%d" % p} for d in DAYS for p in range(1, 8)
        if (d, p) != ("Mon", 3)]


def lesson_no_common_slot(s):
    # Not a counting case: T12 works only P1 and P2, class 8B is away every P1 and P2 (and has
    # two courses fewer), so 8B's computer science has no slot. Only search finds the set.
    teacher(s, "T12")["unavailable"] = [
        {"day": d, "period": p} for d in DAYS for p in ("P3", "P4", "P5", "P6")]
    lesson(s, "6A-computer-science")["pinned"] = []
    next(c for c in s["classes"] if c["id"] == "8B")["unavailable"] = [
        {"day": d, "period": p} for d in DAYS for p in ("P1", "P2")]
    s["lessons"] = [l for l in s["lessons"]
                    if l["id"] not in ("8B-world-language", "8B-social-studies")]


variant("teacher-max-per-week", SMALL, max_per_week)
variant("class-over-cycle", SMALL, class_over_cycle)
variant("shared-home-room", SMALL, shared_home_room)
variant("one-lab", SMALL, one_lab)
variant("pinned-lab-clash", SMALL, pinned_lab_clash)
variant("lead-pins-cover-member", SMALL, lead_pins_cover_member)
variant("teacher-away", SMALL, teacher_away)
variant("lab-unavailable", SMALL, lab_unavailable)
variant("too-many-huddles", SMALL, huddles)
variant("ap-one-period", GREEN, ap_one_period)
variant("search-lesson-no-common-slot", SMALL, lesson_no_common_slot)
