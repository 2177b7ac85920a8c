"""Score the engine against a question set (``data/eval/questions.jsonl``).

Each question line has ``question``, ``route`` (the expert that should answer), ``claim_id``,
``expected_answer`` and/or ``expected_regex``, ``expect_not_found`` and ``source``. What counts
as correct is what a user would accept:

- a fact (``needle``): the expected value is in the answer text *and* in at least
  one cited excerpt (the answer is backed by what it cites), and a needle answer is short: a
  long answer that holds the fact somewhere is a miss;
- a ``calculation``: the computed value is in the answer text (no excerpt can hold a result)
  and the answer cites its inputs;
- a ``lookup``: the expected value is in the answer and the answer cites its facts (a list of
  claims draws on many lines, so no single excerpt holds every claim it names);
- a ``summary``: the expected value is in the answer or in its citations;
- ``expect_not_found``: the engine says it could not find it (route ``none``).

An answered question that is not correct is counted as ``wrong``: those are the facts a user
could be misled by, so the report keeps them apart from plain "not found" misses.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rag.answer import Answer

MAX_FACT_ANSWER_CHARS = 300
"""A needle or calculation answer longer than this is a miss even if it holds the fact."""

Ask = Callable[[str, "str | None"], Answer]
"""``ask(question, scope)``: ``scope`` is the question's ``scope`` field, or None for the default."""


@dataclass
class EvalReport:
    results: list[dict[str, Any]]
    """Per question: the ``ask --json`` object plus ``question``, ``expected``, ``expected_route``,
    ``correct``, ``outcome`` (``correct``/``wrong``/``missed``) and ``why`` when not correct."""
    summary: dict[str, Any] = field(default_factory=dict)
    """``accuracy``, ``by_route`` ({route: {n, correct, accuracy}}), ``wrong``, latency p50/p95."""

    def to_json(self) -> dict[str, Any]:
        return {"summary": self.summary, "results": self.results}

    def render(self) -> str:
        """A plain-text report: one line per miss, then the accuracy table."""
        lines = []
        for r in self.results:
            if not r["correct"]:
                lines.append(f"{r['outcome'].upper():7} [{r['expected_route']}] {r['question']}\n"
                             f"        {r['why']}\n        answer: {r['answer'][:200]!r}")
        s = self.summary
        lines.append(f"accuracy {s['correct']}/{s['n']} = {s['accuracy']:.0%}   wrong answers: {s['wrong']}   "
                     f"latency p50 {s['latency_p50_ms']:.0f} ms, p95 {s['latency_p95_ms']:.0f} ms")
        for route, row in s["by_route"].items():
            lines.append(f"  {route:12} {row['correct']:3}/{row['n']:<3} {row['accuracy']:.0%}")
        return "\n".join(lines)


def run_eval(ask: Ask, questions: Sequence[dict[str, Any]]) -> EvalReport:
    """Ask every question and score the answers (see the module docstring for the rules)."""
    results = []
    for q in questions:
        answer = ask(q["question"], q.get("scope"))
        correct, why = judge(q, answer)
        outcome = "correct" if correct else ("wrong" if answer.found else "missed")
        results.append({
            **answer.to_json(),
            "question": q["question"],
            "expected_route": expected_route(q),
            "claim_id": q.get("claim_id"),
            "expected": q.get("expected_answer") or q.get("expected_regex"),
            "correct": correct,
            "outcome": outcome,
            "why": why,
        })
    return EvalReport(results, summarize(results))


def expected_route(q: dict[str, Any]) -> str:
    return "none" if q.get("expect_not_found") else str(q.get("route") or "needle")


def judge(q: dict[str, Any], answer: Answer) -> tuple[bool, str]:
    """``(correct, why)`` for one answer; ``why`` says what was missing when it is not correct."""
    if q.get("expect_not_found"):
        return (True, "") if answer.route == "none" else (False, "should have said not found")
    if answer.route == "none":
        return False, "answered not found"
    route = q.get("route") or "needle"
    excerpts = [c.excerpt for c in answer.citations]
    in_answer = contains(answer.text, q)
    if route == "summary":
        ok = in_answer or any(contains(e, q) for e in excerpts)
        return ok, "" if ok else "expected value neither in the answer nor in its citations"
    if not in_answer:
        return False, "expected value not in the answer"
    if route in ("calculation", "lookup"):
        if not answer.citations:
            return False, "no citations"
    elif not any(contains(e, q) for e in excerpts):
        return False, "no cited excerpt holds the expected value"
    if route in ("needle", "calculation") and len(answer.text) > MAX_FACT_ANSWER_CHARS:
        return False, f"answer too long ({len(answer.text)} chars)"
    return True, ""


def contains(text: str, q: dict[str, Any]) -> bool:
    """The expected regex (case-insensitive) if given, else the expected answer as a
    case- and whitespace-insensitive substring."""
    if q.get("expected_regex"):
        return re.search(q["expected_regex"], text, re.IGNORECASE) is not None
    expected = q.get("expected_answer")
    if not expected:
        return False
    squash = lambda s: " ".join(str(s).split()).lower()  # noqa: E731
    return squash(expected) in squash(text)


def summarize(results: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Accuracy overall and by expected route, wrong-answer count, latency percentiles."""
    by_route: dict[str, dict[str, Any]] = {}
    for r in results:
        row = by_route.setdefault(r["expected_route"], {"n": 0, "correct": 0})
        row["n"] += 1
        row["correct"] += int(r["correct"])
    for row in by_route.values():
        row["accuracy"] = row["correct"] / row["n"]
    latencies = sorted(r["latency_ms"] for r in results)
    n = len(results)
    correct = sum(int(r["correct"]) for r in results)
    return {
        "n": n,
        "correct": correct,
        "accuracy": correct / n if n else 0.0,
        "wrong": sum(1 for r in results if r["outcome"] == "wrong"),
        "by_route": dict(sorted(by_route.items())),
        "latency_p50_ms": percentile(latencies, 50),
        "latency_p95_ms": percentile(latencies, 95),
    }


def percentile(sorted_values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile of already sorted values (0 for none)."""
    if not sorted_values:
        return 0.0
    rank = max(1, -(-len(sorted_values) * pct // 100))
    return float(sorted_values[int(rank) - 1])
