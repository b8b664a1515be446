"""Dutch month and weekday names, shared by the date grammar and the rule texts.

A module of its own so that commands which only render rule texts (``explain``) do
not pay for compiling the date grammar (``smartlint.checks.timeexpr``).
"""

MONTH_NAMES = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
    "september", "oktober", "november", "december",
)
WEEKDAY_NAMES = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
# Abbreviations of notes and chat ("vr 8 jan"), in the same order.
WEEKDAY_ABBREVIATIONS = ("ma", "di", "wo", "do", "vr", "za", "zo")
