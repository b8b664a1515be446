"""An unrealistic promise is reported once: the who/what/when rules of its sentence
yield to it (``yields_in_sentence_to`` in rules/smart.yaml)."""

import pytest

from lint_helpers import draft_rules
from smartlint.errors import PackError
from smartlint.packs import parse_pack


def test_the_who_and_when_of_a_guarantee_yield_to_it(nov22_linter):
    rules = draft_rules(nov22_linter, "Wij zorgen ervoor dat dit nooit meer gebeurt.")
    assert "promise-absolute" in rules
    assert not {"promise-who", "promise-what", "promise-when"} & set(rules)
    rules = draft_rules(nov22_linter, "Onze monteurs lossen dit gegarandeerd op.")
    assert "promise-absolute" in rules and "promise-when" not in rules


def test_another_sentence_keeps_its_who_and_when(nov22_linter):
    # the yield is bound to the sentence: the next promise still needs its moment
    rules = draft_rules(nov22_linter, "Wij lossen al uw problemen op. We bellen u terug.")
    assert "promise-absolute" in rules and "promise-when" in rules
    # ... and without the guarantee the same promise is reported as before
    assert "promise-when" in draft_rules(nov22_linter, "Wij lossen uw probleem op.")


def test_a_pack_names_only_categories_to_yield_to():
    import yaml

    text = """
pack: {name: t, description: t, version: "1"}
rules:
  - id: t-rule
    category: missing-when
    severity: warning
    yields_in_sentence_to: YIELDS
    message: m
    why: w
    suggestion: s
    example: e
    use_instead: u
    match: {phrases: [even]}
"""
    rule, = parse_pack(yaml.safe_load(text.replace("YIELDS", "[unrealistic-promise]")), "t.yaml")
    assert rule.yields_in_sentence_to == ["unrealistic-promise"]
    with pytest.raises(PackError, match="yields_in_sentence_to"):
        parse_pack(yaml.safe_load(text.replace("YIELDS", "[no-such-category]")), "t.yaml")
