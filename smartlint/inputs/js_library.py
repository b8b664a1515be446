"""JavaScript and TypeScript locale modules (vue-i18n, i18next resources, React and
Angular apps: ``export default { checkout: { title: 'Afrekenen', ... } }``,
``export const nl: Translation = {...}``, ``module.exports = {...}``): one segment per
string value of an object literal, keyed by its property path (``checkout.title``).

No JavaScript parser ships with Python and only object literals of strings are needed,
so a small scanner reads the file in one linear pass: comments, the three string
literals (``'...'``, ``"..."`` and template literals, whose ``${...}`` becomes a
placeholder named after its variable), regular expression literals (skipped) and the
brackets.  A string is a message when it is a property's value (after ``key:``, also
joined by ``+``) or an element of an array; strings anywhere else (imports, a call's
arguments, a type) are code.  Read only when a file is named explicitly or its name or
folder says it holds translations (:func:`is_locale_module`): a folder walk over an
app's sources must not lint its code.
"""

from __future__ import annotations

import re
from pathlib import Path

from smartlint.inputs.library import (
    key_path,
    last_mapping_key,
    note_if_empty,
    skip_value,
)
from smartlint.inputs.view import View, ViewBuilder, append_mapped
from smartlint.segments import SegmentBuilder, SourceDocument

JS_SUFFIXES = frozenset({".js", ".mjs", ".cjs", ".ts"})
# A folder walk takes a module whose name is a language code ("nl.js", "nl-NL.ts",
# "nl_BE.js") or names translations, or that sits in a folder of translations.
_LOCALE_NAME = re.compile(r"(?:^|[._-])(?:nl|nld|dut)(?:[_-][a-z]{2})?$|translation|messages|i18n|locale|lang",
                          re.IGNORECASE)
_LOCALE_FOLDERS = frozenset({"i18n", "l10n", "locale", "locales", "lang", "langs", "languages", "translations",
                             "messages", "nl", "nl-nl", "nl_nl", "nl-be", "nl_be"})
_MAX_DEPTH = 100
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}
_HEX_ESCAPE = re.compile(r"x([0-9A-Fa-f]{2})|u([0-9A-Fa-f]{4})|u\{([0-9A-Fa-f]{1,6})\}")
# After one of these a "/" opens a regular expression, not a division.
_BEFORE_REGEX = frozenset("(,=:[!&|?{};+-*%<>~^")


# Suffixes that code and tool configuration share with translations ("tox.ini", "main.js").
_SHARED_SUFFIXES = JS_SUFFIXES | {".ini"}


def is_locale_module(path: Path) -> bool:
    """A folder walk reads a ``.js``/``.ts``/``.ini`` file only when its name or folder
    says it holds translations (``nl.js``, ``language/nl-NL/nl-NL.com_shop.ini``), not
    an app's code or a tool's settings (``src/main.js``, ``tox.ini``)."""
    if path.suffix.lower() not in _SHARED_SUFFIXES:
        return True
    return bool(_LOCALE_NAME.search(path.stem)) or path.parent.name.lower() in _LOCALE_FOLDERS


def read_js_library(doc: SourceDocument) -> None:
    tokens = _Scanner(doc.source_text).tokens()
    _Reader(doc, tokens).read()
    note_if_empty(doc)


class _Token:
    __slots__ = ("end", "kind", "start", "view")

    def __init__(self, kind: str, start: int, end: int, view: View | None = None):
        self.kind, self.start, self.end, self.view = kind, start, end, view


class _Scanner:
    def __init__(self, text: str):
        self.text, self.source = text, View.of_source(text)

    def tokens(self) -> list[_Token]:
        text, pos, out = self.text, 0, []
        end = len(text)
        self._no_regex_before = 0  # a line where a "/" opened no regular expression
        while pos < end:
            ch = text[pos]
            if ch.isspace():
                pos += 1
            elif text.startswith("//", pos):
                pos = _line_end(text, pos)
            elif text.startswith("/*", pos):
                close = text.find("*/", pos + 2)
                pos = end if close == -1 else close + 2
            elif ch in "'\"`":
                view, after = self._string(pos)
                out.append(_Token("string", pos, after, view))
                pos = after
            elif ch == "/" and pos >= self._no_regex_before \
                    and (not out or out[-1].kind == "op" and text[out[-1].start] in _BEFORE_REGEX):
                pos = self._regex_end(pos)
            elif ch.isalnum() or ch in "_$":
                start = pos
                while pos < end and (text[pos].isalnum() or text[pos] in "_$"):
                    pos += 1
                out.append(_Token("word", start, pos))
            else:
                out.append(_Token("op", pos, pos + 1))
                pos += 1
        return out

    def _regex_end(self, pos: int) -> int:
        """The end of a regular expression literal (on its line), or of a lone '/'."""
        text, k, in_class = self.text, pos + 1, False
        stop = _line_end(text, pos)
        while k < stop:
            if text[k] == "\\":
                k += 2
                continue
            if text[k] == "[":
                in_class = True
            elif text[k] == "]":
                in_class = False
            elif text[k] == "/" and not in_class:
                return k + 1
            k += 1
        # (no closing "/" on this line: no other "/" of it opens one either, so a line of
        # "(/[(/[..." is read once, not once per "/")
        self._no_regex_before = stop
        return pos + 1

    def _string(self, start: int) -> tuple[View, int]:
        """The decoded string from its opening quote; a ' or " string ends at its line's
        end when unterminated (a broken file still gives its other strings)."""
        text, quote = self.text, self.text[start]
        out, pos, run = ViewBuilder(self.source), start + 1, start + 1
        end = len(text)
        while pos < end:
            ch = text[pos]
            if ch == quote:
                out.copy(run, pos)
                return out.view(), pos + 1
            if ch == "\n" and quote != "`":
                break
            if ch == "\\" and pos + 1 < end:
                out.copy(run, pos)
                pos = run = self._escape(out, pos)
                continue
            if quote == "`" and text.startswith("${", pos):
                out.copy(run, pos)
                close = _closing_brace(text, pos + 2)
                out.replace(_placeholder(text[pos:close]), pos, close)
                pos = run = close
                continue
            pos += 1
        out.copy(run, pos)
        return out.view(), pos

    def _escape(self, out: ViewBuilder, pos: int) -> int:
        text, nxt = self.text, self.text[pos + 1]
        if nxt in "\r\n":  # a line continuation: nothing
            return pos + (3 if text.startswith("\r\n", pos + 1) else 2)
        m = _HEX_ESCAPE.match(text, pos + 1)
        if m:
            out.replace(chr(int(next(g for g in m.groups() if g), 16)), pos, m.end())
            return m.end()
        out.replace(_ESCAPES.get(nxt, nxt), pos, pos + 2)
        return pos + 2


_MEMBER_PATH = re.compile(r"\$\{\s*[A-Za-z_$][\w$]*(?:\s*\.\s*([A-Za-z_$][\w$]*))*\s*\}")


def _placeholder(code: str) -> str:
    """``${naam}``, ``${user.firstName}`` -> ``{naam}``, ``{firstName}`` (a date-named one
    counts as a moment); any other expression -> ``{ph}``.  Never as long as ``code``:
    equal lengths would map letter by letter."""
    m = _MEMBER_PATH.fullmatch(code)
    name = (m.group(1) or code[2:-1].strip()) if m else "ph"
    placeholder = "{" + name + "}"
    return placeholder if len(placeholder) != len(code) else "{" + name + "_}"


def _line_end(text: str, pos: int) -> int:
    stop = text.find("\n", pos)
    return len(text) if stop == -1 else stop


def _closing_brace(text: str, pos: int) -> int:
    """The index after the "}" that closes a template's ``${`` (nested braces counted)."""
    depth = 1
    while pos < len(text):
        if text[pos] == "{":
            depth += 1
        elif text[pos] == "}":
            depth -= 1
            if depth == 0:
                return pos + 1
        pos += 1
    return pos


class _Reader:
    """Walks the tokens: every object literal and array, its property keys, and the
    strings that are its values."""

    def __init__(self, doc: SourceDocument, tokens: list[_Token]):
        self.doc, self.tokens, self.text = doc, tokens, doc.source_text

    def _op(self, i: int, chars: str) -> bool:
        return i < len(self.tokens) and self.tokens[i].kind == "op" and self.text[self.tokens[i].start] in chars

    def read(self) -> None:
        i = 0
        while i < len(self.tokens):
            if self._op(i, "{[") and self._opens_data(i):
                i = self._container(i + 1, [], 0)
            elif self._op(i, "=") and not self._op(i + 1, "=>") and not self._op(i - 1, "=!<>+-*/"):
                target = self._assigned(i)
                path = [] if target == "exports" else [target]  # "module.exports = {...}"
                i = self._value(i + 1, path, 0) if target else i + 1
            else:
                i += 1

    def _assigned(self, i: int) -> str | None:
        """The member an assignment at ``i`` sets: ``s.agree = "Akkoord";`` -> ``agree``,
        ``lang["x"] = ...`` -> ``x`` (a plain variable is code: ``var s = ...``)."""
        if i >= 3 and self.tokens[i - 1].kind == "word" and self._op(i - 2, "."):
            return self.text[self.tokens[i - 1].start:self.tokens[i - 1].end]
        if i >= 3 and self._op(i - 1, "]") and self.tokens[i - 2].kind == "string" and self._op(i - 3, "["):
            return self.tokens[i - 2].view.text
        return None

    def _opens_data(self, i: int) -> bool:
        """A "{" or "[" that opens a value (after "=", "(", ":", ",", "return", a
        default export), not a block of code."""
        if self._op(i, "["):
            return True
        if i == 0:
            return True
        before = self.tokens[i - 1]
        piece = self.text[before.start:before.end]
        return before.kind == "op" and piece in "=(:,[?" or piece in ("return", "default", "exports")

    def _container(self, i: int, path: list[str | int], depth: int) -> int:
        """Read the object or array whose first token is ``i``; returns the index after
        its closing bracket."""
        is_array = self._op(i - 1, "[")
        close = "]" if is_array else "}"
        index = 0
        while i < len(self.tokens) and not self._op(i, close):
            if depth > _MAX_DEPTH:
                return self._skip(i, close)
            if is_array:
                i = self._value(i, [*path, index], depth)
                index += 1
            else:
                key = self._key(i)
                if key is not None and self._op(i + 1, ":"):
                    i = self._value(i + 2, [*path, key], depth)
                else:
                    i = self._value(i, path, depth, strings=False)  # a spread, a method: code
            if self._op(i, ","):
                i += 1
            elif i < len(self.tokens) and not self._op(i, close):
                i += 1  # never stand still on a token the value did not take
        return i + 1

    def _key(self, i: int) -> str | None:
        """A property's name (``title:``, ``'thank-you':``); None for anything else (a
        computed key ``[name]:``, a spread, a method), whose value is code."""
        token = self.tokens[i] if i < len(self.tokens) else None
        if token is not None and token.kind == "string":
            return token.view.text
        if token is not None and token.kind == "word":
            return self.text[token.start:token.end]
        return None

    def _value(self, i: int, path: list[str | int], depth: int, strings: bool = True) -> int:
        """Read one value from ``i`` up to the "," or bracket that ends it."""
        if self._op(i, "{["):
            return self._container(i + 1, path, depth + 1)
        pieces: list[_Token] = []
        nesting = 0
        while i < len(self.tokens):
            token = self.tokens[i]
            if token.kind == "op":
                piece = self.text[token.start]
                if piece in "([{":
                    nesting += 1
                elif piece in ")]}":
                    if nesting == 0:
                        break
                    nesting -= 1
                elif piece in ",;" and nesting == 0:
                    break
            if nesting == 0:
                pieces.append(token)
            i += 1
        if strings:
            self._add(pieces, path)
        return i

    def _add(self, pieces: list[_Token], path: list[str | int]) -> None:
        """A string value, or strings joined by "+" (other operands as placeholders); a
        value that is not only that (a call, a condition) is code."""
        if not pieces or pieces[0].kind != "string":
            return
        out = SegmentBuilder()
        for n, token in enumerate(pieces):
            if n % 2 == 1:
                if not (token.kind == "op" and self.text[token.start] == "+"):
                    return
            elif token.kind == "string":
                append_mapped(out, self.text, token.view, 0, len(token.view.text))
            elif token.kind == "word" and token.end - token.start > 1:
                code = self.text[token.start:token.end]
                out.replace("{" + code + "}", token.start, token.end - token.start)  # "'Hallo ' + name"
            else:
                return
        joined = out.build()
        if not skip_value(last_mapping_key(path), joined.text):
            self.doc.segments.append(View(joined.text, joined.offsets).segment(key=key_path(path)))

    def _skip(self, i: int, close: str) -> int:
        nesting = 0
        while i < len(self.tokens):
            if self._op(i, "([{"):
                nesting += 1
            elif self._op(i, ")]}"):
                if nesting == 0:
                    return i + 1
                nesting -= 1
            i += 1
        return i
