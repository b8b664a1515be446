"""E-mail (.eml): the text the sender wrote, mapped into the .eml file.

Parsed with :mod:`email` (``policy.default``).  The body is the ``text/plain``
part, else the ``text/html`` part converted like an HTML file; quoted replies,
forwarded text and the signature are dropped (:mod:`smartlint.inputs.replies`).
Offsets point into the .eml file (see :mod:`smartlint.inputs.mime` for how exact
each transfer encoding allows).  The ``Date:`` header sets the segment's reference
date, in the message's own time zone.

The ``Subject:`` of a new message is the first thing the customer reads, so it is a
segment of its own (``key`` "Subject"), checked for vague words, dates, incident
wording and other clients; the who/what/when and next-step checks are off there
(a subject is a title, not a promise).  A reply's or forward's subject ("Re: ...",
"Antw: ...") is the customer's own wording and is left alone.
"""

from __future__ import annotations

import codecs
import email
import re
from datetime import date
from email import errors as email_errors
from email import policy
from email.message import EmailMessage

from smartlint.errors import InputError
from smartlint.inputs.align import aligned_view
from smartlint.inputs.html import html_view
from smartlint.inputs.mime import BodyDecodeError, body_start, codec_for, decode_body, locate_parts
from smartlint.inputs.replies import sender_text_view
from smartlint.inputs.view import View, normalize_newlines
from smartlint.segments import SourceDocument

_HEADER_LINE_RE = re.compile(r"[!-9;-~]+:")
_CONTINUATION_RE = re.compile(r"[ \t]")
_MBOX_FROM_RE = re.compile(r"From \S")
_SUBJECT_RE = re.compile(r"subject:[ \t]*", re.IGNORECASE)
_REPLY_PREFIX_RE = re.compile(r"\s*(re|fw|fwd|antw|doorst|wg|aw|tr)\s*(\[\d+\])?\s*:", re.IGNORECASE)
NOT_AN_EMAIL = "not a valid e-mail message"


def read_eml(doc: SourceDocument, raw: bytes | None = None) -> None:
    try:
        _read_message(doc, raw)
    except RecursionError:  # the email package recurses once per level of MIME parts
        raise InputError(f"{NOT_AN_EMAIL} (MIME parts nested too deeply)", doc.path) from None
    except Exception as err:
        # The email package's header parser fails on some malformed headers with
        # AttributeError, IndexError and the like ('From: a😀b-Type: x' raises
        # "'Group' object has no attribute 'local_part'"): bad input, not our bug.
        if not _raised_in_email_package(err):
            raise
        raise InputError(f"{NOT_AN_EMAIL} (a header the e-mail parser cannot read)", doc.path) from None


def _raised_in_email_package(err: BaseException) -> bool:
    frame = err.__traceback__
    while frame is not None and frame.tb_next is not None:
        frame = frame.tb_next
    module = frame.tb_frame.f_globals.get("__name__", "") if frame is not None else ""
    return module == "email" or module.startswith("email.")


def _read_message(doc: SourceDocument, raw: bytes | None) -> None:
    text = doc.source_text
    _check_header_block(text, doc.path)
    msg = _parse(text, raw)
    # Raw values: parsing an address header just to see that it is there can fail.
    if not any(value.strip() for key, value in msg.raw_items() if key.lower() in ("from", "date", "content-type")):
        raise InputError(f"{NOT_AN_EMAIL} (no From, Date or Content-Type header)", doc.path)
    if any(isinstance(d, email_errors.MissingHeaderBodySeparatorDefect) for d in msg.defects):
        # The parser's header block ended at a line that is no header (a lone CR in a
        # header splits it for the parser): its body is not the text after our blank
        # line, and mapping one onto the other would point at the wrong characters.
        raise InputError(f"{NOT_AN_EMAIL} (a line in the header block that is not a header)", doc.path)
    for part in msg.walk():
        if any(isinstance(d, email_errors.NoBoundaryInMultipartDefect) for d in part.defects):
            raise InputError(f"{NOT_AN_EMAIL} (a multipart Content-Type without a boundary)", doc.path)
        if any(isinstance(d, email_errors.StartBoundaryNotFoundDefect) for d in part.defects):
            boundary = part.get_boundary()
            raise InputError(f"{NOT_AN_EMAIL} (the multipart boundary '{boundary}' never occurs)", doc.path)
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise InputError("the e-mail has no text/plain or text/html part to lint", doc.path)
    try:
        codec_for(part.get_content_charset())
    except LookupError:
        charset = part.get_content_charset()
        raise InputError(f"the e-mail declares an unknown charset '{charset}'", doc.path) from None
    try:
        body = _decoded_body(msg, part, View.of_source(text), doc)
    except BodyDecodeError as err:
        raise InputError(str(err), doc.path) from None
    if part.get_content_subtype() == "html":
        body = html_view(body, drop_blockquotes=True)
    subject = subject_view(msg, text)
    if subject is not None:
        doc.segments.append(subject.segment(key="Subject", today=message_date(msg), kind="subject"))
    own_text = sender_text_view(body)
    if own_text.text.strip():
        doc.segments.append(own_text.segment(today=message_date(msg)))
    else:
        doc.notes.append("no text by the sender (only quoted text or a signature)")


def subject_view(msg: EmailMessage, text: str) -> View | None:
    """The decoded ``Subject:`` of a new message, mapped to its header line(s); None
    for a reply or forward, or without a subject."""
    try:
        decoded = " ".join(str(msg.get("Subject") or "").split())
    except (TypeError, ValueError, IndexError):  # a malformed encoded word
        return None
    if not decoded or _REPLY_PREFIX_RE.match(decoded):
        return None
    span = _subject_span(text)
    if span is None:
        return None
    # Unfolding and encoded words (=?utf-8?q?...?=) make the decoded text differ from
    # the header bytes; alignment keeps the verbatim stretches exact.
    return aligned_view(View.of_source(text), *span, decoded)


def _subject_span(text: str) -> tuple[int, int] | None:
    """Start and end of the Subject header's value (continuation lines included)."""
    pos = _headers_start(text)
    start = end = None
    while pos < len(text):
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end == -1 else line_end
        line = text[pos:line_end].rstrip("\r")
        if not line.strip():  # the blank line that ends the headers
            break
        if start is not None:
            if not _CONTINUATION_RE.match(line):
                break
            end = pos + len(line)
        elif match := _SUBJECT_RE.match(line):
            start, end = pos + match.end(), pos + len(line)
        pos = line_end + 1
    return (start, end) if start is not None else None


def _headers_start(text: str) -> int:
    """Offset of the first header, after an mbox envelope line ("From ...") if any."""
    return len(text.split("\n", 1)[0]) + 1 if _MBOX_FROM_RE.match(text) else 0


def _check_header_block(text: str, path: str) -> None:
    """A header block of ``Name: value`` lines, then a blank line."""
    lines = [line.rstrip("\r") for line in text.split("\n")]  # header lines end in LF or CRLF only
    if lines[-1] == "":  # the break that ends the last line starts no new one
        lines.pop()
    if lines and _MBOX_FROM_RE.match(lines[0]):  # mbox envelope line, as some exports write
        lines = lines[1:]
    if not lines or not _HEADER_LINE_RE.match(lines[0]):
        raise InputError(f"{NOT_AN_EMAIL} (no header block)", path)
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            return
        if not (_HEADER_LINE_RE.match(line) or _CONTINUATION_RE.match(line)):
            raise InputError(
                f"{NOT_AN_EMAIL} (line {number} is neither a header nor the blank line that ends the headers)",
                path,
                line=number,
            )
    raise InputError(f"{NOT_AN_EMAIL} (no blank line between headers and body)", path)


def _parse(text: str, raw: bytes | None) -> EmailMessage:
    # Bytes keep every part's own charset intact; a file with a byte order mark is
    # re-encoded from its text (which has the mark removed, like the offsets).
    if raw is None or raw[:2] in (b"\xff\xfe", b"\xfe\xff") or raw.startswith(codecs.BOM_UTF8):
        raw = text.encode("utf-8")
    return email.message_from_bytes(raw, policy=policy.default)


def _decoded_body(msg: EmailMessage, part: EmailMessage, source: View, doc: SourceDocument) -> View:
    text = source.text
    found: dict[int, tuple[int, int]] = {}
    start = _headers_start(text)
    locate_parts(msg, text, start, len(text), found)
    if id(part) in found:
        return decode_body(part, source, *found[id(part)])
    # The MIME structure was too irregular to follow: decode with the email package
    # and align the text with the message body, which stays exact where verbatim.
    doc.notes.append("irregular MIME structure; offsets of the text part are approximate")
    decoded = normalize_newlines(part.get_content())
    begin = body_start(text, start, len(text)) or start
    return aligned_view(source, begin, len(text), decoded)


def message_date(msg: EmailMessage) -> date | None:
    """The ``Date:`` header's date in the message's own time zone (None if absent or unreadable)."""
    try:
        header = msg["Date"]
        moment = getattr(header, "datetime", None)
    except (TypeError, ValueError, IndexError):
        return None
    return moment.date() if moment is not None else None
