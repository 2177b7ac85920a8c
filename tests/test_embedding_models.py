"""The embedding model is chosen by configuration, and each model keeps its own index."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from docfactory import put_file
from openai_standin import OpenAIStandIn
from test_engine import TOWING_V1

from rag.config import Settings
from rag.embedding import load_embedding
from rag.engine import Engine


@pytest.fixture
def openai_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[OpenAIStandIn]:
    server = OpenAIStandIn(api_key="test-key").start()
    monkeypatch.setenv("OPENAI_API_KEY", "test-key")
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    yield server
    server.stop()


def test_openai_compatible_embeddings_answer_from_their_own_index(openai_server: OpenAIStandIn, tmp_path: Path) -> None:
    home = tmp_path / "home"
    remote = Engine.open(Settings(home=home, embed_model="openai:text-embedding-3-small"))
    remote.ingest_file(put_file(tmp_path, "towing-invoice.txt", TOWING_V1))
    answer = remote.ask("What was the towing cost on CLM-1042?")

    assert "$385.00" in answer.text and answer.citations[0].document == "towing-invoice.txt"
    assert {r["model"] for r in openai_server.requests} == {"text-embedding-3-small"}
    # The default model in the same home sees none of it: vectors of two models never mix.
    local = Engine.open(Settings(home=home))
    assert local.stats() == {"documents": 0, "leaves": 0, "nodes": 0}
    assert local.claims() == []


def test_a_wrong_api_key_is_refused_by_the_server(openai_server: OpenAIStandIn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "wrong-key")
    engine = Engine.open(Settings(home=tmp_path / "home", embed_model="openai:text-embedding-3-small"))
    with pytest.raises(Exception, match="(?i)api key|401|authentication"):
        engine.ingest_file(put_file(tmp_path, "towing-invoice.txt", TOWING_V1))
    assert engine.stats()["documents"] == 0


def test_unknown_model_names_say_what_to_use() -> None:
    with pytest.raises(ValueError, match="minilm-int8.*openai:<model>.*sentence-transformers"):
        load_embedding("word2vec")
