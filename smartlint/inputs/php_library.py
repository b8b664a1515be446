"""PHP language files (Laravel, Yii/HumHub, CodeIgniter, OpenCart, BookStack, ...):
one segment per string value.

A language file is data written as PHP: it returns an array (``return ['key' =>
'Tekst', ...];``, ``return array(...)``), assigns strings to array keys
(``$_['text_greeting'] = 'Bedankt voor je bestelling!';``, ``$lang['x'] = '...';``) or
defines a constant per text (``define('EMAIL_TEXT_SUBJECT', 'Orderbevestiging');``).
No PHP parser ships with Python and only this subset is needed, so a small scanner
reads it in one linear pass: comments, the two string literals (single quotes with
``\\'``/``\\\\``; double quotes and heredocs with PHP's escapes), ``=>``, ``=`` and the
brackets.  A value concatenated from pieces (``'Hallo ' . $naam . '!'``) is one
message.  A variable inside it becomes a placeholder named after it over its source
text (``$naam`` and ``"{$klant->naam}"`` -> ``{naam}``, so a ``{datum}`` counts as a
moment), a call or constant a ``{ph}``.

A file with code (``function``, ``class``, ``echo``, ``if``, ...) is no language file:
it is left out with a note, so a directory walk over a PHP project reads only its
language files; ``if``/``else`` guards (against direct loading, a charset block, a
section per page) with many strings each do not make one.  Keys: the array keys from the outside in (``customers.forgot-password.back``).
"""

from __future__ import annotations

import re

from smartlint.errors import InputError
from smartlint.inputs.library import (
    key_path,
    last_mapping_key,
    note_if_empty,
    skip_value,
)
from smartlint.inputs.php_templates import template_function, template_functions
from smartlint.inputs.view import View, ViewBuilder, append_mapped
from smartlint.segments import SegmentBuilder, SourceDocument

PLACEHOLDER = "{ph}"
CODE_NOTE = "not a PHP language file (it holds code such as '{word}', not only strings): skipped"
# Words that only code has; a language file returns or assigns data.
_CODE_WORDS = frozenset({
    "function", "fn", "class", "interface", "trait", "enum", "echo", "print", "if", "else", "elseif",
    "foreach", "for", "while", "do", "switch", "match", "new", "include", "include_once", "require",
    "require_once", "public", "private", "protected", "static", "abstract", "final", "yield", "try",
})
# ... of which these may guard a language file ("if (defined('_AEC_LANG')) { return; }",
# a charset block, Coppermine's 45 "if (defined('ECARDS_PHP')) {" sections) or hold the
# one date helper of an osCommerce language file ("function tep_date_raw(...)" before
# 222 defines): fewer than _STRINGS_PER_GUARD string literals for each is code.
_GUARD_WORDS = frozenset({"if", "else", "elseif", "function"})
_STRINGS_PER_GUARD = 20
_MAX_DEPTH = 200
_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<comment>//|\#(?!\[)|/\*)
  | (?P<open><\?php\b|<\?=?)
  | (?P<close>\?>)
  | (?P<quote>['"])
  | (?P<heredoc><<<[ \t]*(?P<hq>["']?)(?P<hid>[A-Za-z_]\w*)(?P=hq)\r?\n)
  | (?P<arrow>=>)
  | (?P<op>\.=|[=.,;()\[\]{}])
  | (?P<var>\$[A-Za-z_]\w*)
  | (?P<word>[A-Za-z_\\][\w\\]*)
  | (?P<number>\d[\w.]*)
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)
_SINGLE_ESCAPES = {"'": "'", "\\": "\\"}
_DOUBLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "v": "\v", "e": "\x1b", "f": "\f", "\\": "\\", "$": "$", '"': '"'}
_DOUBLE_ESCAPE = re.compile(r"\\(?:([ntrvef\\$\"])|([0-7]{1,3})|x([0-9A-Fa-f]{1,2})|u\{([0-9A-Fa-f]{1,6})\})")
# An interpolated variable: "$naam", "$user->name", "$items[0]", "{$order->id}", "${naam}".
_INTERPOLATION = re.compile(r"\{\$[^}\n]{0,200}\}|\$\{[^}\n]{0,200}\}|\$[A-Za-z_]\w*(?:->[A-Za-z_]\w*|\[[^\]\n]{0,100}\])?")


_VARIABLE = re.compile(r"[{$]*\$\{?([A-Za-z_]\w*)((?:->[A-Za-z_]\w*)*)")


def placeholder_for(code: str) -> str:
    """``$naam``, ``{$klant->naam}``, ``${naam}``, ``$regels[0]`` -> ``{naam}``/``{regels}``;
    anything else (a call, a constant) -> ``{ph}``.  Never as long as ``code``: equal
    lengths would map letter by letter, not the placeholder to the whole code."""
    m = _VARIABLE.match(code)
    name = (m.group(2).rsplit("->", 1)[-1] or m.group(1)) if m else "ph"
    placeholder = "{" + name + "}"
    return placeholder if len(placeholder) != len(code) else "{" + name + "_}"


class _Token:
    __slots__ = ("end", "kind", "start", "view")

    def __init__(self, kind: str, start: int, end: int, view: View | None = None):
        self.kind, self.start, self.end, self.view = kind, start, end, view


class _CodeFile(Exception):
    """The scanner met a word only code has (its text is the word)."""


def read_php_library(doc: SourceDocument) -> None:
    try:
        tokens = _Scanner(doc).tokens()
    except _CodeFile as code:  # found before any later syntax it might not follow
        doc.notes.append(CODE_NOTE.format(word=str(code)))
        return
    _Reader(doc, tokens).statements()
    note_if_empty(doc)


class _Scanner:
    """PHP text -> tokens; string literals carry their decoded view."""

    def __init__(self, doc: SourceDocument):
        self.doc = doc
        self.text = doc.source_text
        self.source = View.of_source(self.text)

    def tokens(self) -> list[_Token]:
        text, out, pos = self.text, [], 0
        guards, guard = 0, ""
        php = False  # text before "<?php" is inline output, as PHP reads it
        while pos < len(text):
            if not php:
                found = text.find("<?", pos)
                if found == -1:
                    break
                pos = found
            m = _TOKEN.match(text, pos)
            kind = m.lastgroup if m.lastgroup not in ("hq", "hid") else "heredoc"
            if kind == "open":
                php, pos = True, m.end()
            elif kind == "close":
                php, pos = False, m.end()
            elif kind == "space":
                pos = m.end()
            elif kind == "comment":
                pos = self._comment_end(m.group(), m.start(), m.end())
            elif kind == "quote":
                view, end = self._string(m.start())
                out.append(_Token("string", m.start(), end, view))
                pos = end
            elif m.group("heredoc"):
                view, end = self._heredoc(m)
                out.append(_Token("string", m.start(), end, view))
                pos = end
            else:
                if kind == "word" and m.group().lower() in _CODE_WORDS:
                    guards += m.group().lower() in _GUARD_WORDS
                    if m.group().lower() not in _GUARD_WORDS:
                        raise _CodeFile(m.group())
                    guard = m.group()
                out.append(_Token(kind, m.start(), m.end()))
                pos = m.end()
        if guards:
            guards -= 2 * template_functions(out, text)  # an if + function around each mail: data
        if guards > 0 and sum(t.kind == "string" for t in out) < _STRINGS_PER_GUARD * guards:
            raise _CodeFile(guard)
        return out

    def _comment_end(self, opener: str, start: int, pos: int) -> int:
        if opener == "/*":
            end = self.text.find("*/", pos)
            if end == -1:
                raise self._error("unterminated comment", start)
            return end + 2
        line_end = self.text.find("\n", pos)
        line_end = len(self.text) if line_end == -1 else line_end
        close = self.text.find("?>", pos, line_end)  # "// ... ?>" closes PHP mode
        return close if close != -1 else line_end

    def _string(self, start: int) -> tuple[View, int]:
        quote, text = self.text[start], self.text
        pos = start + 1
        while True:
            end = text.find(quote, pos)
            if end == -1:
                raise self._error("unterminated string", start)
            backslashes = 0
            while text[end - 1 - backslashes] == "\\" and end - 1 - backslashes > start:
                backslashes += 1
            if backslashes % 2 == 0:
                break
            pos = end + 1
        if quote == "'":
            return self._single(start + 1, end), end + 1
        return self._double(start + 1, end), end + 1

    def _single(self, start: int, end: int) -> View:
        out, pos, text = ViewBuilder(self.source), start, self.text
        while True:
            slash = text.find("\\", pos, end)
            if slash == -1 or slash + 1 >= end:
                out.copy(pos, end)
                return out.view()
            out.copy(pos, slash)
            nxt = text[slash + 1]
            if nxt in _SINGLE_ESCAPES:
                out.replace(_SINGLE_ESCAPES[nxt], slash, slash + 2)
            else:
                out.copy(slash, slash + 2)
            pos = slash + 2

    def _double(self, start: int, end: int) -> View:
        """Escapes decoded, interpolated variables as placeholders."""
        out, pos, text = ViewBuilder(self.source), start, self.text
        marks = sorted([(m.start(), m.end(), self._escape(m)) for m in _DOUBLE_ESCAPE.finditer(text, start, end)]
                       + [(m.start(), m.end(), placeholder_for(m.group())) for m in _INTERPOLATION.finditer(text, start, end)])
        for s, e, decoded in marks:
            if s < pos:
                continue  # inside an earlier mark
            out.copy(pos, s)
            out.replace(decoded, s, e)
            pos = e
        out.copy(pos, end)
        return out.view()

    @staticmethod
    def _escape(m: re.Match) -> str:
        simple, octal, hexa, uni = m.groups()
        if simple:
            return _DOUBLE_ESCAPES[simple]
        if octal:
            return chr(int(octal, 8) & 0xFF)
        if hexa:
            return chr(int(hexa, 16))
        code = int(uni, 16)
        return chr(code) if code <= 0x10FFFF else "\ufffd"

    def _heredoc(self, m: re.Match) -> tuple[View, int]:
        """``<<<EOT`` ... ``EOT``: the body up to the closing identifier on its own line."""
        ident = m.group("hid")
        closing = re.compile(r"^[ \t]*" + re.escape(ident) + r"\b", re.MULTILINE)
        found = closing.search(self.text, m.end())
        if found is None:
            raise self._error(f"unterminated heredoc '{ident}'", m.start())
        body_end = max(m.end(), found.start() - 1)  # the line break before the identifier is no text
        if self.text[body_end - 1:body_end] == "\r":
            body_end -= 1
        if m.group("hq") == "'":  # nowdoc: no escapes at all
            out = ViewBuilder(self.source)
            out.copy(m.end(), body_end)
            return out.view(), found.end()
        view = self._double(m.end(), body_end)
        return view, found.end()

    def _error(self, problem: str, offset: int) -> InputError:
        line, column = self.doc.line_col(offset)
        return InputError(f"invalid PHP at line {line}, column {column}: {problem}", self.doc.path,
                          line=line, column=column)


class _Reader:
    """Tokens -> segments: ``return <array>;`` and ``$var[...] = <value>;`` statements."""

    def __init__(self, doc: SourceDocument, tokens: list[_Token]):
        self.doc, self.tokens, self.text = doc, tokens, doc.source_text

    def _is(self, i: int, kind: str, value: str | None = None) -> bool:
        if i >= len(self.tokens) or self.tokens[i].kind != kind:
            return False
        return value is None or self.text[self.tokens[i].start:self.tokens[i].end].lower() == value

    def statements(self) -> None:
        i = 0
        while i < len(self.tokens):
            if self._is(i, "word", "return"):
                i = self.value(i + 1, [], 0)
            elif self._is(i, "word", "function") and (name := template_function(self.tokens, i, self.text)):
                i = self.value(i + 6, [name], 0)
            elif (self._is(i, "word", "define") or self._is(i, "word", "define_once")) and self._is(i + 1, "op", "(") \
                    and self._is(i + 2, "string") and self._is(i + 3, "op", ","):
                # a constant per text (osCommerce, Zen Cart): define('EMAIL_TEXT_SUBJECT', 'Orderbevestiging');
                # PHP-Nuke's helper: define_once("_THANKSSUB", "...")
                i = self.value(i + 4, [self.tokens[i + 2].view.text], 0)
            elif self._is(i, "var"):
                name = self.text[self.tokens[i].start + 1:self.tokens[i].end]
                path, i = self._indices(i + 1)
                # a variable per text (MantisBT: $s_update_priority = 'Prioriteit wijzigen';)
                # is keyed by its name; an array's entries by their indices ($_['text_x'])
                path = path or [name]
                if self._is(i, "op", "=") or self._is(i, "op", ".="):
                    i = self.value(i + 1, path, 0)
            else:
                i += 1

    def _indices(self, i: int) -> tuple[list[str | int], int]:
        """``['a']['b']`` after a variable: the keys, and the token after them."""
        path: list[str | int] = []
        while self._is(i, "op", "["):
            key = self._key(i + 1)
            path.append(key if key is not None else len(path))
            # an index may itself index: SPIP's $GLOBALS[$GLOBALS['idx_lang']] = array(...)
            i = self._skip_value(i + 1) + 1
        return path, i

    def _key(self, i: int) -> str | int | None:
        if i >= len(self.tokens):
            return None
        token = self.tokens[i]
        if token.kind == "string":
            return token.view.text
        if token.kind == "number":
            raw = self.text[token.start:token.end]
            return int(raw) if raw.isdigit() else raw
        if token.kind == "word":
            return self.text[token.start:token.end]
        return None

    def value(self, i: int, path: list[str | int], depth: int) -> int:
        """Read the value at token ``i``; returns the index after it."""
        if depth > _MAX_DEPTH:
            raise InputError(f"PHP arrays nested too deeply (more than {_MAX_DEPTH} levels)", self.doc.path)
        if self._is(i, "op", "["):
            return self._array(i + 1, "]", path, depth)
        if self._is(i, "word", "array") and self._is(i + 1, "op", "("):
            return self._array(i + 2, ")", path, depth)
        if self._is(i, "string"):
            return self._concatenation(i, path)
        return self._skip_value(i)

    def _array(self, i: int, close: str, path: list[str | int], depth: int) -> int:
        index = 0
        while i < len(self.tokens) and not self._is(i, "op", close):
            key_end = self._skip_value(i)
            if self._is(key_end, "arrow"):
                key = self._key(i)
                after = self.value(key_end + 1, [*path, key if key is not None else index], depth + 1)
            else:
                after = self.value(i, [*path, index], depth + 1)
            index += 1
            i = self._skip_value(after)  # (normally ``after`` already: a ',' or the close)
            if self._is(i, "op", ",") or i < len(self.tokens) and not self._is(i, "op", close):
                i += 1  # the comma, or a stray ';' or '=>': never stand still
        return i + 1

    def _concatenation(self, i: int, path: list[str | int]) -> int:
        """``'a' . $b . "c"``: one message, non-literal pieces as placeholders."""
        end = self._skip_value(i)
        pieces = self.tokens[i:end]
        if len(pieces) == 1:
            self._add(pieces[0].view, path)
            return end
        out = SegmentBuilder()  # pieces of the file: each string's own map, placeholders between
        strings = 0
        k = 0
        while k < len(pieces):
            token = pieces[k]
            if token.kind == "string":
                strings += 1
                append_mapped(out, self.text, token.view, 0, len(token.view.text))
                k += 1
            elif token.kind == "op" and self.text[token.start:token.end] == ".":
                k += 1
            else:  # a variable, constant or call: up to the next '.' at this level
                start = token.start
                depth = 0
                while k < len(pieces):
                    piece = self.text[pieces[k].start:pieces[k].end]
                    if pieces[k].kind == "op" and piece in "([{":
                        depth += 1
                    elif pieces[k].kind == "op" and piece in ")]}":
                        depth -= 1
                    elif depth == 0 and pieces[k].kind == "op" and piece == ".":
                        break
                    k += 1
                code_end = pieces[k - 1].end
                if code_end - start > 1:
                    out.replace(placeholder_for(self.text[start:code_end]), start, code_end - start)
                # (one character of code, "X" or a stray "\": no placeholder, whose letters
                # would each point at that one character)
        if strings:
            joined = out.build()
            self._add(View(joined.text, joined.offsets), path)
        return end

    def _add(self, view: View, path: list[str | int]) -> None:
        if not skip_value(last_mapping_key(path), view.text):
            self.doc.segments.append(view.segment(key=key_path(path)))

    def _skip_value(self, i: int) -> int:
        """The index of the ',', ';', '=>' or closing bracket that ends the value at ``i``."""
        depth = 0
        while i < len(self.tokens):
            token = self.tokens[i]
            piece = self.text[token.start:token.end]
            if token.kind == "op" and piece in "([{":
                depth += 1
            elif token.kind == "op" and piece in ")]}":
                if depth == 0:
                    return i
                depth -= 1
            elif depth == 0 and (token.kind == "arrow" or token.kind == "op" and piece in ",;"):
                return i
            i += 1
        return i
