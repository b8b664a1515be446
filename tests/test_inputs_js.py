"""JavaScript and TypeScript locale modules: every string value of an object literal,
keyed by its property path, with an exact map; code is no message."""

from __future__ import annotations

from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from test_inputs_view import assert_reads_or_fails_in_one_line, read_checked, source_of

from smartlint.api import Linter

MODULE = """// Nederlandse teksten van het klantportaal
import { Translation } from './types';

/* een blok
   commentaar */
export const nl: Translation = {
  checkout: {
    title: 'Afrekenen',
    'thank-you': 'Bedankt voor je bestelling! We nemen zo snel mogelijk contact met je op.',
    escaped: "Klik op \\"Bevestigen\\" om door te gaan.\\nWe bellen u binnenkort terug.",
    joined: 'Hallo ' + name + ', we sturen je pakket binnenkort op.',
    template: `Beste ${user.firstName}, we kijken er even naar.`,
  },
  steps: ['Vul je adres in en klik op volgende.', 'Betaal met iDEAL of een creditcard.'],
  plural: (n) => (n === 1 ? 'een bericht' : 'meerdere berichten'),
  pattern: /snel mogelijk/g,
  code: formatDate('we bellen je snel', options),
};
export default nl;
"""


def _doc(tmp_path, text=MODULE, name="nl.ts"):
    return read_checked(tmp_path, name, text)


def test_every_property_value_is_a_segment_keyed_by_its_path(tmp_path):
    doc = _doc(tmp_path)
    keys = [s.key for s in doc.segments]
    assert keys == ["checkout.thank-you", "checkout.escaped", "checkout.joined", "checkout.template",
                    "steps[0]", "steps[1]"]


def test_escapes_templates_and_joins_keep_an_exact_map(tmp_path):
    doc = _doc(tmp_path)
    escaped, joined, template = doc.segments[1], doc.segments[2], doc.segments[3]
    assert escaped.text.startswith('Klik op "Bevestigen"') and "\nWe bellen" in escaped.text
    assert source_of(doc, escaped, '"Bevestigen"') == '\\"Bevestigen\\"'
    assert joined.text == "Hallo {name}, we sturen je pakket binnenkort op."
    assert source_of(doc, joined, "{name}") == "name"
    assert template.text.startswith("Beste {firstName}, we kijken")
    assert source_of(doc, template, "{firstName}") == "${user.firstName}"


def test_comments_imports_calls_and_regular_expressions_are_code(tmp_path):
    doc = _doc(tmp_path)
    texts = " ".join(s.text for s in doc.segments)
    assert "commentaar" not in texts and "snel mogelijk/" not in texts and "we bellen je snel" not in texts


def test_member_assignments_are_messages(tmp_path):
    doc = _doc(tmp_path, 'var s = {};\ns.agree = "Ik ga akkoord met de voorwaarden";\n'
                         's["thanks"] = "Bedankt, we bellen je binnenkort.";\nexport default s;\n', "strings-nl.js")
    assert [(s.key, s.text) for s in doc.segments] == [
        ("agree", "Ik ga akkoord met de voorwaarden"), ("thanks", "Bedankt, we bellen je binnenkort.")]


def test_findings_point_at_the_module(tmp_path):
    path = tmp_path / "nl.js"
    path.write_text(MODULE, encoding="utf-8")
    found = {(f.rule, f.text, f.line, f.key) for f in Linter(today="2026-12-05").lint_path(path)}
    assert ("vague-zsm", "zo snel mogelijk", 9, "checkout.thank-you") in found
    assert not any(line in (1, 2, 4, 5, 16, 17) for _, _, line, _ in found)


def test_a_folder_walk_reads_locale_modules_not_app_code(tmp_path):
    (tmp_path / "locales").mkdir()
    (tmp_path / "locales" / "app.js").write_text("export default { body: 'We kijken er even naar.' };\n")
    (tmp_path / "nl-NL.ts").write_text("export default { body: 'We kijken er even naar.' };\n")
    (tmp_path / "checkout.js").write_text("const msg = { body: 'We kijken er even naar.' };\n")
    paths = {f.path.replace("\\\\", "/").split(str(tmp_path.name) + "/")[-1]
             for f in Linter(today="2026-12-05").lint_path(tmp_path)}
    assert paths == {"locales/app.js", "nl-NL.ts"}


_PIECES = st.sampled_from(["{", "}", "[", "]", ":", ",", ";", "=", "+", "'", '"', "`", "${", "\\", "/", "//", "/*",
                           "*/", "\n", "key", "We bellen u", "é", "(", ")", "=>", "\\u00e9", "\\u{1F600}", "\\x41"])


@given(st.lists(_PIECES, max_size=40).map("".join))
@hypothesis_settings(max_examples=300, deadline=2000)
def test_any_module_text_reads_with_sane_maps(text):
    from smartlint.inputs.js_library import read_js_library

    assert_reads_or_fails_in_one_line(read_js_library, "fuzz.js", text, "fuzz.js: ")


def test_hostile_modules_read_in_bounded_time():
    from bounded import time_bound

    from smartlint.inputs.js_library import read_js_library
    from smartlint.segments import SourceDocument

    for text in ("(/[" * 50_000, "{" * 100_000, "`${" * 50_000, "x = '" + "\\\\" * 50_000, "[" * 100_000 + "'a b'"):
        with time_bound(10.0):
            read_js_library(SourceDocument(path="hostile.js", source_text=text))
