"""Closed Dutch word classes that the clause reading leans on.

The embedded parser mislabels much of e-mail Dutch (see :mod:`clauses`), but
pronouns, determiners, prepositions, subordinators and auxiliaries are closed
classes: listing them is more reliable than asking the tagger.  Folded forms
(see :func:`lexicon.fold`).  The one open-class list here, the clause-opening
adverbs, is read from the lexicon (rules/lexicon.yaml).
"""

from smartlint.nl.lexicon import LexiconSet

# (with the Flemish "gij"/"ge": "Ge hoort nog van ons")
SUBJECT_PRONOUNS = {"ik", "we", "wij", "u", "jij", "je", "jullie", "hij", "zij", "ze", "men", "gij", "ge"}
CUSTOMER_PRONOUNS = {"u", "jij", "je", "jullie", "gij", "ge"}
# The reader as pronoun or possessive ("u", "uw bestelling").
READER_WORDS = CUSTOMER_PRONOUNS | {"uw", "jouw", "jou"}
# "alles" as a subject: the reader's whole situation ("Ik hoop dat alles goed gaat").
EVERYTHING = {"alles"}
# "X, dan Y": the clause after "dan" follows from the one before (a condition, a wait).
THEN = "dan"
# ... and the words after which the next clause follows in time ("..., daarna werkt alles weer").
AFTERWARDS = {THEN, "daarna", "waarna", "vervolgens"}
DETERMINERS = {
    "de", "het", "een", "uw", "onze", "ons", "mijn", "deze", "die", "dit", "dat", "jouw",
    "je", "zijn", "haar", "hun", "elk", "elke", "ieder", "iedere", "alle", "geen", "jullie",
}
# Quantifiers that open a noun phrase as a determiner does ("meer informatie"; vocabulary).
QUANTIFIERS = LexiconSet("subject_quantifiers")
PREPOSITIONS = {
    "op", "in", "aan", "voor", "na", "met", "van", "bij", "om", "tot", "door", "over",
    "binnen", "zonder", "tegen", "naar", "uit", "tijdens", "vanaf", "per", "sinds", "rond",
    "via", "namens", "uiterlijk", "vanuit", "omstreeks", "t/m", "rondom", "achter",
}
# Words that open a main clause as its first constituent without being its subject:
# the adverbs are vocabulary (lexicon list clause_adverbs), the prepositions and
# pronominal words of that slot are grammar.
ADVERBS = LexiconSet("clause_adverbs", {"tot", "als", "in", "op", "binnen", "ten", "er", "hier", "daar"})
SUBORDINATORS = {
    "zodra", "als", "indien", "wanneer", "nadat", "voordat", "omdat", "doordat", "zodat",
    "terwijl", "totdat", "mits", "tenzij", "hoewel", "aangezien", "zolang", "opdat",
    "mocht", "mochten",
}
# Words that open a complement clause after a verb: "We laten u weten | of ...".
COMPLEMENTISERS = {"of", "dat", "wat", "wie", "waar", "hoe", "wanneer", "waarom", "welke"}
CONDITIONALS = {"als", "indien", "mits", "tenzij", "wanneer", "mocht", "mochten"}
# Subordinators of a reason: the moments in their clause are the reason's, not a promise's.
REASON_MARKERS = {"omdat", "doordat", "aangezien", "daar"}
COORDINATORS = {"en", "maar", "want", "dus", "of"}
CLAUSE_PUNCT = {",", ";", ":", "(", ")", "-", "–", "—", ".", "!", "?", "…", '"', "“", "”"}
FUTURE = {"zal", "zult", "zullen", "zul"}
GAAN = {"ga", "gaat", "gaan"}
# Words that deny a clause or what it names.
NEGATIONS = {"niet", "geen", "nooit", "niets", "niemand", "nergens"}
# Pronouns that stand for a thing, not a person, as a subject on their own: "Dit volgt".
LONE_PRONOUNS = {"dit", "dat", "deze", "die", "het", "er"}
KOMEN = {"kom", "komt", "komen"}  # "Sven komt woensdag de laptops installeren"
WORDEN = {"word", "wordt", "worden"}
ZIJN = {"ben", "bent", "is", "zijn"}
HEBBEN = {"heb", "hebt", "heeft", "hebben"}
PERFECT = HEBBEN | ZIJN
MODALS = {
    "kan", "kunt", "kunnen", "wil", "wilt", "willen", "moet", "moeten", "mag", "mogen", "hoeft",
    "hoeven",
}
PAST_AUX = {
    "had", "hadden", "was", "waren", "werd", "werden", "zou", "zouden", "kon", "konden",
    "wilde", "wilden", "wou", "moest", "moesten", "mocht", "mochten", "ging", "gingen",
    "kwam", "kwamen",
}
AUXILIARIES = FUTURE | GAAN | WORDEN | PERFECT | MODALS | PAST_AUX
