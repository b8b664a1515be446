"""Probe a Dutch pipeline on customer-service e-mail sentences.

The treebanks are Wikipedia and newspaper text; e-mails have greetings without
punctuation, "u"/"we"/"ik", imperatives and promises.  This script checks a few dozen
hand-annotated e-mail sentences: the UPOS of the words smartlint's rules depend on,
the subject of the main verb, and whether greeting / sign-off / signature lines come
out as sentences of their own.

    python training/email_probe.py [MODEL]          # default: the embedded pipeline

It prints every miss and the accuracy per probe kind.  The expectations are ours,
written by hand in the UD Dutch 2.13 conventions the pipeline is trained on: weekday
and month names are PROPN (train 469 of 469, dev 58 of 58), "gaan" and "willen" with
an infinitive are VERB heading an xcomp, not AUX (training/conventions.py).
"""

from __future__ import annotations

import sys

# (sentence, {word: expected UPOS}, expected subject or None)
PROBES: list[tuple[str, dict[str, str], str | None]] = [
    ("We reageren snel.", {"We": "PRON", "reageren": "VERB", "snel": "ADJ"}, "We"),
    ("Ik kijk even.", {"Ik": "PRON", "kijk": "VERB", "even": "ADV"}, "Ik"),
    ("Sanne belt u morgen terug.", {"Sanne": "PROPN", "belt": "VERB", "u": "PRON", "morgen": "ADV"}, "Sanne"),
    ("We gaan ons best doen.", {"gaan": "VERB", "best": "ADJ", "doen": "VERB"}, "We"),
    ("U hoort het direct.", {"U": "PRON", "hoort": "VERB", "direct": "ADJ"}, "U"),
    ("We pakken het op.", {"pakken": "VERB", "op": "ADP"}, "We"),
    ("Mogelijk zit de fout in de kabel.", {"Mogelijk": "ADJ", "zit": "VERB", "fout": "NOUN"}, "fout"),
    ("Een terugbetaling is niet mogelijk.", {"terugbetaling": "NOUN", "niet": "ADV", "mogelijk": "ADJ"}, "terugbetaling"),
    ("De twee pakketten zijn even groot.", {"even": "ADV", "groot": "ADJ"}, "pakketten"),
    ("Wij nemen zo snel mogelijk contact met u op.", {"Wij": "PRON", "nemen": "VERB", "snel": "ADJ", "contact": "NOUN"}, "Wij"),
    ("Er wordt naar gekeken.", {"wordt": "AUX", "gekeken": "VERB"}, None),
    ("Floortje stuurt u vrijdag de offerte.", {"Floortje": "PROPN", "stuurt": "VERB", "offerte": "NOUN"}, "Floortje"),
    ("Ons team gaat ermee aan de slag.", {"team": "NOUN", "gaat": "VERB"}, "team"),
    ("De monteur komt dinsdag 24 november tussen 8.00 en 12.00 uur.", {"monteur": "NOUN", "komt": "VERB", "dinsdag": "PROPN"}, "monteur"),
    ("Martin is bij een klant.", {"Martin": "PROPN", "klant": "NOUN"}, "Martin"),
    ("Martin is buiten de deur.", {"Martin": "PROPN", "deur": "NOUN"}, "Martin"),
    ("De storing wordt veroorzaakt door een defecte kabel.", {"storing": "NOUN", "veroorzaakt": "VERB", "defecte": "ADJ"}, "storing"),
    ("Het is opgelost, rapport volgt later.", {"opgelost": "VERB", "rapport": "NOUN", "volgt": "VERB", "later": "ADV"}, None),
    ("We verwachten dat de storing binnen een uur is verholpen.", {"verwachten": "VERB", "storing": "NOUN", "verholpen": "VERB"}, "We"),
    ("Wilt u uw klantnummer sturen?", {"Wilt": "VERB", "u": "PRON", "klantnummer": "NOUN", "sturen": "VERB"}, "u"),
    ("Stuur ons een foto van de schade.", {"Stuur": "VERB", "foto": "NOUN", "schade": "NOUN"}, None),
    ("Bel ons gerust als u vragen heeft.", {"Bel": "VERB", "gerust": "ADV", "vragen": "NOUN"}, None),
    ("Uw bestelling is gisteren verzonden.", {"bestelling": "NOUN", "verzonden": "VERB"}, "bestelling"),
    ("Bakkerij Jansen stuurt uiterlijk dinsdag 1 december de testresultaten.",
     {"Bakkerij": "PROPN", "stuurt": "VERB", "testresultaten": "NOUN"}, "Bakkerij"),
    ("We doen een uitgebreid onderzoek naar de oorzaak.", {"uitgebreid": "ADJ", "onderzoek": "NOUN", "oorzaak": "NOUN"}, "We"),
    ("Er is een flinke vertraging bij de levering.", {"flinke": "ADJ", "vertraging": "NOUN"}, "vertraging"),
    ("Hopelijk is het probleem daarmee opgelost.", {"Hopelijk": "ADV", "probleem": "NOUN", "opgelost": "VERB"}, "probleem"),
    ("U ontvangt binnen 2 werkdagen een bevestiging per e-mail.", {"U": "PRON", "ontvangt": "VERB", "bevestiging": "NOUN"}, "U"),
    ("Ik stuur u vandaag vóór 17.00 uur de factuur.", {"Ik": "PRON", "stuur": "VERB", "factuur": "NOUN"}, "Ik"),
    ("Dank voor uw bericht.", {"Dank": "NOUN", "bericht": "NOUN"}, None),
    ("Excuses voor het ongemak.", {"Excuses": "NOUN", "ongemak": "NOUN"}, None),
    ("De PM-er belt u maandag.", {"belt": "VERB", "maandag": "PROPN"}, "PM-er"),
]

# Texts whose lines must come out as separate sentences: (text, the lines).
SEGMENTATION: list[str] = [
    "Beste meneer Jansen,\n\nDank voor uw bericht. Sanne belt u morgen terug.\n\nMet vriendelijke groet,\n\nFloortje Bakker\nKlantenservice",
    "Hoi Sanne,\nIk stuur je vrijdag de offerte.\nGroet,\nMartin",
    "Geachte mevrouw De Vries,\n\nUw pakket wordt dinsdag bezorgd.\n\nMet vriendelijke groet,\nKlantenservice Webwinkel",
]


def main(argv: list[str]) -> int:
    from smartlint.nlp import load_pipeline

    nlp = load_pipeline(argv[1] if len(argv) > 1 else None)
    pos_ok = pos_n = subj_ok = subj_n = 0
    for sentence, expected, subject in PROBES:
        doc = nlp(sentence)
        by_text = {t.text: t for t in doc}
        for word, upos in expected.items():
            got = by_text[word].pos_
            pos_n += 1
            pos_ok += got == upos
            if got != upos:
                print(f"POS  {word!r:16} expected {upos:5} got {got:5} | {sentence}")
        if subject is not None:
            subj_n += 1
            found = [t.text for t in doc if t.dep_ in ("nsubj", "nsubj:pass") and t.head.dep_ == "ROOT"]
            subj_ok += subject in found
            if subject not in found:
                print(f"SUBJ expected {subject!r} got {found} | {sentence}")
    seg_ok = seg_n = 0
    for text in SEGMENTATION:
        doc = nlp(text)
        starts = {s.start_char for s in doc.sents}
        # Every non-empty line must begin a sentence: no sentence runs across a line break.
        offset = 0
        for line in text.split("\n"):
            if line.strip():
                seg_n += 1
                ok = offset in starts
                seg_ok += ok
                if not ok:
                    print(f"SENT line {line!r} does not start a sentence")
            offset += len(line) + 1
    print(f"\nUPOS on key words: {pos_ok}/{pos_n} = {pos_ok / pos_n:.3f}")
    print(f"main-clause subject: {subj_ok}/{subj_n} = {subj_ok / subj_n:.3f}")
    print(f"lines that start a sentence (raw pipeline, no pre-segmentation): {seg_ok}/{seg_n} = {seg_ok / seg_n:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
