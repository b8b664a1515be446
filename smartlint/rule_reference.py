"""The rule reference (docs/rules.md), generated from the YAML packs.

    python -m smartlint.rule_reference > docs/rules.md

Like ruff's rule pages: per rule its stable id, category, severity, message, why,
a bad example and what to write instead.  A test keeps docs/rules.md in step with
the packs, so the reference never drifts from what the linter does.
"""

from __future__ import annotations

from itertools import groupby

from smartlint.findings import CATEGORIES
from smartlint.packs import Rule, load_packs
from smartlint.report import generic_message
from smartlint.text_dates import fill_dates


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def render_markdown(rules: list[Rule]) -> str:
    out = [
        "# Rule reference",
        "",
        "Generated from the packs in `rules/` by `python -m smartlint.rule_reference`;",
        "do not edit by hand. `smartlint explain RULE_ID` prints the same in the terminal.",
        "A date written as \"maandag ‹datum›\" is filled in when smartlint runs: the first such",
        "weekday after the date a message is checked on.",
        "",
        "| id | category | severity | pack | message |",
        "| --- | --- | --- | --- | --- |",
    ]
    ordered = sorted(rules, key=lambda r: (CATEGORIES.index(r.category), r.pack, r.id))
    for rule in ordered:
        message = generic_message(_one_line(rule.message)).replace("|", "\\|")
        out.append(f"| [`{rule.id}`](#{rule.id}) | {rule.category} | {rule.severity} | {rule.pack} | {message} |")
    for category, group in groupby(ordered, key=lambda r: r.category):
        out += ["", f"## {category}"]
        for rule in group:
            out += ["", f"### {rule.id}", ""]
            out.append(f"*{rule.severity}* · pack `{rule.pack}` · contexts: {', '.join(rule.contexts)}")
            out += ["", generic_message(_one_line(rule.message)), "", f"**Why.** {_one_line(rule.why)}"]
            if rule.example:
                out += ["", f"**Flagged:** {_one_line(rule.example)}"]
            if rule.use_instead:
                out += ["", f"**Write instead:** {_one_line(fill_dates(rule.use_instead, None))}"]
            if rule.suggestion:
                suggestion = generic_message(_one_line(fill_dates(rule.suggestion, None)))
                out += ["", f"**Suggestion shown:** {suggestion}"]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    print(render_markdown(load_packs()), end="")
