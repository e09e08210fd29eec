"""The resolver: trust decides, reading order breaks ties, lists gather at the most trusted level."""
from ingest.resolve import Candidates, Trust, pick


def _proposals() -> Candidates:
    found = Candidates()
    found.reading(Trust.FREE_LINE, [0]).propose("date", "2024-03-01")  # a letterhead's print date
    found.reading(Trust.LABELLED, [5]).propose("date", "2024-03-14")
    found.reading(Trust.LABELLED, [9]).propose("date", "2024-03-20")
    found.reading(Trust.RUNNING_HEADER).propose("title", "Protokoll")
    found.reading(Trust.LABELLED, [6, 7]).propose("participants", "Anna Berg")
    found.propose("participants", "Per Ek")
    found.reading(Trust.ITEMS).propose("participants", "Lena Holm")
    found.reading(Trust.FREE_LINE, [12]).propose("date", "2024-03-14")
    return found


def test_the_most_trusted_value_wins_whatever_was_read_first():
    chosen = pick(_proposals().proposed, lists=frozenset({"participants"}))
    assert chosen.value("date") == "2024-03-14"
    assert chosen.value("title") == "Protokoll"
    assert chosen.value("chair") is None


def test_a_list_gathers_every_name_of_its_most_trusted_level_only():
    chosen = pick(_proposals().proposed, lists=frozenset({"participants"}))
    assert chosen.values("participants") == ["Anna Berg", "Per Ek"]


def test_a_line_is_placed_when_it_holds_a_winner_or_the_same_value_and_not_otherwise():
    chosen = pick(_proposals().proposed, lists=frozenset({"participants"}))
    assert chosen.placed == {5, 6, 7, 12}


def test_nothing_is_proposed_for_an_empty_reading():
    found = Candidates()
    found.propose("location", "")
    found.propose("organization", None)
    assert found.proposed == []


def test_a_name_a_body_or_a_place_without_a_word_is_never_proposed():
    found = Candidates()
    found.reading(Trust.LABELLED, [3]).propose("organization", "§ 42")
    found.reading(Trust.LABELLED, [4]).propose("location", "2 (26)")
    found.reading(Trust.FREE_LINE, [0]).propose("organization", "Kungsbacka kommun")
    found.reading(Trust.LABELLED, [5]).propose("date", "2024-04-17")
    chosen = pick(found.proposed)
    assert (chosen.value("organization"), chosen.value("location"), chosen.value("date")) == (
        "Kungsbacka kommun", None, "2024-04-17")
