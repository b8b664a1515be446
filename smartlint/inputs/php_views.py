"""PHP view files: an HTML page with PHP blocks in it (``<?php ... ?>``, ``<?= ... ?>``).

A ``.php`` file is read as a language pack (:mod:`.php_library`) unless its text outside
the PHP blocks is an HTML page ("retourbeleid.php", a Yii view "overOns.php"): then it is
the page a visitor reads, and the HTML reader reads it with the PHP blocks blanked out.
Blanking keeps every character's position (a block becomes spaces, its line breaks stay),
so offsets into the view are offsets into the file.
"""

from __future__ import annotations

import re

from smartlint.inputs.view import View
from smartlint.segments import identity_map

# A PHP block, to its closing tag or the end of the file (PHP needs no closing tag there).
_PHP_BLOCK = re.compile(r"<\?(?:php\b|=)?.*?(?:\?>|\Z)", re.DOTALL | re.IGNORECASE)


def blanked_view(source: str) -> View:
    """The file with its PHP blocks turned into spaces (line breaks kept)."""
    blanked = _PHP_BLOCK.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), source)
    return View(blanked, identity_map(source))


def html_view_file(source: str) -> View | None:
    """The blanked view when the text outside the PHP blocks is an HTML page, else None."""
    from smartlint.inputs.html import looks_like_html

    if "<?" not in source and not source.lstrip().startswith("<"):
        return None
    view = blanked_view(source)
    return view if looks_like_html(view.text) else None
