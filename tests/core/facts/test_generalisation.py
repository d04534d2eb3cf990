"""Generalisation table: invented pairs of linked sentences, worded unlike the gold files, through find_facts.

Each case is (kind, sentence in source A, sentence in source B, expected, value in A, value in B).
"conflict" means a differing fact joins a mention from each source (and, where values are given, those
values); "agree" means no differing fact joins the two sources. Written to measure how the rules carry
over to unseen wording, not to fit them: failures that no general rule fixes yet are strict xfails.
"""

from __future__ import annotations

import pytest

from core.facts import find_facts
from core.model import Link, Sentence, Source

DATELINE = "By A. Writer\nFriday 6 June 2031\n\n" + " " * 300  # a year for weekdays, kept off the first 300 chars


def _gap(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


CASES = [
    # units
    ("units", "The cordon stretched half a kilometre around the plant.",
     "The cordon stretched 500 metres around the plant.", "agree", "", ""),
    ("units", "The convoy travelled 48 km to the border.", "The convoy travelled 30 miles to the border.",
     "agree", "", ""),
    ("units", "The reservoir lost 1.8 million litres overnight.", "The reservoir lost 1,800 cubic metres overnight.",
     "agree", "", ""),
    ("units", "The trawler, 15 metres long, sank off the cape.", "The 50-foot trawler sank off the cape.",
     "agree", "", ""),
    ("units", "Oil fouled 12 km of the coast.", "Oil fouled 20 km of the coast.", "conflict", "12 km", "20 km"),
    # word numbers and phrasing of counts
    ("words", "Crews launched 12 lifeboats.", "A dozen lifeboats were launched by the crews.", "agree", "", ""),
    ("words", "Some three hundred pupils were sent home.", "Roughly 300 pupils were sent home.", "agree", "", ""),
    ("words", "The 200-strong crowd dispersed at dusk.", "A crowd of two hundred people dispersed at dusk.",
     "agree", "", ""),
    ("words", "Eleven miners were trapped underground.", "Fourteen miners were trapped underground.",
     "conflict", "Eleven", "Fourteen"),
    ("words", "A total of 33 people were arrested.", "Police arrested thirty-three people.", "agree", "", ""),
    # money
    ("money", "The bridge will cost €1.2bn.", "The bridge will cost 1,200 million euros.", "agree", "", ""),
    ("money", "The bridge will cost EUR 1.2 billion.", "The bridge will cost €1.2bn.", "agree", "", ""),
    ("money", "The club was fined £250,000.", "The club was fined a quarter of a million pounds.", "agree", "", ""),
    ("money", "Compensation of $3.5 million was paid.", "Compensation of 3.5m dollars was paid.", "agree", "", ""),
    ("money", "The bridge will cost €1.2bn.", "The bridge will cost €1.5bn.", "conflict", "€1.2bn", "€1.5bn"),
    ("money", "The fine was €2.1m.", "The fine was 2,400,000 euros.", "conflict", "€2.1m", "2,400,000 euros"),
    # percentages and fractions
    ("percent", "Four in five voters backed the plan.", "80% of voters backed the plan.", "agree", "", ""),
    ("percent", "Half of the flights were cancelled.", "Fifty per cent of the flights were cancelled.",
     "agree", "", ""),
    ("percent", "Two-thirds of the staff walked out.", "Some 67% of the staff walked out.", "agree", "", ""),
    ("percent", "One in four households lacks heating.", "A quarter of households lack heating.", "agree", "", ""),
    ("percent", "Turnout reached 62 per cent.", "Turnout reached 48 per cent.", "conflict", "62 per cent",
     "48 per cent"),
    # weekdays and dates (dateline Friday 6 June 2031)
    ("date", "The ferry sank on Wednesday.", "The ferry sank on 4 June.", "agree", "", ""),
    ("date", "The strike began on the 2nd.", "The strike began on Monday.", "agree", "", ""),
    ("date", "The ferry sank on Wednesday.", "The ferry sank on Thursday.", "conflict", "Wednesday", "Thursday"),
    ("date", "The summit opened on 14 March.", "The summit opened on 17 March.", "conflict", "14 March", "17 March"),
    # times
    ("time", "The blast happened at 9.30pm local time.", "The blast happened at 20:30 GMT.", "agree", "", ""),
    ("time", "The market closed at half past nine.", "The market closed at 9.30am.", "agree", "", ""),
    ("time", "The polls closed at 22:00.", "The polls closed at 10pm.", "agree", "", ""),
    ("time", "The speech began at midday.", "The speech began at 12:00.", "agree", "", ""),
    ("time", "The train derailed at 18:15.", "The train derailed at 6.15pm.", "agree", "", ""),
    ("time", "The train derailed at 6.15am.", "The train derailed at 8.40am.", "conflict", "6.15am", "8.40am"),
    # superseded figures and updates
    ("update", "The toll, initially put at 14, later rose to 19.", "Nineteen people died in the collapse.",
     "agree", "", ""),
    ("update", "Officials earlier said 30 homes were damaged, but later revised the figure to 45.",
     "45 homes were damaged.", "agree", "", ""),
    ("update", "The number of arrests rose to 33 by the evening.", "Police have arrested 33 people.", "agree", "", ""),
    ("update", "The death toll rose to 23, up from 17 on Monday.", "Twenty-three people have died.", "agree", "", ""),
    ("update", "Six more bodies were recovered on Sunday.", "Rescuers have recovered 21 bodies.", "agree", "", ""),
    ("update", "A further 9 patients were admitted overnight.", "The hospital has admitted 40 patients.",
     "agree", "", ""),
    # figures about different people or things
    ("different", "The 58-year-old driver was arrested.", "The 34-year-old passenger was released.",
     "agree", "", ""),
    ("different", "In 2019 a similar storm killed 8 people.", "The storm killed 3 people.", "agree", "", ""),
    ("different", "Police arrested 14 people, 6 of whom were minors.", "Fourteen people were arrested.",
     "agree", "", ""),
    ("different", "The plant employs 1,200 workers.", "The plant built 1,500 cars last year.", "agree", "", ""),
    ("different", "Nine people were killed and 31 injured.", "Nine people died and 31 sustained injuries.",
     "agree", "", ""),
    # ranges and hedges
    ("range", "Between 200 and 300 protesters gathered.", "Roughly 250 protesters gathered.", "agree", "", ""),
    ("range", "Repairs will take 3-5 weeks.", "Repairs will take four weeks.", "agree", "", ""),
    ("range", "Between 200 and 300 protesters gathered.", "About 900 protesters gathered.", "conflict",
     "200 and 300", "900"),
    ("hedge", "Nearly 500 people were evacuated.", "Around 480 people were evacuated.", "agree", "", ""),
    ("hedge", "At least 70 people were injured.", "More than 75 people were injured.", "agree", "", ""),
    ("hedge", "Fewer than 20 people were hurt.", "At least 45 people were hurt.", "conflict", "20", "45"),
    # partial vs final counts
    ("partial", "With 98% of ballots counted, the mayor had 52.4% of the vote.", "The mayor won 53.1% of the vote.",
     "agree", "", ""),
    ("partial", "Partial results gave the party 41 seats.", "The party won 44 seats.", "agree", "", ""),
    # casualty conflicts in varied wording
    ("casualty", "The crash injured 15 people.", "Twenty-two people sustained injuries in the crash.",
     "conflict", "15", "Twenty-two"),
    ("casualty", "The toll stood at 27 on Monday.", "At least 35 people died, officials said.", "conflict",
     "27", "35"),
    ("casualty", "The 300-strong workforce was sent home.", "The 450-strong workforce was sent home.", "conflict",
     "300", "450"),
    ("casualty", "Some 40 injured people were taken to hospital.", "About 40 people were hurt.", "agree", "", ""),
    ("casualty", "The number of casualties rose to 60.", "Officials said 85 people were hurt.", "conflict",
     "60", "85"),
    # ages, who did what, outcomes
    ("who", "Anna Kell, 42, was arrested.", "Anna Kell, aged 45, was arrested.", "conflict", "42", "45"),
    ("outcome", "The council has scrapped the scheme.", "The council said it will consider scrapping the scheme.",
     "conflict", "", ""),
    ("outcome", "The council will consider the plan.", "The council is to consider the plan.", "agree", "", ""),
    # second batch, written after the first round of fixes and measured before the second
    ("casualty", "The number of injured people rose to 48.", "Forty-eight people were hurt.", "agree", "", ""),
    ("casualty", "Rescuers said 14 people sustained injuries.", "Nine people were hurt, rescuers said.", "conflict",
     "14", "Nine"),
    ("casualty", "The storm injured 27 people.", "Twenty-seven injuries were reported after the storm.",
     "agree", "", ""),
    ("casualty", "The blast killed 11 workers.", "Fourteen workers were killed in the blast.", "conflict",
     "11", "Fourteen"),
    ("casualty", "Four people died and 19 were injured in the crash.", "The crash left 4 dead and 23 injured.",
     "conflict", "19", "23"),
    ("casualty", "A total of 40 injured people were treated.", "Doctors treated 40 people who were hurt.",
     "agree", "", ""),
    ("update", "Unemployment rose to 6.2%, up from 5.8% a year earlier.", "Unemployment stands at 6.2%.",
     "agree", "", ""),
    ("update", "Unemployment rose to 6.2%, up from 5.8% a year earlier.", "Unemployment rose to 6.9%.",
     "conflict", "6.2%", "6.9%"),
    ("update", "Police initially said 6 people had died; the figure was later raised to 9.", "Nine people died.",
     "agree", "", ""),
    ("update", "The toll, first given as 11, has climbed to 16.", "Sixteen people were killed.", "agree", "", ""),
    ("update", "Eight people died, one more than first reported.", "Eight people were killed.", "agree", "", ""),
    ("partial", "With 80 per cent of votes counted, Ms Hale led with 47%.", "Ms Hale won 51% of the vote.",
     "agree", "", ""),
    ("partial", "Early returns showed the party on 30%.", "The party won 34% of the vote.", "agree", "", ""),
    ("time", "The quake struck at 03:10 local time (01:10 GMT).", "The quake struck at 3.10am.", "agree", "", ""),
    ("time", "The doors opened at noon.", "The doors opened at 12pm.", "agree", "", ""),
    ("time", "The fire started at 9.30pm.", "The fire started at 11pm.", "conflict", "9.30pm", "11pm"),
    ("time", "The ship docked at ten past eight in the evening.", "The ship docked at 20:10.", "agree", "", ""),
    ("date", "The vote is on 14 June.", "The vote is on the 14th.", "agree", "", ""),
    ("date", "The flood peaked on Monday.", "The flood peaked on 3 June.", "conflict", "Monday", "3 June"),
    ("date", "The trial resumes on June 9.", "The trial resumes on 9 June.", "agree", "", ""),
    ("money", "The project cost $2.4bn.", "The project cost 2.4 billion US dollars.", "agree", "", ""),
    ("money", "The repairs cost £1.3m.", "The repairs cost 1.3 million pounds.", "agree", "", ""),
    ("money", "A grant of USD 500,000 was approved.", "A grant of $0.5m was approved.", "agree", "", ""),
    ("money", "The fund holds €12 million.", "The fund holds €1.2 million.", "conflict", "€12 million",
     "€1.2 million"),
    ("percent", "Nine out of ten residents oppose the road.", "90% of residents oppose the road.", "agree", "", ""),
    ("percent", "A fifth of the crop was lost.", "20 per cent of the crop was lost.", "agree", "", ""),
    ("percent", "Three-quarters of the staff voted yes.", "60% of the staff voted yes.", "conflict",
     "Three-quarters", "60%"),
    ("percent", "One in three pupils was absent.", "About 33% of pupils were absent.", "agree", "", ""),
    ("units", "The crash caused a 3-mile tailback.", "The crash caused a 5km tailback.", "agree", "", ""),
    ("units", "The crane lifted 2 tonnes.", "The crane lifted 2,000 kg.", "agree", "", ""),
    ("units", "The wave was 6 feet high.", "The wave was 1.8 metres high.", "agree", "", ""),
    ("units", "The fire burned 40 hectares.", "The fire burned 0.4 square kilometres.", "agree", "", ""),
    ("units", "Temperatures reached 40C.", "Temperatures reached 104F.", "agree", "", ""),
    ("range", "Applicants must be aged between 18 and 25.", "Applicants must be aged 21.", "agree", "", ""),
    ("range", "Between 200 and 300 people marched.", "About 350 people marched.", "conflict", "200 and 300",
     "350"),
    ("hedge", "Up to 50 people may have been inside.", "As many as 50 people may have been inside.",
     "agree", "", ""),
    ("hedge", "Some 2,000 fans were locked out.", "Nearly 2,000 fans were locked out.", "agree", "", ""),
    ("hedge", "Just under 100 boats took part.", "Ninety-nine boats took part.", "agree", "", ""),
    ("different", "Smith, 45, and his wife, 43, were rescued.", "The 45-year-old man was rescued.",
     "agree", "", ""),
    ("different", "Twelve people were hurt, 4 of whom were children.", "Twelve people were injured.",
     "agree", "", ""),
    ("different", "Last year's flood displaced 3,000 people.", "The flood displaced 1,200 people.", "agree", "", ""),
    ("different", "Police said 200 officers and 40 dogs were deployed.", "Some 200 police officers were deployed.",
     "agree", "", ""),
    ("words", "The 80-strong crew was rescued.", "All 80 crew members were rescued.", "agree", "", ""),
    pytest.param("who", "Mayor Ines Roth opened the bridge.", "Governor Karl Baum opened the bridge.", "conflict",
                 "", "", marks=_gap("two different people doing the same act is not compared: only one person's "
                                    "role, age or term is; a safe subject-of-verb rule is still missing")),
    ("outcome", "The regulator has revoked the licence.", "The regulator is reviewing the licence.", "conflict",
     "", ""),
    ("outcome", "The board approved the merger.", "The board will vote on the merger next week.", "conflict",
     "", ""),
    ("outcome", "The court has rejected the appeal.", "The court rejected the appeal.", "agree", "", ""),
    # guards for the outcome rules added in the second round: no alarm without a decision still open
    ("outcome", "The board approved the merger.", "The board will announce the new name next week.",
     "agree", "", ""),
    ("outcome", "The council has approved the budget.", "The council is holding a meeting on the budget.",
     "agree", "", ""),
    ("outcome", "The regulator is reviewing the licence.", "The regulator is considering the licence.",
     "agree", "", ""),
    ("casualty", "The crash caused 7 casualties.", "Two people died and 5 were injured in the crash.",
     "agree", "", ""),
    # third batch, written after the second round of fixes and measured before the third
    ("units", "The queue stretched for a mile.", "The queue stretched for 1.6 km.", "agree", "", ""),
    ("units", "The tanker carried 40,000 litres.", "The tanker carried 40 cubic metres.", "agree", "", ""),
    ("units", "A 20-tonne lorry overturned.", "A 20,000kg lorry overturned.", "agree", "", ""),
    ("units", "The search lasted a fortnight.", "The search lasted 14 days.", "agree", "", ""),
    ("units", "The ban will last a decade.", "The ban will last 10 years.", "agree", "", ""),
    ("units", "The delay lasted half an hour.", "The delay lasted 30 minutes.", "agree", "", ""),
    ("units", "The climb took two and a half hours.", "The climb took 150 minutes.", "agree", "", ""),
    ("words", "The city has 1.5 million residents.", "The city has one and a half million residents.",
     "agree", "", ""),
    ("words", "Dozens of homes were flooded.", "Forty-eight homes were flooded.", "agree", "", ""),
    ("words", "Thousands of people marched.", "About 3,000 people marched.", "agree", "", ""),
    ("money", "Debt reached $1.2 trillion.", "Debt reached 1,200 billion dollars.", "agree", "", ""),
    ("money", "The prize is 1.5 million euros.", "The prize is €1,500,000.", "agree", "", ""),
    ("money", "He was paid £40k.", "He was paid £40,000.", "agree", "", ""),
    ("money", "A $7bn deal was signed.", "A $9bn deal was signed.", "conflict", "$7bn", "$9bn"),
    ("time", "The talks began at 2pm local time (1200 GMT).", "The talks began at 2pm.", "agree", "", ""),
    ("time", "The shots were heard just before midnight.", "The shots were heard at 23:50.", "agree", "", ""),
    ("time", "The bus left at 7 in the morning.", "The bus left at 07:00.", "agree", "", ""),
    ("time", "The polls opened at 14:00 BST.", "The polls opened at 13:00 GMT.", "agree", "", ""),
    ("time", "The march started at 6pm.", "The march started at 8pm.", "conflict", "6pm", "8pm"),
    ("date", "The bridge closed yesterday.", "The bridge closed on Thursday.", "agree", "", ""),
    ("date", "The plant shut on 5 June.", "The plant shut yesterday.", "agree", "", ""),
    ("date", "The vote was held on 2031-06-04.", "The vote was held on 4 June.", "agree", "", ""),
    ("date", "The riot broke out on the night of 3 June.", "The riot broke out on Tuesday night.", "agree", "", ""),
    ("date", "The ship sailed on 12 May.", "The ship sailed on 21 May.", "conflict", "12 May", "21 May"),
    ("percent", "Sales saw a 15% rise.", "Sales saw a rise of 15 per cent.", "agree", "", ""),
    ("percent", "Support rose by 3 percentage points to 45%.", "Support stands at 45 per cent.", "agree", "", ""),
    ("percent", "One-third of the budget went on roads.", "33.3% of the budget went on roads.", "agree", "", ""),
    ("percent", "Two-thirds of the staff voted.", "67% of the staff voted.", "agree", "", ""),
    ("percent", "A third of the seats changed hands.", "40% of the seats changed hands.", "conflict", "A third",
     "40%"),
    ("range", "Between 12 and 15 people were inside.", "About 14 people were inside.", "agree", "", ""),
    ("range", "Between 1,000 and 1,500 jobs will go.", "More than 1,000 jobs will go.", "agree", "", ""),
    ("hedge", "Up to 300 flights were affected.", "250 flights were affected.", "agree", "", ""),
    ("hedge", "At most 40 people attended.", "38 people attended.", "agree", "", ""),
    ("different", "Of the 120 passengers, 15 were injured.", "All 120 passengers were rescued and 15 were hurt.",
     "agree", "", ""),
    ("different", "The 31-year-old was charged and his 29-year-old brother was released.",
     "A 31-year-old man was charged.", "agree", "", ""),
    ("different", "The company, which employs 4,000 people, cut 300 jobs.", "The firm cut 300 jobs.",
     "agree", "", ""),
    ("different", "Police arrested 12 men and 3 women.", "Police arrested 15 people.", "agree", "", ""),
    ("update", "Officials revised the number of missing down from 40 to 28.", "28 people are missing.",
     "agree", "", ""),
    ("update", "Earlier reports of 60 dead were wrong and 52 people died.", "52 people died.", "agree", "", ""),
    ("partial", "With two-thirds of precincts reporting, she had 58%.", "She won 55% of the vote.", "agree", "", ""),
    ("partial", "So far 120 claims have been filed.", "A total of 150 claims were filed.", "agree", "", ""),
    ("casualty", "Seventeen people lost their lives.", "The disaster claimed 21 lives.", "conflict",
     "Seventeen", "21"),
    ("casualty", "Three people were seriously injured.", "Five people suffered serious injuries.", "conflict",
     "Three", "Five"),
    ("casualty", "The death toll has reached 40.", "Thirty-two people have died.", "conflict", "40",
     "Thirty-two"),
    ("casualty", "The 60 injured were taken to hospital.", "The 45 injured were taken to hospital.", "conflict",
     "60", "45"),
    ("outcome", "Parliament passed the bill on Tuesday.", "Parliament will debate the bill on Tuesday.",
     "conflict", "", ""),
    ("outcome", "The firm has cancelled the order.", "The firm said it may cancel the order.", "conflict", "", ""),
    # fourth batch, written after the third round of fixes and measured before the fourth
    ("casualty", "Twenty-one people were hurt when the stand collapsed.", "The stand collapse left 21 people injured.",
     "agree", "", ""),
    ("casualty", "Injuries were reported by 33 spectators.", "Some 29 spectators were hurt.", "conflict", "33", "29"),
    ("casualty", "The number of people treated for injuries rose to 64.",
     "Sixty-four people were treated for injuries.", "agree", "", ""),
    ("casualty", "The collapse killed five and injured 12.",
     "Five people died and a dozen were hurt in the collapse.", "agree", "", ""),
    ("words", "The 1,500-strong garrison surrendered.", "The garrison of some 1,500 troops surrendered.",
     "agree", "", ""),
    ("words", "Roughly two thousand fans waited outside.", "About 2,000 fans waited outside.", "agree", "", ""),
    ("update", "Turnout was 61%, up from 54% in 2027.", "Turnout was 61 per cent.", "agree", "", ""),
    ("update", "The fine, originally set at €400,000, was cut to €250,000.", "The firm was fined €250,000.",
     "agree", "", ""),
    ("update", "Seven more arrests brought the total to 19.", "Police have made 19 arrests.", "agree", "", ""),
    ("time", "The crash happened at around 5.45pm.", "The crash happened at 17:45.", "agree", "", ""),
    ("time", "Power returned at 04:30 GMT.", "Power returned at 5.30am local time.", "agree", "", ""),
    ("time", "Power returned at 4.30am.", "Power returned at 6.30am.", "conflict", "4.30am", "6.30am"),
    ("date", "The mine flooded on Sunday.", "The mine flooded on 1 June.", "agree", "", ""),
    ("date", "The mine flooded on Sunday.", "The mine flooded on 2 June.", "conflict", "Sunday", "2 June"),
    ("money", "The contract is worth €850m.", "The contract is worth EUR 850 million.", "agree", "", ""),
    ("money", "The contract is worth €850m.", "The contract is worth €580m.", "conflict", "€850m", "€580m"),
    ("percent", "Four in ten drivers were speeding.", "40% of drivers were speeding.", "agree", "", ""),
    ("percent", "Four in ten drivers were speeding.", "Three in ten drivers were speeding.", "conflict",
     "Four in ten", "Three in ten"),
    ("different", "The ship's 24 crew and 180 passengers were safe.", "All 180 passengers were safe.",
     "agree", "", ""),
    ("different", "Vera Lind, 52, and Omar Saeed, 47, were elected.", "Omar Saeed, 47, was elected.", "agree", "", ""),
    ("who", "Omar Saeed, 47, was elected.", "Omar Saeed, 49, was elected.", "conflict", "47", "49"),
    ("outcome", "The union has called off the strike.", "The union is considering calling off the strike.",
     "conflict", "", ""),
]


def _kind(case: object) -> str:
    return str(getattr(case, "values", case)[0])  # a plain tuple or a pytest.param


def _run(a: str, b: str) -> list[list[tuple[str, str]]]:
    """Differing facts as lists of (source, text) mentions; offsets are checked on the way."""
    sources, sentences = [], []
    for n, t in enumerate((a, b), 1):
        body = DATELINE + t
        sentences.append(Sentence(f"s{n}:0", f"s{n}", 0, len(DATELINE), len(body), t))
        sources.append(Source(f"s{n}", f"s{n}", f"s{n}", body))
    facts, _ = find_facts(sources, sentences, [Link("s1:0", "s2:0")])
    text = {s.id: s.text for s in sources}
    out = []
    for f in facts:
        for m in f.mentions:
            assert text[m.source][m.start : m.end] == m.text
        if f.status == "differing":
            out.append([(m.source, m.text) for m in f.mentions])
    return out


def _joins(fact: list[tuple[str, str]], va: str, vb: str) -> bool:
    a = [t for s, t in fact if s == "s1"]
    b = [t for s, t in fact if s == "s2"]
    if not a or not b:
        return False
    fits = lambda v, ts: not v or any(v in t or t in v for t in ts)  # noqa: E731
    return fits(va, a) and fits(vb, b)


@pytest.mark.parametrize(("kind", "a", "b", "expected", "va", "vb"), CASES, ids=[f"{_kind(c)}-{i}" for i, c in
                                                                                  enumerate(CASES)])
def test_generalisation(kind: str, a: str, b: str, expected: str, va: str, vb: str) -> None:
    diff = _run(a, b)
    joined = any(_joins(f, va, vb) for f in diff)
    if expected == "conflict":
        assert joined, (kind, diff)
    else:
        assert not any(_joins(f, "", "") for f in diff), (kind, diff)
