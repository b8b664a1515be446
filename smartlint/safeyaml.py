"""``yaml.safe_load`` and ``yaml.compose_all``, through libyaml when PyYAML has it.

The C safe loader builds the same data ten times faster (the built-in packs: 0.02 s
instead of 0.23 s, paid by every command that lists or applies rules; a library of
2,000 messages: seconds less).  It is as safe: same constructor, no object
construction.  Its error positions differ a little from the pure-Python loader's,
so a file that does not parse is parsed again by the pure-Python loader for the
error that users (and tests) know.
"""

from __future__ import annotations

import functools
from typing import Any

import yaml

_FAST_LOADER = getattr(yaml, "CSafeLoader", None)


class NestedTooDeeply(yaml.YAMLError):
    """Both loaders recurse once per nesting level: ``[[[[...]]]]`` 100,000 deep
    exhausts Python's stack.  Raised as a YAML error, so every caller's one-line
    "invalid YAML" message covers it."""

    problem = "nested too deeply"

    def __str__(self) -> str:
        return self.problem


def _depth_guarded(load):
    @functools.wraps(load)
    def guarded(text: str):
        try:
            return load(text)
        except RecursionError:
            raise NestedTooDeeply() from None

    return guarded


@_depth_guarded
def safe_load(text: str) -> Any:
    if _FAST_LOADER is not None:
        try:
            return yaml.load(text, Loader=_FAST_LOADER)  # noqa: S506 - the C *safe* loader
        except yaml.YAMLError:
            pass  # fall through for the pure-Python loader's error message
    return yaml.safe_load(text)


@_depth_guarded
def compose_all(text: str) -> list:
    """The node trees of all documents in ``text`` (``None`` for an empty one).

    The C parser's nodes carry the same marks (character index, line, column) as
    the pure-Python parser's, except after a byte-order mark, which libyaml does
    not count: such a text takes the slow path.  (A plain scalar's ``style`` is
    ``''`` instead of ``None``; both mean plain.)
    """
    if _FAST_LOADER is not None and "\ufeff" not in text:
        try:
            return list(yaml.compose_all(text, Loader=_FAST_LOADER))
        except yaml.YAMLError:
            pass
    return list(yaml.compose_all(text, Loader=yaml.SafeLoader))
