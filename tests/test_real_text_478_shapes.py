"""Shapes from the clause gold pool dev17, paraphrases126/127 and real-text-478..486
(forty-eighth stop): new page and table readings, clause repairs and rule classes."""

from __future__ import annotations

from test_nl_clauses import analyse

from smartlint.nl.clauses import clauses_of


def rules(linter, text):
    return {f.rule for f in linter.lint_text(text)}


def _main(text):
    return next(c for c in clauses_of(analyse(text)) if c._.role == "main")


def test_a_passive_habit_on_a_yearly_date_is_no_promise(nov22_linter):
    text = "Uw contract wordt ieder jaar op 1 oktober stilzwijgend verlengd."
    assert _main(text)._.act == "description"
    assert "promise-who" not in rules(nov22_linter, text)


def test_a_passive_on_a_date_without_a_yearly_habit_stays_a_promise():
    assert _main("Uw contract wordt op 1 oktober verlengd.")._.act == "promise"


def test_a_lower_case_question_determiner_asks_without_a_question_mark():
    clause = _main("welke maat had je besteld")
    assert clause._.mood == "interrogative" and clause._.act == "question"


def _rules(text, **options):
    from smartlint.api import Linter

    return {f.rule for f in Linter(config=False, today="2026-12-08", **options).lint_text(text)}


def test_the_clients_own_item_in_an_action_list_is_no_promise_of_ours():
    text = ("Actiepunten Polderlink en Hotel De Wadden (8/12)\n"
            "- Bas: offerte voor 14 access points mailen naar dhr. Mulder, vr 11/12\n"
            "- Hotel: sleutel van de technische ruimte klaarleggen bij de receptie\n")
    assert "promise-when" not in _rules(text, client="Hotel De Wadden")
    assert "promise-when" in _rules(text, client="Camping Zeebries")


def test_an_instruction_after_a_label_with_a_possessive_je():
    clause = _main("Tip: probeer je wifi eerst in de woonkamer.")
    assert clause._.mood == "imperative" and clause._.act == "instruction"
    assert "vague-proberen" not in _rules("Tip: probeer je wifi eerst in de woonkamer. Eva belt je vrijdag.")


def test_permission_of_a_role_is_no_promise():
    assert _main("De beheerder mag een aantal aangepaste attributen instellen.")._.act == "description"


def test_other_clients_counted_as_households_and_one_of_our_clients():
    assert "other-client-counted" in _rules("We hebben nog drie andere gezinnen met dezelfde fout in de jaaropgave.")
    assert "other-client-visit-verb" in _rules("Trainer Mo geeft vandaag een les bij een van onze zakelijke klanten.")
    assert not any(r.startswith("other-client") for r in _rules("Welkom bij cliënten / producten"))


def test_incident_end_time_and_fronted_and_hedged_causes():
    found = _rules("De webshop blijft offline tot woensdag 9 december 14.00 uur.", context="incident")
    assert "incident-time-until" in found
    assert "incident-time-until" not in _rules("De app is niet beschikbaar tot de storing is opgelost.",
                                                context="incident")
    fronted = "Omdat 2.000 leden tegelijk wilden boeken, is de app vastgelopen."
    assert "incident-explanation-source" in _rules(fronted, context="incident")


def test_adjectives_of_width_and_ease_and_figures_given_before():
    assert "adjective-size" in _rules("Het trappenhuis is erg smal.")
    assert "adjective-praise" in _rules("De overstap verliep zeer soepel.")
    assert "adjective-degree" not in _rules("Je kluis weegt 240 kilo en is daarmee te zwaar voor de trap.")
    assert "adjective-duration" not in _rules("Hoi Sanne, kort wat we net afspraken.")


def test_a_counted_delay_in_working_days_is_no_vague_later():
    assert "vague-later" not in _rules("Met alles wat je vóór 12 uur bestelt, staan we 3 werkdagen later op je stoep.")


def test_a_wish_that_a_thing_pleases_the_reader_is_courtesy():
    assert "vague-hopelijk" not in _rules("We hopen dat het boek je gaat bevallen. Veel leesplezier!")
    assert "vague-hopelijk" in _rules("We hopen dat je pakket morgen aankomt.")


def test_a_page_titled_as_rules_and_a_nunjucks_page_with_front_matter(tmp_path):
    from smartlint.inputs import read_path
    from smartlint.settings import Settings

    rules_page = ("<html><head><title>Huisregels - Kamp 2024</title></head><body><h1>Huisregels</h1>"
                  "<ol><li>Iedereen wordt geacht aanwezig te zijn.</li><li>Eventuele kosten worden verhaald.</li>"
                  "<li>Wees op tijd.</li></ol></body></html>")
    (tmp_path / "huisregels.html").write_text(rules_page, encoding="utf-8")
    assert all(s.kind == "page" for s in read_path(tmp_path / "huisregels.html", Settings()).segments)
    njk = ("---\ntitle: Veelgestelde vragen\nlayout: base.njk\n---\n{% mycapture \"head\" %}\n"
           "<meta name=\"x\">\n{% endmycapture %}\n<section><h2>Bestellen</h2><p>Je ontvangt een bevestiging "
           "en wij laten weten of het op voorraad is.</p><p>Tekst</p><div>x</div></section>\n")
    (tmp_path / "faq.njk").write_text(njk, encoding="utf-8")
    segments = read_path(tmp_path / "faq.njk", Settings()).segments
    assert segments and all(s.kind == "page" for s in segments) and "title:" not in segments[0].text


def test_a_site_page_saved_under_another_name_is_read_as_its_page(tmp_path):
    from smartlint.inputs import read_path
    from smartlint.settings import Settings

    page = ("---\ntitle: Fysiotherapie na corona\ntype: page\n---\n# Herstel\n\n"
            "Het is belangrijk om zo snel mogelijk te starten met fysiotherapie.\n\n"
            "## Behandeling\n\nWij kijken naar uw conditie.\n")
    (tmp_path / "index.md.original").write_text(page, encoding="utf-8")
    segments = read_path(tmp_path / "index.md.original", Settings()).segments
    assert segments and all(s.kind == "page" for s in segments)
    assert not any("title:" in s.text for s in segments)


def test_absolute_outcomes_nothing_unsolved_and_a_place_always():
    assert "promise-absolute" in _rules("Bij ons blijft geen enkele klacht onopgelost.")
    assert "promise-absolute" in _rules("Met je Flex-lidmaatschap heb je in elke groepsles altijd een plek.")
    assert "promise-absolute" not in _rules("Er is altijd een plek vrij in de wachtkamer.")
    found = _rules("Uw verhuizing verloopt vlekkeloos.")
    assert "promise-absolute" in found and "adjective-praise" not in found


def test_looking_at_something_with_a_date_between():
    assert "vague-kijken-naar" in _rules("Bas kijkt donderdag 10 december naar je wifi-instellingen.")
    assert "vague-kijken-naar" not in _rules("Wij kijken uit naar uw bezoek op 10 december.")


def test_a_title_naming_this_updates_topic_promises_no_update():
    text = "Update storing planningssysteem: de monteur is ter plaatse. Ik app je om 14.00 uur hoe het ervoor staat."
    assert "promise-channel" not in _rules(text, context="incident")
    assert "promise-channel" in _rules("De storing is nog niet opgelost. Volgende update: 14.00 uur.", context="incident")


def test_a_cover_at_a_yearly_rate_is_policy_not_a_promise():
    text = "Met de aanvullende tandverzekering vergoeden wij tandartskosten tot € 500 per jaar."
    assert not {"promise-who", "promise-when"} & _rules(text)
    assert "promise-when" in _rules("Wij vergoeden uw schade.")


def test_a_tab_separated_translation_table_is_read_by_its_last_column(tmp_path):
    from smartlint.inputs import read_path
    from smartlint.settings import Settings

    rows = "".join(f"entry {i} updated.\ttracker\tnl\tMelding {i} is aangepast en wordt binnenkort verwerkt.\n"
                   for i in range(12))
    (tmp_path / "egw_nl.lang").write_text(rows, encoding="utf-8")
    doc = read_path(tmp_path / "egw_nl.lang", Settings())
    assert len(doc.segments) == 12 and doc.segments[0].text.startswith("Melding 0 is aangepast")
    assert doc.segments[0].key == "row 1, column 4"
    (tmp_path / "note.txt").write_text("Beste Kees,\n\nWe bellen je morgen.\n", encoding="utf-8")
    assert read_path(tmp_path / "note.txt", Settings()).segments[0].key is None


def test_an_effort_idiom_split_by_a_moment_said_of_a_colleague():
    text = "De foto's zijn nog niet zichtbaar. Yusuf zit er vandaag bovenop. Marloes appt je om 16.00 uur."
    assert "vague-inzet-gesplitst" in _rules(text)
    assert "vague-inzet-gesplitst" not in _rules("Er staat een kast achteraan in de gang.")
