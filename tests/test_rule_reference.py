"""docs/rules.md is generated from the packs and must not drift from them."""

from __future__ import annotations

from pathlib import Path

from smartlint.packs import load_packs
from smartlint.rule_reference import render_markdown

DOC = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def test_every_rule_has_a_section_with_why_and_example():
    text = render_markdown(load_packs())
    for rule in load_packs():
        assert f"### {rule.id}\n" in text
    assert text.count("**Why.**") == len(load_packs())


def test_docs_rules_md_is_up_to_date():
    assert DOC.read_text(encoding="utf-8") == render_markdown(load_packs()), (
        "docs/rules.md is stale: run `python -m smartlint.rule_reference > docs/rules.md`"
    )
