"""CSV libraries of canned responses: one segment per row, from the message column.

The first record is the header, unless ``csv_header: false`` says there is none or
the file is a language pack without one (detected: no known column name, every
record has two or three fields, and the first record reads as text, not as column
names: ``source,translation[,context]`` as Magento and ERPNext ship them).  The
message column is ``settings.csv_column`` if set (a header name, or a 1-based
index such as ``2``), else the first of :data:`MESSAGE_COLUMNS` present
(case-insensitive), else the second column of a headerless language pack.  A value
of one word is skipped, as in YAML and JSON libraries.  The
delimiter is guessed from the header line (``,``, ``;`` as Dutch Excel writes, or
tab).  A small scanner follows the :mod:`csv` module's default (excel) dialect
exactly, recording where every field lies, so quoted fields with doubled quotes
(``""`` maps to both quotes) and embedded line breaks keep exact offsets.
Keys read ``row 7, body``: the 1-based line on which the record starts, and the
column (``row 7, column 2`` without a header); in a headerless language pack the
key is the source text of the row (column 1), as a gettext key is its ``msgid``.
"""

from __future__ import annotations

from dataclasses import dataclass

from smartlint.errors import InputError
from smartlint.inputs.library import is_prose, note_if_empty
from smartlint.inputs.view import View, ViewBuilder
from smartlint.segments import SourceDocument
from smartlint.settings import Settings

MESSAGE_COLUMNS = ("body", "text", "message", "inhoud", "bericht", "tekst", "translation", "vertaling", "target")
_QUOTE = '"'
_CANDIDATE_DELIMITERS = (",", ";", "\t")


@dataclass
class CsvRecord:
    start: int  # source offset where the record begins
    fields: list[View]


# A plain-text file whose lines are tab-separated columns is a table (EGroupware's
# ".lang": "%1 entries updated.\ttracker\tnl\t%1 melding(en) aangepast."): read the
# first lines, and take it when nearly all have the same number of tabs.
_TABLE_LINES_READ = 200
_TABLE_MIN_LINES = 10
_TABLE_AGREEING = 0.9


def tab_table_columns(text: str) -> int | None:
    """The number of columns of a tab-separated table, or None for other text."""
    lines = [line for line in text[:200_000].splitlines()[:_TABLE_LINES_READ] if line.strip()]
    if len(lines) < _TABLE_MIN_LINES:
        return None
    counts: dict[int, int] = {}
    for line in lines:
        counts[line.count("\t")] = counts.get(line.count("\t"), 0) + 1
    tabs, agreeing = max(counts.items(), key=lambda item: item[1])
    return tabs + 1 if tabs >= 1 and agreeing >= _TABLE_AGREEING * len(lines) else None


def read_csv_library(doc: SourceDocument, settings: Settings | None = None) -> None:
    source = View.of_source(doc.source_text)
    records = scan_csv(source, guess_delimiter(doc.source_text), doc)
    if not records:
        doc.notes.append("no records")
        return
    configured = getattr(settings, "csv_column", None)
    index = _column_index(configured, doc.path)
    header_setting = getattr(settings, "csv_header", None)
    first = [field.text.strip() for field in records[0].fields]
    if header_setting is None:
        has_header = index is None and configured is not None or not _headerless_pack(first, records)
    else:
        has_header = header_setting
    language_pack = not has_header and index is None
    if has_header:
        column = index if index is not None else _message_column(first, configured, doc.path)
        name = first[column] if column < len(first) and first[column] else f"column {column + 1}"
        rows = records[1:]
    else:
        if configured is not None and index is None:
            raise InputError(f"csv_column '{configured}' names a column, but the file has no header (csv_header: false)", doc.path)
        column = index if index is not None else 1  # a language pack: source, translation
        name, rows = f"column {column + 1}", records
    for record in rows:
        if column < len(record.fields) and is_prose(record.fields[column].text):
            if language_pack:
                key = " ".join(record.fields[0].text.split())
            else:
                key = f"row {doc.line_col(record.start)[0]}, {name}"
            doc.segments.append(record.fields[column].segment(key=key))
    note_if_empty(doc)


def _column_index(configured: str | None, path: str) -> int | None:
    """A 1-based column number in ``csv_column`` as a 0-based index; None for a name."""
    if configured is None or not configured.strip().isdigit():
        return None
    number = int(configured.strip())
    if number < 1:
        raise InputError(f"csv_column {number}: columns are numbered from 1", path)
    return number - 1


# Column names that mark a first record as a header although no message column is known.
_KEY_COLUMNS = {"id", "key", "nr", "no", "code", "name", "naam", "sleutel", "source", "bron", "msgid", "string"}


def _headerless_pack(first: list[str], records: list[CsvRecord]) -> bool:
    """A language pack without a header: no known column name and two to four fields in
    (nearly) every record (source, translation; Magento adds scope and module). Its first
    record may be a sentence or a label ("Login, Inloggen"); a file with a header but no
    known message column could not be read otherwise."""
    if any(name.lower() in MESSAGE_COLUMNS for name in first):
        return False
    if any(name.lower() in _KEY_COLUMNS for name in first):
        return False  # "id,onderwerp": a header of names
    if any("_" in name for name in first) and not _keys_like(first, records):
        return False  # "message_key,tekst": a header of names
    shaped = sum(1 for r in records if 2 <= len(r.fields) <= 4)
    return shaped >= 0.95 * len(records)


def _keys_like(first: list[str], records: list[CsvRecord]) -> bool:
    """The first record's first field is a key of a series the records after it go on
    ("status_1,Concept" over "status_2,Voorgemeld", "status_3,..."): two or more of them
    share its part up to the last "_"."""
    if "_" not in first[0]:
        return False
    prefix = first[0].rsplit("_", 1)[0] + "_"
    return sum(1 for r in records[1:] if r.fields and r.fields[0].text.strip().startswith(prefix)) >= 2


def _message_column(header: list[str], configured: str | None, path: str) -> int:
    lowered = [name.lower() for name in header]
    found = _column_list(header)
    if configured:
        # 'csv_column: 2' (a number) or 'csv_header: false' for a file without a header.
        if configured.strip().lower() in lowered:
            return lowered.index(configured.strip().lower())
        raise InputError(f"column '{configured}' (csv_column) not found; columns found: {found}", path)
    for candidate in MESSAGE_COLUMNS:
        if candidate in lowered:
            return lowered.index(candidate)
    raise InputError(
        f"no message column (expected one of {', '.join(MESSAGE_COLUMNS)}; "
        f"set csv_column in .smartlint.yaml, a name or a number; csv_header: false if the file has no header); "
        f"columns found: {found}",
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
