"""Outcome conflicts: corrections and done-versus-open events."""

from __future__ import annotations

from core.facts.contradict import corrections, outcome, verdicts


def test_correction_spans() -> None:
    a = "Officials believe the leak started inside a boiler."
    b = "Engineers now think it began in a valve room beside the boilers rather than in the boilers themselves."
    got = corrections(a, b)
    assert len(got) == 1
    x, y = got[0]
    assert a[x.start : x.end] == "boiler"
    assert "valve room" in b[y.start : y.end]


def test_no_correction_without_a_shared_event() -> None:
    assert corrections("The mayor opened a bridge.", "Tolls were cut, not raised, said the mayor.") == []


def test_both_sides_rejecting_the_same_thing_is_no_correction() -> None:
    """A quote both sources give ("a duty, not a privilege") corrects neither: what a rejects is no claim of a's, and
    the rejected part ends at a colon ("not a privilege: nobody ..." rejects only "a privilege")."""
    a = '"Office is a duty, not a privilege, and nobody who holds it is above the law," she said.'
    b = 'The prosecutor stated: "Office is a duty, not a privilege: nobody who holds it is above the law."'
    assert corrections(a, b) == []
    assert corrections(b, a) == []
    got = corrections("The fire was started by a guard.", "It was started by a taxi driver, not a guard.")
    assert len(got) == 1


def test_done_against_open() -> None:
    a = "The Harbour Board said that it had cancelled the permit."
    b = "The Harbour Board said that it would consider the permit."
    x, y = outcome(a, b, {"board"}, {"board"}) or (None, None)
    assert x is not None and y is not None
    assert (a[x.start : x.end], b[y.start : y.end]) == ("cancelled", "consider")


def test_no_outcome_conflict_without_a_shared_actor_or_when_both_open() -> None:
    a = "The Harbour Board said that it had cancelled the permit."
    b = "The Port Council said that it would consider the permit."
    assert outcome(a, b, {"board"}, {"council"}) is None
    assert outcome(b, b.replace("would", "will"), {"council"}, {"council"}) is None


def test_speaker_stems() -> None:
    from core.facts.contradict import speaker

    assert speaker("The water agency said on Monday that it had closed the weir.") == {"water", "agency"}
    assert speaker("No one spoke.") == set()


def test_two_named_subjects_are_two_actors_not_one_outcome() -> None:
    a = "The Harbour Safety Board has opened an investigation."
    b = "Its director said the company would cooperate fully with the Harbour Safety Board."
    actors = {"harbour", "safety", "board"}
    assert outcome(a, b, set(actors), set(actors)) is None


def test_the_same_body_done_in_one_and_pending_in_the_other_still_conflicts() -> None:
    a = "The Lakeside Water Board said that it had cancelled the tender."
    b = "The Lakeside Water Board said that it would consider cancelling the tender."
    actors = {"lakesid", "water", "board"}
    assert outcome(a, b, set(actors), set(actors)) is not None


def test_one_person_told_by_age_in_other_words_is_the_one_charged_or_released() -> None:
    charged = "Police told the council that a 46-year-old man from Hollin Bridge has been charged with polluting."
    released = "The 46-year-old supervisor arrested on Wednesday was released without charge on Thursday, police said."
    assert verdicts(charged, released) is not None
    other = "A 23-year-old woman arrested on Wednesday was released without charge on Thursday, police said."
    assert verdicts(charged, other) is None
    assert verdicts("Police released the 46-year-old without charge.", charged) is not None


def test_two_different_acts_of_one_actor_are_no_open_decision() -> None:
    done = "Dorsch said organisers had doubled the number of water stations because of the forecast."
    still = "Race director Henrike Dorsch said the organisers would publish their own account within a week."
    assert outcome(done, still, {"dorsch", "organis"}, {"dorsch", "organis"}) is None
    approved = "The board said that it had approved the merger."
    assert outcome(approved, "The board said it would approve the merger next week.", {"board"}, {"board"})


def test_a_named_person_is_the_one_decided_on_whatever_else_each_side_says_of_them() -> None:
    acquitted = "His co-defendant Jonna Prell, 44, the former head of the private-client desk, was acquitted."
    convicted = "His former colleague Jonna Prell, who ran the private-client desk, was convicted of aiding the fraud."
    assert verdicts(acquitted, convicted) is not None
    assert verdicts(acquitted, "His former colleague Ada Holt was convicted of aiding the fraud.") is None


def test_the_rejected_part_of_a_correction_ends_at_a_clause_word_or_a_quote() -> None:
    quoted = 'The savers called the sentence "a beginning, not an end" and urged the government to compensate them.'
    assert corrections("The savers said it was only a beginning and renewed their call for compensation.", quoted) == []
    assert corrections("The appeal was filed by Lumira.", "The appeal was filed by Corvane, not by Lumira.") != []


def test_a_court_that_rejected_is_no_court_still_to_rule() -> None:
    done = "On Wednesday the Dunholt Labour Court rejected the airline's request, ruling that the union had balloted."
    still = "The legal position is unclear: the Dunholt Labour Court is still to rule on the airline's application."
    assert outcome(done, still, {"court", "union"}, {"court"}) is not None
    assert outcome(done, still.replace("is still to rule", "has ruled"), {"court", "union"}, {"court"}) is None


def test_a_vote_told_as_a_verdict_stands_against_a_vote_put_off_or_the_other_way() -> None:
    rejected = "The works council met on Wednesday and voted unanimously to reject the closure plan."
    assert verdicts(rejected, "The works council postponed its vote on the closure plan until next week.")
    assert verdicts(rejected, "The works council voted to approve the closure plan.")
    assert verdicts(rejected, "The works council voted against the closure plan.", agreeing=True)
    assert verdicts(rejected, "The works council postponed its vote on the pay offer until next week.") is None
