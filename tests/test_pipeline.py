"""The embedded Dutch pipeline: loads offline, and tags customer-service Dutch sensibly."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from smartlint.nlp import EMBEDDED_PATH, load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def test_embedded_pipeline_is_package_data_with_licence():
    assert (EMBEDDED_PATH / "meta.json").is_file()
    licence = (EMBEDDED_PATH / "LICENSE").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in licence
    assert "LassySmall" in licence and "Alpino" in licence
    meta = json.loads((EMBEDDED_PATH / "meta.json").read_text(encoding="utf-8"))
    assert meta["lang"] == "nl"
    assert {"morphologizer", "parser", "trainable_lemmatizer"} <= set(meta["pipeline"])
    size = sum(p.stat().st_size for p in EMBEDDED_PATH.rglob("*") if p.is_file())
    assert size <= 20 * 1024 * 1024, f"pipeline is {size / 1e6:.1f} MB, limit 20 MB"


def test_loads_and_parses_with_network_unreachable():
    # A fresh interpreter in which every attempt to open a connection fails.
    code = (
        "import socket\n"
        "def refuse(*a, **k): raise OSError('network disabled by test')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "socket.getaddrinfo = refuse\n"
        "from smartlint.nlp import load_pipeline\n"
        "doc = load_pipeline()('Sanne belt u morgen terug.')\n"
        "print(len(doc), doc.has_annotation('DEP'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["6", "True"]


def test_unknown_model_name_is_a_clear_error():
    from smartlint.errors import ModelError

    with pytest.raises(ModelError, match="nl_core_news_doesnotexist.*not installed.*python -m spacy download nl_core_news_doesnotexist"):
        load_pipeline("nl_core_news_doesnotexist")
    with pytest.raises(ModelError) as err:
        load_pipeline("nl_core_news_doesnotexist")
    assert "'pip install nl_core_news_doesnotexist'" not in err.value.message  # not on PyPI by that name


def test_missing_model_folder_is_a_clear_error(tmp_path):
    from smartlint.errors import ModelError

    with pytest.raises(ModelError, match="does not exist"):
        load_pipeline(str(tmp_path / "nope"))


def _token(doc, text):
    return next(t for t in doc if t.text == text)


def test_snel_is_an_adjective(nlp):
    assert _token(nlp("We reageren snel."), "snel").pos_ == "ADJ"


def test_even_is_an_adverb(nlp):
    assert _token(nlp("Ik kijk even."), "even").pos_ == "ADV"


def test_subject_of_a_callback_promise(nlp):
    doc = nlp("Sanne belt u morgen terug.")
    subjects = [t.text for t in doc if t.dep_ == "nsubj"]
    assert subjects == ["Sanne"]
    assert _token(doc, "Sanne").head.text == "belt"


@pytest.mark.parametrize("sentence,word", [
    ("Dat is een snelle oplossing.", "snelle"),
    ("De levering gaat sneller dan vorige week.", "sneller"),
])
def test_comparative_and_inflected_adjectives_lemmatise_to_base(nlp, sentence, word):
    assert _token(nlp(sentence), word).lemma_ == "snel"


def test_a_pronoun_or_app_before_a_full_stop_is_a_word_not_an_abbreviation():
    from smartlint.nlp import load_pipeline

    words = [t.text for t in load_pipeline().make_doc("Sanne belt u. Meld het via de app. Zie art. 5")]
    assert words[:4] == ["Sanne", "belt", "u", "."] and "app" in words
    assert "art." in words  # a real abbreviation stays whole
