"""The second stage: state the best unit's value, or say "couldn't find", from what the candidates
say together.

The unit-level model (:mod:`rag.selection.selector`) scores each unit alone; whether to answer at
all is better told by the candidates side by side (classic answer aggregation in QA):

- ``best``: the best unit's probability (as the threshold alone weighed it);
- ``rival``: the best probability of a unit stating another value: a close rival with a different
  answer makes the best a coin toss;
- ``pooled`` and ``pooled_rival``: the probability that some unit stating the best unit's value is
  right (``1 - prod(1 - p)`` over the units stating it), and the same for the strongest other value:
  separate lines, passages or documents stating one value (``$12,400.00`` in the estimate,
  ``12400.00`` in the payment log) agree on it (:func:`rag.selection.values.normalised`);
- ``agreeing``: how many units state the best value; ``everywhere`` and ``documents``: the share of
  all candidate units, and the number of documents, that write it: a value every page repeats (the
  claim's date of loss in every header) is agreement about the wrong thing;
- ``holding_kind``: the share of the scored units that hold a value of the kind asked;
- the question-level features the first stage has (``absent``, ``absent_used``, ``kind_none``,
  ``id_absent``): the question's words and identifiers the files lack.

A logistic regression over them, fitted and calibrated by ``python -m rag.selection.fit --decider``
on the dev sets, each left out in turn, gives the probability that the best unit answers; its
threshold keeps the wrong answers to what the threshold alone gave on the same questions. The
absent-qualifier veto stays a rule outside it (:func:`rag.selection.selector.qualifier_veto`).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from rag.selection.selector import FEATURES, WEIGHTS_PATH, Selection
from rag.selection.values import normalised

INPUTS = ("best", "rival", "pooled", "pooled_rival", "agreeing", "everywhere", "documents", "holding_kind",
          "absent", "absent_used", "kind_none", "id_absent")
"""What the second stage weighs (see the module doc); the probabilities enter as log-odds."""
AGREEING_CAP = 4
"""More units or documents than this stating one value say no more than this many."""


@dataclass(frozen=True)
class Decider:
    """The fitted second stage: standardised :data:`INPUTS`, weights, bias, and the threshold on its
    probability."""

    weights: tuple[float, ...]
    bias: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    threshold: float

    def probability(self, row: np.ndarray) -> float:
        z = ((row - np.asarray(self.mean)) / np.asarray(self.scale)) @ np.asarray(self.weights) + self.bias
        return float(1.0 / (1.0 + math.exp(-z)))

    def answers(self, selection: Selection) -> bool:
        """Whether the best unit of ``selection`` is stated rather than "couldn't find"."""
        return bool(selection.scored) and self.probability(decision_row(selection)) >= self.threshold

    def to_json(self) -> dict:
        return {"inputs": list(INPUTS), "weights": list(self.weights), "bias": self.bias, "mean": list(self.mean),
                "scale": list(self.scale), "threshold": self.threshold}


@lru_cache(maxsize=1)
def load_decider(path: Path = WEIGHTS_PATH) -> Decider | None:
    """The shipped second stage, None when ``weights.json`` has none (or one fitted on other inputs:
    the threshold rule decides until it is refitted)."""
    data = json.loads(path.read_text()).get("decider")
    if not data or tuple(data["inputs"]) != INPUTS:
        return None
    return Decider(tuple(data["weights"]), float(data["bias"]), tuple(data["mean"]), tuple(data["scale"]),
                   float(data["threshold"]))


def decision_row(selection: Selection) -> np.ndarray:
    """:data:`INPUTS` of a scored selection (its units best first), in order."""
    inputs = decision_inputs(selection)
    return np.asarray([inputs[name] for name in INPUTS], dtype=np.float64)


def decision_inputs(selection: Selection) -> dict[str, float]:
    """What the candidates say together about the best unit (see the module doc)."""
    scored = selection.scored
    groups = value_groups(selection)
    best_key = next(key for key, members in groups.items() if 0 in members)
    probability = [s.probability for s in scored]
    others = [members for key, members in groups.items() if key != best_key]
    rival = max((probability[i] for members in others for i in members), default=0.0)
    writing = [document for document, values in selection.candidate_values
               if best_key in {normalised(selection.kind, v) for v in values}]
    question = scored[0].features
    return {
        "best": _log_odds(probability[0]),
        "rival": _log_odds(rival),
        "pooled": _log_odds(_pooled(probability, groups[best_key])),
        "pooled_rival": _log_odds(max((_pooled(probability, members) for members in others), default=0.0)),
        "agreeing": float(min(AGREEING_CAP, len(groups[best_key]))),
        "everywhere": len(writing) / max(1, len(selection.candidate_values)),
        "documents": float(min(AGREEING_CAP, len(set(writing)))),
        "holding_kind": sum(1 for s in scored if s.value) / len(scored),
        **{name: question[FEATURES.index(name)] for name in ("absent", "absent_used", "kind_none", "id_absent")},
    }


def value_groups(selection: Selection) -> dict[str, list[int]]:
    """The scored units (by position) grouped by the value they state, normalised; a unit stating no
    value of the asked kind is a group of its own, and a unit whose text an earlier one has is left
    out (the same line retrieved twice is no second witness)."""
    groups: dict[str, list[int]] = {}
    seen: set[str] = set()
    for i, s in enumerate(selection.scored):
        if s.unit.text in seen:
            continue
        seen.add(s.unit.text)
        key = normalised(selection.kind, s.value) if selection.kind and s.value else f"#unit {i}"
        groups.setdefault(key, []).append(i)
    return groups


def _pooled(probability: list[float], members: list[int]) -> float:
    """The probability that at least one of ``members`` is right, were they independent witnesses."""
    return 1.0 - float(np.prod([1.0 - probability[i] for i in members]))


def _log_odds(p: float) -> float:
    p = min(max(p, 1e-3), 1.0 - 1e-3)
    return math.log(p / (1.0 - p))
