"""Readers: a file in, a :class:`~smartlint.segments.SourceDocument` out.

``read_path`` decodes the file (:mod:`.decoding`) and picks a reader by suffix;
every reader fills ``SourceDocument.segments`` with the prose to lint and an exact
map back to the file's text.  Unknown suffixes are read as plain text (an explicit
file is linted whatever its name); directory walks use :data:`SUPPORTED_SUFFIXES`.

==================  ==========================================================
``.txt``            the whole text (:mod:`.text`)
``.md``             prose without code, comments, markup (:mod:`.markdown`)
``.html``/``.htm``  the visible text (:mod:`.html`)
``.eml``            the sender's own text (:mod:`.eml`)
``.yaml``/``.yml``  every string value (:mod:`.yaml_library`)
``.json``           every string value (:mod:`.json_library`)
``.csv``            the message column of every row (:mod:`.csv_library`)
``.po``/``.pot``    every translation (``msgstr``) of a gettext catalogue (:mod:`.po_library`)
``.xlf``/``.xliff`` every ``<target>`` of an XLIFF 1.2/2.0 file (:mod:`.xliff_library`)
``.php``            every string value of a PHP language file; code files are skipped (:mod:`.php_library`);
                    a view (HTML with PHP blocks) as HTML (:mod:`.php_views`)
``.xml``            every string of an Android resource file (``res/values*/``) (:mod:`.android_strings`)
``.js``/``.ts``     every string value of a locale module's object literals (:mod:`.js_library`);
                    a Qt Linguist ``.ts`` and a ``.xtb`` bundle: every ``<translation>`` (:mod:`.translation_xml`)
``.ini``            every value of an INI language file (Joomla, Leantime) (:mod:`.ini_library`)
==================  ==========================================================

The segments of a library (YAML, JSON, CSV, gettext, XLIFF, PHP arrays, Android XML) are then scoped by the
``library:`` settings: keys, kinds, markup, plural forms (:mod:`.library_scope`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from smartlint.inputs.android_strings import read_android_strings
from smartlint.inputs.android_strings import walkable as android_walkable
from smartlint.inputs.csv_library import read_csv_library, tab_table_columns
from smartlint.inputs.decoding import (
    EMPTY_NOTE,
    MAX_FILE_BYTES,
    decode_bytes,
    read_bytes,
)
from smartlint.inputs.eml import read_eml
from smartlint.inputs.fluent_library import read_fluent_library
from smartlint.inputs.html import looks_like_html, read_html
from smartlint.inputs.ini_library import read_ini_library
from smartlint.inputs.js_library import JS_SUFFIXES, is_locale_module, read_js_library
from smartlint.inputs.json_library import read_json_library
from smartlint.inputs.library_scope import scope_library
from smartlint.inputs.markdown import read_markdown
from smartlint.inputs.php_library import read_php_library
from smartlint.inputs.po_library import read_po_library
from smartlint.inputs.properties_library import read_properties_library
from smartlint.inputs.software_templates import mark_software_template
from smartlint.inputs.strings_library import read_strings_library
from smartlint.inputs.text import read_text
from smartlint.inputs.translation_xml import is_translation_xml, read_translation_xml
from smartlint.inputs.web_page import (
    is_project_document,
    is_site_page,
    is_terms_document,
    is_text_document,
)
from smartlint.inputs.xliff_library import read_xliff_library
from smartlint.inputs.yaml_library import read_yaml_library
from smartlint.segments import SourceDocument
from smartlint.settings import Settings

__all__ = ["MAX_FILE_BYTES", "SUPPORTED_SUFFIXES", "read_path", "read_stdin", "reader_for", "walkable"]

STDIN_PATH = "<stdin>"

# A file that opens with PHP's start tag (after a byte-order mark or blank lines).
_PHP_OPENING = re.compile(r"\A\ufeff?\s*<\?php\b")


def _read_txt(doc: SourceDocument, settings: Settings) -> None:
    """A PHP file saved under another name is read as the PHP it is (its ``//`` comments
    are no prose), an HTML template as HTML, a page of a site with front matter that names
    it a page as Markdown, a plain-text document of underlined section
    titles (a README: "Quickstart\n==========") as the Markdown page it is; anything
    else as one message."""
    if _PHP_OPENING.match(doc.source_text):
        read_php_library(doc)
        scope_library(doc, settings.library)
    elif looks_like_html(doc.source_text):
        read_html(doc)
    elif is_site_page(doc.source_text):
        read_markdown(doc)  # a site's page saved under another name ("index.md.original")
    elif (columns := tab_table_columns(doc.source_text)) is not None:
        # a tab-separated translation table ("tracker/lang/egw_nl.lang": key, app, language,
        # translation): its last column is the messages, as a headerless CSV's
        read_csv_library(doc, replace(settings, csv_header=False, csv_column=str(columns)))
        scope_library(doc, settings.library)
    elif is_text_document(doc.source_text):
        read_markdown(doc)
    else:
        read_text(doc)


def _read_php(doc: SourceDocument) -> None:
    """A language pack, or a view: an HTML page with PHP blocks (:mod:`.php_views`)."""
    from smartlint.inputs.php_views import html_view_file

    view = html_view_file(doc.source_text)
    if view is not None:
        read_html(doc, view, whole_file=True)
    else:
        read_php_library(doc)


def walkable(path: Path) -> bool:
    """Whether a folder walk takes a file of a supported suffix: an Android ``.xml`` only
    from a ``values*`` folder, a ``.js``/``.ts``/``.ini`` file only when its name or folder
    says it holds translations (an app's own code, a tool's settings are no library)."""
    return android_walkable(path) and is_locale_module(path)


def _read_js(doc: SourceDocument) -> None:
    """A locale module, or a Qt Linguist file (``.ts`` is also Qt's suffix)."""
    if is_translation_xml(doc.source_text):
        read_translation_xml(doc)
    else:
        read_js_library(doc)


# suffix -> reader(doc, raw bytes, settings)
_READERS: dict[str, Callable[[SourceDocument, bytes, Settings], None]] = {
    ".txt": lambda doc, raw, settings: _read_txt(doc, settings),
    ".md": lambda doc, raw, settings: read_markdown(doc),
    ".markdown": lambda doc, raw, settings: read_markdown(doc),
    ".html": lambda doc, raw, settings: read_html(doc),
    ".htm": lambda doc, raw, settings: read_html(doc),
    ".eml": lambda doc, raw, settings: read_eml(doc, raw),
    ".yaml": lambda doc, raw, settings: read_yaml_library(doc),
    ".yml": lambda doc, raw, settings: read_yaml_library(doc),
    ".json": lambda doc, raw, settings: read_json_library(doc),
    ".csv": lambda doc, raw, settings: read_csv_library(doc, settings),
    ".po": lambda doc, raw, settings: read_po_library(doc, settings),
    ".pot": lambda doc, raw, settings: read_po_library(doc, settings),
    ".xlf": lambda doc, raw, settings: read_xliff_library(doc),
    ".xliff": lambda doc, raw, settings: read_xliff_library(doc),
    ".php": lambda doc, raw, settings: _read_php(doc),
    ".xml": lambda doc, raw, settings: read_android_strings(doc),
    ".properties": lambda doc, raw, settings: read_properties_library(doc),
    ".ftl": lambda doc, raw, settings: read_fluent_library(doc),
    ".strings": lambda doc, raw, settings: read_strings_library(doc),
    ".ini": lambda doc, raw, settings: read_ini_library(doc),
    ".xtb": lambda doc, raw, settings: read_translation_xml(doc),
    **{suffix: lambda doc, raw, settings: _read_js(doc) for suffix in JS_SUFFIXES},
}

SUPPORTED_SUFFIXES = frozenset(_READERS)
LIBRARY_SUFFIXES = frozenset({".yaml", ".yml", ".json", ".csv", ".po", ".pot", ".xlf", ".xliff", ".php", ".xml",
                              ".properties", ".ftl", ".strings", ".ini", ".xtb", *JS_SUFFIXES})


def reader_for(path: Path) -> Callable[[SourceDocument, bytes, Settings], None]:
    """The reader for a file name; plain text for anything unknown.  A library's
    segments are scoped by the ``library:`` settings after reading."""
    suffix = path.suffix.lower()
    reader = _READERS.get(suffix, _READERS[".txt"])
    if suffix not in LIBRARY_SUFFIXES:
        return reader

    def read_library(doc: SourceDocument, raw: bytes, settings: Settings) -> None:
        reader(doc, raw, settings)
        scope_library(doc, settings.library)

    return read_library


def read_path(path: Path, settings: Settings, display_path: str | None = None) -> SourceDocument:
    """Read one file (never modified); raises InputError with ``display_path`` on bad input."""
    path = Path(path)
    shown = display_path if display_path is not None else str(path)
    raw = read_bytes(path, shown)
    decoded = decode_bytes(raw, shown)
    doc = SourceDocument(path=shown, source_text=decoded.text, notes=list(decoded.notes))
    if not decoded.text.strip():
        doc.notes.append(EMPTY_NOTE)
        return doc
    reader_for(path)(doc, raw, settings)
    mark_software_template(doc, path.suffix)
    _mark_project_document(doc, path.name)
    bound_messages(doc)
    return doc


def read_stdin(data: str | bytes, name: str = STDIN_PATH, settings: Settings | None = None) -> SourceDocument:
    """Standard input; bytes are decoded as a file's are (UTF-8, a BOM's encoding,
    else cp1252 with a note; binary data is refused).  ``name`` (``--stdin-filename``)
    is how findings name it, and its suffix chooses the reader as a file's would;
    without one it is plain text."""
    notes: list[str] = []
    if isinstance(data, bytes):
        decoded = decode_bytes(data, name)
        text, notes, raw = decoded.text, list(decoded.notes), data
    else:
        text = data.removeprefix("\ufeff")
        raw = text.encode("utf-8")
    doc = SourceDocument(path=name, source_text=text, notes=notes)
    if not text.strip():
        doc.notes.append(EMPTY_NOTE)
        return doc
    reader_for(Path(name))(doc, raw, settings or Settings())
    mark_software_template(doc, Path(name).suffix)
    _mark_project_document(doc, Path(name).name)
    bound_messages(doc)
    return doc


def _mark_project_document(doc: SourceDocument, name: str) -> None:
    """A README or CHANGELOG is a page of the project's documentation: only the rules
    that hold for any text apply (see :func:`smartlint.inputs.web_page.is_project_document`)."""
    if is_project_document(name):
        for segment in doc.segments:
            segment.kind = "page" if segment.kind in (None, "message") else segment.kind
    elif len(doc.segments) == 1 and doc.segments[0].key is None and doc.segments[0].kind in (None, "message") \
            and is_terms_document(doc.segments[0].text):
        doc.segments[0].kind = "legal"  # a draft that is terms and conditions: its articles


# No message to a customer is this long (about 30,000 words, 60 pages); checking costs
# about a minute per megabyte of dense prose, so a longer message is checked up to here.
MAX_MESSAGE_CHARS = 200_000


def bound_messages(doc: SourceDocument) -> None:
    """Cut a message longer than :data:`MAX_MESSAGE_CHARS` at the last white space
    before that length, with a note saying where checking stopped."""
    for segment in doc.segments:
        if len(segment.text) <= MAX_MESSAGE_CHARS:
            continue
        cut = segment.text.rfind(" ", MAX_MESSAGE_CHARS // 2, MAX_MESSAGE_CHARS + 1)
        cut = max(cut, segment.text.rfind("\n", MAX_MESSAGE_CHARS // 2, MAX_MESSAGE_CHARS + 1))
        cut = cut if cut > 0 else MAX_MESSAGE_CHARS
        line, _ = doc.line_col(segment.offsets.to_source_end(cut))
        doc.notes.append(f"a message of {len(segment.text):,} characters: only its first {cut:,} "
                         f"(up to line {line}) were checked")
        segment.text, segment.offsets = segment.text[:cut], segment.offsets.prefix(cut)
