"""find_facts end to end on invented pairs of linked sentences: conflicts, agreements and traps."""

from __future__ import annotations

import pytest

from core.facts import find_facts
from core.model import Fact, Link, Sentence, Source

DATELINE = "By A. Writer\nFriday 6 June 2031\n\n" + " " * 300  # a year for weekdays, kept off the first 300 chars


def _doc(texts: list[list[str]], dateline: str = "") -> tuple[list[Source], list[Sentence]]:
    sources, sentences = [], []
    for n, parts in enumerate(texts, 1):
        sid = f"s{n}"
        body, pos = dateline, len(dateline)
        for i, t in enumerate(parts):
            sentences.append(Sentence(f"{sid}:{i}", sid, i, pos, pos + len(t), t))
            body += t + " "
            pos = len(body)
        sources.append(Source(sid, sid, sid, body))
    return sources, sentences


def _run(a: str, b: str, dateline: str = "") -> tuple[str, list[Fact]]:
    sources, sentences = _doc([[a], [b]], dateline)
    facts, links = find_facts(sources, sentences, [Link("s1:0", "s2:0")])
    _check_offsets(sources, facts)
    return links[0].relation, [f for f in facts if f.status == "differing"]


def _check_offsets(sources: list[Source], facts: list[Fact]) -> None:
    text = {s.id: s.text for s in sources}
    for f in facts:
        for m in f.mentions:
            assert text[m.source][m.start : m.end] == m.text


CONFLICTS = [
    # (a, b, value in a, value in b)
    # two capacities are rivals
    ("The new ferry can carry 300 passengers.", "The new ferry can carry 450 passengers.", "300", "450"),
    # a state running "since 2019" dates no earlier event: the one person's two ages still differ
    ("Union leader Ilse Varnholt, 54, has led the union since 2019.",
     "Ilse Varnholt, 57, taught chemistry for two decades.", "54", "57"),
    # a change told without the figures that would place the other count before it
    ("Twenty-four people have died, officials said.", "The toll climbed to 31 overnight.", "Twenty-four", "31"),
    ("Officials had recorded 33 confirmed cases.", "Officials have now recorded 41 cases, up from 27 a week earlier.",
     "33", "41"),
    ("The reward was 12,000 euros.", "The reward has risen to €15,000 after a donor added €5,000.", "12,000",
     "€15,000"),
    ("Almost 700 people were hurt in the riots.", "The riots left 590 wounded.", "Almost 700", "590"),
    ("About 400 homes were evacuated.", "Around 350 households were evacuated.", "About 400", "350"),
    ("More than 60 firefighters fought the blaze.", "80 firefighters fought the blaze.", "More than 60", "80"),
    ("Three workers were taken to hospital.", "Four employees were taken to hospital.", "Three", "Four"),
    ("The chain offered to sell 140 stores.", "The chain offered to sell about 160 shops.", "140", "about 160"),
    ("The team recorded 347 objects in the grave.", "The team recorded nearly 500 artefacts in the grave.", "347",
     "nearly 500"),
    # a count of two kinds told together counts each of them
    ("More than 400 gendarmes and police officers joined the search.", "About 300 officers joined the search.",
     "More than 400", "About 300"),
    ("The body was found 9 km east of the wreck.", "The body was found two nautical miles east of the wreck.",
     "9 km", "two nautical miles"),
    ("It was expected to fetch 30 million to 40 million guilders.",
     "It was expected to fetch 25 million to 35 million guilders.",
     "30 million to 40 million", "25 million to 35 million"),
    # a yearly figure told without its "a year"; two daily rates told two ways
    ("The rebate will cost the treasury 410 million guilders next year.",
     "The treasury now puts the cost of the rebate at 350 million guilders a year.", "410 million", "350 million"),
    # a month closing what an official said dates the thing said, not the saying
    ("The first deliveries are expected in September, the official said, with more to follow.",
     "The first deliveries will arrive in November 2031.", "September", "November 2031"),
    # a ceiling that admits both of the other side's figures accounts for the one it names, not for both
    ("Cars may run at up to 160 km/h and lorries at 80 km/h on the new road.",
     "Cars are allowed 100mph on the new road and lorries 60mph.", "80 km/h", "60mph"),
    # an earlier year named by both, once as a bare year and once inside a date: the same stretch of time
    ("The inspectorate has received more than 900 complaints since the start of 2029.",
     "Between 1 January 2029 and 31 May 2031 the inspectorate received 640 complaints.", "more than 900", "640"),
    ("The firm must pay 40,000 guilders for each day the pumps stay off.",
     "Every day the pumps stay off will cost the firm 4,000 guilders.", "40,000", "4,000"),
    ("The closure costs traders 12 million guilders a day.",
     "The closure costs traders 9 million guilders for every day it lasts.", "12 million", "9 million"),
    ("The thirty-metre mast fell.", "The 24-metre mast fell.", "thirty-metre", "24-metre"),
    ("The union has about 9,000 members.", "The union's 11,200 members voted.", "about 9,000", "11,200"),
    ("Turnout was about 40% in the capital.", "Turnout was more than 55% in the capital.", "about 40%", "55%"),
    ("The hearing was set for 9 May.", "The hearing will be on 16 May.", "9 May", "16 May"),
    ("The vote will take place in August.", "The vote will take place in September.", "August", "September"),
    ("Rioters stormed the palace on Friday night.", "Rioters stormed the palace early on Sunday.", "Friday", "Sunday"),
    ("The talks failed on 4 June.", "The talks failed last Tuesday.", "4 June", "Tuesday"),  # a Wednesday in 2031
    ("Volunteers were aged 20 to 70.", "Volunteers were aged between 20 and 65.", "20 to 70", "20 and 65"),
    ("The fine was $18m for the breach.", "A $9 million fine was imposed for the breach.", "$18m", "$9 million"),
    # "not ... until" tells when it happened, not a bound
    ("The fire was declared under control at 05:20.", "The fire was not under control until about 7 a.m.", "05:20",
     "7 a.m."),
]


@pytest.mark.parametrize(("a", "b", "va", "vb"), CONFLICTS)
def test_conflicts_are_joined(a: str, b: str, va: str, vb: str) -> None:
    relation, diff = _run(a, b, DATELINE)
    assert relation == "differing"
    assert len(diff) == 1
    texts = [m.text for m in diff[0].mentions]
    assert any(va in t or t in va for t in texts[:1]) and any(vb in t or t in vb for t in texts[1:])


TRAPS = [
    ("The smoke was seen 32 kilometres away.", "The smoke was seen 20 miles away.", "units"),
    ("Residents within 2 kilometres stayed in.", "Residents within about a mile and a quarter stayed in.",
     "unit and a part"),
    ("Residents within 500 metres left.", "Residents within half a kilometre left.", "units and words"),
    ("The tanks held 2.5 million litres of fuel.", "The tanks held 2,500 cubic metres of fuel.", "volume"),
    ("The gauges recorded 180 mm of rain.", "The gauges recorded 18 centimetres of rain.", "mm vs cm"),
    ("A dozen fire engines attended.", "12 fire engines attended.", "word number"),
    ("A dozen objects were recovered.", "12 items were recovered.", "word number, other noun"),
    ("Pay will rise by 5% in October and by a further 3.5% a year later.", "Pay will rise by 8.5% in all.",
     "one step of a total"),
    ("12 firefighters and their dogs searched the moor.", "Twenty dogs searched the moor.", "another kind beside"),
    ("Two dozen residents were moved.", "24 residents were moved.", "word number"),
    ("Some four thousand people fled.", "About 4,000 people fled.", "words vs digits"),
    ("The deal is worth $4.6bn to the owners.", "The deal is worth 4,600 million dollars to the owners.", "scale"),
    ("The levy costs €3.2 million a day.", "The levy costs 3,200,000 euros a day.", "currency"),
    ("Savings of $350m a year were promised.", "Savings of $1.05bn over three years were promised.", "rate"),
    ("Dues go up to 1,800 guilders a year.", "Members paying monthly will be charged 150 guilders a month.",
     "yearly vs monthly"),
    ("The levy will bring in 52 million guilders a year.", "The levy will raise 156 million guilders over three years.",
     "rate after the counted noun vs spread total"),
    ("The wreck lies 5 nautical miles off the cape.", "The wreck lies about 9 km off the cape.", "nautical miles"),
    ("In May, the minister said the plant would close.", "The plant will close in November.", "a month of saying"),
    ("An 18-month-old boy was flown to hospital.", "A boy aged one and a half was flown to hospital.",
     "age in months vs years"),
    ("The syrup holds 125 mg of the drug in every 5 ml.", "The syrup holds 25 milligrams of the drug per millilitre.",
     "strength per volume"),
    ("The strikers won a rise of 2 pounds an hour.", "The deal will cost the firm 2 million pounds.", "hourly vs sum"),
    ("Traders lose 9 million guilders a day.", "The closure has cost traders 30 million guilders so far.",
     "daily rate vs running total"),
    ("Prices rose 7.8% last year.", "Prices rose almost 8 per cent last year.", "hedge"),
    ("Nearly 300 sheep drowned.", "About 300 sheep drowned.", "hedges overlap"),
    ("More than 40 witnesses spoke.", "43 witnesses spoke.", "more than"),
    ("Bills could rise between 4 and 7 per cent.", "Bills could rise by as much as 7 per cent.", "range vs top"),
    ("Forecasters expect thirty to forty millimetres of rain.", "Forecasters expect 35 mm of rain.", "range vs point"),
    ("The water was 0.9 metres below the crest.", "The water was less than a metre below the crest.", "less than"),
    ("The vaccine cut illness by 75%.", "The vaccine cut illness by three-quarters.", "fraction"),
    ("Fever hit 12.5% of those vaccinated.", "Fever hit one in eight of those vaccinated.", "one in eight"),
    ("Only 600 of the 3,000 trains ran.", "Four in five trains were cancelled.", "share and its complement"),
    ("A third of the homes flooded.", "About 1,100 of the 3,300 homes flooded.", "fraction vs count"),
    ("The follow-up lasted six months.", "The follow-up lasted 26 weeks.", "duration"),
    ("It was a 48-hour strike.", "It was a two-day strike.", "duration words"),
    ("The fire broke out on Tuesday.", "The fire broke out on 3 June.", "weekday vs date"),  # 3 June 2031: Tuesday
    ("Crews were called at 0240 GMT.", "Crews were called at 3.40am.", "GMT vs local"),
    ("The alarm sounded at 17:40 UTC.", "The alarm sounded at 7:40 p.m.", "UTC vs local 12h"),
    ("One person died and 40 were hurt.", "One person was killed and 40 injured.", "casualty synonyms"),
    ("Police first cleared about 150 homes.", "Police cleared 420 homes.", "superseded"),
    ("In 2009 a blaze at the depot injured two workers.", "Three workers were injured at the depot.", "other event"),
    (
        "Last December the budget passed by 158 votes to 139.",
        "The budget passed by 153 votes to 144.",
        "other event last month-name",
    ),
    ("Last year the airline carried 162 passengers to safety.", "The airline carried 184 passengers.", "last year"),
    (
        "Together the two firms hold 59 per cent of the market.",
        "Firm X holds 38 per cent of the market and firm Y 21 per cent.",
        "parts of a total",
    ),
    ("The trial enrolled 24,600 adults.", "Some 12,300 volunteers got the vaccine.", "different groups"),
    ("With 90% of votes counted, the party had 41 seats.", "The party won 44 seats.", "partial count"),
    ("The 64-year-old minister resigned.", "The 61-year-old president stayed.", "different people"),
    ("The wind farm will power 1.4 million homes.", "The farm would power more than a million homes.", "round floor"),
    ("Firefighters put out the flames within an hour.", "Crews had the fire out in less than an hour.", "within"),
    # what a thing can do is no count of what happened
    ("Adult males can grow to more than six metres.", "The largest, an adult male, measures 5.8 metres.", "capacity"),
    ("The ferry can carry 300 passengers.", "The ferry had 214 passengers on board.", "capacity of a ship"),
    # two parts of the group both sentences count, told about different things
    ("Nineteen people were taken to hospital, four of them in a critical condition.",
     "Nineteen residents were taken to hospital, and three were still in intensive care last night.", "two parts"),
    # a count from before a change the other sentence tells with its own figures
    ("The trust offered a reward of 10,000 euros.", "The reward has risen to €15,000 after a donor added €5,000.",
     "risen by the increment told"),
    ("Officials had recorded 23 confirmed cases.", "Officials have now recorded 41 cases, up from 27 a week earlier.",
     "below the figure it rose from"),
    ("Sales had fallen to 900 units.", "Sales fell to 400 units, down from 700 in March.",
     "above the figure it fell from"),
]


@pytest.mark.parametrize(("a", "b", "kind"), TRAPS, ids=[t[2] for t in TRAPS])
def test_traps_are_not_conflicts(a: str, b: str, kind: str) -> None:
    relation, diff = _run(a, b, DATELINE)
    assert diff == [], (kind, [[m.text for m in f.mentions] for f in diff])
    assert relation == "shared"


def test_agreements_are_shared_facts() -> None:
    sources, sentences = _doc([["A dozen boats and 40 crew were lost."], ["Twelve boats and 40 sailors were lost."]])
    facts, links = find_facts(sources, sentences, [Link("s1:0", "s2:0")])
    shared = [sorted(m.text for m in f.mentions) for f in facts if f.status == "shared" and f.kind == "number"]
    assert ["A dozen", "Twelve"] in shared and ["40", "40"] in shared
    assert links[0].relation == "shared"


def test_three_sources_join_one_fact() -> None:
    sources, sentences = _doc(
        [["About 400 homes were evacuated."], ["Around 350 households were evacuated."], ["420 homes were evacuated."]]
    )
    links = [Link("s1:0", "s2:0"), Link("s1:0", "s3:0"), Link("s2:0", "s3:0")]
    facts, out = find_facts(sources, sentences, links)
    diff = [f for f in facts if f.status == "differing"]
    assert len(diff) == 1 and {m.source for m in diff[0].mentions} == {"s1", "s2", "s3"}
    assert diff[0].label == "homes"
    assert all(k.relation == "differing" for k in out)


def test_two_conflicts_joined_by_an_agreement_are_one_fact() -> None:
    """A's Fourteen stands against C's Sixteen and B's 14 against D's Nineteen; A and B agree, so one figure is
    told four ways. No A-D or B-C link was found."""
    sources, sentences = _doc(
        [
            ["Fourteen patients were admitted to hospital."],
            ["14 patients were admitted to hospital."],
            ["Sixteen patients were admitted to hospital."],
            ["Nineteen patients were admitted to hospital."],
        ]
    )
    links = [Link("s1:0", "s3:0"), Link("s2:0", "s4:0"), Link("s1:0", "s2:0")]
    facts, _ = find_facts(sources, sentences, links)
    diff = [f for f in facts if f.status == "differing"]
    assert len(diff) == 1
    assert sorted((m.source, m.text) for m in diff[0].mentions) == [
        ("s1", "Fourteen"), ("s2", "14"), ("s3", "Sixteen"), ("s4", "Nineteen")
    ]


@pytest.mark.parametrize("told_elsewhere", [True, False])
def test_a_figure_the_other_source_gives_elsewhere_is_not_set_against_its_other_figures(told_elsewhere: bool) -> None:
    """A's 40% agrees with B's "two in five"; B's 36% in another sentence counts something else (the district,
    not the ward). Without the agreeing sentence the 40% / 36% pair stays a conflict."""
    sources, sentences = _doc(
        [
            ["In the ward, turnout was 40%."],
            ["Two in five voters in the ward cast a ballot.", "Across the district, turnout was 36%."],
        ]
    )
    links = [Link("s1:0", "s2:1")] + ([Link("s1:0", "s2:0")] if told_elsewhere else [])
    facts, out = find_facts(sources, sentences, links)
    diff = [f for f in facts if f.status == "differing"]
    if told_elsewhere:
        assert diff == [] and all(k.relation == "shared" for k in out)
    else:
        assert [[m.text for m in f.mentions] for f in diff] == [["40%", "36%"]]


def test_an_unnamed_persons_age_against_a_named_ones_in_a_sure_link() -> None:
    """The only age on each side of a link the aligner is sure of; "the city of Halvenborg" is a place, not a
    second person whose age it could be."""
    sources, sentences = _doc(
        [
            ["A 78-year-old woman from the northern city of Halvenborg was stranded on a fifth-floor balcony."],
            ["Ingrid Vahl, 84, a retired teacher from Halvenborg, waited on her fifth-floor balcony."],
        ]
    )
    facts, links = find_facts(sources, sentences, [Link("s1:0", "s2:0", "shared", 0.9)])
    diff = [f for f in facts if f.status == "differing"]
    assert [[m.text for m in f.mentions] for f in diff] == [["78-year-old", "84"]]
    assert links[0].relation == "differing"


def test_a_person_named_by_the_given_name_alone_is_the_one_named_in_full() -> None:
    """ "her husband Tomas, 79" is "Tomas Brell, 84"; both give Lena's age as 81, so the earlier year in one of
    them (a wedding in 1963) does not make it another event."""
    relation, diff = _run(
        "Lena Brell, 81, and her husband Tomas, 79, died when their cottage caved in.",
        "Tomas Brell, 84, and his wife Lena, 81, died when their cottage, their home since their wedding in 1963, "
        "caved in.",
        DATELINE,
    )
    assert relation == "differing"
    assert [[m.text for m in f.mentions] for f in diff] == [["79", "84"]]
    relation, diff = _run("Her husband Tomas, 79, died there.", "Tomas Brell, 84, died there.", DATELINE)
    assert relation == "differing" and [[m.text for m in f.mentions] for f in diff] == [["79", "84"]]


def test_two_peaks_differ_though_a_ceiling_admits_a_later_lower_figure() -> None:
    """ "as much as 1,400" admits B's later 600 without telling it, so B's peak of 1,150 still stands against it."""
    sources, sentences = _doc(
        [
            ["The dam let out as much as 1,400 cubic metres of water a second at the peak."],
            [
                "Outflow from the dam reached a maximum of 1,150 cubic metres per second shortly before dawn.",
                "The outflow from the dam was later cut to 600 cubic metres per second.",
            ],
        ]
    )
    links = [Link("s1:0", "s2:0", "shared", 0.95), Link("s1:0", "s2:1", "shared", 0.5)]
    facts, out = find_facts(sources, sentences, links)
    diff = [f for f in facts if f.status == "differing"]
    assert [[m.text for m in f.mentions] for f in diff] == [
        ["as much as 1,400 cubic metres", "maximum of 1,150 cubic metres per second"]
    ]
    assert out[0].relation == "differing"


def test_role_conflict_and_alias() -> None:
    relation, diff = _run(
        "Mira Voss, the guild's president, said pay had fallen.", "General secretary Mira Voss said pay had fallen."
    )
    assert relation == "differing" and [m.text for m in diff[0].mentions] == ["president", "General secretary"]
    relation, diff = _run("Mrs Voss, the guild's president, spoke.", "President Mira Voss spoke.")
    assert relation == "shared" and diff == []
    relation, diff = _run(
        "It is worrying, said the Authority’s Director-General, Mira Voss.",
        "The Authority, whose deputy director Mira Voss called it worrying, opened an inquiry.",
    )
    assert relation == "differing" and [m.text for m in diff[0].mentions] == ["Director-General", "deputy director"]


def test_correction_is_an_outcome_conflict() -> None:
    relation, diff = _run(
        "Harlow Mining has already lodged an appeal, a spokesman said.",
        "Court records show the appeal was lodged by Brisk Ltd, not by Harlow Mining.",
    )
    assert relation == "differing"
    assert diff[0].mentions[0].text == "Harlow"


def test_done_against_still_open_is_an_outcome_conflict() -> None:
    relation, diff = _run(
        'The Tariff Board said that it had "annulled the licence" granted to the port.',
        "The Tariff Board said on Monday that it would review the licence granted to the port.",
    )
    assert relation == "differing"
    assert [m.text for m in diff[0].mentions] == ["annulled", "review"]
    relation, _ = _run(
        "The Tariff Board said that it would review the licence.", "The Tariff Board said it will review the licence."
    )
    assert relation == "shared"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Mehr als 60 Feuerwehrleute waren im Einsatz, sagte die Polizei am Dienstag.",
            "Rund 2.500 Feuerwehrleute waren im Einsatz, teilte die Stadt mit.",
        ),
        (
            "Le 14 mai, environ 3,5 millions de litres ont brûlé selon les pompiers de la ville.",
            "Le 16 mai, quelque 2.500 mètres cubes ont brûlé selon les pompiers de la ville.",
        ),
        (
            "Según la policía, unas 400 viviendas fueron evacuadas el martes por la noche en el puerto.",
            "Según el ayuntamiento, 350 hogares fueron evacuados el miércoles en el puerto.",
        ),
    ],
)
def test_other_languages_raise_no_false_conflicts(a: str, b: str) -> None:
    relation, diff = _run(a, b)
    assert relation == "shared" and diff == []


def test_every_mention_matches_its_source_text() -> None:
    texts = [
        [
            "BRACKEN, June 6 (Wire) - About 400 homes were evacuated on Tuesday, police said.",
            "Mr Holt, the council's chief executive, said “we will rebuild every house”.",
        ],
        [
            "Around 350 households were evacuated on 3 June.",
            "Chief executive Ada Holt said “we will rebuild every house”, at 4.15pm.",
        ],
    ]
    sources, sentences = _doc(texts, DATELINE)
    facts, _ = find_facts(sources, sentences, [Link("s1:0", "s2:0"), Link("s1:1", "s2:1")])
    assert facts
    _check_offsets(sources, facts)
    by_id = {s.id: s for s in sentences}
    for f in facts:
        for m in f.mentions:
            s = by_id[m.sentence]
            assert s.source == m.source and s.start <= m.start and m.end <= s.end


def test_manual_links_keep_their_relation() -> None:
    sources, sentences = _doc([["About 400 homes were evacuated."], ["Around 350 households were evacuated."]])
    _, links = find_facts(sources, sentences, [Link("s1:0", "s2:0", "shared", 1.0, manual=True)])
    assert links[0].relation == "shared"


def test_ten_sources_of_a_hundred_sentences_are_compared() -> None:
    """A load test of every rule at once; how long it takes is bench/speed.py's job (10 x 100), not a timed test's."""
    templates = [
        "About {n} homes in Tarrow were evacuated on Tuesday after the river rose {k} metres, officials said.",
        "Mr Lisk, the council's chief executive, said {n} staff had worked through the night until 3.40am.",
        "The repairs will cost $1.{k}bn over three years, and {k} of the 40 pumps were replaced by 9 June 2031.",
        '"We have never seen water this high," said Ada Lisk, whose shop was flooded to a depth of {k} cm.',
    ]
    texts = [[templates[i % 4].format(n=300 + 10 * s + i, k=(i + s) % 9 + 1) for i in range(100)] for s in range(10)]
    sources, sentences = _doc(texts)
    links = [Link(f"s{s + 1}:{i}", f"s{s + 2}:{i}") for s in range(9) for i in range(100)]
    facts, out = find_facts(sources, sentences, links)
    assert len(out) == len(links)
    assert any(f.status == "differing" for f in facts) and any(f.status == "shared" for f in facts)


def test_ages_of_two_named_people_are_not_compared() -> None:
    relation, diff = _run(
        "The court freed Ilya Marek, 64, who had served a 9-year term.",
        "Oskar Lind, 61, had served an 11-year term, the court said.",
    )
    assert diff == [] and relation == "shared"


def test_one_persons_age_is_compared() -> None:
    relation, diff = _run("Ilya Marek, 64, was freed.", "Ilya Marek, 59, was freed on bail.")
    assert relation == "differing" and [m.text for m in diff[0].mentions] == ["64", "59"]


def test_same_quote_is_a_shared_fact() -> None:
    sources, sentences = _doc(
        [['"We will not be moved by threats," said Ada Holt.'], ['Ada Holt said: "We will not be moved by threats."']]
    )
    facts, _ = find_facts(sources, sentences, [Link("s1:0", "s2:0")])
    quotes = [f for f in facts if f.kind == "quote"]
    assert len(quotes) == 1 and quotes[0].status == "shared" and quotes[0].label == "Ada Holt"


def _three(a: str, b: str, c: str, pairs: str = "AB AC BC") -> tuple[list[Fact], list[Link]]:
    """Three one-sentence sources linked as `pairs` say ("AB AC": A-B and A-C); offsets are checked."""
    sources, sentences = _doc([[a], [b], [c]])
    ids = {"A": "s1:0", "B": "s2:0", "C": "s3:0"}
    facts, out = find_facts(sources, sentences, [Link(ids[p[0]], ids[p[1]]) for p in pairs.split()])
    _check_offsets(sources, facts)
    return facts, out


def test_agreeing_pair_inside_a_three_way_conflict_stays_shared() -> None:
    facts, out = _three(
        "Three workers were taken to hospital.", "Three employees were taken to hospital.",
        "Four staff were taken to hospital.",
    )
    assert [k.relation for k in out] == ["shared", "differing", "differing"]
    diff = [f for f in facts if f.status == "differing"]
    assert len(diff) == 1 and [m.text for m in diff[0].mentions] == ["Three", "Three", "Four"]


def test_one_office_told_two_ways_inside_a_role_conflict_stays_shared() -> None:
    facts, out = _three(
        "Mira Castel, president of the Orland Growers' Union, led the march.",
        "The Orland Growers' Union's president, Mira Castel, led the march.",
        "The union's vice-president, Mira Castel, led the march.",
    )
    assert [k.relation for k in out] == ["shared", "differing", "differing"]
    roles = [f for f in facts if f.status == "differing"]
    assert [[m.text for m in f.mentions] for f in roles] == [
        ["president of the Orland Growers' Union", "president", "vice-president"]
    ]


@pytest.mark.parametrize(
    ("a", "b", "va", "vb"),
    [
        ("The director of public health, Dr Ines Varga, urged calm.",
         "Dr Ines Varga, the board's medical director, urged calm.", "director of public health", "medical director"),
        ("The Minister of the Interior, Pavel Rusk, toured the town.", "Defence Minister Pavel Rusk toured the town.",
         "Minister of the Interior", "Defence Minister"),
        ("Lena Odd, the council's emergency planning director, gave the order.",
         "Lena Odd, the council's chief executive, gave the order.", "emergency planning director", "chief executive"),
        ("Aron Vell, Berring & Lowe's head of sales, confirmed the price.",
         "Aron Vell, Berring & Lowe's chairman, confirmed the price.", "head of sales", "chairman"),
        ("Sergeant Tove Lind found the van.", "Inspector Tove Lind found the van.", "Sergeant", "Inspector"),
        ("The deal was signed by Ivo Brand, Chief Commercial Officer of Tarn Foods.",
         "The deal was signed by Ivo Brand, Tarn's chief financial officer.", "Chief Commercial Officer of Tarn Foods",
         "chief financial officer"),
        ("The school's headteacher, Ada Brisk, closed the hall.", "Ada Brisk, the school's caretaker, closed the hall.",
         "headteacher", ""),
        ("Cllr Hana Quayle, the cabinet member for leisure, spoke.",
         "Cllr Hana Quayle, the cabinet member for finance, spoke.", "cabinet member for leisure",
         "cabinet member for finance"),
        ("Hester Quayle, the city archivist, spoke.", "Hester Quayle, Head of Libraries, spoke.", "city archivist",
         "Head of Libraries"),
        ("Dr Ines Carew, the authority's director of public health, spoke.",
         "Dr Ines Carew, Consultant in Health Protection, spoke.", "director of public health", "Consultant"),
        # initials of the body before the office; "lead" and "senior" ranks; a party's lawyer
        ("It was hard, said Mira Kost, KMRS head of operations.", "Mira Kost, the service's deputy director, agreed.",
         "head of operations", "deputy director"),
        ("Rosa Acht, the lawyer representing the plaintiffs, spoke.", "Rosa Acht, the state's lead prosecutor, spoke.",
         "lawyer", "lead prosecutor"),
    ],
)
def test_offices_told_in_more_shapes(a: str, b: str, va: str, vb: str) -> None:
    relation, facts = _run(a, b)
    if not vb:  # a role on one side only is no conflict
        assert relation == "shared"
        return
    assert relation == "differing"
    assert [[m.text for m in f.mentions] for f in facts] == [[va, vb]]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Minister of the Interior, Pavel Rusk, toured the town.", "Interior Minister Pavel Rusk toured the town."),
        ("Dr Ines Varga, director of public health, urged calm.", "Public health director Ines Varga urged calm."),
        ("Aron Vell, chairman of Berring & Lowe, confirmed it.", "Aron Vell, Berring & Lowe's chairman, confirmed it."),
        ("Rosa Acht, the family's solicitor, spoke.", "Rosa Acht, a lawyer for the family, spoke."),
        ("Rosa Acht, the senior prosecutor, spoke.", "Prosecutor Rosa Acht spoke."),
        ("Jon Berg, Finance Minister, spoke.", "Jon Berg, the finance minister, spoke."),
        ("Jon Berg, the Minister for Health, spoke.", "Health Minister Jon Berg spoke."),
        ("Jon Berg, director for five years, spoke.", "Jon Berg, the director, spoke."),
        ("Edda Moll, Chief Executive Officer of Tarn Foods, said so.", "The firm's chief, Edda Moll, said so."),
        ("Edda Moll, Chief Executive Officer of Tarn Foods, said so.", "Tarn chief executive Edda Moll said so."),
    ],
)
def test_one_office_in_two_shapes_is_no_conflict(a: str, b: str) -> None:
    assert _run(a, b) == ("shared", [])


def test_a_tally_differs_for_and_against() -> None:
    """Votes for meet votes for, and votes against meet votes against, whatever nouns stand beside them."""
    relation, facts = _run(
        "The motion to reopen the pool was carried by 23 votes to 9.", "The council voted 25 to 7 to reopen the pool."
    )
    assert relation == "differing"
    assert sorted([m.text for m in f.mentions] for f in facts) == [["23", "25"], ["9", "7"]]


def test_one_office_in_other_words_joins_the_role_conflict() -> None:
    """B tells A's office in other words and its link to C is loose: B still stands with A against C."""
    facts, _ = _three(
        "The region's director of public health, Dr Ines Varga, urged calm.",
        "\u201cStay calm,\u201d said Dr Ines Varga, Director of Public Health for the coast.",
        "Dr Ines Varga, the board's medical director, urged calm.",
    )
    roles = [f for f in facts if f.status == "differing"]
    assert [[m.text for m in f.mentions] for f in roles] == [
        ["director of public health", "Director of Public Health", "medical director"]
    ]


def test_a_link_differs_when_the_facts_show_its_two_sentences_apart() -> None:
    # A and B agree on 22; A and C conflict (22 vs eighteen passengers); B and C share no counted words,
    # so their own comparison finds nothing, yet the table shows B's 22 against C's eighteen
    facts, out = _three(
        "Helicopters lifted 22 passengers off the ferry.", "22 people were lifted off by helicopters.",
        "Eighteen passengers were airlifted from the ferry.",
    )
    differing = [f for f in facts if f.status == "differing"]
    assert [sorted(m.text for m in f.mentions) for f in differing] == [["22", "22", "Eighteen"]]
    assert [k.relation for k in out] == ["shared", "differing", "differing"]


def test_two_days_in_one_sentence_date_two_events_and_neither_is_set_against_the_other_side() -> None:
    relation, facts = _run(
        "KESSMARK, March 14 - Eleven workers were injured on Friday when fire swept through the plant.",
        "The number of workers injured has risen to 14, after more came forward with breathing problems on Saturday.",
    )
    assert relation == "differing"
    assert [[m.text for m in f.mentions] for f in facts] == [["Eleven", "14"]]  # the count, not the days


def test_a_deadline_met_by_a_time_of_day_is_no_partial_count() -> None:
    """ "By midday, 12,000 had voted" is a running count; "brought under control by 7pm" is not."""
    _, facts = _run(
        "More than 90 firefighters fought the blaze, which was brought under control by 7pm.",
        "Around 70 firefighters and 18 engines were sent to the scene.",
    )
    assert [[m.text for m in f.mentions] for f in facts] == [["More than 90", "Around 70"]]
    assert _run("By midday, 12,000 people had voted.", "In total 31,000 people voted.")[1] == []


def test_spans_of_time_counted_from_different_events_are_not_rivals() -> None:
    assert _run(
        "Its captain sent a mayday at 9.40pm, about half an hour after both engines failed.",
        "Both of its engines cut out about an hour into the crossing.",
    ) == ("shared", [])
    _, facts = _run(
        "The mayday came half an hour after the engines failed.", "The mayday came two hours after the engines failed."
    )
    assert [[m.text for m in f.mentions] for f in facts] == [["half an hour", "two hours"]]


def test_a_time_agreeing_in_other_words_joins_the_conflict_it_agrees_with() -> None:
    """B's "3.10am" agrees with A's "shortly after 3am"; A conflicts with C; the B-C link was missed. The
    fact shows all three times, and the A-B link stays shared."""
    facts, links = _three(
        "It reached Portlevan harbour shortly after 3am on Sunday.", "The ferry docked in Portlevan at 3.10am.",
        "It arrived in Portlevan harbour just before 5am.", "AB AC",
    )
    times = [f for f in facts if f.kind == "time"]
    assert [(f.status, [m.text for m in f.mentions]) for f in times] == [("differing", ["3am", "3.10am", "5am"])]
    assert [k.relation for k in links] == ["shared", "differing"]


def test_an_early_figure_given_way_to_a_later_one_in_the_same_sentence_is_not_set_against_others() -> None:
    """The early 150 is not the wire's account any more: 186 is, and it counts the people on board."""
    relation, facts = _run(
        "Initial reports put the number of people on board at about 150, but the operator later said 186 "
        "passengers had been trapped in 31 cabins.",
        "The company has now confirmed that 194 people were on board when the lift stopped.",
    )
    assert relation == "differing"
    assert [[m.text for m in f.mentions] for f in facts] == [["186", "194"]]


def test_the_same_doer_told_with_another_verb_joins_the_who_conflict() -> None:
    """A and C tell one act with two doers (army vs police helicopter); B names A's doer with another verb
    ("lifted out"). The "who" fact shows all three, and the B-C link differs as the table shows."""
    facts, links = _three(
        "The highest cabins were cleared by an army helicopter that winched passengers aboard in pairs.",
        "An army helicopter lifted out the people in the five highest cabins.",
        "The passengers in the five highest cabins were winched out by a police helicopter.",
    )
    who = [f for f in facts if f.status == "differing"]
    assert [[(m.source, m.text) for m in f.mentions] for f in who] == [
        [("s1", "army helicopter"), ("s2", "army helicopter"), ("s3", "police helicopter")]
    ]
    assert [k.relation for k in links] == ["shared", "differing", "differing"]


def test_a_different_doer_with_another_verb_joins_nothing() -> None:
    facts, _ = _three(
        "The highest cabins were cleared by an army helicopter that winched passengers aboard in pairs.",
        "A police helicopter lifted out the people in the five highest cabins.",
        "The passengers in the five highest cabins were winched out by a police helicopter.",
    )
    who = [f for f in facts if f.status == "differing"]
    assert [sorted(m.source for m in f.mentions) for f in who] == [["s1", "s2", "s3"]]
    assert [m.text for m in who[0].mentions] == ["army helicopter", "police helicopter", "police helicopter"]


# Linked pairs and the differing facts expected between them, by rule (all past the dateline's reach)
PAIRS = [
    # times of the start and the end of an event are not rivals:
    # the start of an event and its end are two moments, not one told two ways
    ("The fire broke out at around 3.40am on 14 May.", "The fire was finally put out at about 5.30pm.", []),
    ("The strike began on Monday.", "The strike ended on Thursday.", []),
    ("The ferry set off at 9pm.", "The ferry docked at 11pm.", []),
    ("An operator noticed the leak at about 4.15am.", "The leak itself was stopped just before 9am.", []),
    ("An operator noticed the leak at about 4.15am.", "The leak was spotted at 5.10am.", [["4.15am", "5.10am"]]),
    # the same moment of it, told two ways, still conflicts
    ("The fire broke out at 3.40am.", "The fire started at 5am.", [["3.40am", "5am"]]),
    ("The ferry docked at 3.10am.", "The ferry arrived just before 5am.", [["3.10am", "5am"]]),
    ("The fire was put out at 5.30pm.", "The blaze was brought under control at 7pm.", [["5.30pm", "7pm"]]),
    # figures are paired by what they count:
    # each figure counts something the other side's figures do not, but one: those two are compared
    ("Five people were still missing and 11 people were injured.", "Three people were killed and 14 injured.",
     [["11", "14"]]),
    ("Five people were still missing and 11 people were injured.", "Three people were killed and 11 injured.", []),
    # "two of them" is a part of the group the sentence counts, not the number hurt
    ("Five people were still missing and 11 people were injured.",
     "Nine people were treated in hospital, two of them for serious injuries.", []),
    # "... alone" is a part of a larger total
    ("A total of 142 mm of rain fell on the catchment over four days.",
     "The Met service recorded 96 mm of rain in the town on Sunday and Monday alone.", []),
    ("Nine people were treated in hospital, two of them for serious injuries.",
     "Nine people were treated in hospital, four of them for serious injuries.", [["two", "four"]]),
    # "the number of X ... raised it to 112": the new figure counts X
    ("The number of planned operations called off was first put at 56, but the group later raised it to 112.",
     "Across the three hospitals, 127 planned operations were postponed on Monday.", [["112", "127"]]),
    ("The number of planned operations called off was first put at 56, but the group later raised it to 127.",
     "Across the three hospitals, 127 planned operations were postponed on Monday.", []),
    # a part of a group of no stated size, and a count of that group: compared when both say the same of it
    ("The firm will offer 230 of the affected employees a post at its other plant.",
     "About 170 workers will be offered jobs at the other plant.", [["230", "About 170"]]),
    ("Three of the injured were children.", "Fourteen people were injured.", []),
    ("Five people were missing and 11 were hurt.", "Two were missing and 14 were injured.",
     [["Five", "Two"], ["11", "14"]]),
    # "put the cost ... at": the thing measured is the verb's object, far before the figure
    ("It estimates the repairs will cost €3.8m.", "It put the cost of clearing and rebuilding the road at €4.6m.",
     [["€3.8m", "€4.6m"]]),
    ("It estimates the repairs will cost €3.8m.", "It put the cost of clearing the road at 3.8 million euros.", []),
    ("The repairs will cost €3.8m.", "It put the club's share of the road at €4.6m.", []),
    # a group told by its size is one thing acted on:
    # one group told by its size, flown out by two different crafts
    ("An air force helicopter flew out 18 people, among them several elderly residents.",
     "Those unable to walk, 18 in all, were flown out by a police helicopter on Saturday.",
     [["air force helicopter", "police helicopter"]]),
    ("An army helicopter flew out 18 people.", "A police helicopter flew out 18 residents.",
     [["army helicopter", "police helicopter"]]),
    # another group, or the same doer: no "who" conflict
    ("An army helicopter flew out 18 people.", "A police helicopter flew out six people.", [["18", "six"]]),
    ("An army helicopter flew out 18 people.", "Eighteen people were flown out by an army helicopter.", []),
    # what a day or a span dates is read further back:
    # of a sentence's two days, the one that dates the same thing as the other side's single day
    ("The court has listed a first hearing for 3 December.",
     "The signing, which had been set for Monday, cannot now go ahead before a full hearing on 10 December.",
     [["3 December", "10 December"]]),
    ("The court has listed a first hearing for 10 December.",
     "The signing, which had been set for Monday, cannot now go ahead before a full hearing on 10 December.", []),
    ("The court has listed a first hearing for 3 December.",
     "The signing was set for Monday and the vote for 10 December.", []),
    # a span whose act sits further back than its window: "repaid by the club over 25 years"
    ("The club will repay the loan over 30 years from stadium income.",
     "The loan is to be repaid by the club over 25 years.", [["30 years", "25 years"]]),
    ("The club will repay the loan over 25 years from stadium income.",
     "The loan is to be repaid by the club over 25 years.", []),
    # a deputy chief fire officer is not the chief fire officer:
    ('"Our crews worked all night," deputy chief fire officer Ilse Marrick told reporters.',
     "Ilse Marrick, the region's chief fire officer, said her crews had fought the fire for 50 hours.",
     [["deputy chief fire officer", "chief fire officer"]]),
    # one office agrees when a sentence gives a title and an office ("Captain Sten Arvander, the union's president"):
    ("Union president Captain Sten Arvander said pilots had gone without a rise.",
     "Captain Sten Arvander, the union's president, argues that pilots accepted a pay freeze.", []),
    # a thing's age and the year it began, counted from the article's year (2026):
    ("The 52-year-old bridge, 240 metres long, carries the main road.",
     "The bridge, which opened in 1968, is some 790 feet long.", [["52-year-old", "1968"]]),
    ("The 58-year-old bridge, 240 metres long, carries the main road.",
     "The bridge, which opened in 1968, is some 790 feet long.", []),
    ("The 52-year-old bridge carries the main road.", "The tunnel, which opened in 1968, carries the railway.", []),
    # a date in a past year beside one in the article's year (2026) dates two events:
    ("The bank collapsed in March 2023 and was taken over by the state.", "The main hearing opened on 2 February 2026.",
     []),
    ("The bridge was last inspected in March 2024 by the roads agency.",
     "It was last inspected in September 2023 by engineers of the roads agency.", [["March 2024", "September 2023"]]),
    # the thing itself changed since ("up from 23 a week ago", "raised to €4m from the €2.5m"): the old figure was
    # true when the other source told it; a claim revised ("far more than the 12,000 it reported at first") is not:
    ("As of 20 October, 23 confirmed cases have been linked to the outbreak.",
     "The outbreak has grown to 31 cases, up from 23 a week ago, health officials said.", []),
    ("The company would set up a compensation fund of €2.5m for victims.",
     "The company has raised its compensation fund to €4m from the €2.5m it first announced.", []),
    ("About 12,000 litres of solution escaped, the company said.",
     "It now says 21,000 litres escaped, far more than the 12,000 litres it reported at first.",
     [["About 12,000 litres", "21,000 litres"]]),
    # "between Friday and Monday" bounds a span: its first day is no rival of another sentence's day:
    ("A total of 142 mm of rain fell on the catchment between Friday and Monday night.",
     "The Met service recorded rain in the town on Sunday and Monday alone.", []),
    # a later day of a many-day event is another day's count:
    ("The airline cancelled 412 of the 560 flights it had scheduled for the day, a spokesman said.",
     "The airline cancelled 388 flights on Friday, the second day of a pilots' strike.", []),
    ("The airline cancelled 412 flights on Thursday, the first day of the strike.",
     "The airline cancelled 388 flights on Thursday, the first day of the strike.", [["412", "388"]]),
    # households and people are two units of one evacuation:
    ("Around 1,300 households in the northern streets have been evacuated.",
     "Nearly 4,000 people were ordered out of their homes.", []),
    ("Around 1,300 households in the northern streets have been evacuated.",
     "Some 1,600 households in the northern streets have been evacuated.", [["Around 1,300", "Some 1,600"]]),
    # the day a road reopens and a day it was still closed are two days:
    ("Route 9 remains closed and is expected to reopen on 8 September.", "Route 9 was still closed on Sunday night.",
     []),
    ("Route 9 remains closed and is expected to reopen on 8 September.", "Route 9 reopened on 10 September.",
     [["8 September", "10 September"]]),
    # closed until a day is the day it reopens:
    ("The road will stay closed until 20 December while the slope is stabilised.",
     "The roads company now expects to reopen the road on 11 January.", [["20 December", "11 January"]]),
    ("The line will remain suspended until 20 December.", "Services will resume on 20 December.", []),
    ("The road will stay closed until 20 December.", "The road was first closed on 11 November.", []),
    # "last year" (from 2026) is 2025: one earlier event told two ways, so its figures are compared
    ("The hall closed in the spring of 2025 after 40 people were hurt.",
     "The hall has been closed since last year after 55 people were hurt.", [["40", "55"]]),
    ("The hall closed in the spring of 2021 after 40 people were hurt.",
     "The hall has been closed since last year after 55 people were hurt.", []),
    ("A storm two years ago cut power to 9,000 homes.", "The storm in 2024 cut power to 12,000 homes.",
     [["9,000", "12,000"]]),
    # an increment of another kind leaves the first count whole
    ("Two workers died and another 27 were injured in the blast.", "Three workers died in the blast.",
     [["Two", "Three"]]),
    # none against some
    ("No shots were fired during the standoff.", "We can confirm that one shot was fired inside the bank.",
     [["No shots were fired", "one"]]),
    ("Its food licence had never been suspended, the council said.", "The caterer had its food licence suspended.",
     [["licence had never been suspended", "licence suspended"]]),
    # one thing on opposite sides
    ("Benvenga quit the race with a broken left collarbone.", "Benvenga had surgery on his right collarbone.",
     [["left collarbone", "right collarbone"]]),
    # a day a state lasts into is not the day it began ("today" is Saturday 14 November here)
    ("The park was closed to visitors for the day and will remain shut on Monday.", "The park is closed today.", []),
    ("The park was closed to visitors on Monday.", "The park was closed today.", [["Monday", "today"]]),
    # temperatures race times and apposed ages:
    # bare "degrees" in a sentence about the weather are degrees of temperature (Celsius up to 50)
    ("The temperature was already 24C when the race started.",
     "The temperature was already 27 degrees when the starting gun fired.", [["24C", "27 degrees"]]),
    ("It was 93 degrees in the shade, the hottest day of the year.", "It was 34C in the shade, the hottest day.",
     []),
    ("Overnight it was around minus 8C on the cabins.",
     "Temperatures on the cabins were between minus 6 and minus 10 degrees overnight.", []),
    ("Overnight it was around minus 12C on the cabins.",
     "Temperatures on the cabins were between minus 6 and minus 10 degrees overnight.",
     [["around minus 12C", "between minus 6 and minus 10 degrees"]]),
    # a race time is no time of day
    ("Fenwald crossed the line at 10:16, before the worst of the heat.",
     "Fenwald, whose winning time of 2:16:08 was the slowest for nine years, praised the organisers.", []),
    # "Dario Fenwald, a twenty-nine-year-old teacher": the age is the named man's
    ("The men's race was won by Dario Fenwald, 27, in record heat.",
     "The men's race was won by Dario Fenwald, a twenty-nine-year-old teacher from Eastbank.",
     [["27", "twenty-nine-year-old"]]),
    pytest.param(
        "The men's race was won by Dario Fenwald, 27, in record heat.",
        "The men's race was won by Dario Fenwald, whose coach, a 54-year-old teacher, wept.", [],
        marks=pytest.mark.xfail(strict=True, reason="an age nobody is named beside is taken for the one person "
                                "both sentences name"),
    ),
]


@pytest.mark.parametrize(("a", "b", "expected"), PAIRS)
def test_linked_pairs(a: str, b: str, expected: list) -> None:
    _, facts = _run(a, b, "By A. Writer\nSaturday 14 November 2026\n\n" + " " * 300)
    assert [[m.text for m in f.mentions] for f in facts] == expected


def test_the_chairs_of_two_committees_are_two_offices() -> None:
    relation, facts = _run(
        "The proposal was put forward by Desmond Okafor-Lyle, chair of the council's finance committee.",
        "The scheme was brought forward by Desmond Okafor-Lyle, the council's planning committee chair.",
    )
    assert relation == "differing"
    assert [[m.text for m in f.mentions] for f in facts] == [
        ["chair of the council's finance committee", "planning committee chair"]
    ]
    assert _run(
        "The proposal was put forward by Desmond Okafor-Lyle, chair of the council's finance committee.",
        "The scheme was brought forward by Desmond Okafor-Lyle, the committee chair.",
    ) == ("shared", [])


def test_one_sure_link_compares_its_one_amount_of_money_each_side() -> None:
    a = "Under the plan offered to staff, the firm has set aside EUR 58 million for severance and retraining."
    b = "The firm has agreed in principle with employee representatives on a social plan worth €62 million."
    sources, sentences = _doc([[a], [b]])
    for score, expected in ((0.95, [["EUR 58 million", "€62 million"]]), (0.5, [])):
        facts, _ = find_facts(sources, sentences, [Link("s1:0", "s2:0", score=score)])
        assert [[m.text for m in f.mentions] for f in facts if f.status == "differing"] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # one unnamed person, one age each side, whatever the link's strength
        (
            "The driver of the number 9 bus, a 52-year-old man with 20 years' experience, has been suspended.",
            "The driver, aged 47, remains suspended from duty, the operator confirmed.",
            [["52-year-old", "47"]],
        ),
        (
            "A 71-year-old man who complained of chest pains was flown to hospital in Orrel.",
            "Tomas Brandt, 68, was flown to hospital with chest pains and is said to be stable.",
            [["71-year-old", "68"]],
        ),
        # a man and a woman are two people
        ("A 58-year-old man was treated for smoke inhalation.", "A 61-year-old woman was treated for smoke.", []),
        ("A 58-year-old man was treated for smoke inhalation.", "A woman of 61 was treated for smoke.", []),
        # two moments of one life, not one age told twice
        (
            "The eagle, a female almost three years old, had been fitted with a satellite tag.",
            "She was fitted with her tag as a six-week-old chick.",
            [],
        ),
        # two people named, one on each side
        ("Anna Berg, 34, was hurt in the fall.", "Karl Moss, 36, was hurt in the fall.", []),
    ],
)
def test_one_age_each_side_is_one_persons_unless_the_words_say_two(a: str, b: str, expected: list) -> None:
    relation, facts = _run(a, b)
    assert [[m.text for m in f.mentions] for f in facts] == expected
    assert relation == ("differing" if expected else "shared")


def test_a_ceiling_is_as_large_as_its_top_when_one_sure_link_compares_its_one_figure() -> None:
    """ "up to 4 centimetres" is a ceiling at 4, so it is near "almost six centimetres" and the two conflict; the
    same ceiling is no rival of a figure more than twice its top."""
    a = "The station at Orrel measured hailstones of up to 4 centimetres in diameter."
    for b, expected in (
        ("Some stones were almost six centimetres across, volunteer observers said.", [["up to 4 centimetres",
                                                                                        "almost six centimetres"]]),
        ("Some stones were almost eleven centimetres across, volunteer observers said.", []),
    ):
        sources, sentences = _doc([[a], [b]])
        facts, _ = find_facts(sources, sentences, [Link("s1:0", "s2:0", score=0.95)])
        assert [[m.text for m in f.mentions] for f in facts if f.status == "differing"] == expected


def test_a_sure_link_compares_its_one_count_each_side_whatever_nouns_count_it() -> None:
    """ "more than 8,000 signatures" / "6,400 names" on a link of p >= 0.9; not on a weaker link, and not two counts
    more than half apart (then they are likelier counts of two things)."""
    a = "A petition opposing the closure of the baths gathered more than 8,000 signatures."
    told = "The campaigners' petition, which collected {} names, was handed in."
    for b, score, expected in (
        (told.format("6,400"), 0.95, [["more than 8,000", "6,400"]]),
        (told.format("6,400"), 0.85, []),
        (told.format("3,100"), 0.95, []),
    ):
        sources, sentences = _doc([[a], [b]])
        facts, _ = find_facts(sources, sentences, [Link("s1:0", "s2:0", score=score)])
        assert [[m.text for m in f.mentions] for f in facts if f.status == "differing"] == expected


def test_a_bar_told_elsewhere_does_not_stand_for_the_count() -> None:
    """ "the 151 votes needed" in A does not tell B's "151 votes in favour", so A's 153 still differs from B's 151."""
    sources, sentences = _doc(
        [
            ["The assembly approved the budget by 153 votes to 144 on Thursday.",
             "Without its partner the party would have fallen short of the 151 votes needed to pass it."],
            ["The budget passed with 151 votes in favour and 144 against."],
        ]
    )
    links = [Link("s1:0", "s2:0", score=0.99), Link("s1:1", "s2:0", score=0.5)]
    facts, out = find_facts(sources, sentences, links)
    assert [[m.text for m in f.mentions] for f in facts if f.status == "differing"] == [["153", "151"]]
    assert out[0].relation == "differing"


def test_two_candidates_figures_are_never_rival_reports_of_one() -> None:
    """ "Quennell took 18,407", "Demirel received 7,954, which is 17.81%": each figure is its holder's, and a
    sentence may open with a surname the article names in full elsewhere."""
    sources, sentences = _doc(
        [
            ["Thea Quennell stood for the Commonweal Party.",
             "Quennell took 18,407 votes, just over 41 per cent of the valid vote, against 18,289 for Blakesley."],
            ["Yusra Demirel (Independent) received 7,954 votes, which is 17.81% of the valid votes."],
        ]
    )
    facts, links = find_facts(sources, sentences, [Link("s1:1", "s2:0", score=0.9)])
    assert [f for f in facts if f.status == "differing"] == []
    assert links[0].relation == "shared"
    sources, sentences = _doc(
        [
            ["Thea Quennell stood for the Commonweal Party.", "Quennell took 18,407 votes in all."],
            ["Thea Quennell (Commonweal) received 18,470 votes."],
        ]
    )
    facts, _ = find_facts(sources, sentences, [Link("s1:1", "s2:0", score=0.9)])
    assert [[m.text for m in f.mentions] for f in facts if f.status == "differing"] == [["18,407", "18,470"]]


def test_one_verdict_told_in_two_sources_joins_the_third_that_differs() -> None:
    facts, _ = _three(
        "His co-defendant Jonna Prell, 44, was acquitted of helping him.",
        "Jonna Prell, the former head of the private-client desk, was acquitted.",
        "His former colleague Jonna Prell was convicted of aiding the fraud.",
    )
    assert [[(m.source, m.text) for m in f.mentions] for f in facts if f.status == "differing"] == [
        [("s1", "acquitted"), ("s2", "acquitted"), ("s3", "convicted")]
    ]


def test_millions_told_as_m_beside_million_of_the_same_word_are_no_metres() -> None:
    _, facts = _run(
        "He was jailed for defrauding savers of 38.4 million marka.",
        "Prosecutors had accused him of taking 52.6 million marka, but the court found only 38.4m marka proven.",
    )
    assert [[m.text for m in f.mentions] for f in facts] == []


@pytest.mark.parametrize(("b_day", "relation"), [("13 March", "shared"), ("12 March", "differing")])
def test_a_weekday_under_a_dateline_without_its_year_is_read_in_the_other_articles_year(
    b_day: str, relation: str
) -> None:
    """ "KILBRACK, March 17 (NLP)": the year comes from the other article (Thursday 19 March 2026), not from a
    year further down ("since 2008"), so A's "on Friday" is 13 March 2026."""
    a = "A 54-year-old man was arrested on Friday on suspicion of poisoning the birds."
    b = f"A 54-year-old man from the village was arrested on {b_day} on suspicion of killing the birds."
    heads = [
        "KILBRACK, March 17 (NLP) - The estate has been run as a grouse shoot since 2008. " + " " * 300,
        "By G. Writer | Thursday 19 March 2026\n\n" + " " * 300,
    ]
    sources, sentences = [], []
    for n, (head, t) in enumerate(zip(heads, (a, b), strict=True), 1):
        sentences.append(Sentence(f"s{n}:0", f"s{n}", 0, len(head), len(head) + len(t), t))
        sources.append(Source(f"s{n}", f"s{n}", f"s{n}", head + t))
    facts, links = find_facts(sources, sentences, [Link("s1:0", "s2:0")])
    _check_offsets(sources, facts)
    assert links[0].relation == relation


@pytest.mark.parametrize(("b", "differs"), [("Rosalind Lendrick, 80,", True), ("Rosalind Lendrick, 78,", False)])
def test_two_notations_of_an_age_in_years_get_no_rounding_slack(b: str, differs: bool) -> None:
    sources, sentences = _doc(
        [["The bride's 78-year-old grandmother is in intensive care."], [f"The bride's grandmother, {b} is in care."]],
        DATELINE,
    )
    facts, links = find_facts(sources, sentences, [Link("s1:0", "s2:0", "shared", 0.98)])
    assert links[0].relation == ("differing" if differs else "shared")
    ages = [[m.text for m in f.mentions] for f in facts if f.status == ("differing" if differs else "shared")]
    assert ["78-year-old", b.split(", ")[1].rstrip(",")] in ages


def _scored(a: str, b: str, score: float) -> tuple[str, list[list[str]]]:
    sources, sentences = _doc([[a], [b]], DATELINE)
    facts, links = find_facts(sources, sentences, [Link("s1:0", "s2:0", "shared", score)])
    _check_offsets(sources, facts)
    return links[0].relation, [[m.text for m in f.mentions] for f in facts if f.status == "differing"]


@pytest.mark.parametrize(
    ("b", "differs"),
    [
        # "last year" inside the quote dates the profit, not the plan
        ('Arlen\'s social plan, worth 40 million euros, was dismissed by the union as "small change for a group that '
         'made a profit last year".', True),
        ("Last year's social plan was worth 40 million euros.", False),  # an earlier plan: another event
    ],
)
def test_an_earlier_year_inside_a_quote_dates_no_figure_outside_it(b: str, differs: bool) -> None:
    relation, diff = _scored("Arlen will support those affected through a social plan worth €46 million.", b, 0.75)
    assert (relation == "differing") is differs
    assert diff == ([["€46 million", "40 million euros"]] if differs else [])


def test_moments_earlier_tells_when_a_figure_happened_not_that_it_was_superseded() -> None:
    relation, diff = _scored(
        "A freight train had come off the rails moments earlier, and nine wagons spilled across the track.",
        "Eleven wagons of the freight train spilled across the track.",
        0.75,
    )
    assert relation == "differing" and diff == [["nine", "Eleven"]]


@pytest.mark.parametrize(("score", "relation"), [(0.95, "differing"), (0.6, "shared")])
def test_one_deadline_told_with_other_verbs_differs_on_a_sure_link(score: float, relation: str) -> None:
    """ "by June" and "by September" may both hold of two things; of the one thing a sure link pairs, they differ."""
    got, diff = _scored(
        "The last compressors will roll off the Loskern lines by the end of June 2032, the company said.",
        "Manufacturing at Loskern is scheduled to cease by 30 September 2032.",
        score,
    )
    assert got == relation
    assert diff == ([["the end of June 2032", "30 September 2032"]] if relation == "differing" else [])


@pytest.mark.parametrize(
    ("a", "b", "differs"),
    [
        # how many are still in hospital is no count of how many were taken there
        ("22 people were taken to hospital after the crush.", "Nineteen people remain in hospital after the crush.",
         False),
        ("Eleven guests were admitted to hospital.", "Nine guests were still in hospital on Thursday.", False),
        # both told as a state: one count told two ways
        ("Five people were still missing after the landslide.", "Four people remain missing after the landslide.",
         True),
        # a group's own size is no state count, even beside "remain"
        ("The plant in Tarvik, which employs 420 workers, has been halted.",
         "The Tarvik plant and its 460 workers remain idle.", True),
    ],
)
def test_a_count_still_in_a_state_is_set_only_against_another(a: str, b: str, differs: bool) -> None:
    relation, diff = _scored(a, b, 0.95)
    assert (relation == "differing") is differs, [[m.text for m in f] for f in diff]
    assert bool(diff) is differs


def test_the_years_a_figure_built_up_over_date_no_other_event() -> None:
    relation, diff = _scored(
        "Prosecutors accuse the mayor of pocketing €1.7 million in kickbacks paid to a firm run by his brother.",
        "Prosecutors allege that the mayor received €1.4m in bribes from 2021 to 2024 through his brother's firm.",
        0.95,
    )
    assert relation == "differing" and diff == [["€1.7 million", "€1.4m"]]


def test_flats_and_apartments_are_one_kind_of_home() -> None:
    relation, diff = _scored(
        "The block contained 48 apartments on six floors.", "The building had forty flats on six floors.", 0.95
    )
    assert relation == "differing" and diff == [["48", "forty"]]


@pytest.mark.parametrize(
    ("b", "differs"),
    [
        ("The minister said the region had just come through its driest spring since 1959 and urged calm.", True),
        ("The minister said rainfall was the lowest since 1959 and urged calm.", False),  # another record
    ],
)
def test_one_record_reaching_back_to_two_years_differs(b: str, differs: bool) -> None:
    relation, diff = _scored("The weather service said it had been the region's driest spring since 1976.", b, 0.8)
    assert (relation == "differing") is differs
    assert diff == ([["1976", "1959"]] if differs else [])


@pytest.mark.parametrize(
    ("a", "b", "differs"),
    [
        ("The regulator has also suspended the company's manufacturing licence.",
         "The regulator stopped short of suspending the company's manufacturing licence.", True),
        ("The minister has ordered immediate safety checks on all hopper wagons.",
         "The minister put off a decision on whether to order checks on every hopper wagon.", True),
        # another thing acted on
        ("The regulator has suspended the company's licence.",
         "The regulator stopped short of suspending the chief executive.", False),
        # both held back
        ("The regulator stopped short of suspending the licence.",
         "The regulator decided against suspending the licence.", False),
    ],
)
def test_an_act_held_back_in_one_source_and_done_in_the_other_differs(a: str, b: str, differs: bool) -> None:
    relation, diff = _scored(a, b, 0.9)
    assert (relation == "differing") is differs, [[m.text for m in f] for f in diff]


@pytest.mark.parametrize(
    ("b", "differs"),
    [
        ("The independent inquiry, ordered by Energy Minister Marika Dalstrom, will report within 60 days.", True),
        ("The independent inquiry, ordered by Prime Minister Radomir Feln, will report within 60 days.", False),
    ],
)
def test_a_doer_told_in_an_aside_after_the_thing_is_compared(b: str, differs: bool) -> None:
    relation, diff = _scored("Prime Minister Radomir Feln ordered an independent inquiry into the blackouts.", b, 0.9)
    assert (relation == "differing") is differs, [[m.text for m in f] for f in diff]


@pytest.mark.parametrize(
    ("b", "differs"),
    [
        ("Jonas Ferreby, Unimet's national vice-president, said members would be balloted on strike action.", True),
        ("Jonas Ferreby, Unimet's regional secretary, said members would be balloted on strike action.", False),
    ],
)
def test_an_office_with_its_reach_after_a_name_is_compared(b: str, differs: bool) -> None:
    relation, diff = _scored(
        "Unimet's regional secretary, Jonas Ferreby, said the union would consult members about strike action.", b, 0.95
    )
    assert (relation == "differing") is differs, [[m.text for m in f] for f in diff]
