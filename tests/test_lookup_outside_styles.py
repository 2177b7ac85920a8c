"""Lookups over claim files written unlike our samples (tests/lookup_corpus.py: worksheets with
reserve tables, an email signed by its examiner, a theft narrative, a medical summary, a cyber
incident log), asked in words unlike our question sets: only the claims that match are listed,
each with the line of its own file that shows it, and the answer's count is cited to the lookup
itself (the filter as understood, the claims searched, the matches), so no number goes uncited."""

from __future__ import annotations

import pytest
from docfactory import engine_with_files
from lookup_corpus import CLAIMS, FILES, listed

from rag.engine import Engine
from rag.evaluation import ungrounded_values
from rag.router import decide_route


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("files")
    engine: Engine = engine_with_files(root, FILES.items())
    return engine


@pytest.mark.parametrize("question, expected", [
    ("which claims were reopened?", ["55-0093-CT"]),
    ("list the claims in litigation", ["GL-4490-A", "WCX 2024 88120"]),
    ("which claims were denied?", ["MC/25/3318"]),
    ("which claims were closed without payment?", ["AU/2025/7731"]),
    ("which claims have reserves above $200,000?", ["CY-8812-R"]),
    ("which files carry a reserve under $10k", ["CP-77-1023"]),
    ("list the open files reserved below $50,000", ["CP-77-1023", "GL-2025-5561", "KP-25-00412"]),  # a table by heads
    ("which claims were reported in Q3 2025?", ["CF-3390-M", "CY-8812-R"]),
    ("which claims had a loss in the second half of 2025?",
     ["CF-3390-M", "CP-77-1023", "CY-8812-R", "GL-2025-5561", "GL-6120-T"]),
    ("do we have any hail claims", ["HO 25 004417"]),
    ("which claims have had payments issued?", ["0412-HX-2025", "55-0093-CT", "CP-77-1023", "HO 25 004417"]),
    ("which files have subro potential?", ["KP-25-00412"]),  # "SUBRO POTENTIAL"; not "Subrogation: None"
    ("which claims list a mortgagee?", ["KP-25-00412"]),  # a label whose value is a name: said by its label
    ("anything in kansas?", ["GL-4490-A"]),  # the address writes the state's code: "Topeka, KS 66604"
    ("which claims involve hail or a dog", ["GL-2025-5561", "HO 25 004417"]),
    ("any claims with a $1,000 deductible?", ["HO 25 004417"]),
    ("claims with a $5k ded", ["GL-4490-A"]),  # stated in a sentence, not under a label
    ("which losses were caused by fire?", ["CF-3390-M"]),
    ("any claims where someone broke a bone", ["GL-4490-A", "WCX 2024 88120"]),
    ("what files does Tomasz Wierzbicki have", ["AU/2025/7731", "GL-4490-A", "MC/25/3318"]),
])
def test_only_the_claims_that_match_are_listed(engine: Engine, question: str, expected: list[str]) -> None:
    answer = engine.ask(question)

    assert answer.route == "lookup", answer.trace.get("route_reason")
    assert listed(answer.text) == expected, answer.text


@pytest.mark.parametrize("question", [
    "which claims were reopened?",
    "which claims have reserves above $200,000?",
    "which claims carry reserves over $50,000?",
    "which claims had a loss in the second half of 2025?",
    "any claims involving a capsized boat?",
])
def test_the_count_is_cited_to_the_lookup_which_says_what_it_searched(engine: Engine, question: str) -> None:
    answer = engine.ask(question)

    lookup = [c for c in answer.citations if c.document == "Claims lookup"]
    assert len(lookup) == 1, answer.citations
    assert f"Searched {len(CLAIMS)} claims in reach" in lookup[0].excerpt, lookup[0].excerpt
    for claim in listed(answer.text):
        assert claim in lookup[0].excerpt
    assert ungrounded_values(question, answer) == [], answer.text


def test_a_reserve_set_in_parts_is_summed_and_the_sum_is_the_lookups_own_source(engine: Engine) -> None:
    question = "which claims carry reserves over $50,000?"
    answer = engine.ask(question)

    line = next(x for x in answer.text.splitlines() if x.startswith("- GL-6120-T"))
    assert "$55,000.00" in line, line  # indemnity $40,000.00 and expense $15,000.00, as the email sets them
    lookup = next(c for c in answer.citations if c.document == "Claims lookup")
    assert "GL-6120-T (open reserve $55,000.00)" in lookup.excerpt, lookup.excerpt
    assert ungrounded_values(question, answer) == [], answer.text


def test_a_topic_no_claim_is_about_gets_none_out_of_the_claims_searched(engine: Engine) -> None:
    answer = engine.ask("any claims involving a capsized boat?")
    assert answer.text.startswith(f"None of the {len(CLAIMS)} claims in reach matches"), answer.text


@pytest.mark.parametrize("question, claim, word", [
    ("do we have any hail claims", "HO 25 004417", "hail"),
    ("which losses were caused by fire?", "CF-3390-M", "fire"),
    ("any claims where someone broke a bone", "WCX 2024 88120", "fractured"),
])
def test_each_claim_shows_the_line_of_its_own_file_that_matches(engine: Engine, question: str, claim: str,
                                                                word: str) -> None:
    answer = engine.ask(question)

    line = next(x for x in answer.text.splitlines() if x.startswith(f"- {claim}"))
    markers = [int(n) for n in __import__("re").findall(r"\[(\d+)\]", line)]
    cited = [c for c in answer.citations if c.n in markers and c.document != "Claims lookup"]
    assert any(word in c.excerpt.lower() for c in cited), (line, cited)
    assert all(c.claim_id == claim for c in cited), cited  # no other claim's line


@pytest.mark.parametrize("question", [
    "who worked on the fryer hood before the fire",
    "who handled the debris removal at the Pemberton hall?",
    "who took the police report for the converter theft?",
])
def test_a_fact_about_one_claim_is_not_a_lookup(engine: Engine, question: str) -> None:
    assert decide_route(question).route != "lookup"
    answer = engine.ask(question)
    assert answer.route != "lookup", answer.text
    assert not any(name in answer.text for name in ("Marisol Etxeberria", "Bertrand Achterberg", "Keeley Obuya"))


@pytest.mark.parametrize("question, route", [
    ("who is working the Moravec fire?", "lookup"),
    ("who owns the Quintero file", "lookup"),
    ("which cases are in suit", "lookup"),
    ("do we have any cyber claims", "lookup"),
    ("who ran the moisture readings on the Kettering loss", "needle"),
])
def test_handling_verbs_route_by_what_they_take(question: str, route: str) -> None:
    assert decide_route(question).route == route
