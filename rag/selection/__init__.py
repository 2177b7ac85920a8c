"""The general answer selector for facts: candidate units of the retrieved passages, scored by
features that hold for any claim file with weights fitted on our training questions, and an
answer that states the value and says how sure it is (see :mod:`rag.selection.selector`)."""

from rag.selection.answer import compose, states_only_cited_numbers
from rag.selection.selector import Ask, Model, Scored, Selection, embed_cached, load_model, select, select_many
from rag.selection.units import Unit, candidate_units

__all__ = ["Ask", "Model", "Scored", "Selection", "Unit", "candidate_units", "compose", "embed_cached", "load_model",
           "select", "select_many", "states_only_cited_numbers"]
