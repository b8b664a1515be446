"""HTML: visible text only, entities decoded, blocks as lines, offsets exact."""

from __future__ import annotations

from test_inputs_view import assert_map_is_sane, non_verbatim_words, read, read_checked, source_of

PAGE = """<!DOCTYPE html>
<html><head><title>Retour</title><style>p { color: red }</style></head>
<body>
<p>Beste   meneer Jansen,</p>
<p>We sturen u&nbsp;het retourlabel
   vandaag v&oacute;&oacute;r 17.00 uur &amp; Sanne belt u <b>morgen</b>.<br>Caf&#233; &#xE9;&eacute;n</p>
<script>var melding = "We komen er zo snel mogelijk op terug.";</script>
<!-- smartlint-disable vague-zsm -->
<ul><li>Stap 1: label printen</li><li>Stap 2: pakket afgeven</li></ul>
<table><tr><td>Bestelling</td><td>48213</td></tr></table>
<p>Met vriendelijke groet,<br>Sanne</p>
</body></html>
"""


def _segment(tmp_path, text=PAGE, name="antwoord.html"):
    doc = read(tmp_path, name, text)
    [seg] = doc.segments
    assert_map_is_sane(doc, seg)
    return doc, seg


def test_visible_text_with_blocks_as_lines(tmp_path):
    doc, seg = _segment(tmp_path)
    assert seg.text == (
        "Beste meneer Jansen,\n\n"
        "We sturen u het retourlabel vandaag vóór 17.00 uur & Sanne belt u morgen.\n"
        "Café één\n\n"
        "Stap 1: label printen\nStap 2: pakket afgeven\n\n"
        "Bestelling 48213\n\n"
        "Met vriendelijke groet,\nSanne\n\n"
    )


def test_entities_map_to_the_whole_entity(tmp_path):
    doc, seg = _segment(tmp_path)
    assert source_of(doc, seg, "vóór") == "v&oacute;&oacute;r"
    assert source_of(doc, seg, "&") == "&amp;"
    assert source_of(doc, seg, "één") == "&#xE9;&eacute;n"
    assert source_of(doc, seg, "Café") == "Caf&#233;"
    assert source_of(doc, seg, "morgen") == "morgen"
    # Besides the entities, only a word split by a tag is not verbatim; its span covers the tag.
    assert sorted(non_verbatim_words(doc, seg)) == sorted(
        [
            ("vóór", "v&oacute;&oacute;r"),
            ("&", "&amp;"),
            ("morgen.", "morgen</b>."),
            ("Café", "Caf&#233;"),
            ("één", "&#xE9;&eacute;n"),
        ]
    )


def test_collapsed_whitespace_maps_to_the_run(tmp_path):
    doc, seg = _segment(tmp_path)
    index = seg.text.index("retourlabel vandaag") + len("retourlabel")
    assert source_of(doc, seg, "retourlabel vandaag") == "retourlabel\n   vandaag"
    start, end = seg.offsets.to_source(index, index + 1)
    assert doc.source_text[start:end] == "\n   "


def test_script_style_head_and_comments_are_not_text(tmp_path):
    doc, seg = _segment(tmp_path)
    for absent in ("Retour", "color", "zo snel", "smartlint"):
        assert absent not in seg.text


def test_pre_keeps_whitespace(tmp_path):
    doc, seg = _segment(tmp_path, "<p>Zie:</p><pre>Stap 1\n  Stap 2</pre>", "a.htm")
    assert seg.text == "Zie:\n\nStap 1\n  Stap 2\n\n"


def test_unclosed_head_does_not_hide_the_body(tmp_path):
    doc, seg = _segment(tmp_path, "<html><head><title>x</title><body><p>Sanne belt u morgen.</p>")
    assert seg.text.strip() == "Sanne belt u morgen."


def test_page_without_text_has_no_segment(tmp_path):
    doc = read(tmp_path, "leeg.html", "<html><body><script>x()</script></body></html>")
    assert doc.segments == []


def test_a_page_with_site_navigation_is_read_block_by_block_as_a_web_page(tmp_path):
    page = ("<html><body><nav><ul><li>Hoofdpagina</li></ul></nav><main><h1>Pagina niet gevonden</h1>"
            "<p>U heeft misschien een typefout gemaakt.</p><p>Probeer het later opnieuw.</p></main></body></html>")
    doc = read(tmp_path, "404.html", page)
    assert [s.kind for s in doc.segments] == ["page"] * 4
    assert doc.segments[2].text == "U heeft misschien een typefout gemaakt."
    assert source_of(doc, doc.segments[2], "misschien") == "misschien"
    # an HTML e-mail has no landmarks: one message
    mail = "<html><body><p>Beste Sanne,</p><p>We bellen je snel terug.</p></body></html>"
    assert [s.kind for s in read(tmp_path, "mail.html", mail).segments] == [None]


def test_a_page_with_a_form_is_a_web_page_also_with_a_templates_own_control_tags(tmp_path):
    # a settings page: e-mail clients run no forms
    form = ("<html><body><h1>Instellingen</h1><form><p>Je krijgt dan alleen deze berichten toegestuurd.</p>"
            "<input type=checkbox name=own></form></body></html>")
    assert {s.kind for s in read(tmp_path, "options.html", form).segments} == {"page"}
    template = ("<html><body><p>Druk op de knop, en je wachtwoord wordt toegestuurd via email.</p>"
                "<MM-Options-Form-Start><MM-Unsubscribe-Button><MM-Form-End></body></html>")
    assert {s.kind for s in read(tmp_path, "options.html", template).segments} == {"page"}
    # a button-shaped link in an HTML e-mail is no control
    mail = '<html><body><p>Beste Sanne,</p><p><a class="button" href="#">Bekijk je order</a></p></body></html>'
    assert [s.kind for s in read(tmp_path, "mail.html", mail).segments] == [None]


def test_a_document_of_sections_is_a_page(tmp_path):
    """A help page or manual (real-text-161/162: 0 of 41 findings judged right) has four
    or more section headings below its title; a mail with two headings stays a message."""
    sections = "".join(f"<h2>Deel {n}</h2><p>De afbeelding wordt {n} keer vergroot weergegeven.</p>" for n in range(4))
    help_page = f"<html><body><h1>Help</h1>{sections}</body></html>"
    assert {s.kind for s in read(tmp_path, "help.html", help_page).segments} == {"page"}
    mail = ("<html><body><h2>Je bestelling</h2><p>Beste Sanne,</p><h2>Levering</h2>"
            "<p>We bezorgen je pakket snel.</p></body></html>")
    assert [s.kind for s in read(tmp_path, "mail.html", mail).segments] == [None]


def test_an_html_template_saved_as_txt_is_read_as_html(tmp_path):
    """"thank_you.nl.html.txt": markup first and body elements, so its attributes
    ('class="external text"') are no words of the message; a plain-text mail stays text."""
    text = ('<p>Beste donateur,</p>\n<p>Veel werkgevers verdubbelen uw gift: zie '
            '<a class="external text" href="https://example.org">deze pagina</a>.</p>\n<p>Groet, Sanne</p>\n')
    doc = read_checked(tmp_path, "thank_you.nl.html.txt", text)
    words = " ".join(s.text for s in doc.segments)
    assert "class" not in words and "external" not in words and "deze pagina" in words
    plain = read_checked(tmp_path, "mail.txt", "<Naam>,\nWe bellen u morgen om 10.00 uur.\n")
    assert "<Naam>" in " ".join(s.text for s in plain.segments)


def test_an_faq_of_disclosure_widgets_is_a_page(tmp_path):
    """<details><summary>Vraag?</summary>: an FAQ (real-text-178: 6 of 6 findings judged
    wrong); one such widget in a mail leaves it a message."""
    items = "".join(f"<details><summary>Vraag {n}?</summary><p>Wies wordt gehost in Groningen.</p></details>" for n in range(2))
    assert {s.kind for s in read(tmp_path, "faq.html", f"<div><h1>Veelgestelde vragen</h1>{items}</div>").segments} == {"page"}
    mail = "<p>Beste Sanne,</p><details><summary>Details</summary><p>We bellen je snel.</p></details>"
    assert [s.kind for s in read(tmp_path, "mail.html", mail).segments] == [None]


def test_a_titled_page_of_sections_without_greeting_is_a_page(tmp_path):
    """A title and three sections of numbered rules (a house-rules page, real-text-182)
    is a page; the same headings in a mail with a greeting leave it a message."""
    sections = "".join(f"<h2>Deel {n}</h2><ol><li>De sluitingstijd wordt bepaald door het bestuur.</li></ol>"
                       for n in range(3))
    page = f"<h1>Spelregels</h1><p>Hier gelden een paar spelregels.</p>{sections}"
    assert {s.kind for s in read(tmp_path, "regels.html", page).segments} == {"page"}
    mail = f"<h1>Je aanmelding</h1><p>Beste Sanne,</p>{sections}<p>Met vriendelijke groet,<br>Kees</p>"
    assert [s.kind for s in read(tmp_path, "mail.html", mail).segments] == [None]


def test_a_template_that_fills_a_site_layout_is_a_page(tmp_path):
    """"@extends('layouts.informational')" (Blade) or "{% extends 'base.html' %}" (Twig):
    a page of the site, read block by block (a shop's delivery and returns page,
    real-text-262: 8 of 8 findings judged wrong as a message). A mail layout stays a mail."""
    body = "@section('content')\n<p>RETOURS</p><p>Wij sturen u een e-mail zodra wij uw retour hebben ontvangen.</p>\n@endsection\n"
    assert {s.kind for s in read(tmp_path, "page.html", "@extends('layouts.informational')\n" + body).segments} == {"page"}
    twig = "{% extends 'base.html' %}\n{% block content %}<p>Wij sturen u een e-mail.</p>{% endblock %}\n"
    assert {s.kind for s in read(tmp_path, "twig.html", twig).segments} == {"page"}
    mail = "@extends('emails.layout')\n" + body
    assert [s.kind for s in read(tmp_path, "mail.html", mail).segments] == [None]


def test_a_route_template_that_sets_the_page_title_is_a_page(tmp_path):
    """'{{page-title "Meer info"}}' (Ember): an app's help page, not a message (the
    besluitendatabank FAQ, real-text-274: 7 of 7 findings judged wrong as a message)."""
    page = '{{page-title "Meer info"}}\n<section><p>De applicatie haalt de gegevens op.</p></section>\n'
    assert {s.kind for s in read(tmp_path, "help.hbs.html", page).segments} == {"page"}
    plain = '<section><p>De applicatie haalt de gegevens op.</p></section>\n'
    assert [s.kind for s in read(tmp_path, "help.html", plain).segments] == [None]


def test_titles_in_capitals_make_a_page_of_sections(tmp_path):
    blocks = "".join(f"<p>{t}</p><p>De voorwaarden staan in het reglement.</p>"
                     for t in ("LEVERING", "RETOURS", "BETALEN", "GARANTIE"))
    assert {s.kind for s in read(tmp_path, "info.html", blocks).segments} == {"page"}
    assert [s.kind for s in read(tmp_path, "mail.html", "<p>Beste Sanne,</p>" + blocks).segments] == [None]
