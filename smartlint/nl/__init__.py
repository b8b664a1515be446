"""The Dutch analysis: the lexicon (vocabulary as data, rules/lexicon.yaml), folded
phrase matching, and the clause analysis that tells what each clause does (a
promise by us, an instruction to the reader, a question, a description, a cause,
a courtesy) as spaCy ``Span``/``Doc`` extensions that the checks read.

Importing this package does not import spaCy; :mod:`smartlint.nl.clauses` does.
"""

# What a clause does (smartlint.nl.acts decides; packs name them in a rule's `scope`).
ACTS = ("promise", "instruction", "question", "description", "cause", "courtesy", "label")
# Who a clause's subject is (smartlint.nl.subject_kinds.subject_kind; packs name them in a
# rule's `scope.subjects`): we/ik, a team of ours, a named person or role, the reader,
# a thing or the software, no subject.
SUBJECT_KINDS = ("speaker", "team", "person", "customer", "thing", "none")
# The subject kinds that are our side: a promise, a claim or news from us.
OUR_SIDE = frozenset({"speaker", "team", "person"})
# Relative pronouns (closed class): a clause they open says something of a word before it.
RELATIVE_PRONOUNS = frozenset({"die", "dat", "wat", "waar", "welke"})
# The marks of an infinitive ("om ... te"), not of a subclause with a verb of its own.
INFINITIVE_MARKS = frozenset({"te", "om"})
# Question adverbs: "Wanneer kunt u ...?", "Hoe laat ...?" (never a name, open a question)
QUESTION_ADVERBS = frozenset({"wanneer", "waarom", "hoe", "hoelang", "hoeveel", "waar", "waarheen", "hoezo"})
# Question determiners the tagger leaves without PronType=Int in a chat line's lower case
# ("welke maat had je besteld").
QUESTION_DETERMINERS = frozenset({"welke", "welk"})
# Possessive determiners (closed class); of them "je", "ons", "zijn" and "haar" are also a
# pronoun or a verb ("je ontvangt", "bel ons", "zijn wij"), the others only open a noun phrase.
POSSESSIVES = frozenset({"uw", "je", "jouw", "ons", "onze", "mijn", "zijn", "haar", "hun"})
ONLY_POSSESSIVES = POSSESSIVES - {"je", "ons", "zijn", "haar"}
