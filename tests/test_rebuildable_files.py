"""The SQLite files in a home that are made from the store (the registry index, the lexical index,
the vector cache: rag/rebuildable.py) are made again when they cannot be used as they are: a file
that is not a database, or one written by another schema version. A busy file is never taken for a
damaged one. Real embedded Chroma, real MiniLM, real SQLite."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from docfactory import put_file

from rag.config import Settings
from rag.engine import Engine
from rag.rebuildable import RebuildableFile

SURVEY = """Claim Number: MAR-5512
Insured: Oskar Vähämäki

Marine survey
The surveyor found the bilge pump, model HX-2209, seized with salt; the vessel took on water at
its mooring on the night of 14 June 2026. Pump replacement: $1,280.00.
"""

SCHEMA = "CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);"


def test_damaged_lexical_and_vector_files_are_made_again_and_questions_still_answered(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home")
    engine = Engine.open(settings, warm=False)
    engine.ingest_file(put_file(tmp_path, "marine-survey.txt", SURVEY))
    assert "$1,280.00" in engine.ask("How much was the pump replacement on MAR-5512?").text
    engine.close()
    damaged = [*settings.home.glob("lexical-*.sqlite3"), *settings.home.glob("vectors-*.sqlite3")]
    assert len(damaged) == 2
    for path in damaged:
        path.write_bytes(b"this is not a SQLite file " * 200)  # a torn copy, another program's file

    reopened = Engine.open(settings, warm=False)
    answer = reopened.ask("How much was the pump replacement on MAR-5512?")
    assert "$1,280.00" in answer.text and answer.citations[0].document == "marine-survey.txt"
    assert reopened.claims_mentioning("HX-2209") == ["MAR-5512"]  # the lexical index, built again
    reopened.close()
    for path in damaged:
        with sqlite3.connect(path) as db:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_file_of_another_schema_version_starts_empty_and_one_of_the_same_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    first = RebuildableFile(path, SCHEMA, 1, timeout=5)
    first.connect().execute("INSERT INTO notes (text) VALUES ('kept')")
    first.close()

    same = RebuildableFile(path, SCHEMA, 1, timeout=5)
    assert same.connect().execute("SELECT text FROM notes").fetchall() == [("kept",)]
    same.close()

    newer = RebuildableFile(path, SCHEMA.replace("text TEXT", "body TEXT"), 2, timeout=5)
    db = newer.connect()
    assert db.execute("SELECT count(*) FROM notes").fetchone() == (0,)
    db.execute("INSERT INTO notes (body) VALUES ('new schema')")  # the new table, not the old one
    assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    newer.close()


def test_a_busy_file_is_an_error_not_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    RebuildableFile(path, SCHEMA, 1, timeout=5).connect().execute("INSERT INTO notes (text) VALUES ('kept')")
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")  # another process in the middle of a write

    newer = RebuildableFile(path, SCHEMA, 2, timeout=0.2)  # must write to change the schema: waits, then fails
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        newer.connect()
    writer.execute("ROLLBACK")
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT text FROM notes").fetchall() == [("kept",)]  # not deleted
