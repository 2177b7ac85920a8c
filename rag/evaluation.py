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
- a ``summary``: the expected value is in the answer or in its citations; when the question lists
  ``expected_points`` (regexes), at least 60% of them must be in the first 1500 characters of
  the answer (``coverage`` is recorded either way);
- a ``lookup`` that lists ``expected_claims`` also may not name a claim outside that list
  (any claim number some question of the set names counts as a claim);
- ``expect_not_found``: the engine says it could not find it (route ``none``).

An answered question that is not correct is counted as ``wrong``: those are the facts a user
could be misled by, so the report keeps them apart from plain "not found" misses.

``ungrounded`` counts the answers that state a number (an amount, a date, a time, an id) that
neither their citations nor the question hold, by the grounding check the language-model
answers pass (:class:`rag.llm.grounding.Checker`): the issue's "no answer states a number that
neither its citations nor the question hold", measured on every set. Each result lists its
``ungrounded`` values.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rag.answer import Answer
from rag.llm.grounding import Checker

MAX_FACT_ANSWER_CHARS = 300
"""A needle or calculation answer longer than this is a miss even if it holds the fact."""
MAX_SUMMARY_CHARS = 1500
"""Summary points are looked for in this much of the answer: a summary is read, not searched."""
MIN_POINT_COVERAGE = 0.6

Ask = Callable[[str, "str | None"], Answer]
"""``ask(question, scope)``: ``scope`` is the question's ``scope`` field, or None for the default."""


@dataclass
class EvalReport:
    results: list[dict[str, Any]]
    """Per question: the ``ask --json`` object plus ``question``, ``expected``, ``expected_route``,
    ``correct``, ``outcome`` (``correct``/``wrong``/``missed``) and ``why`` when not correct."""
    summary: dict[str, Any] = field(default_factory=dict)
    """``accuracy``, ``by_route`` ({route: {n, correct, accuracy}}), ``wrong``, ``ungrounded``,
    latency p50/p95."""

    def to_json(self) -> dict[str, Any]:
        return {"summary": self.summary, "results": self.results}

    def render(self) -> str:
        """A plain-text report: one line per miss, then the accuracy table."""
        lines = []
        for r in self.results:
            if not r["correct"]:
                lines.append(f"{r['outcome'].upper():7} [{r['expected_route']}] {r['question']}\n"
                             f"        {r['why']}\n        answer: {r['answer'][:200]!r}")
            if r.get("ungrounded"):
                lines.append(f"UNGROUNDED [{r['route']}] {r['question']}\n"
                             f"        states {', '.join(r['ungrounded'])}, which neither its citations nor the "
                             f"question hold\n        answer: {r['answer'][:200]!r}")
        s = self.summary
        lines.append(f"accuracy {s['correct']}/{s['n']} = {s['accuracy']:.0%}   wrong answers: {s['wrong']}   "
                     f"ungrounded numbers: {s.get('ungrounded', 0)}   "
                     f"latency p50 {s['latency_p50_ms']:.0f} ms, p95 {s['latency_p95_ms']:.0f} ms")
        for route, row in s["by_route"].items():
            lines.append(f"  {route:12} {row['correct']:3}/{row['n']:<3} {row['accuracy']:.0%}")
        if s.get("summary_point_coverage") is not None:
            lines.append(f"  summary points covered: {s['summary_point_coverage']:.0%}")
        if s.get("by_kind"):
            kinds = (f"{k} {row['correct']}/{row['n']}" for k, row in s["by_kind"].items())
            lines.append("  by kind: " + ", ".join(kinds))
        return "\n".join(lines)


def run_eval(ask: Ask, questions: Sequence[dict[str, Any]]) -> EvalReport:
    """Ask every question and score the answers (see the module docstring for the rules)."""
    results = []
    known_claims = sorted({str(q["claim_id"]) for q in questions if q.get("claim_id")}, key=len, reverse=True)
    for q in questions:
        answer = ask(q["question"], q.get("scope"))
        correct, why = judge(q, answer, known_claims)
        outcome = "correct" if correct else ("wrong" if answer.found else "missed")
        results.append({
            **answer.to_json(),
            "question": q["question"],
            "expected_route": expected_route(q),
            "claim_id": q.get("claim_id"),
            "expected": q.get("expected_answer") or q.get("expected_regex"),
            "kind": q.get("kind"),
            "coverage": point_coverage(q, answer) if q.get("expected_points") else None,
            "correct": correct,
            "outcome": outcome,
            "why": why,
            "ungrounded": ungrounded_values(q["question"], answer),
        })
    return EvalReport(results, summarize(results))


def expected_route(q: dict[str, Any]) -> str:
    return "none" if q.get("expect_not_found") else str(q.get("route") or "needle")


def judge(q: dict[str, Any], answer: Answer, known_claims: Sequence[str] = ()) -> tuple[bool, str]:
    """``(correct, why)`` for one answer; ``why`` says what was missing when it is not correct."""
    if q.get("expect_not_found"):
        return (True, "") if answer.route == "none" else (False, "should have said not found")
    if answer.route == "none":
        return False, "answered not found"
    route = q.get("route") or "needle"
    excerpts = [c.excerpt for c in answer.citations]
    in_answer = contains(answer.text, q)
    if route == "summary" and q.get("expected_points"):
        coverage = point_coverage(q, answer)
        ok = coverage >= MIN_POINT_COVERAGE
        return ok, "" if ok else f"covers {coverage:.0%} of the expected points"
    if route == "summary":
        ok = in_answer or any(contains(e, q) for e in excerpts)
        return ok, "" if ok else "expected value neither in the answer nor in its citations"
    if not in_answer:
        return False, "expected value not in the answer"
    if route in ("calculation", "lookup"):
        if not answer.citations:
            return False, "no citations"
        if route == "lookup" and q.get("expected_claims"):
            extra = sorted(c for c in _named_claims(answer.text, known_claims) if c not in q["expected_claims"])
            if extra:
                return False, f"names claims that do not match: {', '.join(extra)}"
    elif not any(contains(e, q) for e in excerpts):
        return False, "no cited excerpt holds the expected value"
    if route in ("needle", "calculation") and len(answer.text) > MAX_FACT_ANSWER_CHARS:
        return False, f"answer too long ({len(answer.text)} chars)"
    return True, ""


def ungrounded_values(question: str, answer: Answer) -> list[str]:
    """The values ``answer`` states that neither its citations (the excerpt, and the claim and
    document each names) nor the question hold, as :class:`~rag.llm.grounding.Checker` reads a
    model's answer, every citation counting for every sentence (an offline answer may write its
    marker at the end of its second sentence). A "not found" reply states no fact: not checked."""
    if answer.route in ("none", "help"):
        return []
    checker = Checker({c.n: f"{c.excerpt}\n{c.claim_id or ''}\n{c.document}" for c in answer.citations}, question)
    checker.cited.extend(c.n for c in answer.citations)
    found: list[str] = []
    for problem in checker.check(answer.text):
        m = re.match(r"it states (.+), which no cited source holds$", problem)
        value = ast.literal_eval(m.group(1)) if m else None  # the Checker names a value by its repr
        if value and value not in found:
            found.append(value)
    return found


def point_coverage(q: dict[str, Any], answer: Answer) -> float:
    """The share of ``expected_points`` (regexes) found in the first 1500 characters of the answer."""
    points = q.get("expected_points") or []
    head = answer.text[:MAX_SUMMARY_CHARS]
    return sum(1 for p in points if re.search(p, head, re.IGNORECASE)) / len(points) if points else 0.0


def _named_claims(text: str, known_claims: Sequence[str]) -> set[str]:
    """Known claim numbers written in ``text`` (longest first, so one is not counted inside another)."""
    named: set[str] = set()
    for claim in known_claims:
        if claim in text:
            named.add(claim)
            text = text.replace(claim, " ")
    return named


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
    """Accuracy overall, by expected route and by kind (when the set tags one), wrong-answer count,
    mean summary-point coverage, latency percentiles."""
    by_route = _tally(results, "expected_route")
    by_kind = _tally([r for r in results if r.get("kind")], "kind")
    latencies = sorted(r["latency_ms"] for r in results)
    n = len(results)
    correct = sum(int(r["correct"]) for r in results)
    return {
        "n": n,
        "correct": correct,
        "accuracy": correct / n if n else 0.0,
        "wrong": sum(1 for r in results if r["outcome"] == "wrong"),
        "ungrounded": sum(1 for r in results if r.get("ungrounded")),
        "ungrounded_by_route": dict(sorted(Counter(str(r["route"]) for r in results if r.get("ungrounded")).items())),
        "by_route": by_route,
        "by_kind": by_kind,
        "summary_point_coverage": _mean([r["coverage"] for r in results if r.get("coverage") is not None]),
        "latency_p50_ms": percentile(latencies, 50),
        "latency_p95_ms": percentile(latencies, 95),
    }


def _tally(results: Sequence[dict[str, Any]], key: str) -> dict[str, dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    for r in results:
        row = rows.setdefault(str(r[key]), {"n": 0, "correct": 0})
        row["n"] += 1
        row["correct"] += int(r["correct"])
    for row in rows.values():
        row["accuracy"] = row["correct"] / row["n"]
    return dict(sorted(rows.items()))


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def percentile(sorted_values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile of already sorted values (0 for none)."""
    if not sorted_values:
        return 0.0
    rank = max(1, -(-len(sorted_values) * pct // 100))
    return float(sorted_values[int(rank) - 1])
