"""Thirteen claim files in styles unlike our samples (adjusters' worksheets with reserve tables,
email threads signed by the handler, police-style narratives, medical summaries, a cyber
incident log), for the lookup tests: which claims match a topic named in other words, a status
("closed without payment", "reopened", "in litigation"), a reserve read from a table, an
adjuster named only in a signature, a date range. Each file is a claim nobody here had written
before; the questions of the tests are worded unlike any eval question."""

from __future__ import annotations

FILES: dict[str, str] = {
    "kettering_worksheet.md": """# Property Loss Worksheet

**Claim Ref:** KP-25-00412
**Policyholder:** Ingrid Kettering
**Risk address:** 41 Harrow Mews, Fallowfield
**Loss date:** 03/22/2025
**Notified:** 04/02/2025
**Mortgagee:** Harrowgate Building Society, loan 5581-22

## Circumstances
An escape of water from a split flexible hose under the kitchen sink saturated the laminate
flooring and the lower cabinets overnight; the ceiling of the cellar below sagged.

## Reserves
| Head of claim | Reserve |
| --- | --- |
| Building | $38,000.00 |
| Contents | $6,500.00 |
| Alternative accommodation | $4,200.00 |

Current position: open, awaiting the contractor's schedule of works.
SUBRO POTENTIAL vs hose mfr - referred to recovery.

Handler: Marisol Etxeberria
""",
    "re_haverford_collision.eml": """From: Tomasz Wierzbicki <t.wierzbicki@northmarch-ins.example>
To: Claims Registry <registry@northmarch-ins.example>
Subject: RE: Haverford collision - file AU/2025/7731

Team,

Insured Bernadette Haverford withdrew the collision claim on 05/14/2025 after settling the
fender damage with the other driver privately. No indemnity or expense was paid. Please mark
AU/2025/7731 as closed without payment.

Date of accident: 04/30/2025

Kind regards,
Tomasz Wierzbicki
Senior Motor Claims Examiner
Northmarch Insurance
""",
    "delacroix_theft_narrative.txt": """INCIDENT NARRATIVE - CLAIM 55-0093-CT

Reporting party: Lucien Delacroix (insured), owner of Delacroix Fleet Rentals.
Date of occurrence: 01/09/2025

Sometime between 2300 and 0500 hours, unknown persons entered the unfenced yard and sawed the
catalytic converters off four parked box trucks. A neighbour heard grinding but did not call it in.
Officer Reyes of the Millbrook PD took the report (case 25-00188).

File history:
02/10/2025 - Claim closed, converters replaced, $9,840.00 paid.
06/02/2025 - Claim reopened: a fifth truck was found stripped of its converter as well.

Adjuster assigned: Keeley Obuya
""",
    "santangelo_medical_summary.txt": """MEDICAL CASE SUMMARY
Claim No.: WCX 2024 88120
Employee: Rocco Santangelo
Employer: Brambleton Cold Storage Inc.
Date of injury: 12/03/2024

Mr. Santangelo slipped on an iced loading ramp and fractured his right ankle (bimalleolar). Open
reduction and internal fixation was performed on 12/05/2024. He remains off work.

Legal: the employee retained counsel (Hartigan & Moss) and a petition was filed with the
commission; the file is in litigation.
Outstanding reserve: $182,000.00

Case manager: Odile Brennan, RN
Claims examiner: Keeley Obuya
""",
    "moravec_fire_report.txt": """FIRE LOSS - PRELIMINARY REPORT
Claim number: CF-3390-M
Named insured: Moravec Bakehouse LLC
Date of fire: 07/18/2025
Reported to carrier: 07/18/2025

A grease fire started in the fryer hood and spread through the duct into the roof void. The
fire brigade contained it within the kitchen; smoke reached the dining room.

Reserve summary
Building .......... $120,000.00
Business income .... $45,000.00

Status: open
Adjuster: Marisol Etxeberria
""",
    "quintero_roof_closing.txt": """CLOSING REPORT
Claim: HO 25 004417
Insured: Paloma Quintero
Date of loss: 05/06/2025
Cause: a windstorm with golf-ball size hail stripped shingles and dented the gutters.
Payment issued: $14,310.00 (ACV less $1,000 deductible)
Deductible: $1,000.00
Claim status: CLOSED
Field adjuster: Bertrand Achterberg
""",
    "ridgeway_cyber_log.md": """## Incident log - Ridgeway Dental Group

| Field | Detail |
| --- | --- |
| Claim reference | CY-8812-R |
| Insured | Ridgeway Dental Group PC |
| Date of incident | 08/11/2025 |
| First notice | 08/12/2025 |
| Status | Open |
| Reserve | $250,000.00 |
| Handler | Bertrand Achterberg |

Ransomware encrypted the practice management server; the attackers demanded 40 BTC and posted
a sample of patient records on a leak site. Forensic firm engaged on 08/12/2025.
""",
    "lachance_dog_incident.txt": """LIABILITY CLAIM NOTE
Claim #: GL-2025-5561
Insured: Yvette Lachance
Claimant: Darnell Pruitt (mail carrier)
Date of loss: 09/03/2025

The insured's German shepherd slipped its lead and bit the mail carrier on the forearm; he
received eleven stitches at urgent care.
Status: open
Reserve: $18,500.00
Deductible: $2,500.00
Adjuster: Keeley Obuya
""",
    "osei_basement_notes.txt": """FILE NOTES
Claim: 0412-HX-2025
Insured: Kwabena Osei
DOL: 06/27/2025
Reported: 06/28/2025

Heavy rain overwhelmed the municipal main and raw sewage backed up through the floor drain into
the finished basement; carpet, drywall and a furnace were ruined.
Subrogation: None identified (municipal main, immune).
Status: closed - paid $22,640.00 on 08/15/2025.
Adjuster: Marisol Etxeberria
""",
    "pemberton_graffiti.txt": """Claim Number: CP-77-1023
Insured: Pemberton Community Hall Trust
Date of Loss: 10/02/2025
Vandals spray-painted slurs across the rear wall and smashed two stained-glass windows.
11/03/2025 PMT 2,150.00 to glazier - chk 55102
Status: Open
Reserve: $7,900.00
Adjuster: Bertrand Achterberg
""",
    "ashdown_slip_store.txt": """GENERAL LIABILITY - FIRST REPORT
Claim No: GL-4490-A
Insured: Ashdown Hardware Co.
Claimant: Mildred Vance
Store: 880 Mill Race Road, Topeka, KS 66604
Date of Loss: 02/14/2025
A customer tripped over a pallet jack left in aisle 7 and fractured her wrist.
The claimant is represented by Fenwick Law Group; a lawsuit was served on 05/20/2025.
The policy carries a deductible of $5,000 per occurrence, which the insured reimburses on request.
Status: in suit
Reserve: $65,000.00
Adjuster: Tomasz Wierzbicki
""",
    "brightwell_cargo.txt": """MARINE CARGO CLAIM
Our ref: MC/25/3318
Assured: Brightwell Coffee Importers Ltd.
Date of loss: 04/11/2025
Forty bags of green coffee were found wet and mouldy on discharge after seawater entered a
container through a corroded roof panel.
Claim denied 05/30/2025: the policy excludes loss from insufficient packing of the container.
Status: denied
Handler: Tomasz Wierzbicki
""",
    "re_okonkwo_reserves.eml": """From: Hester Vandermolen <h.vandermolen@northmarch-ins.example>
To: Claims Registry <registry@northmarch-ins.example>
Subject: Okonkwo scaffold fall - file GL-6120-T - reserves

A scaffold plank gave way and the claimant, a window cleaner, fell two storeys onto the car park.
Date of loss: 11/04/2025
I have set reserves on GL-6120-T: indemnity is now $40,000.00 and expense is $15,000.00.

Hester Vandermolen
Liability Claims Handler
""",
}

CLAIMS = ("KP-25-00412", "AU/2025/7731", "55-0093-CT", "WCX 2024 88120", "CF-3390-M", "HO 25 004417", "CY-8812-R",
          "GL-2025-5561", "0412-HX-2025", "CP-77-1023", "GL-4490-A", "MC/25/3318", "GL-6120-T")


def listed(text: str) -> list[str]:
    """The claim numbers of the corpus an answer names, sorted."""
    return sorted(c for c in CLAIMS if c in text)
