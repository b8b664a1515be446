"""One small library per format, linted for real: exact findings and locations.

Each library holds the same kinds of trouble (a vague promise, a plural string, a
label, markup, placeholders) in its own format's way; the expected findings were
checked by hand against the file (line, column, key, matched text).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from smartlint.cli import app

TODAY = "2026-11-22"


@pytest.fixture
def lint(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()

    def run(name: str, content: str, *args: str, config: str | None = None):
        Path(name).write_text(content, encoding="utf-8")
        if config is not None:
            Path(".smartlint.yaml").write_text(config, encoding="utf-8")
        result = runner.invoke(app, ["check", "--today", TODAY, "--no-cache", "--format", "json", *args, name])
        assert result.exit_code in (0, 1), result.output
        found = json.loads(result.stdout)["findings"]
        return [(f["line"], f["column"], f["rule"], f["key"], f["text"]) for f in found]

    return run


YAML_LIBRARY = """\
defaults: &defaults
  signature: "Met vriendelijke groet, het klantteam"
mailers:
  refund:
    <<: *defaults
    subject: Uw terugbetaling
    body: !!str We kijken er even naar en laten het u zo snel mogelijk weten.
  reminder:
    signature: *defaults
inbox:
  messages:
    zero: U heeft geen berichten.
    one: U heeft %{count} bericht, we reageren binnenkort.
    other: U heeft %{count} berichten, we reageren binnenkort.
"""


def test_yaml_with_anchors_tags_and_plurals(lint):
    # promise-who is a draft rule: in a library "we" is the right sender; a step that is
    # named ("laten het u ... weten", "reageren") but not dated gets promise-when, not
    # also no-next-step.
    assert lint("nl.yml", YAML_LIBRARY) == [
        (7, 20, "promise-what", "mailers.refund.body", "kijken"),
        # the coordinated "en laten het u zo snel mogelijk weten" shares its vague moment:
        # reported once, at "zo snel mogelijk", not also as missing at "kijken"
        (7, 20, "vague-kijken-ernaar", "mailers.refund.body", "kijken er even naar"),
        # "laten het u weten" names no channel; "we reageren" answers the way the message came
        (7, 43, "promise-channel", "mailers.refund.body", "laten het u zo snel mogelijk weten"),
        (7, 55, "promise-when", "mailers.refund.body", "zo snel mogelijk"),
        (7, 55, "vague-zsm", "mailers.refund.body", "zo snel mogelijk"),
        # zero/one/other are one string: each problem is reported at 'one' only.
        (13, 48, "promise-when", "inbox.messages.one", "binnenkort"),
        (13, 48, "vague-binnenkort", "inbox.messages.one", "binnenkort"),
    ]


HEADERLESS_CSV = """\
"Your order has been received","Uw bestelling is ontvangen; we kijken er even naar.",
Cancel,Annuleren,
"We will contact you soon","We nemen zo snel mogelijk contact met u op.",checkout
"""


def test_headerless_language_pack_csv(lint):
    # No header: column 2 is the translation, the key its source text; 'Annuleren' is one word.
    # (no-next-step speaks in library letters only: these strings have no greeting or sign-off)
    assert lint("nl_NL.csv", HEADERLESS_CSV, "--select", "vague-word,no-next-step") == [
        (1, 64, "vague-kijken-ernaar", "Your order has been received", "kijken er even naar"),
        (3, 38, "vague-zsm", "We will contact you soon", "zo snel mogelijk"),
    ]


def test_csv_column_by_number_without_header(lint):
    config = "csv_header: false\ncsv_column: 2\n"
    found = lint("pack.csv", HEADERLESS_CSV, "--select", "vague-word", config=config)
    assert [(line, col, rule, key) for line, col, rule, key, _ in found] == [
        (1, 64, "vague-kijken-ernaar", "row 1, column 2"),
        (3, 38, "vague-zsm", "row 3, column 2"),
    ]


PO_CATALOGUE = r'''msgid ""
msgstr ""
"Plural-Forms: nplurals=2; plural=(n != 1);\n"

msgctxt "email"
msgid "We will look into it."
msgstr "We kijken er even naar."

#, fuzzy
msgid "We will call you soon."
msgstr "We bellen u zo snel mogelijk."

msgid "%s day"
msgid_plural "%s days"
msgstr[0] "We proberen het binnen %s dag, \"zo snel mogelijk\"."
msgstr[1] "We proberen het binnen %s dagen, "
"\"zo snel mogelijk\"."

#~ msgid "Old"
#~ msgstr "We doen het zo snel mogelijk."
'''


def test_po_with_plurals_and_fuzzy_entries(lint):
    assert lint("nl.po", PO_CATALOGUE, "--select", "vague-word") == [
        (7, 12, "vague-kijken-ernaar", "email | We will look into it.", "kijken er even naar"),
        (15, 15, "vague-proberen", "%s day[0]", "proberen"),
        (15, 45, "vague-zsm", "%s day[0]", "zo snel mogelijk"),
        # msgstr[1] says the same: not reported again; the fuzzy and obsolete entries are skipped.
    ]


I18NEXT = """\
{
  "order": {
    "title": "Uw bestelling is onderweg",
    "shipped_one": "{{count}} pakket is onderweg en komt binnenkort aan.",
    "shipped_other": "{{count}} pakketten zijn onderweg en komen binnenkort aan.",
    "contact": "Lees <a href=\\"https://example.com/help?b=snel\\">de hulppagina</a> of bel ons."
  }
}
"""


def test_i18next_json(lint):
    assert lint("nl.json", I18NEXT) == [
        # order.title is a subject (its key says so): no next step asked of it.
        # order.shipped_*: the software reports a parcel, no person of ours promises (no
        # who/what/when, no next step asked of a notice); the vague word stays.
        (4, 58, "vague-binnenkort", "order.shipped_one", "binnenkort"),
        # order.contact: the link's URL ('?b=snel') is markup, never prose: no finding.
    ]


LARAVEL = """\
{
    "Please confirm your URL": "We kijken er even naar.",
    "Invalid category": "Controleer de categorie.",
    "url": "Het :attribute formaat is ongeldig, we nemen zo snel mogelijk contact met je op.",
    "locale": "nl"
}
"""


def test_laravel_json_with_sentence_keys(lint):
    # Keys that are English sentences, or 'url' over a sentence, are linted; 'locale: nl' is not.
    assert lint("nl.json", LARAVEL, "--select", "vague-word") == [
        (2, 36, "vague-kijken-ernaar", '["Please confirm your URL"]', "kijken er even naar"),
        (4, 58, "vague-zsm", "url", "zo snel mogelijk"),
    ]


MARKUP = """\
html: "We kijken er <strong>even</strong> naar."
markdown: "We kijken er **even** naar. Zie [de status](https://status.example.com/?b=snel)."
url: "Zie https://example.com/faq?antwoord=binnenkort voor meer."
"""


def test_html_and_markdown_inside_values(lint):
    assert lint("markup.yml", MARKUP, "--select", "vague-word") == [
        (1, 11, "vague-kijken-ernaar", "html", "kijken er <strong>even</strong> naar"),
        (2, 15, "vague-kijken-ernaar", "markdown", "kijken er **even** naar"),
    ]
    assert lint("markup.yml", MARKUP, "--select", "vague-word", config="library:\n  markup: off\n") == [
        (2, 27, "vague-even", "markdown", "even"),
    ]


XLIFF = """\
<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
  <file source-language="en" target-language="nl" datatype="plaintext" original="file.ext">
    <body>
      <trans-unit id="1" resname="refund">
        <source>We will look into it.</source>
        <target>We bekijken het &amp; bellen <g id="1">zo snel mogelijk</g>.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


def test_xliff(lint):
    assert lint("messages.nl.xlf", XLIFF, "--select", "vague-word") == [
        (7, 56, "vague-zsm", "refund", "zo snel mogelijk"),
    ]


MAILER = """\
mailers:
  refund:
    subject: Uw terugbetaling
    body: We gaan uw terugbetaling bekijken.
    action: Sanne belt u maandag 23 november vóór 12.00 uur.
  button: Bekijk uw bestelling
"""


def test_scoping_keys_kinds_and_joined_messages(lint):
    def run(library: str = ""):
        return lint("mail.yml", MAILER, "--select", "no-next-step", config=f"library:\n{library}" if library else "{}\n")

    body = (4, 11, "no-next-step", "mailers.refund.body", "We gaan uw terugbetaling bekijken.")
    assert run() == [body]
    # Joined, the body's message has the action's next step.
    assert run("  messages: [[subject, body, action]]\n") == []
    # A declared kind wins: as a label, the body needs no next step.
    assert run("  kinds: {'mailers.*.body': label}\n") == []
    # Excluded keys are not read; include_keys reads only what it names.
    assert run("  exclude_keys: ['**.body']\n") == []
    assert run("  include_keys: ['refund.*']\n") == [body]
    assert run("  include_keys: ['button']\n") == []
