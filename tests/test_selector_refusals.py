"""Fact questions the selector used to refuse or answer with a nearby line, on files worded unlike
our samples (a crop-hail adjustment worksheet in Markdown, a warehouse roof-collapse report, a
tenant's e-mail log). Real parsing, chunking, Chroma and MiniLM through ``Engine.ask``; each test
checks what the adjuster reads: the value in a short answer with its ``[n]``.

- A Markdown table whose column headers hold numbers ("| Field | 2024 insured yield | ...") is a
  table with a header, not a row of data followed by rows headed by the separator's dashes.
- A person or company the question names ("who inspected the *Ravensworth* warehouse") says what
  is asked about; it is not the answer ("Ravensworth Cold Storage Ltd reported ...").
- Labels in Markdown bold (``**Surveyor:** Name  |  **Attended:** date``) are labels: the line is
  fields, and the value asked is the one under its label.
- "fees to date" asks an amount so far, not a date; "when did she first e-mail" asks a date, not an
  e-mail address.
"""

from __future__ import annotations

import re

import pytest
from docfactory import ask_checked, engine_with_files

from rag.answer import Answer
from rag.engine import Engine
from rag.records import Passage
from rag.selection import candidate_units
from rag.selection.selector import _names_what_is_asked_about
from rag.selection.values import question_kind

HAIL_MD = """# Crop-hail adjustment worksheet

Prepared for Tamarack Prairie Mutual by the field office in Leduc.

| Field | Value |
|---|---|
| Grower | Osric Pellinore Farms Ltd |
| Crop | Canola, Nexera 2022 |

## Yield by quarter section

Insured yield is the 5-year average in bushels per acre; the appraisal counted pods on 20 plants per site.

| Quarter | 2019-2023 average | Insured 2024 | Appraised 2024 | Shortfall |
|---|---:|---:|---:|---:|
| NE-14 | 41.2 | 39.0 | 22.5 | 16.5 |
| NW-14 | 44.8 | 42.5 | 31.0 | 11.5 |
| SE-15 | 38.1 | 36.0 | 12.0 | 24.0 |

The hail swath ran south-west to north-east on the evening of July 30.
"""

COLLAPSE_TXT = """Warehouse roof collapse - loss report

Ravensworth Cold Storage Ltd reported the collapse of the north bay roof on 3 March 2025 after two days of wet snow.
The building was inspected on 5 March by Ottoline Brasch, a structural engineer retained by the carrier.
Racking in bays 4 to 9 was crushed and 212 pallets of frozen peas were written off.
Quillfeather Demolition cleared the debris; their fees to date are $18,640.00 for crane time and haulage.
The tenant's operations manager first e-mailed the landlord about ponding on the roof on 14 February 2025.
"""


SURVEY_MD = """# Hull survey - MV Skerry Lass

**Surveyor:** Ingrid Vantongeren  |  **Attended:** 2025-06-02  |  **Report issued:** 2025-06-19
**Vessel:** MV Skerry Lass (IMO 9183327)  |  **Port:** Lerwick

The survey found the starboard stabiliser fin housing cracked along its weld.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("refusals")
    engine = engine_with_files(root, (("crop-hail-worksheet.md", HAIL_MD), ("roof-collapse.txt", COLLAPSE_TXT),
                                      ("hull-survey.md", SURVEY_MD)))
    yield engine
    engine.close()


def _cited(answer: Answer, value: str) -> None:
    assert answer.found and value in answer.text, answer.text
    assert re.search(r"\[\d\]", answer.text), answer.text
    assert any(value in c.excerpt for c in answer.citations), answer.citations


def test_a_table_whose_headers_hold_years_keeps_them_as_its_columns() -> None:
    passage = Passage(node_id="n1", text=HAIL_MD, score=1.0, document="crop-hail-worksheet.md", doc_id="d1", scope="w")
    rows = {u.text for u in candidate_units([passage])}
    assert ("Quarter: SE-15; 2019-2023 average: 38.1; Insured 2024: 36.0; Appraised 2024: 12.0; Shortfall: 24.0"
            in rows), rows
    assert not any("---" in r for r in rows), rows  # no row headed by the separator's dashes


def test_a_value_under_a_header_with_a_year_is_answered(engine: Engine) -> None:
    answer = ask_checked(engine, "appraised 2024 yield on SE-15")
    _cited(answer, "12.0")


def test_the_party_the_question_names_is_not_the_answer(engine: Engine) -> None:
    answer = ask_checked(engine, "who inspected the Ravensworth warehouse")
    _cited(answer, "Ottoline Brasch")
    assert "Ravensworth Cold Storage" not in answer.text.split("[")[0]


def test_a_name_the_question_writes_is_not_its_answer_unless_it_asks_the_claim_party() -> None:
    assert _names_what_is_asked_about("person", "Ravensworth Cold Storage Ltd", "who inspected the ravensworth site")
    assert _names_what_is_asked_about("person", "Mr. Pellinore", "who appraised the Pellinore canola")
    # a common word shared with the question is what it asks for, not a name: "which clinic" and "Elm Clinic"
    assert not _names_what_is_asked_about("organisation", "Elm Street Clinic", "which clinic saw her first")
    # the party a claim is known by answers "who is the insured on the X claim"
    assert not _names_what_is_asked_about("person", "Osric Pellinore", "who's the insured on the pellinore claim")
    assert not _names_what_is_asked_about("amount", "Pellinore", "pellinore shortfall")
    # a word in capitals is a thing's acronym: the firm named after it may be the answer
    assert not _names_what_is_asked_about("organisation", "Quayside LIDAR Surveys", "who ran the LIDAR scan for Pellinore")


def test_fees_to_date_ask_an_amount(engine: Engine) -> None:
    assert question_kind("demolition contractor's fees to date") == "amount"
    assert question_kind("what are the haulage costs so far") == "amount"
    answer = ask_checked(engine, "quillfeather fees to date")
    _cited(answer, "$18,640.00")


def test_when_someone_emailed_asks_a_date(engine: Engine) -> None:
    assert question_kind("when did the tenant first e-mail the landlord") == "date"
    assert question_kind("date of the last email from the broker") == "date"
    assert question_kind("what is the broker's email") == "email"
    answer = ask_checked(engine, "when did the tenant first e-mail the landlord about the roof")
    _cited(answer, "14 February 2025")


def test_bold_labels_are_labels() -> None:
    passage = Passage(node_id="n2", text=SURVEY_MD, score=1.0, document="hull-survey.md", doc_id="d2", scope="w")
    fields = {u.text: u.pairs for u in candidate_units([passage])}
    assert fields["Surveyor: Ingrid Vantongeren; Attended: 2025-06-02; Report issued: 2025-06-19"] == (
        ("Surveyor", "Ingrid Vantongeren"), ("Attended", "2025-06-02"), ("Report issued", "2025-06-19"))


def test_the_date_under_the_label_asked_is_the_answer(engine: Engine) -> None:
    answer = ask_checked(engine, "when was the hull survey report issued")
    assert answer.found and "2025-06-19" in answer.text, answer.text
    assert "2025-06-02" not in answer.text.split(";")[0], answer.text
    assert any("2025-06-19" in c.excerpt for c in answer.citations)


def test_a_name_before_a_place_noun_is_a_place_and_a_double_barrelled_name_is_whole() -> None:
    from rag.selection.values import find_values

    said = "I saw the claimant at our Kettle Moraine branch; Agnes Obuya-Lindqvist drove him home."
    assert find_values("person", said) == ["Agnes Obuya-Lindqvist"]


def test_a_rule_of_dashes_under_a_row_is_no_table_header() -> None:
    text = "RECOVERY LOG:\nR1 | Brackwater Salvage | crane 3 | to 22 Quay St\nR2 | Brackwater Salvage | barge 7 | to Pier 4\n" \
           "------------------------------------------------------------\nNOTES: hull patched on site."
    passage = Passage(node_id="n4", text=text, score=1.0, document="salvage-log.txt", doc_id="d4", scope="w")
    rows = {u.text for u in candidate_units([passage])}
    assert "RECOVERY LOG: R2; Brackwater Salvage; barge 7; to Pier 4" in rows, rows
