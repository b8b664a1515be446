"""Validating the ``library:`` table of the config (see :mod:`smartlint.inputs.library_scope`).

.. code-block:: yaml

    library:
      include_keys: ["mailers.**"]          # only these keys (globs over key paths)
      exclude_keys: ["*.url", "admin.**"]
      kinds: {"*.subject": subject, "*.button": label, "mailers.**.body": message}
      kind_names: {cta: label}              # key-name words -> kind, added to the defaults
      messages: [[subject, title, body, action]]   # sibling keys that form one message
      markup: auto                          # auto | html | markdown | off
      plurals: true                         # plural forms report a problem once
      fuzzy: false                          # gettext: lint '#, fuzzy' entries too
      sender: software                      # software | agents (canned replies: read like drafts)
"""

from __future__ import annotations

from typing import Any, Callable, Iterable

from smartlint.segments import SEGMENT_KINDS
from smartlint.settings import DEFAULT_KIND_NAMES, LibrarySettings

LIBRARY_KEYS = ("include_keys", "exclude_keys", "kinds", "kind_names", "messages", "markup", "plurals", "fuzzy",
                "sender")
MARKUP_CHOICES = ("auto", "html", "markdown", "off")
SENDER_CHOICES = ("software", "agents")


def validate_library(v: Any, value: Any, close_match_hint: Callable[[str, Iterable[str]], str]) -> LibrarySettings:
    """``v``: the config's validator (its ``fail``, ``string``, ``choice``, ``string_list``);
    ``close_match_hint``: the config's "did you mean" for unknown keys."""
    if not isinstance(value, dict):
        raise v.fail("library", f"expected a mapping ({', '.join(LIBRARY_KEYS)})")
    result = LibrarySettings()
    for raw_key, item in value.items():
        key = str(raw_key).replace("-", "_")
        where = f"library.{raw_key}"
        if key not in LIBRARY_KEYS:
            raise v.fail(where, "unknown key" + (close_match_hint(key, LIBRARY_KEYS) or f" (known keys: {', '.join(LIBRARY_KEYS)})"))
        if item is None:
            continue
        if key in ("include_keys", "exclude_keys"):
            setattr(result, key, v.string_list(item, where))
        elif key == "kinds":
            result.kinds = [(pattern, kind) for pattern, kind in _kind_table(v, item, where).items()]
        elif key == "kind_names":
            if item is False:
                result.kind_names = {}
            else:
                names = {name.lower(): kind for name, kind in _kind_table(v, item, where).items()}
                result.kind_names = {**DEFAULT_KIND_NAMES, **names}
        elif key == "messages":
            if not isinstance(item, list) or not all(isinstance(group, list) for group in item):
                raise v.fail(where, "expected a list of lists of sibling key names, e.g. [[subject, body, action]]")
            result.messages = [v.string_list(group, f"{where}[{i}]") for i, group in enumerate(item)]
        elif key == "markup":
            result.markup = v.choice(item, where, MARKUP_CHOICES)
        elif key == "sender":
            result.sender = v.choice(item, where, SENDER_CHOICES)
        else:  # plurals, fuzzy
            if not isinstance(item, bool):
                raise v.fail(where, f"expected true or false, got {item!r}")
            setattr(result, key, item)
    return result


def _kind_table(v: Any, value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise v.fail(where, f"expected a mapping of key patterns to a kind ({', '.join(SEGMENT_KINDS)})")
    return {v.string(name, where): v.choice(kind, f"{where}.{name}", SEGMENT_KINDS) for name, kind in value.items()}


def csv_header(v: Any, value: Any) -> bool | None:
    if value == "auto":
        return None
    if not isinstance(value, bool):
        raise v.fail("csv_header", f"expected true, false or auto, got {value!r}")
    return value
