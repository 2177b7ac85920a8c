"""What linking an unfiled document to a claim by its parties' names costs, by the number of
claims in reach, against matching every name in turn (how it was done before) in the same run.

Every registry read links each document that names no claim (:mod:`rag.links`): its first 20,000
characters are searched for the insured's and claimants' names of every claim in the channel's
reach, each written several ways (:func:`rag.links.name_forms`). Synthetic names and documents
(random words, a few of them naming a party), so the figures are about the matching alone:

- ``index ms``: building :class:`rag.links.PartyNames` once per channel and read;
- ``per doc ms``: finding the named claims in one document, indexed and by the baseline
  (each name as a whole-word regex over the text: the code before session 10);
- ``agree``: both found the same claims in every document.

    .venv/bin/python bench/link_cost.py [--claims 1000,10000] [--docs 50] [--words 3000]
"""

from __future__ import annotations

import argparse
import random
import re
import string
import sys
import time
from collections.abc import Mapping
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rag.links import PartyNames, party_names  # noqa: E402


def baseline(text: str, parties: Mapping[str, set[str]]) -> set[str]:
    """Each name in turn, as a whole-word regex over the text (the code before PartyNames)."""
    written = " ".join(text.lower().split())
    found: set[str] = set()
    for name, claims in parties.items():
        if name in written and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", written):
            found |= claims
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", default="1000,10000")
    parser.add_argument("--docs", type=int, default=50, help="unfiled documents per size")
    parser.add_argument("--words", type=int, default=3000, help="words per document (~20,000 characters)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    def word() -> str:
        return rng.choice(string.ascii_uppercase) + "".join(rng.choices(string.ascii_lowercase, k=rng.randint(4, 9)))

    print(f"{'claims':>7} {'names':>7} {'index ms':>9} {'per doc ms':>11} {'baseline ms':>12} {'ratio':>7} agree")
    for size in (int(s) for s in args.claims.split(",")):
        parties: dict[str, set[str]] = {}
        people = []
        for i in range(size):
            insured, claimant = f"{word()} {word()}", f"{word()} {rng.choice('ABCDE')}. {word()}"
            people.append((insured, claimant))
            for name in party_names([insured], [claimant]):
                parties.setdefault(name, set()).add(f"C-{i}")
        docs = []
        for _ in range(args.docs):
            words = [word() for _ in range(args.words)]
            insured, claimant = rng.choice(people)
            surname, first = claimant.split()[-1], claimant.split()[0]
            words.insert(rng.randrange(len(words)), rng.choice([insured, f"{surname.upper()}, {first.upper()}"]) + ",")
            docs.append(" ".join(words))
        started = time.perf_counter()
        index = PartyNames(parties)
        index_ms = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        indexed = [index.claims_named_in(d) for d in docs]
        per_doc = (time.perf_counter() - started) * 1000 / len(docs)
        started = time.perf_counter()
        naive = [baseline(d, parties) for d in docs]
        per_doc_base = (time.perf_counter() - started) * 1000 / len(docs)
        print(f"{size:>7} {len(parties):>7} {index_ms:>9.1f} {per_doc:>11.2f} {per_doc_base:>12.1f} "
              f"{per_doc_base / per_doc:>6.0f}x {indexed == naive}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
