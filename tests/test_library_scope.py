"""Library scoping: key globs, kinds from config and key names, plural variants, config validation."""

from __future__ import annotations


import pytest
from test_inputs_view import read

from smartlint.config import Options, load_settings
from smartlint.errors import ConfigError
from smartlint.inputs.library_scope import declared_kind, key_matches
from smartlint.settings import LibrarySettings


@pytest.mark.parametrize(
    ("key", "pattern", "matches"),
    [
        ("mailers.welcome.subject", "*.subject", True),
        ("subject", "*.subject", False),
        ("mailers.welcome.subject", "subject", True),
        ("mailers.welcome.body", "mailers.**.body", True),
        ("mailers.body", "mailers.**.body", True),
        ("shop.mailers.body", "mailers.**.body", True),
        ("mailers.welcome.bodytext", "mailers.**.body", False),
        ("faq[3].answer", "faq[*].answer", True),
        ("faq[3].answer", "faq**", True),
        ("faq[3].answer", "answer", True),
        ('x["order status"]', '"order status"]', False),
    ],
)
def test_key_globs(key, pattern, matches):
    assert key_matches(key, [pattern]) is matches


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        ("mail.welcome.subject", "subject"),
        ("checkout.pageTitle", "subject"),
        ("button_save", "label"),
        ("label_issue_new", "label"),
        ("field_placeholder", "label"),
        ("mail_body_lost_password", None),
        ('["Page Title"]', None),  # a sentence key names no field
        ("notice.account_updated", None),
    ],
)
def test_kind_from_key_names(key, kind):
    assert declared_kind(key, LibrarySettings()) == kind


def test_configured_kinds_come_first():
    library = LibrarySettings(kinds=[("**.body", "message"), ("faq.*", "label")])
    assert declared_kind("mail.title.body", library) == "message"
    assert declared_kind("faq.title", library) == "label"
    assert declared_kind("mail.title", LibrarySettings(kind_names={})) is None


PLURALS = """\
{"a": {"messages": {"one": "Eén bericht voor u.", "other": "%{count} berichten voor u."}},
 "b_one": "Eén pakket onderweg.", "b_other": "{{count}} pakketten onderweg.",
 "c": "Een bericht", "c_plural": "Meer berichten",
 "translations": {"_%n vote_::_%n votes_": ["%n stem telt mee", "%n stemmen tellen mee"]},
 "faq": ["Eerste antwoord hier.", "Tweede antwoord hier."],
 "someone": {"one": "Alleen 'one' is geen meervoud."},
 "laravel": "{0} Geen berichten|{1} Eén bericht voor u|[2,*] :count berichten voor u",
 "pipe": "Kies ja | nee hier"}
"""


def test_plural_forms_are_variants(tmp_path):
    doc = read(tmp_path, "nl.json", PLURALS)
    assert [(s.key, s.variant_of) for s in doc.segments] == [
        ("a.messages.one", "a.messages"),
        ("a.messages.other", "a.messages"),
        ("b_one", "b"),
        ("b_other", "b"),
        ("c", "c"),
        ("c_plural", "c"),
        ('translations["_%n vote_::_%n votes_"][0]', 'translations["_%n vote_::_%n votes_"]'),
        ('translations["_%n vote_::_%n votes_"][1]', 'translations["_%n vote_::_%n votes_"]'),
        ("faq[0]", None),
        ("faq[1]", None),
        ("someone.one", None),
        ("laravel|0", "laravel"),
        ("laravel|1", "laravel"),
        ("laravel|2", "laravel"),
        ("pipe", None),  # no count, no range: a '|' in a text
    ]
    forms = {s.key: s for s in doc.segments if s.key.startswith("laravel|")}
    assert [s.text for s in forms.values()] == ["Geen berichten", "Eén bericht voor u", ":count berichten voor u"]
    start, end = forms["laravel|1"].offsets.to_source(0, len(forms["laravel|1"].text))
    assert doc.source_text[start:end] == "Eén bericht voor u"


def test_library_config_is_validated(tmp_path):
    def load(text: str):
        (tmp_path / ".smartlint.yaml").write_text(text, encoding="utf-8")
        return load_settings(Options(), cwd=tmp_path)[0]

    settings = load(
        "csv_column: 2\ncsv_header: false\nlibrary:\n  include_keys: 'mailers.**'\n"
        "  kinds: {'*.cta': label}\n  kind_names: {knop: label}\n  messages: [[subject, body]]\n"
        "  markup: html\n  fuzzy: true\n"
    )
    assert (settings.csv_column, settings.csv_header) == ("2", False)
    library = settings.library
    assert library.include_keys == ["mailers.**"] and library.kinds == [("*.cta", "label")]
    assert library.kind_names["knop"] == "label" and library.kind_names["subject"] == "subject"
    assert (library.messages, library.markup, library.fuzzy, library.plurals) == ([["subject", "body"]], "html", True, True)
    for text, problem in [
        ("library:\n  kinds: {'*.x': titel}\n", "library.kinds.*.x: expected message, subject or label, got 'titel'"),
        ("library:\n  includ_keys: [a]\n", "library.includ_keys: unknown key; did you mean 'include_keys'?"),
        ("library:\n  messages: [subject, body]\n", "library.messages: expected a list of lists"),
        ("library:\n  markup: yes\n", "library.markup: expected auto, html, markdown or off"),
        ("csv_header: maybe\n", "csv_header: expected true, false or auto"),
    ]:
        with pytest.raises(ConfigError) as caught:
            load(text)
        assert problem in str(caught.value)


def test_pyproject_library_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.smartlint]\ncsv_column = 2\n[tool.smartlint.library]\nexclude_keys = ["*.url"]\nplurals = false\n',
        encoding="utf-8",
    )
    settings = load_settings(Options(), cwd=tmp_path)[0]
    assert settings.csv_column == "2"
    assert settings.library.exclude_keys == ["*.url"] and settings.library.plurals is False
