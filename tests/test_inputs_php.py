"""PHP language files: every string value with its key path and an exact map; code files skipped."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from test_inputs_view import assert_reads_or_fails_in_one_line, read_checked, source_of

from smartlint.errors import InputError
from smartlint.api import Linter

LARAVEL = """<?php
/* Generated */
return [
    'customers' => [
        'forgot' => [
            'sent' => 'We hebben je een e-mail gestuurd.',  // a comment, 'not a value'
            'help' => "Geen e-mail?\\nBel ons op \\"werkdagen\\".",
        ],
    ],
    'greeting' => 'Hallo ' . $naam . ', we kijken er even naar.',
    'old' => array('first' => 'Het is niet gelukt, probeer het opnieuw.'),
    'count' => 3,
    'label' => 'Opslaan',
    # a hash comment
    'it\\'s' => 'Dat is ons\\' probleem.',
];
"""

OPENCART = """<?php defined('BASEPATH') or exit('No direct script access allowed');
// Text
$_['text_greeting']  = 'Bedankt voor je bestelling! We versturen hem zo snel mogelijk.';
$lang['mail']['body'] = "Hallo {$klant->naam}, we bellen je $dag terug.";
$_['text_footer'] = <<<EOT
Beantwoord deze e-mail
als er vragen zijn.
EOT;
"""


def _doc(tmp_path, text, name="nl.php"):
    return read_checked(tmp_path, name, text)


def test_a_returned_array_gives_every_string_its_key_path(tmp_path):
    doc = _doc(tmp_path, LARAVEL)
    assert [(s.key, s.text) for s in doc.segments] == [
        ("customers.forgot.sent", "We hebben je een e-mail gestuurd."),
        ("customers.forgot.help", 'Geen e-mail?\nBel ons op "werkdagen".'),
        ("greeting", "Hallo {naam}, we kijken er even naar."),
        ("old.first", "Het is niet gelukt, probeer het opnieuw."),
        ("it's", "Dat is ons' probleem."),
    ]
    help_text, greeting = doc.segments[1], doc.segments[2]
    assert source_of(doc, help_text, "\n") == "\\n"
    assert source_of(doc, help_text, '"werkdagen"') == '\\"werkdagen\\"'
    assert source_of(doc, greeting, "{naam}") == "$naam"
    start, _ = greeting.offsets.to_source(greeting.text.index("even"), greeting.text.index("even") + 4)
    assert doc.line_col(start) == (10, 54)


def test_assignments_to_array_keys_and_heredocs(tmp_path):
    doc = _doc(tmp_path, OPENCART)
    assert [(s.key, s.text) for s in doc.segments] == [
        ("text_greeting", "Bedankt voor je bestelling! We versturen hem zo snel mogelijk."),
        ("mail.body", "Hallo {naam}, we bellen je {dag} terug."),
        ("text_footer", "Beantwoord deze e-mail\nals er vragen zijn."),
    ]
    assert source_of(doc, doc.segments[1], "{naam}") == "{$klant->naam}"
    assert source_of(doc, doc.segments[1], "{dag}") == "$dag"


@pytest.mark.parametrize("code", [
    "<?php\nclass Mailer { public function send() { return 'We bellen u snel.'; } }\n",
    "<html><p>Don't worry</p><?php echo 'We bellen u snel.'; ?></html>\n",
    "<?php\nif ($x) { $y = 'We bellen u snel.'; }\n",
])
def test_a_php_file_with_code_is_skipped_with_a_note(tmp_path, code):
    doc = _doc(tmp_path, code, "Mailer.php")
    assert doc.segments == [] and any("not a PHP language file" in note for note in doc.notes)


def test_a_language_file_with_a_guard_is_still_read(tmp_path):
    """A Joomla/WebsiteBaker language file guards itself with an "if" (real-text-226/227):
    many strings and one guard are data; one "if" around one string is code (above)."""
    defines = "".join(f"define('_TEXT_{k}', 'Tekst nummer {k} van de module.');\n" for k in range(12))
    text = "<?php\nif( defined( '_AEC_LANG' ) ) {\n\treturn;\n}\n" + defines + \
        "define('_MAIL', 'We bellen u zo snel mogelijk terug.');\n"
    doc = _doc(tmp_path, text, "dutch.php")
    assert len(doc.segments) == 13 and doc.segments[-1].key == "_MAIL" and not doc.notes


@pytest.mark.parametrize(("text", "message"), [
    ("<?php\n$_['x'] = 'niet afgesloten;\n", "invalid PHP at line 2, column 11: unterminated string"),
    ("<?php\n/* open\nreturn [];\n", "invalid PHP at line 2, column 1: unterminated comment"),
    ("<?php\n$a = <<<EOT\nnooit dicht\n", "invalid PHP at line 2, column 6: unterminated heredoc 'EOT'"),
])
def test_broken_php_is_a_one_line_error(tmp_path, text, message):
    with pytest.raises(InputError) as caught:
        _doc(tmp_path, text)
    assert message in str(caught.value) and "\n" not in str(caught.value)


def test_a_directory_walk_lints_language_files_and_skips_code(tmp_path):
    from typer.testing import CliRunner

    from smartlint.cli import app

    (tmp_path / "lang").mkdir()
    (tmp_path / "lang" / "nl.php").write_text("<?php\nreturn ['a' => 'We bellen je zo snel mogelijk terug.'];\n")
    (tmp_path / "Controller.php").write_text("<?php\nclass C { function f() { echo 'zo snel mogelijk'; } }\n")
    result = CliRunner().invoke(app, ["check", str(tmp_path), "--select", "vague-word", "--no-cache"])
    assert "nl.php:2:30" in result.output and "vague-zsm" in result.output
    assert "Controller.php:2" not in result.output  # a note, no finding


_PHP_PIECES = st.sampled_from(["<?php ", "return [", "]", "array(", ")", "'a' => ", "=>", "'We bellen u'", '"Hallo $x"',
                               "'it\\'s'", '"\\n"', " . ", "$_['k'] = ", ";", ",", "// c\n", "/* c */", "# c\n",
                               "<<<EOT\nTekst\nEOT;\n", "?>", "é", " ", "\n", "'", '"', "\\"])


@given(st.lists(_PHP_PIECES, max_size=30).map("".join))
@hypothesis_settings(max_examples=300, deadline=2000)
def test_any_php_text_reads_or_fails_with_one_line(text):
    from smartlint.inputs.php_library import read_php_library

    assert_reads_or_fails_in_one_line(read_php_library, "fuzz.php", text, "fuzz.php: ")


def test_a_constant_per_text_is_a_message_keyed_by_its_name(tmp_path):
    text = "<?php\ndefine('EMAIL_TEXT_SUBJECT', 'Orderbevestiging');\ndefine('EMAIL_TEXT_BODY', 'We versturen uw bestelling zo snel mogelijk.');\n"
    doc = _doc(tmp_path, text)
    assert [(s.key, s.text) for s in doc.segments] == [("EMAIL_TEXT_BODY", "We versturen uw bestelling zo snel mogelijk.")]


def test_one_character_of_code_after_a_string_gets_no_placeholder():
    """A hypothesis example: "<?php return ['We bellen u'\\" put a "{ph}" whose letters each
    pointed at the one backslash; offsets must stay exact (letters map to themselves)."""
    from test_inputs_view import assert_map_is_sane

    from smartlint.inputs.php_library import read_php_library
    from smartlint.segments import SourceDocument

    doc = SourceDocument(path="fuzz.php", source_text="<?php return ['We bellen u'\\", segments=[])
    read_php_library(doc)
    for segment in doc.segments:
        assert_map_is_sane(doc, segment)


def test_a_php_language_file_saved_as_text_is_read_as_php(tmp_path):
    """Its ``//`` and ``#`` comments and array syntax are no prose: the same strings,
    keys and exact positions as the .php file."""
    as_php, as_txt = _doc(tmp_path, LARAVEL), read_checked(tmp_path, "nl-messages.txt", "\ufeff\n" + LARAVEL)
    assert [(s.key, s.text) for s in as_txt.segments] == [(s.key, s.text) for s in as_php.segments]
    greeting = as_txt.segments[2]
    start, _ = greeting.offsets.to_source(greeting.text.index("even"), greeting.text.index("even") + 4)
    assert as_txt.source_text[start:start + 4] == "even"


def test_a_variable_per_text_is_keyed_by_its_name(tmp_path):
    """MantisBT's language files: one variable per text; its name is the key, so the
    library's key rules (a label is no message) apply as to an array's entries."""
    text = "<?php\n$s_update_priority = 'Prioriteit wijzigen';\n$s_bug_closed_msg = 'Het probleem is gesloten.';\n"
    doc = _doc(tmp_path, text)
    assert [(s.key, s.text) for s in doc.segments] == [
        ("s_update_priority", "Prioriteit wijzigen"), ("s_bug_closed_msg", "Het probleem is gesloten.")]


def test_an_index_that_is_itself_indexed_is_skipped_whole(tmp_path):
    """SPIP's language files assign their array to ``$GLOBALS[$GLOBALS['idx_lang']]``
    (real-text-229): the inner index's ']' is not the end of the outer one, so the array
    after '=' is still read (it was skipped, "no messages found")."""
    entries = "".join(f"\t'tekst_{k}' => 'Tekst nummer {k} van de module.',\n" for k in range(20))
    text = ("<?php\nif (!defined('_ECRIRE_INC_VERSION')) {\n\treturn;\n}\n"
            "$GLOBALS[$GLOBALS['idx_lang']] = array(\n" + entries +
            "\t'bevestiging' => 'We sturen u binnenkort een bevestiging.',\n);\n")
    doc = _doc(tmp_path, text, "reservation_nl.php")
    assert len(doc.segments) == 21 and not doc.notes
    assert doc.segments[-1].text == "We sturen u binnenkort een bevestiging."
    assert doc.segments[-1].key.endswith("bevestiging")


def test_a_language_file_in_many_guarded_sections_is_read(tmp_path):
    """Coppermine's language file holds its strings in 45 sections guarded by
    "if (defined('ECARDS_PHP')) {" (real-text-235): with many strings per guard, any
    number of guards is still data (three were the limit before)."""
    sections = "".join(
        f"if (defined('PAGE_{p}_PHP')) {{\n"
        + "".join(f"$lang_{p}['t{k}'] = 'Tekst {k} van pagina {p} voor de leden.';\n" for k in range(20))
        + "}\n"
        for p in range(5))
    doc = _doc(tmp_path, "<?php\n" + sections, "dutch.php")
    assert len(doc.segments) == 100 and not doc.notes
    # five guards around a handful of strings stay code
    code = "<?php\n" + "".join(f"if ($a{p}) {{ $x = 'Tekst {p} van de module.'; }}\n" for p in range(5))
    assert not _doc(tmp_path, code, "code.php").segments


def test_the_one_helper_function_of_an_oscommerce_language_file_is_tolerated(tmp_path):
    """osCommerce's dutch.php opens with "function tep_date_raw(...)" before its defines
    (real-text-237): a function among many strings is still a language file."""
    helper = ("function tep_date_raw($date, $reverse = false) {\n  if ($reverse) {\n"
              "    return substr($date, 0, 2);\n  } else {\n    return substr($date, 6, 4);\n  }\n}\n")
    defines = "".join(f"define('TEXT_{k}', 'Tekst nummer {k} van de winkel.');\n" for k in range(80))
    doc = _doc(tmp_path, "<?php\n" + helper + defines, "dutch.php")
    assert len(doc.segments) == 80 and not doc.notes


def test_define_once_is_a_constant_per_text(tmp_path):
    """PHP-Nuke's language files use its helper define_once("_X", "...") (real-text-237)."""
    text = '<?php\ndefine_once("_THANKSSUB","Bedankt voor uw inzending.");\ndefine_once("_SUBTEXT","We bekijken uw bericht zo snel mogelijk.");\n'
    doc = _doc(tmp_path, text)
    assert [(s.key, s.text) for s in doc.segments] == [
        ("_THANKSSUB", "Bedankt voor uw inzending."), ("_SUBTEXT", "We bekijken uw bericht zo snel mogelijk.")]


def test_functions_that_only_return_a_mail_are_templates(tmp_path):
    """An ExpressionEngine language pack keeps its mails as functions that return a
    heredoc, each guarded by function_exists (real-text-255): data, keyed by the name."""
    mails = "".join(
        f"if ( ! function_exists('mail_{k}'))\n{{\n\tfunction mail_{k}()\n\t{{\nreturn <<<EOF\n"
        f"Bedankt voor uw bericht nummer {k}. We bellen u snel terug.\nEOF;\n\t}}\n}}\n\n" for k in range(3))
    doc = _doc(tmp_path, "<?php\n\n" + mails, "email_data.php")
    assert not doc.notes
    assert [s.key for s in doc.segments] == ["mail_0", "mail_1", "mail_2"]
    assert doc.segments[1].text == "Bedankt voor uw bericht nummer 1. We bellen u snel terug."
    start = doc.segments[1].offsets.to_source_start(0)
    assert doc.source_text[start:start + 8] == "Bedankt "


def test_a_function_that_computes_is_still_code(tmp_path):
    code = "<?php\nif ( ! function_exists('x'))\n{\n\tfunction x($a)\n\t{\n\t\treturn 'We bellen u ' . strtoupper($a);\n\t}\n}\n"
    doc = _doc(tmp_path, code, "helper.php")
    assert doc.segments == [] and any("not a PHP language file" in note for note in doc.notes)


def test_a_php_view_is_read_as_the_html_page_it_is(tmp_path):
    """An HTML page with PHP blocks ("retourbeleid.php", a Yii view) was "no messages
    found": the language-pack reader found no array of strings. Its text outside the PHP
    blocks is read as HTML, the blocks blanked so every offset is the file's own
    (real-text-262/263)."""
    source = ('<?php include "header.php"; ?>\n<div class="mail">\n<p>Beste <?= $naam ?>,</p>\n'
              "<p>We bellen u binnenkort terug over uw retour.</p>\n"
              "<p>Met vriendelijke groet,<br>Team Service</p>\n</div>\n")
    path = tmp_path / "view.php"
    path.write_text(source, encoding="utf-8")
    found = Linter(config=False, today="2026-12-05").lint_path(path)
    vague = [f for f in found if f.rule == "vague-binnenkort"]
    assert len(vague) == 1
    start = source.index("binnenkort")
    assert (vague[0].line, vague[0].column) == (source[:start].count("\n") + 1, start - source.rfind("\n", 0, start))


def test_a_php_language_file_is_still_a_language_file(tmp_path):
    path = tmp_path / "lang.php"
    path.write_text('<?php\nreturn [\n  "a" => "We bellen u binnenkort terug.",\n];\n', encoding="utf-8")
    found = Linter(config=False, today="2026-12-05").lint_path(path)
    assert any(f.key == "a" and f.rule == "vague-binnenkort" for f in found)
