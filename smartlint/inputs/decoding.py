"""Reading a file's bytes and turning them into text.

UTF-8 (with or without BOM) first, UTF-16/32 when a BOM says so, then cp1252 (what
Outlook and Excel on Windows write) with a note.  Binary files and files too large to
be one message are refused with an :class:`~smartlint.errors.InputError`.  Files are
opened read-only and never written.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from smartlint.errors import InputError

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
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # bytes cp1252 leaves undefined: not text
        raise InputError(BINARY_ERROR, display_path) from None
    _reject_binary_text(text, display_path, count_high=True)
    return DecodedFile(text, data, "cp1252", [CP1252_NOTE])


def _reject_binary_text(text: str, display_path: str, *, count_high: bool) -> None:
    sample = text[:_SAMPLE_CHARS]
    if not sample:
        return
    suspicious = sum(
        1
        for ch in sample
        if (ch < " " and ch not in _TEXT_CONTROLS)
        or ch == "\x7f"
        or (count_high and ch >= "\x80")
        or ("\x80" <= ch <= "\x9f")  # C1 controls: never in real text
    )
    if suspicious / len(sample) > _MAX_SUSPICIOUS_SHARE:
        raise InputError(BINARY_ERROR, display_path)
