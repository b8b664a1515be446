"""A Markdown page of a static site, read as a library of paragraphs.

A Markdown file that opens with front matter naming a page (``layout:``, ``title:``,
``permalink:`` ...; Jekyll, Hugo, Docusaurus, MkDocs), that has headings and images
(a page fragment a site includes), or that asks in its headings (an FAQ), is a web
page: a help article, an FAQ, a privacy statement.  Nobody writes it to one customer
about their case, so it is not linted as one draft message: each paragraph, list item or
heading becomes a string of a library, keyed by the heading above it, of segment kind
``page``: only the rules that hold for any text (dates, other clients) apply.  Blind
judges called all 69 findings of the draft reading wrong on two such pages of
real-text-35 (a privacy statement and an FAQ page), and both findings of the library
reading on an FAQ of real-text-49.
"""

from __future__ import annotations

import re

from smartlint.inputs.view import View, append_mapped
from smartlint.segments import Segment, SegmentBuilder

# keys of front matter that make a file a page of a site
# (Gatsby and Eleventy name the page's "template" and "path"; blind judges called 16 of 16
# findings on three such pages of real-text-132 wrong)
# (in any case: Microsoft's docs write "TOCTitle:", "Title:")
PAGE_KEYS = re.compile(r"(?mi)^[ \t]*\"?(?:layout|title|toctitle|permalink|slug|sidebar_position|sidebar_label|nav_order"
                        r"|weight|redirect_from|description|lang|template|path|menu|aliases|url|summary)\"?[ \t]*[:=]")
# (YAML ':', TOML '=', JSON '"title":')
# Front matter fences: YAML "---" (Jekyll, MkDocs), TOML "+++" (Hugo, Zola), JSON "{" ... "}" (Hugo).
FRONT_MATTER_FENCES = ("---", "+++", "{")
# The line that closes a front matter block opened by each fence.
FRONT_MATTER_CLOSERS = {"---": "---", "+++": "+++", "{": "}"}
_BLOCK_BREAK = re.compile(r"\n[ \t]*\n")
_HEADING = re.compile(r" {0,3}#{1,6}[ \t]+")
_HEADING_LINE = re.compile(r"(?m)^ {0,3}#{1,6}[ \t]+\S")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]+\)")
# A heading that asks a question: two of them make an FAQ page.
_QUESTION_HEADING = re.compile(r"(?m)^ {0,3}#{1,6}[ \t]+[^\n]*\?[ \t]*$")
FAQ_MIN_QUESTIONS = 2
# An FAQ of disclosure widgets: HTML "<summary>Kosten?</summary>", MDX "<Summary>".
FAQ_SUMMARY_TAG = re.compile(r"<summary[\s>]", re.IGNORECASE)
# A link to another page of the same documentation site ("[accounts](accounts.md)",
# "(../werkwijze/principes.md#doel)"): a letter to a customer links to the web, not to
# the site's source files.
# (also a relative path: "[→ volledige privacyverklaring](../../privacy-full/)")
_SITE_LINK = re.compile(r"\]\((?:(?![a-z][a-z0-9+.-]*:|#)[^()\s]*\.(?:md|mdx)(?:#[^()\s]*)?|\.{1,2}/[^()\s]*|/(?!/)[^()\s]*)\)",
                        re.IGNORECASE)
_SITE_MIN_LINKS = 2
# Sections and length of a document (terms of service, a privacy notice, a help
# article): no letter or note to one customer has this many sections.
DOCUMENT_MIN_SECTIONS = 4
_SECTION_LINE = re.compile(r"(?m)^ {0,3}#{2,6}[ \t]+\S")  # "## ...": below the title
_DOCUMENT_MIN_WORDS = 800
_MANY_SECTIONS = 6  # no letter to one customer has six subheadings (real-text-327: seven, a manual)
_SHORT_DOCUMENT_WORDS = 400
_WORD = re.compile(r"\w+")
# A section title underlined in plain text or Markdown ("Quickstart\n=========="); four of
# them, with no greeting and no sign-off, make a document (a README), not a letter.
_UNDERLINED_TITLE = re.compile(r"(?m)^[ \t]*\w[^\n]*\n[ \t]*(?:={3,}|-{3,})[ \t]*$")
# A how-to: numbered steps for the reader ("1. Tik op de melding ..."), three or more, in
# a file with no greeting and no sign-off (a help page; a reply with steps greets).
_ORDERED_ITEM = re.compile(r"(?m)^ {0,3}\d{1,2}[.)][ \t]+\S")
_HOW_TO_MIN_STEPS = 3
# A help page's title heading, then at least two sections; the title is looked for near
# the top only.
_HELP_MIN_HEADINGS = 3
# A title in capitals: at most this long, looked for in the first part of the file; what
# may stand before it ("🩻", "*", "-", "#").
_CAPITAL_TITLE_MAX = 60
_CAPITALS_SEARCH = 20000
_TITLE_DECORATION = re.compile(r"^[\W_]+")
_TITLE_SEARCH = 2000


def is_web_page(source: str) -> bool:
    """Front matter at the top that names a page of a site, a page body with both a
    heading and an image (a fragment a site includes), an FAQ: headings that ask
    ("## Hoe kan ik gesprekspartners vinden?") or disclosure widgets ("<summary>Kosten?
    </summary>"), which no letter to one customer has, links to the site's own pages, or a
    long document of sections (terms of service, a privacy notice: blind judges called
    103 of 103 sampled findings on three such files of real-text-52 wrong)."""
    end = front_matter_end(source)
    if end and PAGE_KEYS.search(source, 3, end):
        return True
    if len(_QUESTION_HEADING.findall(source)) >= FAQ_MIN_QUESTIONS \
            or len(FAQ_SUMMARY_TAG.findall(source)) >= FAQ_MIN_QUESTIONS:
        return True
    if _help_page_title(source):
        return True  # "# Veelgestelde vragen" over problems written as statements (real-text-370)
    if len(_SITE_LINK.findall(source)) >= _SITE_MIN_LINKS:
        return True  # a page of a documentation site (an onboarding handbook, real-text-179)
    # (a manual may number its chapters as titles: "# 1. Installatie", "# 9. Configuratie")
    sections = max(len(_SECTION_LINE.findall(source)), len(_HEADING_LINE.findall(source)) - 1)
    if sections >= DOCUMENT_MIN_SECTIONS:
        words = sum(1 for _ in _WORD.finditer(source))
        if words >= _DOCUMENT_MIN_WORDS or sections >= _MANY_SECTIONS and words >= _SHORT_DOCUMENT_WORDS:
            # a document of sections: terms, a privacy notice, an article; also a shorter
            # one of many sections: release notes ("### Fix: geometrie wordt correct
            # opgeslagen", blind judges called 19 of 19 such findings wrong, real-text-81)
            return True
    from smartlint.preprocess import greets_or_signs_off

    if is_text_document(source):
        return True  # a README of underlined titles (blind judges, real-text-163: 6 of 6 findings wrong)
    if len(_ORDERED_ITEM.findall(source)) >= _HOW_TO_MIN_STEPS and not greets_or_signs_off(source):
        return True  # a help page of steps (blind judges, real-text-150/151: 6 of 6 findings wrong)
    return bool(_IMAGE.search(source)) and bool(_HEADING_LINE.search(source))


def _help_page_title(source: str) -> bool:
    """The first heading is a help page's title (lexicon ``help_page_titles``) and more
    headings follow it: the sections of an FAQ or a manual."""
    from smartlint.nl.folding import fold
    from smartlint.nl.lexicon import lexicon

    first = _HEADING_LINE.search(source, 0, _TITLE_SEARCH)
    if first is None or len(_HEADING_LINE.findall(source)) < _HELP_MIN_HEADINGS:
        return False
    line_end = source.find("\n", first.start())
    title = fold(source[first.start():line_end if line_end >= 0 else len(source)].lstrip(" #").strip(" #\t"))
    found = lexicon()["help_page_titles"].find(title)
    return any(start == 0 and end == len(title.rstrip(" :?!.")) for start, end in found)


def is_text_document(source: str) -> bool:
    """Four or more section titles, underlined or in capitals on a line of their own
    ("WAAROM JE DIT NODIG HEBT", "🩻 ECHTE DICOM-ONDERSTEUNING": an app store's
    description), and no greeting or sign-off.  (Capitals that head action items,
    "ACTIEPUNTEN", make minutes: they stay a message, whose items are read.)"""
    from smartlint.preprocess import greets_or_signs_off

    titled = len(_UNDERLINED_TITLE.findall(source)) >= DOCUMENT_MIN_SECTIONS \
        or _capital_titles(source) >= DOCUMENT_MIN_SECTIONS
    return titled and not greets_or_signs_off(source)


def _capital_titles(source: str) -> int:
    """Lines in capitals (after an emoji or bullet), of a title's length; none when one
    of them heads an action list (lexicon ``action_list_headings``)."""
    from smartlint.nl.folding import fold
    from smartlint.nl.lexicon import lexicon

    headings = lexicon()["action_list_headings"]
    count = 0
    for line in source[:_CAPITALS_SEARCH].splitlines():
        title = _TITLE_DECORATION.sub("", line.strip())
        if len(title) > _CAPITAL_TITLE_MAX or sum(ch.isalpha() for ch in title) < 4 or not title.isupper():
            continue
        if headings.find(fold(title)):
            return 0
        count += 1
    return count


# How far a leading front matter's closing fence is looked for by the readers that skip
# it (Markdown, HTML): a site's front matter is a few lines, not a file of its own.
FRONT_MATTER_SEARCH = 20_000


def front_matter_end(source: str, limit: int | None = None) -> int:
    """Where a leading front matter block's closing fence starts (0: none); ``limit``
    bounds the search for it."""
    fence = next((f for f in FRONT_MATTER_FENCES if source.startswith(f + "\n") or source.startswith(f + "\r\n")), None)
    if fence is None:
        return 0
    end = source.find("\n" + FRONT_MATTER_CLOSERS[fence], len(fence), limit)
    return max(end, 0)


def is_site_page(source: str) -> bool:
    """A front matter block that names a page of a site ("---\ntitle: ...\ntype: page\n---",
    Hugo and Jekyll): a file saved under another name ("index.md.original") is that page
    (real-text-480: 26 findings on a practice's page read as one letter)."""
    end = front_matter_end(source, FRONT_MATTER_SEARCH)
    return bool(end) and PAGE_KEYS.search(source, 3, end) is not None


def page_segments(source: str, view: View) -> list[Segment]:
    """One segment per block of the page's prose, keyed by its heading."""
    out: list[Segment] = []
    heading, count = "", 0
    start = 0
    for stop in [m.start() for m in _BLOCK_BREAK.finditer(view.text)] + [len(view.text)]:
        block_start = start + len(view.text[start:stop]) - len(view.text[start:stop].lstrip())
        block_end = start + len(view.text[start:stop].rstrip())
        start = stop + 1
        if block_start >= block_end:
            continue
        src = view.offsets.to_source_start(block_start)
        line_start = source.rfind("\n", 0, src) + 1
        text = view.text[block_start:block_end]
        if _HEADING.match(source, line_start):
            heading, count = " ".join(text.split())[:80], 0
        count += 1
        out.append(_slice(source, view, block_start, block_end, f"{heading or 'page'} ¶{count}"))
    return out


def _slice(source: str, view: View, start: int, end: int, key: str) -> Segment:
    builder = SegmentBuilder()
    append_mapped(builder, source, view, start, end)
    # kind "page": only the rules that hold for any text (dates, other clients) apply; blind
    # judges called every other finding on such pages wrong (71 of 71, real-text-35 and -49)
    return builder.build(key=key, kind="page")


# A project's own documents, named by convention ("README.md", "README.nl.txt",
# "CHANGELOG.md"): they describe the software to its users, no message to one reader
# (blind judges called 4 of 4 findings in an app's README.nl.txt wrong, real-text-437),
# the first three also after a prefix of the project's name ("homey-README.nl.txt",
# real-text-464; not "ticket-history.txt", which may hold a conversation).
_PROJECT_DOCUMENT = re.compile(r"^(?:(?:[\w.-]{1,60}?[._-])?(?:readme|changelog|contributing)"
                               r"|changes|history|install|usage)(?:[._-].*)?$", re.I)


def is_project_document(name: str) -> bool:
    """A file name of a project's documentation: README, CHANGELOG, CONTRIBUTING, ..."""
    return bool(_PROJECT_DOCUMENT.match(name))



def is_terms_document(text: str) -> bool:
    """Terms and conditions written out as articles: two lines or more that open with an
    article heading (lexicon ``legal_article_words`` and a number: "Artikel 2 – Rijlessen",
    "Art. 5"). The fine print for everyone, no message to one reader (blind judges called
    13 of 15 findings in a driving school's terms in a .txt draft wrong, real-text-445)."""
    from smartlint.nl.folding import fold
    from smartlint.nl.lexicon import lexicon

    words = lexicon()["legal_article_words"].words
    found = 0
    for line in _ARTICLE_LINE.finditer(text):
        if fold(line.group("word")) in words:
            found += 1
            if found >= 2:
                return True
    return False


# A line opening with a word, a number and (optionally) a title: "Artikel 1 – Overeenkomst".
_ARTICLE_LINE = re.compile(r"(?m)^[ \t#*]{0,6}(?P<word>[^\W\d]{2,12}\.?)[ \t]+\d{1,3}\b")
