"""CSV libraries of canned responses: one segment per row, from the message column.

The first record is the header.  The message column is ``settings.csv_column`` if
set, else the first of :data:`MESSAGE_COLUMNS` present (case-insensitive).  The
delimiter is guessed from the header line (``,``, ``;`` as Dutch Excel writes, or
tab).  A small scanner follows the :mod:`csv` module's default (excel) dialect
exactly, recording where every field lies, so quoted fields with doubled quotes
(``""`` maps to both quotes) and embedded line breaks keep exact offsets.
Keys read ``row 7, body``: the 1-based line on which the record starts, and the
column.
"""

from __future__ import annotations

from dataclasses import dataclass

from smartlint.errors import InputError
from smartlint.inputs.library import note_if_empty
from smartlint.inputs.view import View, ViewBuilder
from smartlint.segments import SourceDocument
from smartlint.settings import Settings

MESSAGE_COLUMNS = ("body", "text", "message", "inhoud", "bericht", "tekst")
_QUOTE = '"'
_CANDIDATE_DELIMITERS = (",", ";", "\t")


@dataclass
class CsvRecord:
    start: int  # source offset where the record begins
    fields: list[View]


def read_csv_library(doc: SourceDocument, settings: Settings | None = None) -> None:
    source = View.of_source(doc.source_text)
    records = scan_csv(source, guess_delimiter(doc.source_text), doc)
    if not records:
        doc.notes.append("no records")
        return
    header = [field.text.strip() for field in records[0].fields]
    column = _message_column(header, getattr(settings, "csv_column", None), doc.path)
    name = header[column]
    for record in records[1:]:
        if column < len(record.fields) and record.fields[column].text.strip():
            line, _ = doc.line_col(record.start)
            doc.segments.append(record.fields[column].segment(key=f"row {line}, {name}"))
    note_if_empty(doc)


def _message_column(header: list[str], configured: str | None, path: str) -> int:
    lowered = [name.lower() for name in header]
    found = _column_list(header)
    if configured:
        if configured.strip().lower() in lowered:
            return lowered.index(configured.strip().lower())
        raise InputError(f"column '{configured}' (csv_column) not found; columns found: {found}", path)
    for candidate in MESSAGE_COLUMNS:
        if candidate in lowered:
            return lowered.index(candidate)
    raise InputError(
        f"no message column (expected one of {', '.join(MESSAGE_COLUMNS)}; "
        f"set csv_column in .smartlint.yaml); columns found: {found}",
        path,
    )


def guess_delimiter(text: str) -> str:
    """The candidate delimiter seen most often (outside quotes) in the first record."""
    counts = dict.fromkeys(_CANDIDATE_DELIMITERS, 0)
    quoted = False
    for ch in text:
        if ch == _QUOTE:
            quoted = not quoted
        elif not quoted and ch in "\r\n":
            break
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(_CANDIDATE_DELIMITERS, key=lambda d: counts[d])  # ties: the first, ','
    return best if counts[best] else ","


def scan_csv(source: View, delimiter: str, doc: SourceDocument) -> list[CsvRecord]:
    """Records as the csv module reads them (blank lines skipped), each field a view."""
    text, n = source.text, len(source.text)
    records: list[CsvRecord] = []
    pos = 0
    while pos < n:
        if text[pos] in "\r\n":  # a blank line: no record
            pos = _after_break(text, pos)
            continue
        record = CsvRecord(pos, [])
        while True:
            out = ViewBuilder(source)
            if pos < n and text[pos] == _QUOTE:
                pos = _quoted_field(text, pos, out, doc)
            run = pos  # unquoted text, or what follows a closing quote (kept literally)
            while run < n and text[run] != delimiter and text[run] not in "\r\n":
                run += 1
            out.copy(pos, run)
            pos = run
            record.fields.append(out.view())
            if pos < n and text[pos] == delimiter:
                pos += 1
                continue
            pos = _after_break(text, pos)
            break
        records.append(record)
    return records


def _quoted_field(text: str, pos: int, out: ViewBuilder, doc: SourceDocument) -> int:
    """Decode the quoted field whose opening quote is at ``pos``; returns the offset after its closing quote."""
    opening = pos
    pos += 1
    piece = pos
    while True:
        close = text.find(_QUOTE, pos)
        if close == -1:
            line, column = doc.line_col(opening)
            raise InputError(
                f"invalid CSV at line {line}, column {column}: quoted field is never closed", doc.path,
                line=line, column=column,
            )
        if text.startswith(_QUOTE * 2, close):  # a doubled quote is one quote
            out.copy(piece, close)
            out.replace(_QUOTE, close, close + 2)
            pos = piece = close + 2
            continue
        out.copy(piece, close)
        return close + 1


def _after_break(text: str, pos: int) -> int:
    if text.startswith("\r\n", pos):
        return pos + 2
    return pos + 1 if pos < len(text) else pos


def _column_list(header: list[str], most: int = 10) -> str:
    """The header names for an error message: one line, each name cut to 40 characters."""
    names = [" ".join(name.split()) for name in header]
    shown = [name if len(name) <= 40 else name[:39] + "…" for name in names if name]
    more = len(shown) - most
    return (", ".join(shown[:most]) + (f" and {more} more" if more > 0 else "")) or "none"
