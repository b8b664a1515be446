"""Property tests: for any text the engine does not crash and offsets are exact."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings as hypothesis_settings
from hypothesis import strategies as st
from lint_helpers import CLIENTS, TODAY, document

from smartlint.engine import Engine
from smartlint.placeholders import mask_placeholders
from smartlint.segments import SegmentBuilder, SourceDocument
from smartlint.settings import Settings

# Building blocks that exercise the rules, the placeholders and the line structure.
PIECES = [
    "Beste Jan,", "Geachte heer Jansen,", "Met vriendelijke groet,", "Sanne de Vries",
    "We lossen het zo snel mogelijk op.", "Ik kijk er even naar.", "z.s.m.", "snel",
    "een flinke vertraging van 2 dagen", "een kleine storing", "Er is een storing.",
    "binnen een uur verholpen", "De oorzaak is", "bij Garage De Vries", "bij een klant",
    "Sanne belt u dinsdag 2 december om 10.00 uur.", "31 november", "Wij sturen u de pas.",
    "{{ datum }}", "{{", "}}", "{% if x %}", "%{naam}", "{naam}", "${bedrag}", "[NAAM]",
    "\r\n", "\n", "\n\n", " ", "\t", "é", "ï", "ß", "😀", "\u2028", "\u00a0", "—", ".", ",", "?",
]
TEXTS = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=14).map("".join)


_ENGINES: dict[str, Engine] = {}


def engine(**kwargs) -> Engine:
    """An engine with every built-in pack (the SMART and date checks too), cached."""
    key = repr(sorted(kwargs.items()))
    if key not in _ENGINES:
        _ENGINES[key] = Engine(Settings(today=TODAY, **kwargs))
    return _ENGINES[key]


def check_offsets(doc: SourceDocument, findings) -> None:
    for f in findings:
        assert 0 <= f.start < f.end <= len(doc.source_text), f
        assert doc.source_text[f.start : f.end] == f.text, f
        assert (f.line, f.column) == doc.line_col(f.start)
        assert (f.end_line, f.end_column) == doc.line_col(f.end)


@hypothesis_settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.sampled_from(["auto", "normal", "incident"]))
def test_any_text_lints_with_exact_offsets(text, context):
    doc = document(text)
    findings = engine(context=context, client="Bakkerij Jansen", clients=CLIENTS).lint([doc])
    check_offsets(doc, findings)
    # A finding never points into a template placeholder (it may span a whole one).
    _, placeholders = mask_placeholders(text)
    for f in findings:
        for p in placeholders:
            overlaps = f.start < p.end and p.start < f.end
            assert not overlaps or (f.start <= p.start and p.end <= f.end), (f, p)


@hypothesis_settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(TEXTS, st.booleans()), min_size=1, max_size=5))
def test_offsets_survive_an_offset_map_with_replacements(parts):
    # Each part is either copied verbatim or "decoded" from a longer source escape,
    # as the HTML and e-mail readers do; findings must still point at the source.
    source_parts, builder, pos = [], SegmentBuilder(), 0
    for text, escaped in parts:
        if escaped and text:
            raw = "&#" + "x" * len(text) + ";"  # a longer source sequence for the same text
            builder.replace(text, pos, len(raw))
        else:
            raw = text
            builder.copy(text, pos)
        source_parts.append(raw)
        pos += len(raw)
    source = "".join(source_parts)
    doc = SourceDocument(path="x.html", source_text=source, segments=[builder.build()])
    check_offsets(doc, engine(context="auto").lint([doc]))
