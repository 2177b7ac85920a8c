"""The calculation expert: arithmetic over a claim file, done by the deterministic tools.

The answer states the result and cites every input, e.g. ``23 days: from the loss on March 3,
2026 [1] to the payment on March 26, 2026 [2] [3].``, where the last source is the calculation
itself (the tool, its inputs, its result). Inputs come first from the claim's metadata (dated
events, labelled amounts, each located at ingest with its verbatim line and page), then from the
fact selector's units (sentences, ``Label: value`` lines, table rows as ``Column: value``) through
the ``search`` callback, scored by meaning against the phrase the question names the input by.

How an input is read, for any claim file:

- an amount is the one its words stand before in its line, never a rate ("$45.00 per day"), a
  unit price ("14 x $45.00") or a figure of another kind than asked (a reserve, a limit, a
  deductible); a line that shares no word with the phrase is no reading of it;
- a list's items ("the ER, ortho and PT specials", "reserves (med + indemnity)") are each found,
  a group's own total is taken for a group ("the ER bills"), and an item the files do not hold is
  named with the ones found, or the total the file states for the list is given;
- an event is the labelled one the phrase names (the loss, the report), a document named by its
  kind ("the OFE report") is dated by its own date line, "first/last" is the earliest/latest row
  of the table the best row is in, and a range ("04/09 - 05/08: modified duty") stands for its
  start when it opens a duration and its end when it closes one;
- a deductible (or retention) comes off a gross amount only: never off a line already net of it,
  and preferably off the figure that, less the deductible, gives an amount the file states.

The package reads in the order a calculation is made: :mod:`.question` parses the question
(which calculation, the phrases naming its operands, the numbers it states); :mod:`.inputs`
finds each operand (the claim's labelled facts, then the fact selector's units), reading a line's
amounts with :mod:`.amounts` and its dates with :mod:`.dates`; a duration's two ends are the
moments (a date, a time of day, or both) :mod:`.moments` reads from the units the fact selector finds
for each event phrase, each taken from the clause that names its event, answered in days, or in hours
and minutes when asked so or when both ends carry a time; :mod:`.expert` computes with the tools of
:mod:`rag.tools` and cites every input.

A quantity that is not money (gallons, hours, bags: the unit the question names) is added, subtracted or
shared by :mod:`.measures`, each figure read in that unit from the clause or table column that names it, never
in dollars; "the total reserve (after the latest change)" is each reserve line at the figure it was last set
to, read by :mod:`.reserves` from notes, sentences and history rows, never a figure it was changed from.

When the expert's own search finds no operand, :mod:`.one_unit` reads them all from the one unit
the needle expert answered the whole question with ("quote $19,850.00, scheduled amount $18,400.00"),
each by the words of its own clause.

When an input cannot be found the answer names it ("I found the estimate [1] but no amount for
the payment") or the expert returns ``None`` and the manager falls back to the needle expert: it
never computes from a guess, nor from two claims' figures.
"""

from rag.experts.calculation.expert import answer_calculation, answer_from_question
from rag.experts.calculation.inputs import INPUT_THRESHOLD, Embed, Search, select_values
from rag.experts.calculation.one_unit import computed_from_unit

__all__ = ["INPUT_THRESHOLD", "Embed", "Search", "answer_calculation", "answer_from_question", "computed_from_unit",
           "select_values"]
