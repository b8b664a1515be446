"""Loading and validating YAML rule packs (no spaCy needed)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from smartlint.errors import PackError
from smartlint.findings import CATEGORIES, SEVERITIES
from smartlint.packs import builtin_pack_paths, load_pack_file, load_packs

GOOD_RULE = """
  - id: vague-ergens
    category: vague-word
    severity: warning
    message: "'{text}' zegt niet wanneer."
    why: Te vaag.
    suggestion: Noem een dag.
    example: We bellen u ergens deze week.
    use_instead: Sanne belt u donderdag.
    match:
      phrases: [ergens deze week]
"""


def write_pack(tmp_path, rules: str, name: str = "my-pack.yaml", header: str | None = None):
    header = header if header is not None else "pack:\n  name: mine\nrules:\n"
    path = tmp_path / name
    path.write_text(header + textwrap.dedent(rules), encoding="utf-8")
    return path


def pack_error(tmp_path, rules: str) -> str:
    path = write_pack(tmp_path, rules)
    with pytest.raises(PackError) as info:
        load_pack_file(path, "my-pack.yaml")
    message = str(info.value)
    assert "\n" not in message
    return message


def test_builtin_packs_load_and_are_complete():
    rules = load_packs()
    names = {p.name for p in builtin_pack_paths()}
    assert {"vague.yaml", "adjectives.yaml", "incident.yaml", "clients.yaml"} <= names
    ids = [r.id for r in rules]
    assert len(ids) == len(set(ids))
    for rule in rules:
        assert rule.category in CATEGORIES
        assert rule.severity in SEVERITIES
        # Every shipped rule documents itself like a ruff rule.
        for field in ("message", "why", "suggestion", "example", "use_instead"):
            assert getattr(rule, field), f"{rule.id} has no {field}"
    by_id = {r.id: r for r in rules}
    assert by_id["incident-time-estimate"].contexts == ["incident"]
    assert by_id["vague-zsm"].contexts == ["normal", "incident"]
    assert by_id["adjective-size"].severity == "info"
    assert by_id["other-client-name"].in_formulas is True


def test_load_packs_does_not_import_spacy():
    code = (
        "import sys\n"
        "from smartlint.packs import load_packs\n"
        "rules = load_packs()\n"
        "assert rules\n"
        "bad = [m for m in ('spacy', 'dateparser', 'thinc') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_extra_pack_is_added(tmp_path):
    path = write_pack(tmp_path, GOOD_RULE)
    rules = load_packs([str(path)])
    extra = [r for r in rules if r.id == "vague-ergens"]
    assert len(extra) == 1
    assert extra[0].pack == "mine"
    assert extra[0].source == str(path)
    assert extra[0].match == {"phrases": ["ergens deze week"], "on": "lower"}
    only = load_packs([str(path)], builtin=False)
    assert [r.id for r in only] == ["vague-ergens"]


def test_unknown_category_names_file_rule_and_choices(tmp_path):
    message = pack_error(tmp_path, GOOD_RULE.replace("category: vague-word", "category: vage-word"))
    assert message.startswith("my-pack.yaml: rule 'vague-ergens': unknown category 'vage-word'")
    assert "expected one of vague-word" in message


def test_unknown_severity(tmp_path):
    message = pack_error(tmp_path, GOOD_RULE.replace("severity: warning", "severity: fatal"))
    assert "rule 'vague-ergens': unknown severity 'fatal'" in message


def test_misspelled_field_gets_a_hint(tmp_path):
    message = pack_error(tmp_path, GOOD_RULE.replace("suggestion:", "sugestion:"))
    assert "rule 'vague-ergens'" in message
    assert "unknown field 'sugestion'; did you mean 'suggestion'?" in message


def test_bad_id(tmp_path):
    message = pack_error(tmp_path, GOOD_RULE.replace("id: vague-ergens", "id: Vague_Ergens"))
    assert "rule #1: 'id' must be kebab-case" in message


@pytest.mark.parametrize(
    "old, new, expected",
    [
        ("    why: Te vaag.\n", "", "'why' must be a non-empty text"),
        ("message: \"'{text}' zegt niet wanneer.\"", "message: ''", "'message' must be a non-empty text"),
        ("      phrases: [ergens deze week]", "      phrases: []", "'match.phrases' must be a non-empty list"),
        ("      phrases: [ergens deze week]", "      phrases: [a]\n      patterns: [[{LOWER: a}]]",
         "needs exactly one of"),
        ("      phrases: [ergens deze week]", "      phrases: [a]\n      on: stem", "'match.on' must be one of lower, lemma"),
        ("      phrases: [ergens deze week]", "      patterns: [[{LOWR: a}]]", "unknown field 'LOWR'; did you mean 'LOWER'?"),
        ("      phrases: [ergens deze week]", "      patterns: [{LOWER: a}]", "#1 must be a non-empty list of token mappings"),
        ("    match:\n", "    contexts: [incidnt]\n    match:\n", "'contexts' must be a non-empty list"),
        ("    match:\n", "    in_formulas: yes please\n    match:\n", "'in_formulas' must be true or false"),
        ("    match:\n", "    sources: [drafts]\n    match:\n", "'sources' must be a non-empty list of draft, library"),
        ("    match:\n", "    scope: {acts: [promise], not_acts: [label]}\n    match:\n", "'scope' must be {acts: [...]}"),
        ("    match:\n", "    scope: {acts: [promise], subjects: [we]}\n    match:\n",
         "'scope.subjects' must be a non-empty list of speaker, team"),
        ("    match:\n", "    scope: {not_acts: [label], library: {acts: [promis]}}\n    match:\n",
         "'scope.library.acts' must be a non-empty list of promise"),
        ("    match:\n", "    scope: {library: {library: {acts: [promise]}}}\n    match:\n", "'scope.library' must be"),
        ("use_instead: Sanne belt u donderdag.", "use_instead: Sanne belt u {datum:donderdg}.",
         "'use_instead': unknown date placeholder '{datum:donderdg}'"),
    ],
)
def test_field_errors(tmp_path, old, new, expected):
    assert old in GOOD_RULE
    message = pack_error(tmp_path, GOOD_RULE.replace(old, new))
    assert message.startswith("my-pack.yaml: rule 'vague-ergens':"), message
    assert expected in message


def test_unknown_check_name(tmp_path):
    rules = GOOD_RULE.replace("      phrases: [ergens deze week]", "      check: vague.in_promis")
    message = pack_error(tmp_path, rules)
    assert "unknown check 'vague.in_promis' in 'match'; did you mean 'vague.in_promise'?" in message


def test_unless_variants(tmp_path):
    rules = GOOD_RULE + "    unless:\n      - phrases: [x]\n      - scope: sentence\n        patterns: [[{LOWER: y}]]\n"
    (rule,) = load_pack_file(write_pack(tmp_path, rules))
    assert rule.unless_parts == [
        {"scope": "match", "phrases": ["x"], "on": "lower"},
        {"scope": "sentence", "patterns": [[{"LOWER": "y"}]]},
    ]
    bad = GOOD_RULE + "    unless:\n      scope: paragraph\n      phrases: [x]\n"
    assert "'unless.scope' must be one of match, sentence" in pack_error(tmp_path, bad)


def test_duplicate_ids_in_one_pack(tmp_path):
    message = pack_error(tmp_path, GOOD_RULE + GOOD_RULE)
    assert "rule 'vague-ergens': duplicate id in this pack" in message


def test_duplicate_id_across_packs_names_both_files(tmp_path):
    path = write_pack(tmp_path, GOOD_RULE.replace("vague-ergens", "vague-zsm"))
    with pytest.raises(PackError) as info:
        load_packs([str(path)])
    assert str(info.value) == (
        f"{path}: rule 'vague-zsm': duplicate id (already defined in rules/vague.yaml)"
    )


def test_invalid_yaml_names_the_line(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("pack:\n  name: x\nrules:\n  - id: [unclosed\n", encoding="utf-8")
    with pytest.raises(PackError) as info:
        load_packs([str(path)], builtin=False)
    assert str(info.value).startswith(f"{path}: invalid YAML: line ")


def test_missing_file():
    with pytest.raises(PackError, match="nope.yaml: pack file not found"):
        load_packs(["nope.yaml"], builtin=False)


@pytest.mark.parametrize(
    "content, expected",
    [
        ("- just a list\n", "a pack must be a mapping"),
        ("rules: []\n", "'pack' must be a mapping with at least a 'name'"),
        ("pack: {name: x}\nrules: {}\n", "'rules' must be a list"),
        ("pack: {name: x}\nrules: []\nextra: 1\n", "unknown field 'extra'"),
        ("pack: {name: x}\nrules: [3]\n", "rule #1: must be a mapping"),
    ],
)
def test_pack_structure_errors(tmp_path, content, expected):
    path = tmp_path / "p.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PackError) as info:
        load_pack_file(path)
    assert expected in str(info.value)


def test_yaml_is_loaded_safely(tmp_path):
    path = tmp_path / "evil.yaml"
    path.write_text("pack: !!python/object/apply:os.system ['echo hi']\nrules: []\n", encoding="utf-8")
    with pytest.raises(PackError, match="invalid YAML"):
        load_pack_file(path)


def test_definitions_anchors_are_reusable(tmp_path):
    content = (
        "pack: {name: x}\n"
        "definitions:\n  common: &common\n    phrases: [niet]\n"
        "rules:\n" + GOOD_RULE + "    unless: *common\n"
    )
    path = tmp_path / "anchors.yaml"
    path.write_text(content, encoding="utf-8")
    (rule,) = load_pack_file(path)
    assert rule.unless == {"scope": "match", "phrases": ["niet"], "on": "lower"}


def test_bare_on_key_is_not_read_as_boolean(tmp_path):
    # YAML 1.1 reads `on:` as True; the pack format still means the word "on".
    rules = GOOD_RULE.replace("      phrases: [ergens deze week]", "      phrases: [bellen]\n      on: lemma")
    (rule,) = load_pack_file(write_pack(tmp_path, rules))
    assert rule.match == {"phrases": ["bellen"], "on": "lemma"}


def doc_pack_examples() -> list[str]:
    """The complete pack files shown in docs/rule-packs.md."""
    import re
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "docs" / "rule-packs.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", text, re.DOTALL)
    return [b for b in blocks if b.startswith("pack:")]


def test_documented_pack_examples_are_valid(tmp_path):
    examples = doc_pack_examples()
    assert len(examples) >= 2
    for n, example in enumerate(examples):
        path = tmp_path / f"doc-{n}.yaml"
        path.write_text(example, encoding="utf-8")
        rules = load_packs([str(path)])  # also: no id clashes with the built-in packs
        assert any(r.source == str(path) for r in rules)


def test_message_level_rules_declare_the_message_kind_and_others_apply_everywhere():
    from smartlint.packs import load_packs

    rules = {rule.id: rule for rule in load_packs([])}
    assert rules["promise-who"].kinds == ["message"]
    assert rules["no-next-step"].kinds == ["message"]
    # a vague word in a button or menu item ("Snel bestellen") is not our vagueness
    assert rules["vague-zsm"].kinds == ["message", "subject"]
    assert "label" in rules["date-weekday"].kinds


def test_unknown_segment_kind_in_a_pack_is_a_pack_error(tmp_path):
    from smartlint.errors import PackError
    from smartlint.packs import load_packs

    pack = tmp_path / "p.yaml"
    pack.write_text(
        "pack: {name: p}\nrules:\n  - id: p-x\n    category: vague-word\n    severity: info\n"
        "    message: m\n    why: w\n    kinds: [button]\n    match: {phrases: [x]}\n",
        encoding="utf-8",
    )
    with pytest.raises(PackError, match="kinds"):
        load_packs([str(pack)])
