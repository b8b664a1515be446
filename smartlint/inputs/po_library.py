"""gettext catalogues (``.po``/``.pot``): one segment per translation.

Every ``msgstr`` (and each ``msgstr[n]`` of a plural entry) is a message, keyed by
its ``msgid`` (``msgctxt | msgid`` when the entry has a context); the forms of a
plural entry are variants of one string (``Segment.variant_of``), so a problem in
both forms is reported once.  Left out: the header entry (``msgid ""``), fuzzy
entries (``#, fuzzy``: a guess nobody checked; ``library: {fuzzy: true}`` lints
them), obsolete entries (``#~``) and untranslated ones.  A catalogue with no
translation at all (a ``.pot`` template) is read from its ``msgid`` texts instead,
those that do not read as English: a project written in Dutch first keeps its
messages there.  A short ``msgctxt`` that
names a field ("block title", "email subject", "button") gives the entry its kind,
as a key's name does in YAML (``library.kind_names``).

Our own line scanner, not polib: polib (the maintained parser) keeps only the line
number where an entry starts, not where each string lies, and decodes escapes
without a map.  Here every quoted string is decoded into a view, so ``\\"``,
``\\n`` and ``\\t`` map to their two source characters and a string continued over
several lines keeps exact line/column for every word.  Linear in the file size.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from smartlint.errors import InputError
from smartlint.inputs.library import is_prose, mostly_dutch, note_if_empty, reads_as_english
from smartlint.inputs.library_scope import kind_from_name
from smartlint.inputs.view import View, ViewBuilder
from smartlint.segments import SourceDocument
from smartlint.settings import Settings

_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d{1,3})\])?)[ \t]*")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b",
            "f": "\f", "v": "\v", "'": "'", "?": "?"}
# A line and its break; view.line_spans searches for '\r' to the end of the text on
# every line, which is quadratic in a large catalogue without any '\r'.
_LINE = re.compile(r"([^\r\n]*)(?:\r\n|\r|\n|$)")
_CONTEXT_MAX_WORDS = 3
_OCTAL = re.compile(r"[0-7]{1,3}")
_HEX = re.compile(r"x[0-9a-fA-F]{1,2}")


@dataclass
class _Entry:
    fuzzy: bool = False
    context: str | None = None
    msgid: str | None = None
    translations: list[tuple[int | None, ViewBuilder]] = field(default_factory=list)  # (plural index, text)
    sources: list[ViewBuilder] = field(default_factory=list)  # msgid, msgid_plural

    @property
    def translated(self) -> bool:
        return any(builder.view().text for _, builder in self.translations)

    @property
    def started(self) -> bool:
        return self.msgid is not None or self.context is not None


def read_po_library(doc: SourceDocument, settings: Settings | None = None) -> None:
    lint_fuzzy = bool(settings and settings.library.fuzzy)
    source = View.of_source(doc.source_text)
    entries = [e for e in _PoScanner(doc, source).entries()
               if e.msgid and (lint_fuzzy or not e.fuzzy)]  # msgid "": the header
    if entries and not any(e.translated for e in entries):
        if mostly_dutch([b.view().text for e in entries for b in e.sources]):
            _read_sources(doc, entries)  # a template whose source language is Dutch
    else:
        _read_translations(doc, entries, settings)
    note_if_empty(doc)


def _read_sources(doc: SourceDocument, entries: list[_Entry]) -> None:
    """A catalogue without a single translation (a ``.pot``, or a ``.po`` nobody has
    translated yet): its text is the ``msgid``.  Projects written in Dutch first
    (WordPress plugins of Dutch municipalities) keep their Dutch messages there; an
    English catalogue is left alone (``mostly_dutch``), and so is an English string
    in a Dutch one (``reads_as_english``)."""
    for entry in entries:
        key = f"{entry.context} | {entry.msgid}" if entry.context else entry.msgid
        plural = len(entry.sources) > 1
        for index, builder in enumerate(entry.sources):
            view = builder.view()
            if not is_prose(view.text) or reads_as_english(view.text):
                continue
            doc.segments.append(view.segment(key=f"{key}[{index}]" if plural else key,
                                             variant_of=key if plural else None))


def _read_translations(doc: SourceDocument, entries: list[_Entry], settings: Settings | None) -> None:
    for entry in entries:
        if not entry.translated:
            continue
        key = f"{entry.context} | {entry.msgid}" if entry.context else entry.msgid
        plural = len(entry.translations) > 1
        # A short context names the field: "block title", "email subject", "button".
        short_context = entry.context and len(entry.context.split()) <= _CONTEXT_MAX_WORDS
        kind = kind_from_name(entry.context, settings.library) if short_context and settings else None
        for index, builder in entry.translations:
            view = builder.view()
            if not is_prose(view.text):
                continue
            doc.segments.append(view.segment(
                key=f"{key}[{index}]" if index is not None else key,
                variant_of=key if plural else None,
                kind=kind,
            ))


class _PoScanner:
    def __init__(self, doc: SourceDocument, source: View):
        self.doc = doc
        self.source = source
        self.text = source.text

    def fail(self, pos: int, problem: str) -> InputError:
        line, column = self.doc.line_col(pos)
        return InputError(f"invalid PO at line {line}, column {column}: {problem}", self.doc.path,
                          line=line, column=column)

    def entries(self):
        entry = _Entry()
        current: ViewBuilder | None = None  # the string that a "..." line continues
        field_name = ""
        for line in _LINE.finditer(self.text):
            start, end = line.start(), line.start() + len(line.group(1))
            if start == len(self.text):
                break
            pos = start
            while pos < end and self.text[pos] in " \t":
                pos += 1
            if pos == end:  # a blank line ends an entry
                if entry.started:
                    yield entry
                    entry = _Entry()
                current = None
                continue
            ch = self.text[pos]
            if ch == "#":
                if entry.translations:  # a comment after the strings starts the next entry
                    yield entry
                    entry = _Entry()
                current = None
                if self.text.startswith("#,", pos) and "fuzzy" in self.text[pos + 2 : end].replace(",", " ").split():
                    entry.fuzzy = True
                continue  # '#~' obsolete entries and other comments are no strings
            if ch == '"':
                if current is None:
                    raise self.fail(pos, "a string without a keyword (msgid, msgstr, ...) before it")
                self._string(pos, end, current)
                if field_name in ("msgid", "msgctxt"):
                    self._remember(entry, field_name, current)
                continue
            m = _KEYWORD.match(self.text, pos, end)
            if not m or pos + len(m.group()) >= end or self.text[m.end()] != '"':
                raise self.fail(pos, "expected msgctxt, msgid, msgid_plural or msgstr followed by a string")
            keyword = m.group(1)
            if keyword in ("msgctxt", "msgid") and (entry.translations or (keyword == "msgctxt" and entry.msgid)):
                yield entry
                entry = _Entry()
            current = ViewBuilder(self.source)
            field_name = "msgstr" if keyword.startswith("msgstr") else keyword
            if keyword.startswith("msgstr"):
                entry.translations.append((int(m.group(2)) if m.group(2) else None, current))
            elif keyword in ("msgid", "msgid_plural"):
                entry.sources.append(current)
            self._string(m.end(), end, current)
            if field_name in ("msgid", "msgctxt"):
                self._remember(entry, field_name, current)
        if entry.started:
            yield entry

    @staticmethod
    def _remember(entry: _Entry, field_name: str, builder: ViewBuilder) -> None:
        value = builder.view().text
        if field_name == "msgid":
            entry.msgid = value
        else:
            entry.context = value

    def _string(self, pos: int, end: int, out: ViewBuilder) -> None:
        """Decode the string literal whose opening quote is at ``pos`` into ``out``."""
        text = self.text
        opening = pos
        pos += 1
        while True:
            run = pos
            while run < end and text[run] not in '"\\':
                run += 1
            out.copy(pos, run)
            if run >= end:
                raise self.fail(opening, "string is never closed")
            if text[run] == '"':
                rest = text[run + 1 : end].strip()
                if rest and not rest.startswith("#"):
                    raise self.fail(run + 1, f"unexpected text after a string: {rest[:20]!r}")
                return
            pos = self._escape(run, end, out)

    def _escape(self, pos: int, end: int, out: ViewBuilder) -> int:
        """Decode the escape at ``pos`` (its backslash); returns the position after it."""
        if pos + 1 >= end:
            raise self.fail(pos, "string is never closed")
        code = self.text[pos + 1]
        if code in _ESCAPES:
            out.replace(_ESCAPES[code], pos, pos + 2)
            return pos + 2
        for pattern, base, skip in ((_OCTAL, 8, 0), (_HEX, 16, 1)):
            m = pattern.match(self.text, pos + 1, end)
            if m:
                out.replace(chr(int(m.group()[skip:], base)), pos, m.end())
                return m.end()
        out.copy(pos + 1, pos + 2)  # an unknown escape: the character itself (as msgfmt warns)
        return pos + 2
