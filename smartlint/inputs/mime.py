"""MIME bodies with exact maps: where a part lies in the .eml file, and its decoding.

The :mod:`email` package parses structure and headers but forgets positions, so
:func:`locate_parts` walks the parsed tree alongside the file text (boundaries are
ASCII lines) and records where each part's body lies.  The decoders then turn a
body into a :class:`~smartlint.inputs.view.View` whose characters map back into the
file:

- 7bit/8bit/binary: the body is the file text itself, character for character.
- quoted-printable: every decoded character maps to its encoded sequence
  (``é`` -> ``=C3=A9``); soft line breaks (``=`` + line end) map to nothing.
- base64: a decoded character maps to the 4-character base64 group(s) holding its
  bytes.  That is as precise as the encoding allows (the groups do not align with
  characters), so a finding points at the right encoded line and group.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
from email.message import Message

from smartlint.inputs.align import aligned_view
from smartlint.inputs.view import View, ViewBuilder, normalize_newlines

_BLANK_LINE_RE = re.compile(r"\r?\n\r?\n")
_SOFT_BREAK_RE = re.compile(r"=[ \t]*(?:\r\n|\n|\r|$)")
_QP_LITERAL_RUN_RE = re.compile(r"[\x20-\x3c\x3e-\x7e\t]+")  # printable ASCII except '='
_HEX = frozenset("0123456789ABCDEFabcdef")
_BASE64_SPACE = frozenset(" \t\r\n")

# Labels that mail clients put on text that is really a superset (as browsers do).
_CHARSET_SUPERSETS = {
    "us-ascii": "utf-8",
    "ascii": "utf-8",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
}


class BodyDecodeError(ValueError):
    """The body cannot be decoded as declared (message for the user)."""


def body_start(text: str, start: int, end: int) -> int | None:
    """Offset where the body of the entity at ``text[start:end]`` begins (None: no blank line)."""
    for newline in ("\r\n", "\n"):
        if text.startswith(newline, start):  # no headers at all: the body follows at once
            return start + len(newline)
    m = _BLANK_LINE_RE.search(text, start, end)
    return m.end() if m else None


def locate_parts(msg: Message, text: str, start: int, end: int, found: dict[int, tuple[int, int]]) -> None:
    """Record ``id(part) -> (body_start, body_end)`` for ``msg`` (at ``text[start:end]``) and its parts."""
    begin = body_start(text, start, end)
    begin = end if begin is None else begin
    found[id(msg)] = (begin, end)
    subparts = msg.get_payload() if msg.is_multipart() else None
    boundary = msg.get_boundary()
    if not isinstance(subparts, list) or not boundary:
        return
    delimiter = re.compile(r"^--" + re.escape(boundary) + r"(--)?[ \t]*(?:\r?\n|\r|$)", re.MULTILINE)
    spans: list[tuple[int, int]] = []
    part_start = None
    for m in delimiter.finditer(text, begin, end):
        if part_start is not None:
            stop = m.start()  # the line break before a delimiter belongs to the delimiter
            stop -= 2 if text.startswith("\r\n", stop - 2) else 1 if text[stop - 1 : stop] in ("\n", "\r") else 0
            spans.append((part_start, max(part_start, stop)))
        part_start = None if m.group(1) else m.end()
        if m.group(1):
            break
    if part_start is not None:  # no closing delimiter: the last part runs to the end
        spans.append((part_start, end))
    if len(spans) != len(subparts):
        return  # structure not understood; the caller falls back to alignment
    for sub, (s, e) in zip(subparts, spans, strict=True):
        locate_parts(sub, text, s, e, found)


def codec_for(charset: str | None) -> str:
    """The Python codec for a MIME charset label; raises LookupError if unknown."""
    label = (charset or "us-ascii").strip().lower()
    label = _CHARSET_SUPERSETS.get(label, label)
    return codecs.lookup(label).name


def decode_body(part: Message, source: View, start: int, end: int) -> View:
    """The decoded text of ``part``, whose encoded body is ``source.text[start:end]``."""
    codec = codec_for(part.get_content_charset())
    encoding = str(part.get("Content-Transfer-Encoding", "7bit")).strip().lower()
    if encoding == "quoted-printable":
        return quoted_printable_view(source, start, end, codec)
    if encoding == "base64":
        return base64_view(source, start, end, codec)
    return verbatim_view(source, start, end, _payload_text(part, codec))


def _payload_text(part: Message, codec: str) -> str:
    payload = part.get_payload(decode=True) or b""
    try:
        return payload.decode(codec)
    except UnicodeDecodeError as err:
        raise BodyDecodeError(f"the message body is not valid {codec} (byte {err.start})") from None


def verbatim_view(source: View, start: int, end: int, expected: str) -> View:
    """A 7bit/8bit body: the file text itself, unless the file was decoded differently."""
    out = ViewBuilder(source)
    out.copy(start, end)
    view = out.view()
    expected = normalize_newlines(expected)
    if view.text == expected:
        return view
    # The file as a whole was decoded with another charset than this part declares:
    # keep the declared decoding and map what still matches verbatim.
    return aligned_view(source, start, end, expected)


def quoted_printable_view(source: View, start: int, end: int, codec: str) -> View:
    text = source.text
    out = ViewBuilder(source)
    decoder = _Decoder(out, codec)
    pos = start
    while pos < end:
        ch = text[pos]
        if ch == "=":
            digits = text[pos + 1 : min(pos + 3, end)]
            if len(digits) == 2 and set(digits) <= _HEX:
                decoder.feed(bytes([int(digits, 16)]), pos, pos + 3)
                pos += 3
                continue
            m = _SOFT_BREAK_RE.match(text, pos, end)
            if m:  # soft line break: stands for nothing
                pos = m.end()
                continue
        if ch > "\x7f":  # not allowed in quoted-printable, but seen: keep it as it is
            decoder.verbatim(pos)
            pos += 1
            continue
        run = _QP_LITERAL_RUN_RE.match(text, pos, end)
        if run and decoder.idle:  # plain ASCII (the common case): copied in one piece
            decoder.verbatim_run(pos, run.end())
            pos = run.end()
            continue
        decoder.feed(ch.encode("ascii"), pos, pos + 1)
        pos += 1
    decoder.finish(end)
    return out.view()


def base64_view(source: View, start: int, end: int, codec: str) -> View:
    text = source.text
    positions = [i for i in range(start, end) if text[i] not in _BASE64_SPACE]
    encoded = "".join(text[i] for i in positions)
    try:
        data = base64.b64decode(encoded + "=" * (-len(encoded) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise BodyDecodeError("the base64 body cannot be decoded") from None
    out = ViewBuilder(source)
    last = len(positions) - 1

    def group_span(first_byte: int, last_byte: int) -> tuple[int, int]:
        """The encoded characters of the 4-character groups holding these bytes."""
        return positions[first_byte // 3 * 4], positions[min(last_byte // 3 * 4 + 3, last)] + 1

    decoded = _decode_stateless(data, codec)
    if decoded is None:  # a stateful or unusual codec: byte by byte
        decoder = _Decoder(out, codec)
        for k in range(len(data)):
            decoder.feed(data[k : k + 1], *group_span(k, k))
        decoder.finish(end)
        return out.view()
    # Characters whose bytes lie in the same groups share a span: one piece for them.
    run_start, run_span, byte = 0, None, 0
    for i, ch in enumerate(decoded):
        width = len(ch.encode(codec))
        span = group_span(byte, byte + width - 1)
        if span != run_span:
            if run_span is not None:
                out.replace(decoded[run_start:i], *run_span)
            run_start, run_span = i, span
        byte += width
    if run_span is not None:
        out.replace(decoded[run_start:], *run_span)
    return out.view()


def _decode_stateless(data: bytes, codec: str) -> str | None:
    """``data`` decoded, if every character re-encodes to exactly its own bytes (None: not so)."""
    if codec.startswith(_STATEFUL_CODECS):
        return None
    try:
        decoded = data.decode(codec)
    except UnicodeDecodeError:
        raise BodyDecodeError(f"the message body is not valid {codec}") from None
    return decoded if decoded.encode(codec) == data else None


_ASCII_PROBE = "Az09 .,:;!?<>-_~'\"\t"
# Codecs in which bytes mean different characters depending on what came before.
_STATEFUL_CODECS = ("iso2022", "utf-7", "hz", "utf-16", "utf-32")  # names as codecs.lookup() gives them


class _Decoder:
    """Incremental charset decoding that maps each decoded character to the encoded
    characters of its bytes (from the first byte's sequence to the last byte's)."""

    def __init__(self, out: ViewBuilder, codec: str):
        self.out = out
        self.codec = codec
        self.decoder = codecs.getincrementaldecoder(codec)(errors="strict")
        self.pending_start: int | None = None
        self.ascii_compatible = not codec.startswith(_STATEFUL_CODECS) and _ASCII_PROBE.encode(
            codec, errors="replace"
        ) == _ASCII_PROBE.encode("ascii")

    def feed(self, data: bytes, start: int, end: int) -> None:
        if self.pending_start is None:
            self.pending_start = start
        try:
            decoded = self.decoder.decode(data)
        except UnicodeDecodeError:
            raise BodyDecodeError(f"the message body is not valid {self.codec}") from None
        if decoded:
            if len(decoded) == 1 and end - self.pending_start == 1 and self.out.base.text[start] == decoded:
                self.out.copy(start, end)
            else:
                self.out.replace(decoded, min(self.pending_start, start), end)
            self.pending_start = None

    @property
    def idle(self) -> bool:
        """No bytes of a character are waiting, and plain ASCII decodes to itself."""
        return self.pending_start is None and self.ascii_compatible

    def verbatim_run(self, start: int, end: int) -> None:
        self.out.copy(start, end)

    def verbatim(self, pos: int) -> None:
        self.finish(pos)
        self.out.copy(pos, pos + 1)

    def finish(self, pos: int) -> None:
        try:
            rest = self.decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            raise BodyDecodeError(f"the message body is not valid {self.codec} (it ends mid-character)") from None
        if rest:
            self.out.replace(rest, self.pending_start if self.pending_start is not None else pos, pos)
        self.pending_start = None
        self.decoder.reset()
