"""YAML libraries of canned responses: one segment per string value.

The file is composed (``yaml.compose`` with ``SafeLoader``: no object
construction) into nodes that know their source positions; each string scalar
becomes a segment keyed by its path, its text mapped exactly by
:mod:`smartlint.inputs.yaml_scalars`.

Comments steer the linting of a library::

    refund:                      # smartlint: disable=vague-zsm,missing-when
      body: ...
    # smartlint: disable=other-client
    partner_note: ...
    # smartlint: disable-file    (anywhere: the whole file is skipped)

A ``disable=`` comment on the line of a key, or on its own line just before the
key, sets ``Segment.disabled`` for every message under that key; a bare
``# smartlint: disable`` leaves those messages out altogether.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from smartlint.errors import InputError
from smartlint.inputs.library import key_path, last_mapping_key, note_if_empty, skip_value
from smartlint.inputs.view import View, line_spans
from smartlint.inputs.yaml_scalars import scalar_view
from smartlint.safeyaml import compose_all
from smartlint.segments import SourceDocument

_STR_TAG = "tag:yaml.org,2002:str"
_DIRECTIVE_RE = re.compile(r"#\s*smartlint:\s*(disable-file|disable)\b(?:\s*=\s*([\w\s,.-]*))?")
DISABLE_FILE_NOTE = "skipped: '# smartlint: disable-file'"


@dataclass(frozen=True)
class _Directive:
    skip: bool  # bare "disable": leave the messages out
    rules: frozenset[str]
    own_line: bool  # the comment is alone on its line (so it may speak of the next line)


def read_yaml_library(doc: SourceDocument) -> None:
    text = doc.source_text
    try:
        documents = compose_all(text)  # libyaml when available: same nodes and marks
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        problem = err.problem or err.context or "not valid YAML"
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        position = {"line": mark.line + 1, "column": mark.column + 1} if mark else {}
        raise InputError(f"invalid YAML{where}: {problem}", doc.path, **position) from None
    except yaml.reader.ReaderError as err:  # a character YAML does not allow (a control code)
        line, column = doc.line_col(min(err.position, len(text)))
        code = ord(err.character) if isinstance(err.character, str) else err.character
        problem = f"unacceptable character #x{code:04x}: {err.reason}"
        raise InputError(f"invalid YAML at line {line}, column {column}: {problem}", doc.path,
                         line=line, column=column) from None
    except yaml.YAMLError as err:  # also safeyaml.NestedTooDeeply
        problem = str(err).splitlines()[0] if str(err) else "not valid YAML"  # one line
        raise InputError(f"invalid YAML: {problem}", doc.path) from None
    scalars = [n for root in documents if root is not None for n in _scalar_nodes(root)]
    comments, disable_file = _comment_directives(text, [(n.start_mark.index, n.end_mark.index) for n in scalars])
    if disable_file:
        doc.notes.append(DISABLE_FILE_NOTE)
        return
    walker = _Walker(doc, View.of_source(text), comments)
    roots = [root for root in documents if root is not None]
    for number, root in enumerate(roots):
        prefix: list[str | int] = [f"document {number + 1}"] if len(roots) > 1 else []
        walker.walk(root, prefix, frozenset(), parent_indent=-1)
    note_if_empty(doc)


class _Walker:
    def __init__(self, doc: SourceDocument, source: View, comments: dict[int, _Directive]):
        self.doc = doc
        self.source = source
        self.comments = comments
        self.seen: set[int] = set()  # an alias repeats a node: lint it once

    def walk(self, node: Node, path: list[str | int], disabled: frozenset[str], parent_indent: int) -> None:
        if id(node) in self.seen:
            return
        self.seen.add(id(node))
        if isinstance(node, MappingNode):
            for key_node, value in node.value:
                key = str(key_node.value) if isinstance(key_node, ScalarNode) else "?"
                directive = self._directive_for(key_node.start_mark.line)
                if directive and directive.skip:
                    continue
                rules = disabled | directive.rules if directive else disabled
                self.walk(value, [*path, key], rules, parent_indent=key_node.start_mark.column)
        elif isinstance(node, SequenceNode):
            for index, item in enumerate(node.value):
                directive = self._directive_for(item.start_mark.line)
                if directive and directive.skip:
                    continue
                rules = disabled | directive.rules if directive else disabled
                self.walk(item, [*path, index], rules, parent_indent=node.start_mark.column)
        elif isinstance(node, ScalarNode) and node.tag == _STR_TAG:
            if skip_value(last_mapping_key(path), node.value):
                return
            view = scalar_view(self.source, node, parent_indent)
            self.doc.segments.append(view.segment(key=key_path(path), disabled=disabled))

    def _directive_for(self, line: int) -> _Directive | None:
        """A directive on the node's own line, or alone on the line right before it."""
        if line in self.comments:
            return self.comments[line]
        before = self.comments.get(line - 1)
        return before if before is not None and before.own_line else None


def _scalar_nodes(node: Node):
    stack, seen = [node], set()
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, ScalarNode):
            yield current
        elif isinstance(current, MappingNode):
            for key, value in current.value:
                stack.extend((key, value))
        elif isinstance(current, SequenceNode):
            stack.extend(current.value)


def _comment_directives(text: str, scalar_spans: list[tuple[int, int]]) -> tuple[dict[int, _Directive], bool]:
    """``# smartlint:`` comments by (0-based) line, and whether one disables the file.

    A ``#`` inside a string value, or not preceded by whitespace, is no comment.
    """
    found: dict[int, _Directive] = {}
    disable_file = False
    # Sorted spans and a binary search per comment: testing every comment against
    # every scalar made a library with 20,000 directives take 39 s.
    spans = sorted(scalar_spans)
    span_starts = [s for s, _ in spans]

    def inside_a_scalar(pos: int) -> bool:
        k = bisect.bisect_right(span_starts, pos) - 1
        return k >= 0 and pos < spans[k][1]

    for line_number, (start, end, _) in enumerate(line_spans(text)):
        for m in _DIRECTIVE_RE.finditer(text, start, end):
            pos = m.start()
            if (pos > start and text[pos - 1] not in " \t") or inside_a_scalar(pos):
                continue
            if m.group(1) == "disable-file":
                disable_file = True
            else:
                names = frozenset(r.strip() for r in (m.group(2) or "").split(",") if r.strip())
                found[line_number] = _Directive(not names, names, own_line=not text[start:pos].strip())
            break
    return found, disable_file
