"""Extraction and normalisation of figures, on invented sentences."""

from __future__ import annotations

import pytest

from core.facts.numbers import find_quantities


def _one(text: str):
    qs, _ = find_quantities(text)
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


@pytest.mark.parametrize(
    ("text", "mention", "lo", "hi", "dim"),
    [
        ("The storm left 37 houses without roofs.", "37", 37, 37, "count"),
        ("Twelve boats sank in the bay.", "Twelve", 12, 12, "count"),
        ("A dozen lorries were stuck.", "A dozen", 12, 12, "count"),
        ("Two dozen pupils were sent home.", "Two dozen", 24, 24, "count"),
        ("The forty-two-metre tower swayed.", "forty-two-metre", 42, 42, "length"),
        ("Eleven hundred fans queued.", "Eleven hundred", 1100, 1100, "count"),
        ("Three hundred sheep escaped.", "Three hundred", 300, 300, "count"),
        ("It spread within half a kilometre of the mill.", "half a kilometre", 500, 500, "length"),
        ("Ash fell 15 miles away.", "15 miles", 24140.16, 24140.16, "length"),
        ("The pipe was 40 cm wide.", "40 cm", 0.4, 0.4, "length"),
        ("The basin holds 3,000 cubic metres of water.", "3,000 cubic metres", 3e6, 3e6, "volume"),
        ("The basin holds 1.5 million litres of water.", "1.5 million litres", 1.5e6, 1.5e6, "volume"),
        ("Rivers carried 200 litres per second downstream.", "200 litres per second", 200, 200, "volume/s"),
        ("The grant was $2.5bn in total.", "$2.5bn", 2.5e9, 2.5e9, "money:USD"),
        ("The grant was 2,500 million dollars in total.", "2,500 million dollars", 2.5e9, 2.5e9, "money:USD"),
        ("The levy raises €7 million each year.", "€7 million each year", 7e6, 7e6, "money:EUR/year"),
        ("Rents rose 6% last spring.", "6%", 6, 6, "percent"),
        ("Rents rose 6 per cent last spring.", "6 per cent", 6, 6, "percent"),
        ("Turnout fell 0.5 percentage points.", "0.5 percentage points", 0.5, 0.5, "pp"),
        ("Two-thirds of voters agreed.", "Two-thirds", 66.666667, 66.666667, "percent"),
        ("Half of the staff walked out.", "Half", 50, 50, "percent"),
        ("One in five shops closed.", "One in five", 20, 20, "percent"),
        ("Three out of four farms flooded.", "Three out of four", 75, 75, "percent"),
        ("Only 40 of the 200 buses ran.", "40 of the 200", 20, 20, "percent"),
        ("Forecasters expect ten to twenty millimetres of snow.", "ten to twenty millimetres", 0.01, 0.02, "length"),
        ("Pupils aged between 11 and 16 took part.", "between 11 and 16", 11, 16, "age"),
        ("The 71-year-old mayor resigned.", "71-year-old", 71, 71, "age"),
        # the longest hedge wins: "just under" is "almost", not "anything under"
        ("Just under 1,200 residents signed.", "Just under 1,200", 1056, 1200, "count"),
        ("More than a million homes lost power.", "More than a million", 1e6, 2e6, "count"),
        ("The hull is just over five metres wide.", "just over five metres", 5.000005, 6.25, "length"),
        # ages are in years, whatever unit the writer counts them in
        ("An 18-month-old boy was treated.", "18-month-old", 1.5, 1.5, "age"),
        ("The baby, aged six weeks, was treated.", "six weeks", 42 / 365.25, 42 / 365.25, "age"),
        # a person's age told after them; "a crew of 12" stays a count
        ("Among the dead was a woman of 34 from Orrel.", "34", 34, 34, "age"),
        ("He was a man of 61, neighbours said.", "61", 61, 61, "age"),
        ("A crew of 12 sailed at dawn.", "12", 12, 12, "count"),
        ("Cases are aged between 14 months and 12 years.", "between 14 months and 12 years", 14 / 12, 12, "age"),
        ("The talks lasted six months.", "six months", 182.64, 182.64, "duration"),
        ("The walkout lasted 72 hours.", "72 hours", 3, 3, "duration"),
        ("Crews put the fire out within an hour.", "within an hour", 0, 1 / 24, "duration"),
        ("A fine of $90m a year was imposed.", "$90m a year", 9e7, 9e7, "money:USD/year"),
        ("Savings of $270m over three years were promised.", "$270m over three years", 9e7, 9e7, "money:USD/year"),
        # the rate after what is measured; a peak or maximum is a ceiling, as "as much as" is
        ("It let out 1,400 cubic metres of water a second.", "1,400 cubic metres", 1.4e6, 1.4e6, "volume/s"),
        ("The flow hit a maximum of 900 litres per second.", "maximum of 900 litres per second", 0, 900, "volume/s"),
        ("The wreck lies 3 nautical miles offshore.", "3 nautical miles", 5556, 5556, "length"),
        ("Homes within a mile and a quarter were told to stay in.", "a mile and a quarter", 2011.68, 2011.68,
         "length"),
        ("The trail is a mile and a half long.", "a mile and a half", 2414.016, 2414.016, "length"),
        ("The flood is two miles and three quarters long.", "two miles and three quarters", 4425.696, 4425.696,
         "length"),
        ("It was valued at 20 million to 25 million dollars.", "20 million to 25 million dollars", 2e7, 2.5e7,
         "money:USD"),
        # the rate after what is counted, spread totals, "for every day", and a strength told per so many millilitres
        ("Members will pay 410 guilders a month from May.", "410", 410, 410, "count/month"),
        ("Ferries carried 2,600 cars each week.", "2,600", 2600, 2600, "count/week"),
        ("Traders lost 7 million guilders for every day of the closure.", "7 million", 7e6, 7e6, "count/day"),
        ("Each tablet holds 250 mg of ibuprofen.", "250 mg", 2.5e-4, 2.5e-4, "mass"),
        ("The drops contain 40 mg of the drug per millilitre.", "40 mg", 0.04, 0.04, "mass/volume"),
        ("The drops contain 200 mg of the drug in every 5 ml.", "200 mg of the drug in every 5 ml", 0.04, 0.04,
         "mass/volume"),
    ],
)
def test_extracts_and_normalises(text: str, mention: str, lo: float, hi: float, dim: str) -> None:
    q = _one(text)
    assert q.text == mention
    assert q.lo == pytest.approx(lo, rel=1e-4) and q.hi == pytest.approx(hi, rel=1e-4)
    assert q.dim == dim


@pytest.mark.parametrize(
    ("text", "hedge", "lo", "hi"),
    [
        ("about 200 cows", "about", 194, 206),
        ("around 200 cows", "about", 194, 206),
        ("some 200 cows", "about", 194, 206),
        ("roughly 200 cows", "about", 194, 206),
        ("almost 200 cows", "almost", 176, 200),
        ("nearly 200 cows", "almost", 176, 200),
        # a floor reaches up to the next unit of its last digit ("more than 200": below 300), or 25% above
        ("more than 200 cows", "above", 200, 300),
        ("at least 200 cows", "atleast", 200, 300),
        ("more than 1,200 cows", "above", 1200, 1500),
        ("up to 200 cows", "upto", 0, 200),
        ("as many as 200 cows", "upto", 0, 200),
        ("fewer than 200 cows", "below", 0, 200),
    ],
)
def test_hedges_become_intervals(text: str, hedge: str, lo: float, hi: float) -> None:
    q = _one(text)
    assert q.hedge == hedge and q.text.endswith("200")  # "1,200" too
    assert q.lo == pytest.approx(lo, rel=1e-3) and q.hi == pytest.approx(hi, rel=1e-3)


@pytest.mark.parametrize(
    ("text", "superseded"),
    [
        ("Officials first counted about 90 boats.", True),
        ("The toll was initially put at 9.", True),
        ("The toll rose to 14 on Friday.", False),
        # before a span of time an adjective qualifies the span or a noun; only an adverb tells an old figure
        ("The board expects preliminary findings within 30 days.", False),
        ("Fines were waived for the first 30 days.", False),
        ("The closure was initially planned for two weeks.", True),
    ],
)
def test_superseded_figures_are_marked(text: str, superseded: bool) -> None:
    assert _one(text).superseded is superseded


@pytest.mark.parametrize(
    "text", ["The toll rose to 11 from 8.", "The toll was revised up from 8 to 11.", "It was earlier put at 8, now 11."]
)
def test_the_old_figure_of_an_update_is_superseded(text: str) -> None:
    qs, _ = find_quantities(text)
    assert [(q.text, q.superseded) for q in qs] == [(q.text, q.text == "8") for q in qs] and len(qs) == 2


def test_an_adverb_after_a_figure_is_not_what_it_counts() -> None:
    q = _one("The flow reached 900 litres per second shortly before noon.")
    assert q.head == ""
    assert _one("Some 40 families were moved.").head != ""


def test_an_ordinal_in_a_compound_is_not_a_share() -> None:
    assert find_quantities("She waited on a fifth-floor balcony.")[0] == []
    (share,), _ = find_quantities("A fifth of the homes flooded.")
    assert (share.dim, share.lo) == ("percent", 20.0)


def test_years_codes_and_relative_figures_are_not_counts() -> None:
    qs, years = find_quantities("In 2013 the XR-500 model failed, one more than first reported.")
    assert years == [2013]
    assert qs == []


def test_head_words_say_what_is_counted() -> None:
    qs, _ = find_quantities("Almost 40 hurt and two dead in the crash.")
    assert [q.head for q in qs] == ["injured", "dead"]


@pytest.mark.parametrize(
    ("text", "dim"),
    [
        ("Three of the injured were in a serious condition.", "part"),
        ("Five of the passengers stayed aboard.", "part"),
        ("Eleven people were injured.", "count"),
        ("Two of the 40 passengers were taken to hospital.", "percent"),
    ],
)
def test_a_part_of_a_group_is_not_a_count_of_the_group(text: str, dim: str) -> None:
    qs, _ = find_quantities(text)
    assert [q.dim for q in qs][:1] == [dim]


def test_a_noun_compound_counts_its_last_noun() -> None:
    qs, _ = find_quantities("Two coastguard helicopters began winching off passengers.")
    assert qs[0].label == "helicopters"


def test_a_label_without_a_counted_noun_is_a_word_not_a_stem() -> None:
    qs, _ = find_quantities("Rescue helicopters lifted 22 off a disabled ferry.")
    assert qs[0].label == "disabled"


@pytest.mark.parametrize(
    ("text", "dims"),
    [
        ("The appeal raised 8,400 euros on Monday and 3,100 on Tuesday.", ["money:EUR", "money:EUR"]),
        ("He paid $1.2 billion and 300 million for the port.", ["money:USD", "money:USD"]),
        ("It raised 8,400 euros and 3,100 people signed.", ["money:EUR", "count"]),  # a noun of its own
        ("It cost 40 euros a day and 12 staff left.", ["money:EUR/day", "count"]),
    ],
)
def test_an_elided_currency_carries_over(text: str, dims: list[str]) -> None:
    assert [q.dim for q in find_quantities(text)[0]] == dims


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Rescue helicopters lifted 22 people off a disabled ferry.", "people"),  # not "disabled"
        ("Some 300 residents spent the night in a hall.", "residents"),
        ("The 11 others were injured.", "injured"),
        ("Almost 700 people hurt.", "injured"),  # a class word says more than "people"
    ],
)
def test_labels_name_what_is_counted(text: str, label: str) -> None:
    assert [q.label for q in find_quantities(text)[0]] == [label]


@pytest.mark.parametrize(
    ("text", "value"),
    [("Around 58 000 customers are affected.", 58000), ("It cost 1 250 000 euros.", 1250000),
     ("In 2019 500 people came.", 500)],
)
def test_thousands_set_off_by_spaces(text: str, value: float) -> None:
    found = find_quantities(text)[0]
    assert any(q.lo <= value <= q.hi for q in found) and all(q.lo < 2000 or q.hi >= value for q in found)


def test_a_total_spread_over_years_is_so_much_a_year() -> None:
    total, span = find_quantities("The plan yields 96 million guilders over four years.")[0]
    assert (total.text, total.lo, total.dim, total.spread) == ("96 million", 2.4e7, "count/year", True)
    assert span.dim == "duration"


@pytest.mark.parametrize(
    "text",
    [
        "Cases rose to 31, up from 23 a week ago.",
        "The river rose 2 metres a day after the storm.",
        "Officers arrested 14 people a day later.",
    ],
)
def test_a_span_that_dates_something_is_no_rate(text: str) -> None:
    assert all("/" not in q.dim for q in find_quantities(text)[0])


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        ("The motion was carried by 27 votes to 12.", ["votes for", "votes against"]),
        ("The council voted 31 to 8 to rebuild the hall.", ["votes for", "votes against"]),
        ("The board split six votes to three.", ["votes for", "votes against"]),
        ("Varne won with 2,310 votes to 2,295 for Hale.", ["vote", ""]),  # two candidates' totals, not a tally
    ],
)
def test_a_motions_tally_is_votes_for_and_against(text: str, heads: list[str]) -> None:
    assert [q.head for q in find_quantities(text)[0]] == heads


@pytest.mark.parametrize(
    ("text", "figure", "moved"),
    [
        ("The reward has risen to €15,000.", "€15,000", 1),
        ("Unemployment fell to 4.1% in May.", "4.1%", -1),
        ("Officials recorded 41 cases, up from 27 a week earlier.", "41", 1),
        ("Output was 700 tonnes, down from 900.", "700 tonnes", -1),
        ("Police raised the toll to 12.", "12", 0),  # a revised count, not a change in the thing counted
        ("Twelve people died.", "Twelve", 0),
    ],
)
def test_a_figure_the_thing_rose_or_fell_to_is_marked(text: str, figure: str, moved: int) -> None:
    (q,) = [q for q in find_quantities(text)[0] if q.text == figure]
    assert q.moved == moved


@pytest.mark.parametrize(
    ("text", "figure", "capacity"),
    [
        ("Adult males can grow to more than six metres.", "more than six metres", True),
        ("The roof was built to carry about 150 kilograms per square metre.", "about 150 kilograms", True),
        ("The ferry can carry 300 passengers.", "300", True),
        ("The ferry carried 300 passengers.", "300", False),
        ("Rescuers could not reach 40 homes.", "40", False),  # what did not happen is still an event
        # a bar set, not a count: "needed", "required", "the limit of", "a target of"
        ("The party fell short of the 151 votes needed to pass it.", "151", True),
        ("The crowd was above the licence limit of 45,000.", "45,000", True),
        ("The budget passed with 151 votes in favour.", "151", False),
        ("The ship must stay alongside for a minimum of 48 hours.", "48 hours", False),  # what was ordered
    ],
)
def test_a_figure_of_what_a_thing_can_do_is_marked(text: str, figure: str, capacity: bool) -> None:
    (q,) = [q for q in find_quantities(text)[0] if q.text == figure]
    assert q.capacity is capacity
