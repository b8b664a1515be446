"""Template placeholders: find them, mask them, and read what their names stand for.

A message library's strings carry placeholders of every common style (``{{ datum }}``,
``%{naam}``, ``{count, plural, ...}``, ``:name``, ``%1$s``, ``[NAAM]``, ``<username>``, ...).  They are
replaced by a same-length stand-in before spaCy sees the text, so offsets stay one to
one: a capitalised dummy word (read as a name), or digits for a placeholder that stands
for a number.  Which names mean a count or a moment is lexicon data
(``count_placeholder_words``, ``when_placeholder_words``, ``when_placeholder_endings``).
"""

from __future__ import annotations

import re

from smartlint.checks import Placeholder
from smartlint.nl.lexicon import lexicon

# Longest forms first: '{{ x }}' must not be read as '{ x }', '%name%' not as '%n'.
_PLACEHOLDER = re.compile(
    r"\{\{.{0,200}?\}\}"  # Jinja/Liquid/Handlebars/i18next {{ naam }}
    r"|\{%.{0,200}?%\}"  # Jinja tags {% if ... %}
    r"|%\{[^{}\n]{1,80}\}"  # Ruby/Rails i18n %{naam}
    r"|%\([A-Za-z_][\w.]{0,60}\)[-+0#]{0,3}\d{0,3}(?:\.\d{1,2})?[sdifr]"  # Python %(naam)s (Mailman, Django)
    r"|\$\{[^{}\n]{1,80}\}"  # ${naam}
    r"|\$\[[A-Za-z_][\w.]{0,60}\]"  # Friendica $[username]
    r"|\{\$[A-Za-z_][\w.]{0,60}\}"  # Smarty {$username}
    # ICU {count, plural, one {# dag} other {# dagen}}, {d, date, short} (one level of nesting)
    r"|\{\s*[A-Za-z_]\w{0,40}\s*,\s*(?:plural|selectordinal|select|number|date|time)\b(?:[^{}]|\{[^{}]{0,200}\}){0,400}\}"
    r"|\{\s*[A-Za-z_][\w.\-]{0,60}\s*\}"  # {naam}, {klant.naam}
    # Fluent { $naam }, { -brand-name }, { NUMBER($n) }, { DATETIME($d, month: "long") }
    r"|\{\s*[$-][A-Za-z][\w.\-]{0,60}\s*\}|\{\s*[A-Z]{2,20}\([^(){}\n]{0,120}\)\s*\}"
    r"|\{\d{1,2}\}"  # positional {0}
    r"|\[[A-Z][A-Z0-9_\- ]{0,40}\]"  # [NAAM], [DATUM KLANT]
    # A URL is never prose (a final . , ; : ! ? ends the sentence, not the URL).
    r"|(?:https?://|www\.)[^\s<>\"'()\[\]]{0,2000}[^\s<>\"'()\[\].,;:!?]"
    r"|%[A-Za-z_][\w.]{0,60}%"  # Symfony %naam%
    # printf %s %d %1$s %.2f, %n (no space flag: "10% en" is Dutch, not '% e')
    r"|%(?:\d{1,2}\$)?[-+0#]{0,3}\d{0,3}(?:\.\d{1,2})?[sdifuxXeEgGcn](?![A-Za-z])"
    r"|%\d{1,2}(?![\d$])"  # Magento %1
    r"|#_[A-Z][A-Z0-9_]{0,60}(?![A-Za-z0-9_])"  # Events Made Easy #_EVENTNAME
    r"|!![A-Za-z_][A-Za-z0-9_]{0,40}!!"  # Paid Memberships Pro !!sitename!!
    # FluxBB/PunBB mail templates <username>, <base_url> (not an HTML tag a text may hold)
    r"|<(?!(?:br|hr|div|span|strong|small|table|tbody|thead|html|head|body|title|style|script|link|meta"
    r"|font|center|label|input|form|button|select|option|textarea|iframe|section|header|footer|nav"
    r"|article|aside|main|code|pre|blockquote|sup|sub|img|li|ul|ol|em|td|tr|th|p|b|i|u|a)>)[a-z][a-z0-9_]{1,40}>"
    r"|(?<![\w:/.@]):[A-Za-z_][A-Za-z0-9_]{0,60}(?![\w:])",  # Laravel :naam
    re.DOTALL,
)
# Placeholders that stand for a number are masked as digits, so "binnen %{count}
# werkdagen" reads as a moment and "maximaal %2 karakters" as a quantity: a name
# whose last part is in the lexicon's count_placeholder_words (or whose first of
# several parts is, "number_of_days"), printf's integer conversions (%d, %1$d, %n), ICU
# plural/number arguments, and Magento's positional %1 (its packs number every value).
_COUNT_FORM = re.compile(r"%(?:\d{1,2}\$)?[-+0#]{0,3}\d{0,3}[din]|%\([^)\n]{1,62}\)[din]|%\d{1,2}|\{\s*\w+\s*,\s*(?:plural|selectordinal|number)\b")


def mask_placeholders(text: str) -> tuple[str, list[Placeholder]]:
    """Replace each placeholder by a capitalised dummy word of the same length (a
    count placeholder by digits, so it reads as a number)."""
    parts: list[str] = []
    placeholders: list[Placeholder] = []
    last = 0
    for m in _PLACEHOLDER.finditer(text):
        raw = m.group()
        name = _placeholder_name(raw)
        parts.append(text[last : m.start()])
        parts.append("9" * len(raw) if is_count_placeholder(raw, name) else _stand_in(len(raw)))
        placeholders.append(Placeholder(m.start(), m.end(), name))
        last = m.end()
    parts.append(text[last:])
    return "".join(parts), placeholders


def _stand_in(length: int) -> str:
    # One token of letters (no spaces or newlines), read as a name by the tagger.
    return "X" + "x" * (length - 1)


def _placeholder_name(raw: str) -> str:
    """``{{ klant.naam }}`` -> ``klant.naam``; ``:date`` -> ``date``; unnamed (``%s``,
    ``%1``, ``{0}``) -> ``""``; a URL -> ``url``."""
    if raw.startswith(("http", "www.")):
        return "url"
    if raw.startswith("%("):
        return raw[2:raw.index(")")].lower()  # "%(listname)s"
    inner = raw.strip("{}%$[]:#!<> \t\n").lstrip("_")
    inner = re.sub(r"^(?:if|for|set|include|else|endif|endfor)\b", "", inner).strip()
    if raw.startswith("["):
        return "_".join(inner.split()).lower()  # "[NAAM ADVISEUR]" -> "naam_adviseur": every word names it
    name = re.split(r"[|\s(,]", inner, maxsplit=1)[0] if inner else ""
    if re.fullmatch(r"(?:\d{1,2}\$)?[-+ 0#]*\d*(?:\.\d+)?[a-zA-Z]?|\d+", name):
        return ""  # printf and positional forms have no name
    return name.lower()


_NAME_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def is_count_placeholder(raw: str, name: str) -> bool:
    """``%{count}``, ``:aantal``, ``{n}``, ``%d``, ``%1$d``, ``%2``, ``{count, plural, ...}``."""
    if _COUNT_FORM.fullmatch(raw) or _COUNT_FORM.match(raw) and raw.startswith("{"):
        return True
    # the words of the name, camelCase split too: "nbrOfDays" -> nbr, of, days
    at = raw.lower().find(name) if name else -1
    spelled = raw[at : at + len(name)] if at >= 0 else name
    parts = [p.lower() for p in _NAME_WORDS.findall(spelled)]
    words = lexicon()["count_placeholder_words"].words
    return bool(parts) and (parts[-1] in words or (len(parts) > 1 and parts[0] in words))


def name_parts(name: str) -> list[str]:
    """The words of a placeholder's name: "naam_medewerker" -> ["naam", "medewerker"]."""
    return [p for p in re.split(r"[^a-z]+", name.lower()) if p]


def is_when_placeholder(placeholder: Placeholder) -> bool:
    """True for ``{{ datum }}``, ``{deadline}``, ``[LEVERDATUM]``, ``{{ order.bezorg_tijd }}``."""
    lex = lexicon()
    words, endings = lex["when_placeholder_words"].words, tuple(lex["when_placeholder_endings"].words)
    parts = name_parts(placeholder.name)
    return any(p in words or p.endswith(endings) for p in parts)


def dated_by_placeholder_in(placeholders, start: int, end: int) -> bool:
    """A date or time placeholder starts in the characters [start, end): "staat op {{ datum }}"."""
    return any(start <= p.start < end and is_when_placeholder(p) for p in placeholders)


def placeholder_letters(text: str, start: int, end: int, placeholders) -> tuple[int, int]:
    """How many letters of ``text[start:end]`` lie inside one of ``placeholders``, and how
    many letters it has: "[{shop_url}]" is all placeholder, "{street} {number}" too."""
    covered = bytearray(end - start)
    for p in placeholders:
        lo, hi = max(p.start, start), min(p.end, end)
        if lo < hi:
            covered[lo - start:hi - start] = b"\x01" * (hi - lo)
    letters = [k for k in range(start, end) if text[k].isalpha()]
    return sum(covered[k - start] for k in letters), len(letters)
