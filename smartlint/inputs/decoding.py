"""Reading a file's bytes and turning them into text.

UTF-8 (with or without BOM) first, UTF-16/32 when a BOM says so.  A file that is not
valid UTF-8 is read by the evidence of its bytes:

* it holds valid UTF-8 multi-byte sequences (``é`` as ``C3 A9``) at least as often
  as bytes that are not: it is UTF-8 with a few bad bytes; each is replaced by
  ``\ufffd`` (one character, so every column stays exact) and the note says where
  (``line:column``);
* otherwise it is cp1252 (what Outlook and Excel on Windows write), with a note; the
  five bytes cp1252 leaves undefined (``81 8D 8F 90 9D``) are replaced the same
  way, and reported, instead of making the file "binary".

Binary files and files too large to be one message are refused with an
:class:`~smartlint.errors.InputError`.  Files are opened read-only and never written.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from smartlint.errors import InputError
from smartlint.segments import line_col, line_starts

MEGABYTE = 1024 * 1024
# A message, or a library of canned responses, is far below this; anything larger
# is a log or an export pointed at by mistake.  Deliberately not a setting.
MAX_FILE_BYTES = 10 * MEGABYTE

BINARY_ERROR = "binary file, not a text message"
CP1252_NOTE = "not valid UTF-8; decoded as cp1252 (Windows-1252)"
EMPTY_NOTE = "empty file"

# Share of suspicious characters (controls; for cp1252 also bytes >= 0x80) above
# which a file is taken for binary.  Dutch text in cp1252 has a few percent at most.
_MAX_SUSPICIOUS_SHARE = 0.3
_REPLACEMENT = "\ufffd"
_PLACES_SHOWN = 3  # bad-byte positions named in a note; the rest are counted
_SAMPLE_CHARS = 65536
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")

_BOMS = (  # longest first: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", None),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)


@dataclass
class DecodedFile:
    text: str
    raw: bytes
    encoding: str  # the Python codec name that decoded ``raw``
    notes: list[str] = field(default_factory=list)


def read_bytes(path: Path, display_path: str) -> bytes:
    """The file's bytes, after the checks that need no reading (exists, size)."""
    try:
        if path.is_dir():
            raise InputError("is a directory, not a message file", display_path)
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(too_large_message(size), display_path)
        with open(path, "rb") as handle:  # read-only, always
            return read_limited(handle, display_path)
    except FileNotFoundError:
        raise InputError("no such file", display_path) from None
    except PermissionError:
        raise InputError("cannot read the file (permission denied)", display_path) from None
    except OSError as err:
        raise InputError(f"cannot read the file ({err.strerror or err})", display_path) from None


def read_limited(handle: BinaryIO, display_path: str) -> bytes:
    """At most :data:`MAX_FILE_BYTES` from an open binary stream (a file that grew
    while we looked, or standard input, whose size is unknown until read)."""
    data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise InputError(f"input is larger than the {MAX_FILE_BYTES // MEGABYTE} MB limit for one message file", display_path)
    return data


def too_large_message(size: int) -> str:
    return (
        f"file is {size:,} bytes, larger than the {MAX_FILE_BYTES // MEGABYTE} MB "
        f"({MAX_FILE_BYTES:,} bytes) limit for one message file"
    )


def decode_bytes(data: bytes, display_path: str) -> DecodedFile:
    """Decode a text file, or raise InputError for binary data."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                raise InputError(BINARY_ERROR, display_path) from None
            text = text.lstrip("\ufeff")
            notes = [f"decoded as {label} (byte order mark)"] if label else []
            _reject_binary_text(text, display_path, count_high=False)
            return DecodedFile(text, data, codec, notes)
    if b"\x00" in data:
        raise InputError(BINARY_ERROR, display_path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        _reject_binary_text(text, display_path, count_high=False)
        return DecodedFile(text, data, "utf-8")
    text, bad = _decode_recording(data, "utf-8")
    # Non-ASCII characters that are not replacements came from valid sequences.
    valid_sequences = sum(1 for ch in text if ch >= "\x80") - len(bad)
    if valid_sequences > 0 and valid_sequences >= len(bad):
        _reject_binary_text(text, display_path, count_high=False, replaced=len(bad))
        where = _places(data, text, bad, "utf-8")
        note = f"not valid UTF-8 at {where}; read as UTF-8, each bad byte shown as '{_REPLACEMENT}'"
        return DecodedFile(text, data, "utf-8", [note])
    text, undefined = _decode_recording(data, "cp1252")
    _reject_binary_text(text, display_path, count_high=True)
    notes = [CP1252_NOTE]
    if undefined:
        where = _places(data, text, undefined, "cp1252")
        notes.append(f"bytes not defined in cp1252 at {where}; shown as '{_REPLACEMENT}'")
    return DecodedFile(text, data, "cp1252", notes)


def _decode_recording(data: bytes, codec: str) -> tuple[str, list[tuple[int, int]]]:
    """``data`` decoded with each undecodable sequence replaced by one ``\ufffd``, and
    the byte span ``(start, end)`` of each, in order."""
    bad: list[tuple[int, int]] = []
    decoder = codecs.getincrementaldecoder(codec)(errors=_RECORDING)
    _recorded.append(bad)
    try:
        text = decoder.decode(data, final=True)
    finally:
        _recorded.pop()
    return text, bad


def _places(data: bytes, text: str, bad: list[tuple[int, int]], codec: str) -> str:
    """``3:7 (0xE9), 5:1 (0xC3 0x28) and 4 more places`` for the first bad byte spans."""
    starts = line_starts(text)
    shown = []
    for start, end in bad[:_PLACES_SHOWN]:
        # Characters before the span: its prefix decodes to exactly those (the cut is
        # at the start of a bad sequence), replacements included.
        offset = start if codec == "cp1252" else len(data[:start].decode(codec, "replace"))
        line, column = line_col(starts, offset)
        shown.append(f"{line}:{column} ({' '.join(f'0x{b:02X}' for b in data[start:end])})")
    more = len(bad) - len(shown)
    return ", ".join(shown) + (f" and {more} more place{'s' if more > 1 else ''}" if more else "")


# The error handler below records into the innermost list here (a stack, so a
# decode inside a decode could not mix them up).
_recorded: list[list[tuple[int, int]]] = []
_RECORDING = "smartlint-record-and-replace"


def _record_and_replace(err: UnicodeError) -> tuple[str, int]:
    if not isinstance(err, UnicodeDecodeError):
        raise err
    _recorded[-1].append((err.start, err.end))
    return _REPLACEMENT, err.end


codecs.register_error(_RECORDING, _record_and_replace)


def _reject_binary_text(text: str, display_path: str, *, count_high: bool, replaced: int = 0) -> None:
    """Refuse text that looks like binary data; ``replaced``: bad bytes replaced in it."""
    sample = text[:_SAMPLE_CHARS]
    if not sample:
        return
    if replaced:
        replaced = sample.count(_REPLACEMENT)
    suspicious = replaced + sum(
        1
        for ch in sample
        if (ch < " " and ch not in _TEXT_CONTROLS)
        or ch == "\x7f"
        or (count_high and ch >= "\x80")
        or ("\x80" <= ch <= "\x9f")  # C1 controls: never in real text
    )
    if suspicious / len(sample) > _MAX_SUSPICIOUS_SHARE:
        raise InputError(BINARY_ERROR, display_path)
