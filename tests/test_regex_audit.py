"""No super-linear regex on a hot path (issue 10): each audited pattern, used the way
its module uses it, gets 100 KB adversarial strings and must finish within a bound.

The audit list names every compiled pattern of the audited modules (readers,
placeholder masking, directives, suppression, line counting, the time and field
patterns of the checks), imported from its
module; a new pattern in one of them fails ``test_every_pattern_is_audited`` until it
is added here with its use.  Linear patterns take milliseconds on 100 KB; a
backtracking one takes minutes.
"""

from __future__ import annotations

import importlib
import re

import pytest
from bounded import time_bound

N = 100_000
SECONDS = 3.0  # per pattern and string; linear ones need ~0.01 s
# A scan tries the pattern every SCAN_STEP characters (10,000 tries on 100 KB): a
# pattern that reads to the end of the text on each try costs 10^9 steps, caught.
SCAN_STEP = 10

# How a module uses its pattern: once on a whole line or text ("match",
# "fullmatch"), over a whole text ("finditer", "search", "sub"), or at many
# positions of a scanner ("scan": match at the start of each repeated unit).
AUDITED = {
    "smartlint.inputs.directives": {
        "DIRECTIVE_COMMENT_RE": "unused",  # kept for reference; directive_comments() is the scanner
        "_COMMENT_OPENING_RE": "finditer", "_COMMENT_TAIL_RE": "fullmatch", "BARE_DIRECTIVE_LINE_RE": "fullmatch",
    },
    "smartlint.inputs.eml": {
        "_HEADER_LINE_RE": "match", "_CONTINUATION_RE": "match", "_MBOX_FROM_RE": "match", "_SUBJECT_RE": "match",
        "_REPLY_PREFIX_RE": "match",
    },
    "smartlint.inputs.html": {"_ENTITY_RE": "scan", "_LANDMARK": "search", "_BODY_TAG": "finditer", "_SECTION_TAG": "finditer",
                               "_HEADING_TAG": "finditer", "_CAPITALS_TITLE": "finditer", "_SITE_LAYOUT": "search",
                               "_PARAGRAPH_TAG": "finditer", "_TITLE_ELEMENT": "finditer", "_TEMPLATE_STATEMENT": "scan"},
    "smartlint.inputs.js_library": {"_LOCALE_NAME": "search", "_HEX_ESCAPE": "scan", "_MEMBER_PATH": "fullmatch"},
    "smartlint.inputs.ini_library": {"_LINE": "scan"},
    "smartlint.inputs.translation_xml": {"_TAG": "finditer", "_ROOT": "search"},
    "smartlint.inputs.php_views": {"_PHP_BLOCK": "sub"},
    "smartlint.inputs.json_library": {"_STRING_OR_COMMENT": "sub", "_NOT_LINE_BREAK": "sub"},
    "smartlint.inputs.library": {"_SUFFIX_SPLIT_RE": "finditer", "_PLAIN_KEY_RE": "fullmatch", "_WORD_RE": "finditer"},
    "smartlint.inputs.mime": {"_BLANK_LINE_RE": "search", "_SOFT_BREAK_RE": "scan", "_QP_LITERAL_RUN_RE": "scan"},
    "smartlint.inputs.replies": {
        "_QUOTED_RE": "match", "_SIGNATURE_RE": "fullmatch", "_ATTRIBUTION_START_RE": "match",
        "_ATTRIBUTION_HEAD_RE": "match", "_ATTRIBUTION_WHEN_RE": "search", "_ATTRIBUTION_VERB_RE": "search",
        "_SEPARATOR_RE": "fullmatch", "_OUTLOOK_FROM_RE": "match", "_OUTLOOK_NEXT_RE": "match",
    },
    "smartlint.inputs.yaml_library": {"_DIRECTIVE_RE": "finditer"},
    "smartlint.inputs": {"_PHP_OPENING": "match"},
    "smartlint.inputs.text": {"_HEADER_RE": "match", "_SUBJECT_RE": "match"},
    "smartlint.inputs.web_page": {"PAGE_KEYS": "search", "_UNDERLINED_TITLE": "finditer", "_TITLE_DECORATION": "sub", "_BLOCK_BREAK": "finditer", "_HEADING": "match",
                                  "_HEADING_LINE": "search", "_IMAGE": "search", "_QUESTION_HEADING": "finditer",
                                  "_SECTION_LINE": "finditer", "_WORD": "finditer", "_ORDERED_ITEM": "finditer",
                                  "FAQ_SUMMARY_TAG": "finditer", "_SITE_LINK": "finditer", "_PROJECT_DOCUMENT": "match",
                                  "_ARTICLE_LINE": "finditer"},
    "smartlint.inputs.yaml_scalars": {"_LINE_END": "search", "_BREAK_RUN": "finditer"},
    "smartlint.inputs.markdown": {
        "_FENCE_RE": "fullmatch", "_HEADING_RE": "match", "_QUOTE_RE": "scan", "_LIST_RE": "scan",
        "_RULE_RE": "fullmatch", "_TABLE_RULE_RE": "fullmatch", "_REF_DEF_RE": "fullmatch", "_TAG_RE": "scan",
        "_AUTOLINK_RE": "scan", "_ENTITY_RE": "scan", "_BACKTICK_RUN": "scan", "_FRONT_MATTER_DATE": "search",
    },
    "smartlint.placeholders": {"_PLACEHOLDER": "finditer", "_COUNT_FORM": "match", "_NAME_WORDS": "finditer"},
    "smartlint.preprocess": {
        "_LABEL_LINE": "match", "_LIST_ITEM": "match",
        "_DASH_SIGNATURE": "search",  # once per line, on the line
        "_STAMPED_LINE": "search",  # once per line, on the line
        "_STAMPED_HEAD": "match",
        "_WRAP": "finditer",  # lookbehind of one character, lookahead over blanks to a letter
        "_LONG_RUN": "sub",  # one pass; a run of non-spaces
        # built from the lexicon's words (greeting, sign-off, subject line)
        "_formula_patterns[0]": "match", "_formula_patterns[1]": "match", "_formula_patterns[2]": "match",
    },
    "smartlint.checks.timeexpr": {
        "_NAMED_DATE": "finditer", "_NUMERIC_DATE": "finditer", "_DATE_CUE_BEFORE": "search",
        "_CLOCK": "finditer", "_HOUR": "finditer", "_SHORT_HOUR": "finditer", "_SPOKEN_CLOCK": "finditer", "_WEEK_NUMBER": "finditer",
        "_WORD_BEFORE": "search", "CLOCK_AFTER_LABEL": "match",
        # built from the lexicon's day parts and duration units
        "_vocabulary_patterns[0]": "finditer", "_vocabulary_patterns[1]": "finditer",
    },
    "smartlint.checks.promises": {"_SINCE_WORD": "search"},
    "smartlint.checks.promise_when": {"_SINCE": "search", "_OF_THAT": "search", "_DATED_AFTER": "scan",
                                      "_CLAUSE_END": "search"},
    "smartlint.inputs.software_templates": {"_TEMPLATE_LOGIC": "search"},
    "smartlint.checks.promise_shapes": {"_DOES_THAT": "search"},
    "smartlint.checks.promise_filters": {"_COLON_THEN_LINE": "match", "_LABEL_BEFORE": "match"},
    "smartlint.checks.action_words": {"_AGENT": "search"},
    "smartlint.checks.channel": {"_ADDRESS": "finditer", "_SITE_AFTER_ROUTE": "finditer",
                                 "_LIST_ITEM": "finditer", "_BULLET": "match"},
    "smartlint.checks.action_items": {
        "_LINE": "finditer", "_LABEL": "match", "_BRACKETED_NAME": "search", "RULE_ROW": "match",
        "_OWNER_AFTER": "match", "_OWNER_THEN_DASH": "match",
    },
    "smartlint.checks.sentence_fields": {"_SENTENCE_START": "finditer", "_SENTENCE_END": "search"},
    "smartlint.checks.dates": {"_MONTHS_OF_A_YEAR": "finditer"},  # (its _LEADING_WORD is web_page._WORD)
    "smartlint.checks.minute_lines": {"_BRACKETED": "sub"},
    "smartlint.checks.field_lines": {"_FIELD_LINE": "finditer", "_WORD": "finditer", "_ROLE_AND_NAME": "finditer",
                                     "_BRACKETED_OWNER": "search",
                                     "_INLINE_LABEL": "finditer"},
    "smartlint.inputs.library_scope": {
        "_HTML_HINT": "search", "_MARKDOWN_HINT": "search", "_PLURAL_FORM": "match", "_INDEXED": "match",
        "_NEXTCLOUD_PLURAL": "search", "_KEY_WORDS": "finditer", "_LAST_PART": "search", "_PIPE_FORMS": "fullmatch",
        "_LITERAL_BREAK": "finditer", "_HEADING_LINE": "finditer",
    },
    "smartlint.inputs.fluent_library": {"_ENTRY": "scan", "_ATTRIBUTE": "scan", "_DEFAULT_VARIANT": "search",
                                        "_NEXT_VARIANT": "search"},
    "smartlint.inputs.po_library": {"_KEYWORD": "scan", "_LINE": "finditer", "_OCTAL": "scan", "_HEX": "scan"},
    "smartlint.inputs.xliff_library": {"_TAG": "finditer", "_INNER": "search"},
    "smartlint.inputs.xml_text": {"_ATTRIBUTE": "finditer", "ENTITY": "scan", "_DOCTYPE": "search", "_TEXT_ENTITY": "finditer",
                                  "_SUBSET_COMMENT": "sub", "_DECLARED": "finditer", "_BARE_DOCTYPE": "search"},
    "smartlint.inputs.android_strings": {"_ROOT": "search", "_TAG": "finditer", "_INNER": "search", "_UNICODE": "scan"},
    "smartlint.inputs.php_library": {"_TOKEN": "scan", "_DOUBLE_ESCAPE": "finditer", "_INTERPOLATION": "finditer",
                                     "_VARIABLE": "match"},
    "smartlint.baseline": {"_ROW": "sub"},
    "smartlint.suppression": {"_HASH_COMMENT": "finditer", "_DIRECTIVE": "finditer", "_NAME": "finditer"},
    "smartlint.segments": {"LINE_BREAK_RE": "finditer", "_INVISIBLE": "finditer"},
    "smartlint.text_dates": {"PLACEHOLDER": "finditer"},
    "smartlint.report.unicode_safe": {"_SURROGATE": "finditer", "_CONTROL": "sub"},
}  # fmt: skip

# Near misses: each repeated to 100 KB.  Runs of blanks and of one character, and
# the beginnings of every construct the patterns look for, left unfinished.
UNITS = [
    " ", "\t", "a", "0", "-", "#", "<", "&", "{", "[", "=", "\n", ":", ".", "*", "_", "`", "|", "@", "\r",
    "> ", "- ", "1. ", "-- ", "Op ", "On 10:00 ", "Op 10:00 schreef ", "schreef :", "{{", "{%", "%{", "${",
    "{ a", "[A", "<!-- smartlint-disable ", "smartlint-disable ", "smartlint-", "# smartlint: disable= ",
    "#  ", "&#", "&a", "=\t", "=C3", "\r\n", "From: ", "Van: ", "Beste ", "met vriendelijke ", "A a a a:",
    "Re: ", "re re ", "[a](", "x@", "<a ", "<a b=", "|-", "| - ", "--- original", "datum:", "{datum:",
    "\udce9", "Onderwerp ", "1)", "Verzonden ", "1 ", "12.", "12:3", "om ", "week ", "2 dagen ", "1-1-", "van ",
    "Status: ", "- a: ", "op a.", "a.a", "x@a.",
]  # fmt: skip


def _pattern(module, name: str) -> re.Pattern[str]:
    """``name`` is a module attribute, or ``builder[i]``: the i-th pattern a function
    builds from the current lexicon (patterns whose words live in rules/lexicon.yaml)."""
    if "[" not in name:
        return getattr(module, name)
    from smartlint.nl.lexicon import lexicon

    builder, index = name[:-1].split("[")
    return getattr(module, builder)(lexicon())[int(index)]


def _patterns():
    for module_name, names in AUDITED.items():
        module = importlib.import_module(module_name)
        for name, use in names.items():
            if use != "unused":
                yield pytest.param(_pattern(module, name), use, id=f"{module_name.split('.')[-1]}.{name}")


def _run(pattern: re.Pattern[str], use: str, text: str, unit: str) -> None:
    if use == "match":
        pattern.match(text)
    elif use == "fullmatch":
        pattern.fullmatch(text)
    elif use == "search":
        pattern.search(text)
    elif use == "sub":
        pattern.sub("", text)
    elif use == "finditer":
        for _ in pattern.finditer(text):
            pass
    elif use == "scan":  # a scanner trying the pattern as it moves on, as readers do
        pos, step = 0, max(len(unit), SCAN_STEP)
        while pos < len(text):
            found = pattern.match(text, pos)
            pos = max(found.end(), pos + step) if found else pos + step
    else:
        raise AssertionError(f"unknown use {use!r}")


@pytest.mark.parametrize(("pattern", "use"), list(_patterns()))
def test_pattern_is_linear_on_adversarial_strings(pattern, use):
    for unit in UNITS:
        repeated = (unit * (N // len(unit) + 1))[:N]
        texts = [repeated, "Beste klant,\n" + repeated + "x"] if use == "search" else [repeated]
        for text in texts:
            with time_bound(SECONDS):
                _run(pattern, use, text, unit)


def test_every_pattern_is_audited():
    modules = {name: importlib.import_module(name) for name in AUDITED}
    for module_name, names in AUDITED.items():
        imported = {  # a pattern imported from another audited module is audited there
            id(getattr(other, name)) for other_name, other in modules.items() if other_name != module_name
            for name in AUDITED[other_name] if "[" not in name
        }
        compiled = {
            name for name, value in vars(modules[module_name]).items()
            if isinstance(value, re.Pattern) and id(value) not in imported
        }
        listed = {name for name in names if "[" not in name}
        assert compiled == listed, f"{module_name}: audit list differs: {compiled ^ listed}"
