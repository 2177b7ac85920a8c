"""Claims named the way adjusters name them, on the real engine: a party's surname, a business or a
property, a street address, with or without typos; a claim number that is not on file; a name
several claims fit. Only claims in reach of the asker count (channels are scopes)."""

from __future__ import annotations

import random
import string
from pathlib import Path

import pytest

from rag.config import Settings
from rag.engine import Engine
from rag.resolve import MIN_LETTERS, near
from tests.docfactory import put_file

KITCHEN = """Claim Number: HO-2025-3310
Policy Number: HOP-771204
Insured: Tobias Wrenfield
Property: 418 Quillfeather Lane, Ashby Falls
Date of Loss: 2025-04-02

FIRST NOTICE OF LOSS
A supply line under the kitchen sink burst and water spread into the dining room.
Deductible: $1,000.00
Estimate: $14,280.00
"""

SEDAN = """Claim Number: AU-2025-0419
Policy Number: PAP-550981
Claimant: Odette Wrenfield
Date of Loss: 2025-03-18

AUTO CLAIM NOTES
The claimant's sedan was rear-ended at a stop light on Fenwick Road.
Deductible: $500.00
Rental: $640.00
"""

CHANDLERY = """Claim Number: CP-2025-1187
Policy Number: CPP-300455
Insured: Halvorsen Marine Supply LLC
Location: Saltmarsh Landing marina, 9 Harbour Row

PROPERTY LOSS REPORT
Wind tore the roof membrane off the Saltmarsh Landing chandlery building.
Deductible: $2,500.00
Estimate: $38,900.00
"""

WALKWAY = """Claim Number: CLM-2024-0847-2931
Policy Number: GL-884120
Insured: Priyanka Ostrowski
Premises: Carraway Heights apartments, 77 Beacon Hollow Road

LIABILITY CLAIM NOTES
A tenant slipped on an icy walkway at Carraway Heights.
Deductible: $5,000.00
Reserve: $22,000.00
"""

GARAGE = """Claim Number: CLM-2024-0874-2931
Policy Number: HOP-990017
Insured: Lucan Ostrowski
Date of Loss: 2025-01-09

FIRST NOTICE OF LOSS
Hail damaged the roof of the insured's garage.
Deductible: $750.00
"""

MEWS_FIRE = """Claim Number: HO-2025-4402
Policy Number: HOP-660311
Insured: Cordelia Fairweather
Risk Address: 12 Bramblecote Mews, Ashby Falls
Date of Loss: 2025-05-20

FIRST NOTICE OF LOSS
A fire started in the tumble dryer and smoke spread through the ground floor.
Estimate: $27,450.00
"""

MEWS_THEFT = """Claim Number: HO-2025-4417
Policy Number: HOP-660358
Insured: Bartholomew Ncube
Risk Address: 14 Bramblecote Mews, Ashby Falls
Date of Loss: 2025-06-02

FIRST NOTICE OF LOSS
A burglar forced the patio door and took jewellery and a laptop.
Estimate: $6,180.00
"""

MARE = """Claim Number: EQ-2025-0771
Policy Number: EQM-118830
Insured: Harriet Lomax
Date of Loss: 2025-07-11

ANIMAL MORTALITY NOTES
The mare "Juniper" was treated for colic at Fenbrook Equine Hospital and died two days later.
Deductible: $1,500.00
"""

HULL = """Claim Number: MH-2025-2290
Policy Number: YHP-407712
Insured: Osgood Varley

HULL SURVEY
The yacht grounded on a sandbar. Dr. Pemberwick surveyed the hull on the slipway.
Deductible: $3,000.00
"""

HANDBOOK = """# Desk handbook for field adjusters

## Photographs
Every inspection report carries at least twelve dated photographs of the damaged area.
"""

HERE, ELSEWHERE = "C-property", "C-other"


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("resolve")
    engine = Engine.open(Settings(home=root / "home"))
    for name, text, scope in (("kitchen-fnol.txt", KITCHEN, HERE), ("sedan-notes.txt", SEDAN, HERE),
                              ("chandlery-report.txt", CHANDLERY, HERE), ("walkway-notes.txt", WALKWAY, HERE),
                              ("garage-fnol.txt", GARAGE, ELSEWHERE), ("desk-handbook.md", HANDBOOK, "workspace"),
                              ("mews-fire.txt", MEWS_FIRE, HERE), ("mews-theft.txt", MEWS_THEFT, HERE),
                              ("mare-notes.txt", MARE, HERE), ("hull-survey.txt", HULL, HERE)):
        engine.ingest_file(put_file(root, name, text), scope=scope)
    return engine


def ask(engine: Engine, question: str, history: list[str] | None = None):  # type: ignore[no-untyped-def]
    return engine.ask(question, scope=HERE, history=history or [])


@pytest.mark.parametrize("question, claim_id, value", [
    ("what's the deductible on the ostrowski claim?", "CLM-2024-0847-2931", "$5,000.00"),  # the other is not in reach
    ("deductible on the ostrowksi file?", "CLM-2024-0847-2931", "$5,000.00"),
    ("Ostrowsky's deductible?", "CLM-2024-0847-2931", "$5,000.00"),
    ("what's the deductible on the Halvorsen claim?", "CP-2025-1187", "$2,500.00"),
    ("estimate for halvorsn marine?", "CP-2025-1187", "$38,900.00"),
    ("what is the estimate on the saltmarsh landing file?", "CP-2025-1187", "$38,900.00"),
    ("what is the estimate on the saltmarsh landng file?", "CP-2025-1187", "$38,900.00"),
    ("reserve on the carrawy hieghts file?", "CLM-2024-0847-2931", "$22,000.00"),
    ("deductible at 418 Quillfeather Lane?", "HO-2025-3310", "$1,000.00"),
    ("deductible at 418 quilfeather lane?", "HO-2025-3310", "$1,000.00"),
    ("what did the Tobias Wrenfeld estimate come to?", "HO-2025-3310", "$14,280.00"),
    ("reserve for the Ostrowskis?", "CLM-2024-0847-2931", "$22,000.00"),  # a family, by its name
    ("what's the deductible on 3310?", "HO-2025-3310", "$1,000.00"),  # a long number by its last digits
    ("halvorsen marine policy #", "CP-2025-1187", "CPP-300455"),
])
def test_a_claim_named_by_its_party_place_or_address_is_found_typos_and_all(
        engine: Engine, question: str, claim_id: str, value: str) -> None:
    answer = ask(engine, question)
    assert answer.claim_ids == [claim_id], (answer.text, answer.trace.get("claims"))
    assert value in answer.text
    assert answer.citations and all(c.claim_id == claim_id for c in answer.citations)


@pytest.mark.parametrize("question, claim_id", [
    ("what was the necropsy fee for juniper?", "EQ-2025-0771"),  # an animal's name, written in quotes
    ("what did pemberwick charge for the survey?", "MH-2025-2290"),  # a surname written after a title
])
def test_a_name_written_in_quotes_or_after_a_title_names_the_claim_searched(
        engine: Engine, question: str, claim_id: str) -> None:
    answer = ask(engine, question)  # neither file states it: the reply says which claim's files were read
    assert answer.route == "none"
    assert f"in the 1 document of {claim_id}" in answer.text, answer.text


def test_names_of_two_claims_in_one_question_are_weighed_by_the_whole_question(engine: Engine) -> None:
    # "Marine" is written as a name in the chandlery's files (Halvorsen Marine Supply), "Pemberwick" in the
    # yacht's: the question as a whole is about the yacht
    answer = ask(engine, "deductible on the marine survey for the pemberwick yacht?")
    assert answer.claim_ids == ["MH-2025-2290"], (answer.text, answer.trace.get("claims"))
    assert "$3,000.00" in answer.text


def test_a_surname_two_claims_share_is_answered_with_the_choice(engine: Engine) -> None:
    answer = ask(engine, "what's the deductible on the wrenfield claim?")
    assert "HO-2025-3310" in answer.text and "AU-2025-0419" in answer.text
    assert "Tobias Wrenfield" in answer.text and "Odette Wrenfield" in answer.text
    assert answer.text.endswith("Which one do you mean?")
    assert "$" not in answer.text and not answer.citations  # no claim picked, no amount stated
    assert len(answer.text) <= 400


def test_a_place_several_claims_are_at_is_answered_with_the_choice(engine: Engine) -> None:
    answer = ask(engine, "what's the estimate on the bramblecote mews file?")
    assert "HO-2025-4402" in answer.text and "HO-2025-4417" in answer.text
    assert answer.text.endswith("Which one do you mean?") and "$" not in answer.text


def test_the_words_beside_a_shared_place_pick_the_claim(engine: Engine) -> None:
    answer = ask(engine, "what's the estimate on the bramblecote mews fire claim?")
    assert answer.claim_ids == ["HO-2025-4402"] and "$27,450.00" in answer.text


def test_the_words_that_describe_the_claim_pick_one_of_a_shared_surname(engine: Engine) -> None:
    answer = ask(engine, "Mrs. Wrenfield's water loss: what's the estimate?")
    assert answer.claim_ids == ["HO-2025-3310"]
    assert "$14,280.00" in answer.text


def test_a_question_about_every_claim_of_a_surname_gets_them_all(engine: Engine) -> None:
    answer = ask(engine, "which claims is Wrenfield involved in?")
    assert "HO-2025-3310" in answer.text and "AU-2025-0419" in answer.text
    assert "Which one" not in answer.text


@pytest.mark.parametrize("reply, claim_id, value", [
    ("AU-2025-0419", "AU-2025-0419", "$500.00"),
    ("3310", "HO-2025-3310", "$1,000.00"),
    ("the auto one", "AU-2025-0419", "$500.00"),
    ("the second one", "HO-2025-3310", "$1,000.00"),
    ("Tobias", "HO-2025-3310", "$1,000.00"),
])
def test_the_reply_to_the_choice_answers_the_question_for_the_claim_picked(
        engine: Engine, reply: str, claim_id: str, value: str) -> None:
    question = "what's the deductible on the wrenfield claim?"
    choice = ask(engine, question)
    answer = ask(engine, reply, history=[question, choice.text])
    assert answer.claim_ids == [claim_id]
    assert value in answer.text and answer.citations[0].claim_id == claim_id


def test_a_follow_up_after_a_shared_surname_inherits_no_older_claim(engine: Engine) -> None:
    history = ["estimate on the halvorsen claim?", "Estimate: $38,900.00 [1]",
               "anything else on the wrenfield file?", "Nothing more."]
    answer = ask(engine, "and the deductible?", history=history)
    assert "CP-2025-1187" not in answer.claim_ids and "$2,500.00" not in answer.text


def test_a_new_question_after_the_choice_is_not_taken_for_a_pick(engine: Engine) -> None:
    question = "what's the deductible on the wrenfield claim?"
    choice = ask(engine, question)
    answer = ask(engine, "what was the rental?", history=[question, choice.text])
    assert "$640.00" in answer.text and "$500.00" not in answer.text  # the rental, not the deductible asked before


@pytest.mark.parametrize("question, asked, meant", [
    ("what's the deductible on HO-2025-3301?", "HO-2025-3301", "HO-2025-3310"),  # two digits swapped
    ("rental on AU 2025 0491?", "AU-2025-0491", "AU-2025-0419"),  # written with spaces
    ("reserve on CP-2025-187?", "CP-2025-187", "CP-2025-1187"),  # a digit left out
    ("deductible on CLM-2024-0874-2931?", "CLM-2024-0874-2931", "CLM-2024-0847-2931"),  # another channel's
])
def test_a_claim_number_not_on_file_gets_did_you_mean_whatever_its_shape(
        engine: Engine, question: str, asked: str, meant: str) -> None:
    answer = ask(engine, question)
    assert answer.text == f"I don't have {asked} on file \u2014 did you mean {meant}?"
    assert not answer.found and "$" not in answer.text


def test_a_number_as_close_to_two_claims_suggests_both(engine: Engine) -> None:
    answer = ask(engine, "estimate on HO-2025-4412?")
    assert answer.text == "I don't have HO-2025-4412 on file \u2014 did you mean HO-2025-4402 or HO-2025-4417?"


def test_a_policy_number_is_not_taken_for_a_claim_number(engine: Engine) -> None:
    answer = ask(engine, "what's the deductible under policy HOP-771204?")
    assert "did you mean" not in answer.text and "$1,000.00" in answer.text


def test_a_follow_up_keeps_the_claim_a_name_resolved_and_a_new_question_does_not(engine: Engine) -> None:
    first = ask(engine, "deductible on the halvorsen claim?")
    history = ["deductible on the halvorsen claim?", first.text]
    follow = ask(engine, "and the estimate?", history=history)
    assert follow.claim_ids == ["CP-2025-1187"] and "$38,900.00" in follow.text
    other = ask(engine, "what's the reserve on the carraway heights file?", history=history)
    assert other.claim_ids == ["CLM-2024-0847-2931"] and "$22,000.00" in other.text
    general = ask(engine, "How many photographs must an inspection report carry?", history=history)
    assert "CP-2025-1187" not in general.claim_ids and "twelve" in general.text
    assert general.citations[0].document == "desk-handbook.md"


# -- the typo budget, measured on names generated here (see rag.resolve.TWO_EDITS_FROM) -------------

_ONSETS = "b c d f g h j k l m n p r s t v w z br cr dr gr kr st tr sh ch th sk pr bl fl gl kl sl".split()
_NUCLEI = "a e i o u y ai ea ou ie oo au ei".split()
_CODAS = "n r l s t m k d rd rn nd st ck ll ss rt ld nk sk x".split() + ["", "", ""]
_ENDINGS = ("son sen ski sky ov ova ez es er man berg stein ley ton field ford more well wood dale by ington ard ini "
            "elli ado ier ault quist vist ek ak uk enko").split()


def _surname(rng: random.Random) -> str:
    syllables = rng.choice([1, 1, 2])
    return "".join(rng.choice(_ONSETS) + rng.choice(_NUCLEI) + rng.choice(_CODAS) for _ in range(syllables)) + \
        rng.choice(_ENDINGS)


def _typo(rng: random.Random, word: str) -> str:
    i = rng.randrange(1, len(word))
    kind = rng.choice(["swap", "drop", "double", "add", "replace"])
    if kind == "swap" and i < len(word) - 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == "drop":
        return word[:i] + word[i + 1:]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    if kind == "add":
        return word[:i] + rng.choice(string.ascii_lowercase) + word[i:]
    return word[:i] + rng.choice(string.ascii_lowercase.replace(word[i], "")) + word[i + 1:]


def test_the_typo_budget_finds_most_typos_and_almost_never_takes_another_word_for_a_name() -> None:
    rng = random.Random(7)
    names = sorted({_surname(rng) for _ in range(5000)})
    rng.shuffle(names)
    vocab = Path(__file__).parents[1] / "rag" / "embedding" / "minilm-vocab.txt"
    english = [w for w in vocab.read_text().split() if w.isalpha() and w.islower() and len(w) >= 4]
    found = typos = everyday = everyday_n = others = others_n = 0
    for i in range(40):  # reaches of 60 names: 30 claims, two parties each
        reach = names[i * 60:(i + 1) * 60]
        for name in reach[:20]:
            typed = _typo(rng, name) if rng.random() < 0.8 else _typo(rng, _typo(rng, name))
            if typed != name and len(name) >= MIN_LETTERS:
                typos += 1
                found += near(typed, name)
        for word in rng.sample(english, 300):
            everyday_n += 1
            everyday += any(near(word, name) for name in reach)
        for other in names[2400 + i * 50:2400 + (i + 1) * 50]:
            others_n += 1
            others += any(near(other, name) for name in reach)
    assert found / typos >= 0.88, found / typos
    assert everyday / everyday_n <= 0.001, everyday / everyday_n
    assert others / others_n <= 0.005, others / others_n


def test_a_place_in_a_file_shared_later_is_found_with_a_typo_too(tmp_path: Path) -> None:
    import time

    engine = Engine.open(Settings(home=tmp_path / "home"))
    try:
        engine.ingest_file(put_file(tmp_path, "chandlery-report.txt", CHANDLERY))
        assert engine.ask("what is the estimate on the saltmarsh landng file?").claim_ids == ["CP-2025-1187"]
        engine.ingest_file(put_file(tmp_path, "walkway-notes.txt", WALKWAY))  # the words read before lack its words
        deadline = time.monotonic() + 20
        while True:  # the stored words are read again beside the questions, not before them
            answer = engine.ask("reserve on the carrawy hieghts file?")
            if answer.claim_ids == ["CLM-2024-0847-2931"] or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert answer.claim_ids == ["CLM-2024-0847-2931"] and "$22,000.00" in answer.text
    finally:
        engine.close()


UMBRELLA = """Claim Number: XU-2026-5512
Policy Number: UMB-604418
Insured: Brightwater Haulage LLC
Date of Loss: 2026-02-03

EXCESS NOTICE
The primary auto carrier has reserved to its limit; the umbrella is put on notice of the rear-end collision.
Umbrella attachment: $1,000,000.00
"""

TACHOGRAPH = """TRIP RECORDER EXTRACT - claim no. TR-26-40713
Operator of record: BRIGHTWATER HAULAGE LLC, depot 7, Millbrook
Tractor 5581, odometer at the collision: 228,412 mi
Last rest stop: 11:40 at the Kessel Creek plaza; brakes applied 14:02:11.
"""


def test_a_party_insured_on_one_claim_and_written_on_anothers_log_goes_where_the_rest_of_the_question_points(
        tmp_path: Path) -> None:
    """One firm, two claims: the registry reads it as the umbrella claim's insured only (the log names it as
    the operator, no insured). "odometer" and "tractor" are written on the log's claim alone: its answer;
    "umbrella attachment" on the umbrella's: its answer; nothing telling them apart: the registry's claim."""
    engine = Engine.open(Settings(home=tmp_path / "home"))
    try:
        for name, text in (("umbrella-notice.txt", UMBRELLA), ("trip-extract.txt", TACHOGRAPH)):
            engine.ingest_file(put_file(tmp_path, name, text))
        answer = engine.ask("odometer on the brightwater tractor?")
        assert answer.claim_ids == ["TR-26-40713"] and "228,412" in answer.text, (answer.text, answer.trace.get("claims"))
        answer = engine.ask("umbrella attachment for brightwater?")
        assert answer.claim_ids == ["XU-2026-5512"] and "$1,000,000.00" in answer.text
        assert engine.ask("date of loss for brightwater?").claim_ids == ["XU-2026-5512"]
    finally:
        engine.close()


LANES = """Claim Number: KB-2026-1101
Insured: Ferncastle Bowling Lanes
A pinsetter motor overheated and started a fire behind lane 12; the fire department arrived at 21:14.
"""

GREENHOUSE = """Claim Number: KB-2026-1102
Insured: Odalys Pruett
A propane heater set the potting benches alight inside the greenhouse. Station 4's engine reached it at 05:52.
"""


def test_the_words_that_say_which_claim_outweigh_the_words_of_the_fact_asked(tmp_path: Path) -> None:
    """"... at the greenhouse": the question's last phrase says which claim; "fire department", which
    only the other claim's file writes, is the fact asked about."""
    engine = Engine.open(Settings(home=tmp_path / "home"))
    try:
        for name, text in (("lanes-fire.txt", LANES), ("greenhouse-fire.txt", GREENHOUSE)):
            engine.ingest_file(put_file(tmp_path, name, text))
        answer = engine.ask("what time did the fire department arrive at the greenhouse?")
        assert "21:14" not in answer.text, answer.text  # never the bowling alley's time
        assert "05:52" in answer.text or "KB-2026-1102" in answer.text, (answer.text, answer.trace.get("claims"))
        assert engine.ask("what time did the fire department get to the bowling lanes?").claim_ids == ["KB-2026-1101"]
    finally:
        engine.close()


@pytest.mark.parametrize("question, phrase", [
    ("days from date of loss to recovery of the tractor on the cargo theft", "cargo theft"),
    ("summarize the hail claim", "hail"),
    ("what is the date of loss", ""),  # stopwords only: no claim is named
    ("what was the rental cost on CLM-1042?", ""),
])
def test_the_phrase_that_says_which_claim_is_read_where_questions_put_it(question: str, phrase: str) -> None:
    from rag.resolve import claim_phrase

    assert claim_phrase(question) == phrase
