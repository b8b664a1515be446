"""A promise and its who, what and when; how coordinated promises share them.

:func:`smartlint.checks.promises.find_promises` builds these; the SMART checks
report the parts that are not ``ok``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass


@dataclass(frozen=True)
class Part:
    """The who, what or when of a promise: a status and the characters to report."""

    status: str  # "concrete" | "vague" | "missing" | "unknown" (undecidable: not flagged)
    start: int = 0
    end: int = 0
    detail: str = ""  # who: actor | passive | agent | receive | follows | owner; when: meeting

    @property
    def ok(self) -> bool:
        return self.status in ("concrete", "unknown")


DONE = Part("concrete")


@dataclass(frozen=True)
class Promise:
    start: int  # characters of the clause with its subclauses
    end: int
    who: Part
    what: Part
    when: Part
    model_wording: bool = False  # the incident protocol's own wording, or a field line
    coordinated: bool = False  # shares the previous clause's subject ("..., en sturen u")
    joined: bool = False  # opened by "en"/"maar", with a subject of its own ("... en u ontvangt")
    action_item: bool = False  # a note's "Actie Erik: ..." line
    meeting: bool = False  # a note's "Volgende meeting ..." line
    field_line: bool = False  # a label and its value: "Volgende update: zodra er meer bekend is"
    ongoing: bool = False  # work in progress in the present: "We werken aan het herstel"
    # a task on a list headed for the reader ("To do voor jou:"): a request to him, no
    # promise of ours; it only keeps the line's sentence from being read as one
    readers_task: bool = False

    @property
    def complete(self) -> bool:
        return self.model_wording or (self.who.ok and self.what.ok and self.when.ok)


def share_when(promises: list[Promise]) -> list[Promise]:
    """Coordinated clauses share a concrete moment: "Wij vervangen de accu en
    sturen de laptop uiterlijk vrijdag 4 december terug"."""
    groups: list[list[int]] = []
    for k, promise in enumerate(promises):
        if promise.coordinated and groups:
            groups[-1].append(k)
        else:
            groups.append([k])
    out = list(promises)
    for group in groups:
        # a concrete moment first; else the vague one, which then is reported once, on
        # its own words ("bekijkt het en neemt zo snel mogelijk contact op": not also
        # a moment missing on "bekijkt")
        shared = next((promises[k].when for k in group if promises[k].when.status == "concrete"), None) \
            or next((promises[k].when for k in group if promises[k].when.status == "vague"), None)
        for k in group:
            if shared is not None and promises[k].when.status == "missing":
                out[k] = dataclasses.replace(promises[k], when=shared)
    return out


def share_what(promises: list[Promise]) -> list[Promise]:
    """An activity on the way to a complete promise of the same actor is no vague
    promise: "De commissie beoordeelt uw bezwaar en stuurt u uiterlijk 15 januari
    een uitspraak".  Without such a sibling it stays vague ("Wij buigen ons over uw
    vraag en laten u nader weten ...": no moment).  So is one whose result the reader
    then receives at a moment: "Uw aanvraag wordt dinsdag 24 november beoordeeld en u
    ontvangt dezelfde dag per e-mail het besluit" (not "... en u ontvangt spoedig een
    reactie").  Not an empty activity (``empty_actions``: "Frank neemt uw melding mee in
    het overleg en belt u morgen", "Sem pakt je melding op en belt je om 11.00 uur"):
    writers of paraphrases88-104 report it beside the step that follows in 9 texts."""
    out = list(promises)
    for k, promise in enumerate(promises):
        if promise.what.status != "vague" or promise.what.detail == "empty":
            continue
        group = [promise]
        for other in promises[k + 1:]:
            if not (other.coordinated or other.joined and other.who.detail == "receive"):
                break
            group.append(other)
        if any(p is not promise and p.what.status == "concrete"
               and (p.complete or p.who.detail == "receive" and p.when.status == "concrete") for p in group):
            out[k] = dataclasses.replace(promise, what=DONE)
    return out


def covered_ongoing_work(promises: list[Promise]) -> list[Promise]:
    """Work in progress beside a complete promise is a description of meanwhile: "We
    werken aan het herstel; Kevin mailt u om 13.30 uur de volgende update" (the
    handbook's model when the outcome is unknown), and so it is beside a timed update
    whose sender is vague ("De uitval wordt onderzocht. Wij laten u om 15.00 uur weten
    hoe het ervoor staat": that update's own who is reported). Alone it stays a vague
    promise ("Onze ICT-afdeling werkt aan een oplossing.")."""
    if not any((p.complete or p.when.ok and p.what.ok) and not p.ongoing for p in promises):
        return promises
    return [p for p in promises if not p.ongoing]
