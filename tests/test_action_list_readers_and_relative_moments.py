"""Action items that inform the customer named in the third person, and moments
told relative to another event (paraphrases96-98 after their scores)."""

from __future__ import annotations

import pytest
from lint_helpers import draft_rules

from smartlint.api import Linter


@pytest.fixture(scope="module")
def linter():
    return Linter(config=False, today="2026-12-09")


@pytest.fixture(scope="module")
def client_linter():
    return Linter(config=False, today="2026-12-09", client="Aannemersbedrijf Wijnholt",
                  clients=["Aannemersbedrijf Wijnholt"])


@pytest.mark.parametrize("text", [
    "Acties:\n- Sarita: mevrouw Bos informeren over de uitkomst van de keuring, ma 21 dec\n"
    "- Noor: advies opvragen bij de GGD, vr 11 dec",
    "Actiepunten:\n- Bewoners informeren over de brandoefening\n- Rookmelders in blok C testen",
])
def test_an_action_item_informing_the_customer_names_a_channel(linter, text):
    assert "promise-channel" in draft_rules(linter, text)


def test_an_action_item_informing_the_own_client_names_a_channel(client_linter):
    text = ("Werkoverleg Aannemersbedrijf Wijnholt, 9 december 2026\nActies:\n"
            "- Femke informeert Aannemersbedrijf Wijnholt over de vertraging, vr 11/12\n")
    assert "promise-channel" in draft_rules(client_linter, text)


@pytest.mark.parametrize("text", [
    "Acties:\n- Sarita: de monteur informeren over de uitkomst van de keuring, ma 21 dec",
    "Acties:\n- Sarita: mevrouw Bos per e-mail informeren over de uitkomst, ma 21 dec",
])
def test_an_action_item_informing_a_colleague_or_by_mail_is_not_reported(linter, text):
    assert "promise-channel" not in draft_rules(linter, text)
