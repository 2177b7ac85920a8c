"""The scorer behind ``claimbot eval``: what counts as a right summary and a right lookup."""

from __future__ import annotations

from rag.answer import Answer, Citation
from rag.evaluation import run_eval


def _answer(text: str, route: str = "summary") -> Answer:
    cite = Citation(n=1, document="notes.md", page=None, section=None, claim_id=None, excerpt=text[:50])
    return Answer(text=text, route=route, citations=[cite])


def test_a_summary_is_right_when_it_covers_most_expected_points_within_1500_characters() -> None:
    q = {"question": "summarize", "route": "summary", "expected_points": ["hail", r"\$12,400", "roof", "open"]}
    covered = run_eval(lambda *_: _answer("Hail damaged the roof; $12,400 paid."), [q])
    assert covered.results[0]["correct"] and covered.results[0]["coverage"] == 0.75
    padded = run_eval(lambda *_: _answer("x" * 1500 + " hail roof $12,400 open"), [q])
    assert not padded.results[0]["correct"]
    assert padded.results[0]["why"] == "covers 0% of the expected points"
    assert padded.summary["summary_point_coverage"] == 0.0


def test_a_lookup_that_names_a_claim_outside_the_expected_ones_is_wrong() -> None:
    q = {"question": "which claims are open?", "route": "lookup", "expected_regex": "HO-2024-8892",
         "expected_claims": ["HO-2024-8892"]}
    other = {"question": "x", "route": "needle", "claim_id": "CLM-44217-PD", "expected_answer": "y"}
    report = run_eval(lambda *_: _answer("HO-2024-8892 and CLM-44217-PD [1]", "lookup"), [q, other])
    assert report.results[0]["outcome"] == "wrong"
    assert "CLM-44217-PD" in report.results[0]["why"]
    exact = run_eval(lambda *_: _answer("Only HO-2024-8892 is open [1].", "lookup"), [q, other])
    assert exact.results[0]["correct"]


def test_an_answer_stating_a_figure_its_citations_lack_is_counted_as_ungrounded() -> None:
    q = {"question": "what did the glazier charge for the storefront pane?", "expected_answer": "$2,310.00"}
    cite = Citation(n=1, document="glazing-quote.pdf", excerpt="Storefront pane, tempered: $2,310.00 (quoted 5/14/2025)")
    invented = Answer("The glazier charged $2,310.00 [1], due within 45 days.", "needle", [cite])
    report = run_eval(lambda *_: invented, [q])
    assert report.results[0]["correct"]  # right value, but it also says something no source holds
    assert report.results[0]["ungrounded"] == ["45"]
    assert report.summary["ungrounded"] == 1 and report.summary["ungrounded_by_route"] == {"needle": 1}
    assert "ungrounded numbers: 1" in report.render()


def test_figures_held_by_a_citation_or_stated_in_the_question_are_grounded() -> None:
    q = {"question": "is the $2,310.00 pane within a 3000 limit?", "expected_answer": "within"}
    cite = Citation(n=1, document="glazing-quote.pdf", excerpt="Storefront pane, tempered: $2,310.00 (quoted 5/14/2025)")
    held = Answer("Yes: 2310 is within the 3,000.00 limit [1], quoted May 14, 2025 [1].", "calculation", [cite])
    refused = Answer("I couldn't find anything about 7 panes in 3 documents.", "none")
    report = run_eval(lambda question, _: held if "limit" in question else refused,
                      [q, {"question": "how many panes?", "expect_not_found": True}])
    assert [r["ungrounded"] for r in report.results] == [[], []]
    assert report.summary["ungrounded"] == 0


def test_a_value_is_grounded_by_any_citation_of_the_answer_and_by_the_claim_it_names() -> None:
    cite = Citation(n=1, document="drying-log.md", claim_id="WX-88-1", excerpt="Day 2: 3 fans set, hall floor at 22%.")
    answer = Answer("On WX-88-1, day 2: 3 fans set. The hall floor read 22% [1].", "needle", [cite])
    report = run_eval(lambda *_: answer, [{"question": "how many fans on day 2?", "expected_answer": "3 fans"}])
    assert report.results[0]["ungrounded"] == []
