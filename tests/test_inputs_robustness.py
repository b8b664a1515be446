"""Any text: readers either read it or raise InputError, and their maps stay sane."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from test_inputs_view import assert_map_is_sane

from smartlint.errors import InputError
from smartlint.inputs.csv_library import read_csv_library
from smartlint.inputs.eml import read_eml
from smartlint.inputs.html import read_html
from smartlint.inputs.json_library import read_json_library
from smartlint.inputs.markdown import read_markdown
from smartlint.inputs.text import read_text
from smartlint.inputs.yaml_library import read_yaml_library
from smartlint.segments import SourceDocument

_PIECES = [
    "Beste", " ", "klant", "\n", "\r\n", "\r", "`", "```", "~~~", "*", "**", "_", "[", "]", "(", ")", "!",
    "<", ">", "<!--", "-->", "<![", "&amp;", "&#233;", "&", "#", "- ", "1. ", "    ", "\t", "|", "---", "\\",
    "<p>", "</p>", "<br>", "<script>", "</script>", "<b>", "é", "=", "=C3=A9", "=\n", "-- ", "> ",
    "Op ma 1 jan 2025 om 10:00 schreef a@b.nl:", "From: a@b.nl", "Content-Type: text/plain",
    "Content-Transfer-Encoding: quoted-printable", "\n\n", '"', "'", ":", ",", ";", "{", "}",
    "smartlint-disable x", "<!-- smartlint-disable x -->", "# smartlint: disable=x",
]  # fmt: skip
_READERS = {
    "md": read_markdown,
    "html": read_html,
    "txt": read_text,
    "eml": lambda doc: read_eml(doc, doc.source_text.encode("utf-8")),
    "yaml": read_yaml_library,
    "json": read_json_library,
    "csv": read_csv_library,
}


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.sampled_from(_PIECES), max_size=40), kind=st.sampled_from(sorted(_READERS)))
def test_readers_never_crash_and_map_inside_the_file(pieces, kind):
    doc = SourceDocument(path=f"x.{kind}", source_text="".join(pieces))
    try:
        _READERS[kind](doc)
    except InputError:
        return
    for seg in doc.segments:
        assert_map_is_sane(doc, seg)
