"""Deciding whether a text is written during an incident (``--context auto``).

The incident protocol has its own rules (no time estimates, no explanations of
the cause), so a text counts as an incident message when it speaks of a storing,
uitval, outage, P1 and the like.  Plain regular expressions over the text: this
runs before (and without) the parse.
"""

from __future__ import annotations

import re

CONTEXT_CHOICES = ("auto", "normal", "incident")

# Whole words, case-insensitive.  "storing" also matches "storingen",
# "verstoring", "netwerkstoring"; "P1" only as a word of its own.
_INCIDENT = re.compile(
    r"(?i)(?<!\w)(?:"
    r"\w*storing(?:en)?"
    r"|\w*uitval|uitgevallen"
    r"|incident(?:en)?|major\s+incident|outage|downtime"
    # a status message's own name: "Storingsupdate 10.40 uur", "Incidentmelding klantportaal"
    # (not "storingsvrij", "storingsnummer": no outage)
    r"|(?:storings|incident)(?:update|melding|bericht|status)\w*"
    r"|(?:ligt|liggen|lag|lagen)\s+(?:[\w.:]+\s+){0,4}?(?:plat|eruit)"
    r"|plat\s*gelegd|platgelegd"
    r"|(?:is|zijn)\s+(?:helemaal\s+|volledig\s+)?down"
    r"|kritie?ke?\s+(?:probleem|problemen|fout|storing)|kritische?\s+(?:probleem|problemen|fout)"
    r"|p-?1|prio(?:riteit)?\s*-?\s*1|priority\s*1|sev(?:erity)?\s*-?\s*1"
    r")(?!\w)"
)


def is_incident_text(text: str) -> bool:
    return _INCIDENT.search(text) is not None


def resolve_context(setting: str, text: str) -> str:
    """'normal' or 'incident' for one segment, given the ``context`` setting."""
    if setting == "auto":
        return "incident" if is_incident_text(text) else "normal"
    if setting not in ("normal", "incident"):
        raise ValueError(f"unknown context {setting!r} (expected one of {', '.join(CONTEXT_CHOICES)})")
    return setting
