"""Names, aliases and roles, on invented people and bodies."""

from __future__ import annotations

import pytest

from core.facts.names import find_names, find_roles


@pytest.mark.parametrize(
    ("text", "key", "kind"),
    [
        ("Yesterday Mr Okonkwo-Bell spoke.", "okonkwo-bell", "person"),
        ("Talks with Dara Okonkwo-Bell ended.", "okonkwo-bell", "person"),
        ("Then Dr Okonkwo-Bell left.", "okonkwo-bell", "person"),
        ("Later the Fenwick Harbour Board met.", "fenwick harbour board", "organisation"),
        ("The ship docked in Qarvik after dark.", "qarvik", "place"),
        # a person's name takes no article: after "the" a name is a place or some other named thing
        ("The storm swept across the Velder Firth.", "firth", "place"),
        ("The Tarn Osprey was built in 1988.", "osprey", "other"),
        ("Waves pushed it towards the rocks known as the Black Combs.", "combs", "other"),
        ("He wrote to the Prime Minister Anna Berg.", "berg", "person"),
        ("Rescuers reached Anna Berg at dawn.", "berg", "person"),
        # what follows "city of", "province of" ... is a place, one word or two
        ("She came from the northern city of Halvenborg by train.", "halvenborg", "place"),
        ("Floods hit the province of Upper Dorrin overnight.", "dorrin", "place"),
        ("It was the son of Mark Tell who called.", "tell", "person"),
        # a capitalised word numbered like a thing is no person: "the Line 4 tram", "Gate 4", "Flight 7"
        ("The driver of the Line 4 tram was suspended.", "line", "other"),
        ("Crowds waited outside Gate 4 for an hour.", "gate", "other"),
        ("The crew of Flight 7 landed safely.", "flight", "other"),
        # a company named by what it runs
        ("The driver remains suspended, Halvern City Trams confirmed.", "halvern city trams", "organisation"),
        ("Shares in Orsolan Mining fell sharply.", "orsolan mining", "organisation"),
    ],
)
def test_aliases_share_a_key(text: str, key: str, kind: str) -> None:
    names = find_names(text)
    assert [(n.key, n.kind) for n in names] == [(key, kind)]
    for n in names:
        assert text[n.start : n.end] == n.text


@pytest.mark.parametrize(
    ("text", "key", "role"),
    [
        ("Dara Okonkwo, the guild's treasurer, said the vote was fair.", "okonkwo", "treasurer"),
        ("Treasurer Dara Okonkwo said the vote was fair.", "okonkwo", "treasurer"),
        ("The new chief executive, Dara Okonkwo, said the vote was fair.", "okonkwo", "chief executive"),
        ("Education Minister Ilse Varanek called it a betrayal.", "varanek", "education minister"),
    ],
)
def test_roles(text: str, key: str, role: str) -> None:
    got = find_roles(text)
    assert [(k, r) for k, r, _, _ in got] == [(key, role)]
    _, _, a, b = got[0]
    assert text[a:b].lower() == role


def test_the_word_that_introduces_a_name_is_no_portfolio() -> None:
    """ "said Minister of Education Ilse Varanek" is the education minister, not the "education said minister"."""
    text = '"It is a betrayal," said Minister of Education Ilse Varanek.'
    ((key, role, a, b),) = find_roles(text)
    assert (key, role, text[a:b]) == ("varanek", "education minister", "Minister of Education")


def test_an_x_general_is_one_office() -> None:
    text = "It is worrying, said the Authority’s Director-General, Dara Okonkwo."
    ((key, role, a, b),) = find_roles(text)
    assert (key, role, text[a:b]) == ("okonkwo", "director general", "Director-General")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Dara Okonkwo, the firm's CEO, spoke.", "Chief executive Dara Okonkwo spoke."),
        ("Dara Okonkwo, the board's chairwoman, spoke.", "Chairman Dara Okonkwo spoke."),
        ("Dara Okonkwo, the union's secretary-general, spoke.", "General secretary Dara Okonkwo spoke."),
        ("Dara Okonkwo, chair of the council's finance committee, spoke.",
         "Dara Okonkwo, the council's finance committee chair, spoke."),
        ("Dara Okonkwo, chairwoman of the planning committee, spoke.", "Planning committee chair Dara Okonkwo spoke."),
        ("Ilse Marrick, the region's chief fire officer, spoke.", "Chief Fire Officer Ilse Marrick spoke."),
    ],
)
def test_role_aliases(a: str, b: str) -> None:
    assert find_roles(a)[0][1] == find_roles(b)[0][1]
