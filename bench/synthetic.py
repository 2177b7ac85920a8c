"""Deterministic synthetic claim files for the benchmarks.

    python bench/synthetic.py OUT_DIR --leaves 1000 [--seed 7] [--pdf-every 2]

writes claim files (adjuster notes as TXT, first notice of loss as Markdown, and multi-page
PDF estimates / invoices / medical summaries made with fpdf2) until the corpus holds about
``--leaves`` leaf chunks, plus ``manifest.json`` (files, claims, facts, leaf estimates).

Everything comes from one ``random.Random(seed)``: the same arguments always give the same
bytes. The vocabulary is a claim adjuster's: claim ids ``CLM-NNNN``, policy numbers
(``PAP-884120``), insured, claimant, adjuster and vendor names, dates of loss, labelled amounts
(``Towing: $385.00``, ``Deductible: $500.00``) and narrative file notes.

Leaf counts are measured, not guessed: each file is run through claimbot's own parser and
chunker (``rag.parsing`` + ``rag.chunking``, no embedding), so the estimate in the manifest is
what ``engine.ingest_file`` will make, up to small differences from metadata lengths. The
benchmarks still report the real count from ``engine.stats()``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GENERATOR_VERSION = 1
"""Bump when the output changes: cached stores under bench/.cache/ are keyed by it."""

# -- vocabulary ----------------------------------------------------------------------------

FIRST = (
    "Daniel Elena Marcus Priya Glenn Aisha Tomas Rachel Kevin Sandra Luis Megan Omar Hannah "
    "Victor Grace Andre Naomi Derek Lucia Samuel Ingrid Patrick Yuki Brandon Fatima Colin "
    "Renee Mateo Olivia Gareth Simone Ethan Leila Howard Camille Trevor Nadia Wesley Joanna"
).split()
LAST = (
    "Okafor Vasquez Bell Raman Hartley Rahman Novak Greene Marsh Whitfield Castillo Brennan "
    "Haddad Lindqvist Moreau Fischer Delgado Kowalski Thornton Nakamura Sullivan Petrov Osei "
    "Gallagher Ferreira Lambert Chen Duarte Hughes Abernathy Mensah Ramirez Sato Keller Byrne"
).split()
CITIES = (
    ("Columbus", "OH", "43215"), ("Maple Grove", "MN", "55311"), ("Dayton", "OH", "45402"),
    ("Eau Claire", "WI", "54701"), ("Fort Wayne", "IN", "46802"), ("Peoria", "IL", "61602"),
    ("Lansing", "MI", "48933"), ("Des Moines", "IA", "50309"), ("Toledo", "OH", "43604"),
    ("Madison", "WI", "53703"), ("Rochester", "MN", "55901"), ("Springfield", "IL", "62701"),
)
STREETS = (
    "Birchwood Court", "Lane Avenue", "Elm Street", "Harbor Drive", "Sycamore Lane",
    "Industrial Parkway", "Cedar Ridge Road", "Market Street", "Lakeview Terrace", "Mill Road",
)
VEHICLES = (
    "2021 Honda Accord EX", "2019 Toyota RAV4 XLE", "2022 Ford F-150 XLT", "2018 Subaru Outback",
    "2020 Chevrolet Equinox LT", "2023 Hyundai Tucson SEL", "2017 Nissan Altima SV",
    "2021 Kia Telluride S", "2019 Mazda CX-5 Touring", "2020 Jeep Grand Cherokee Limited",
)
TOWERS = ("Buckeye Towing & Recovery", "Northland Wrecker Service", "Ace Towing and Storage",
          "Prairie Road Recovery", "Lakeshore Towing")
SHOPS = ("Northside Collision Center", "Precision Auto Body", "Maaco Collision Repair",
         "Gerber Collision & Glass", "Riverside Body Works")
RENTALS = ("Capital City Car Rental", "Enterprise Rent-A-Car", "Hertz Local Edition",
           "Budget Truck and Car")
MITIGATORS = ("DryRight Restoration", "ServiceMaster Recovery", "Paul Davis Restoration",
              "Rapid Dry Water Removal", "BluSky Restoration")
BUILDERS = ("Northstar Home Builders", "Cornerstone Contracting", "Heritage Remodeling",
            "Summit Construction Group")
PLUMBERS = ("Hennepin Plumbing Service", "Roto-Rooter Plumbing", "Benjamin Franklin Plumbing",
            "Metro Drain and Pipe")
LOCKSMITHS = ("Secure Door & Lock", "Allied Locksmiths", "Keystone Security Services")
CLINICS = ("OhioHealth Occupational Medicine", "Concentra Urgent Care", "Mercy Orthopedic Clinic",
           "Summit Physical Therapy", "Riverside Imaging Center")
BUSINESSES = ("Harbor Lights Electronics", "Maple Street Pharmacy", "Redline Cycle Shop",
              "Bluebird Bakery & Cafe", "Crescent Jewelers", "Tri-County Feed Supply")
EMPLOYERS = ("Midwest Logistics LLC", "Great Lakes Packaging Inc.", "Prairie Foods Co.",
             "Summit Steel Fabrication", "Riverbend Warehousing")

KINDS = ("auto", "water", "burglary", "workcomp", "liability")
POLICY_PREFIX = {"auto": "PAP", "water": "HO3", "burglary": "CPP", "workcomp": "WCP", "liability": "CGL"}
POLICY_PREFIXES = tuple(POLICY_PREFIX.values())
"""bench/_store.py renumbers ``<prefix>-<6 digits>`` policy numbers when it replicates claims."""


def money(value: float) -> str:
    return f"${value:,.2f}"


def long_date(d: date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def us_date(d: date) -> str:
    return d.strftime("%m/%d/%Y")


# -- one claim -------------------------------------------------------------------------------


@dataclass
class Claim:
    number: int
    kind: str
    claim_id: str
    policy: str
    insured: str
    claimant: str
    adjuster: str
    supervisor: str
    date_of_loss: date
    reported: date
    city: tuple[str, str, str]
    address: str
    deductible: float
    reserve: float
    vendors: dict[str, str] = field(default_factory=dict)
    amounts: dict[str, float] = field(default_factory=dict)
    """Labelled amounts as the files state them (the answers to the benchmark's questions)."""
    detail: dict[str, str] = field(default_factory=dict)

    def facts(self) -> dict[str, object]:
        return {
            "claim_id": self.claim_id,
            "kind": self.kind,
            "policy": self.policy,
            "insured": self.insured,
            "claimant": self.claimant,
            "adjuster": self.adjuster,
            "date_of_loss": self.date_of_loss.isoformat(),
            "vendors": self.vendors,
            "amounts": {k: round(v, 2) for k, v in self.amounts.items()},
        }


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def cents(rng: random.Random, low: float, high: float) -> float:
    return round(rng.uniform(low, high), 2)


def make_claim(rng: random.Random, number: int) -> Claim:
    kind = KINDS[number % len(KINDS)] if number < len(KINDS) else rng.choice(KINDS)
    city = rng.choice(CITIES)
    dol = date(2025, 1, 1) + timedelta(days=rng.randrange(0, 480))
    claim = Claim(
        number=number,
        kind=kind,
        claim_id=f"CLM-{1000 + number}",
        policy=f"{POLICY_PREFIX[kind]}-{rng.randrange(100000, 999999)}",
        insured=person(rng),
        claimant=person(rng),
        adjuster=person(rng),
        supervisor=person(rng),
        date_of_loss=dol,
        reported=dol + timedelta(days=rng.randrange(0, 4)),
        city=city,
        address=f"{rng.randrange(12, 9800)} {rng.choice(STREETS)}, {city[0]}, {city[1]} {city[2]}",
        deductible=float(rng.choice((250, 500, 1000, 1000, 2500))),
        reserve=float(rng.randrange(30, 400) * 250),
    )
    a, v, d = claim.amounts, claim.vendors, claim.detail
    if kind == "auto":
        v.update(tow=rng.choice(TOWERS), shop=rng.choice(SHOPS), rental=rng.choice(RENTALS))
        d.update(vehicle=rng.choice(VEHICLES), cause=rng.choice((
            "rear-ended at a stop light on wet pavement",
            "hydroplaned on the exit ramp and struck the concrete barrier",
            "struck a deer crossing the county road at dusk",
            "sideswiped by a box truck changing lanes on the interstate",
            "backed into a light pole in the grocery store parking lot")))
        a.update(towing=cents(rng, 150, 650), storage=cents(rng, 60, 420),
                 repair_estimate=cents(rng, 1800, 14500), supplement=cents(rng, 120, 2200),
                 rental_rate=float(rng.choice((32, 36, 40, 45))), rental_days=float(rng.randrange(6, 38)))
        a["rental_total"] = round(a["rental_rate"] * a["rental_days"], 2)
        a["total_paid"] = round(a["repair_estimate"] + a["supplement"] - claim.deductible
                                + a["towing"] + min(a["rental_total"], 1200.0), 2)
    elif kind == "water":
        v.update(plumber=rng.choice(PLUMBERS), mitigation=rng.choice(MITIGATORS), builder=rng.choice(BUILDERS))
        d.update(cause=rng.choice((
            "a frozen PEX supply line split inside the upstairs bathroom wall",
            "the water heater tank failed and flooded the finished basement",
            "a washing machine supply hose burst on the second floor",
            "the dishwasher drain line separated under the kitchen sink")))
        a.update(mitigation=cents(rng, 2500, 11000), rebuild_estimate=cents(rng, 8000, 62000),
                 contents=cents(rng, 500, 9000), ale=cents(rng, 0, 4800),
                 coverage_a=float(rng.randrange(18, 60) * 10000))
        a["total_paid"] = round(a["mitigation"] + a["rebuild_estimate"] + a["contents"] + a["ale"]
                                - claim.deductible, 2)
    elif kind == "burglary":
        v.update(business=rng.choice(BUSINESSES), locksmith=rng.choice(LOCKSMITHS))
        d.update(entry=rng.choice(("the rear service door was pried open",
                                   "the front display window was smashed",
                                   "the roof hatch lock was cut")),
                 police=f"{rng.choice(('CPD', 'MPD', 'SPD'))}-{rng.randrange(24, 27)}-{rng.randrange(10000, 99999)}")
        a.update(stock_loss=cents(rng, 4000, 85000), door_repair=cents(rng, 600, 5400),
                 business_income=cents(rng, 0, 12000), limit=float(rng.randrange(5, 30) * 10000))
        a["total_paid"] = round(a["stock_loss"] + a["door_repair"] + a["business_income"] - claim.deductible, 2)
    elif kind == "workcomp":
        v.update(employer=rng.choice(EMPLOYERS), clinic=rng.choice(CLINICS))
        d.update(injury=rng.choice(("a lumbar strain lifting a pallet of cartons",
                                    "a right wrist fracture from a fall off a loading dock",
                                    "a laceration to the left hand from a box cutter",
                                    "a torn rotator cuff reaching overhead to a racking shelf")))
        a.update(aww=cents(rng, 640, 1480), medical=cents(rng, 1200, 24000), weeks=float(rng.randrange(2, 19)))
        a["ttd_rate"] = round(a["aww"] * 2 / 3, 2)
        a["indemnity"] = round(a["ttd_rate"] * a["weeks"], 2)
        a["total_paid"] = round(a["medical"] + a["indemnity"], 2)
        claim.deductible = 0.0
    else:  # liability
        v.update(premises=rng.choice(BUSINESSES), clinic=rng.choice(CLINICS))
        d.update(incident=rng.choice(("slipped on a freshly mopped floor near the entrance",
                                      "tripped over a display pallet in aisle 4",
                                      "fell on an icy sidewalk outside the store")))
        a.update(medical_bills=cents(rng, 900, 38000), lost_wages=cents(rng, 0, 9000),
                 demand=cents(rng, 15000, 150000))
        a["settlement"] = round(min(a["demand"] * rng.uniform(0.25, 0.6),
                                    a["medical_bills"] * 3 + a["lost_wages"]), 2)
        a["total_paid"] = a["settlement"]
    return claim


# -- narrative building blocks ---------------------------------------------------------------

_ACTIONS = (
    "Called {who} and left a voicemail asking for a return call about {topic}.",
    "Spoke with {who}, who confirmed {topic} and had no further questions at this time.",
    "Received an email from {who} regarding {topic}; saved it to the file and replied the same day.",
    "Reviewed the documents received so far on {topic}; nothing inconsistent with the reported loss.",
    "Diary set for seven days to follow up with {who} on {topic}.",
    "Sent a status letter to {who} explaining where the claim stands on {topic} and what is still needed.",
    "Discussed {topic} with supervisor {sup}; agreed the handling plan and the current reserve is adequate.",
    "Requested copies of invoices and photographs from {who} to support {topic}.",
)
_TOPICS = {
    "auto": ("the repair estimate", "the rental extension", "the towing and storage charges",
             "the supplement for hidden damage", "the police report", "the total loss evaluation",
             "the deductible", "the repair timeline"),
    "water": ("the drying logs", "the mitigation invoice", "the rebuild estimate", "the contents inventory",
              "additional living expenses", "the plumbing repair exclusion", "moisture readings"),
    "burglary": ("the inventory loss schedule", "the police report", "the door repair invoice",
                 "the business income worksheet", "the alarm company records", "the proof of ownership"),
    "workcomp": ("the first report of injury", "the medical restrictions", "the return to work plan",
                 "the average weekly wage statement", "temporary total disability payments",
                 "the independent medical exam"),
    "liability": ("the incident report", "the surveillance video", "the medical bills", "the settlement demand",
                  "the recorded statement", "the lost wage documentation"),
}


def _note_entry(rng: random.Random, claim: Claim, when: date) -> str:
    who = rng.choice((claim.insured, claim.claimant, *claim.vendors.values()))
    topic = rng.choice(_TOPICS[claim.kind])
    sentences = [action.format(who=who, topic=topic, sup=claim.supervisor)
                 for action in rng.sample(_ACTIONS, rng.randrange(2, 5))]
    if rng.random() < 0.5:
        label, value = rng.choice([(k, v) for k, v in claim.amounts.items() if k in AMOUNT_LABELS])
        sentences.append(f"For reference, the {AMOUNT_LABELS[label].lower()} on file is {money(value)}.")
    return f"{us_date(when)} - {claim.adjuster.split()[0][0]}. {claim.adjuster.split()[-1]} - " + " ".join(sentences)


def _loss_story(claim: Claim) -> str:
    d, v = claim.detail, claim.vendors
    when = long_date(claim.date_of_loss)
    if claim.kind == "auto":
        return (f"On {when} the insured {claim.insured}, driving the {d['vehicle']}, {d['cause']}. "
                f"The vehicle was not drivable and was towed by {v['tow']} to their yard, then moved to "
                f"{v['shop']} for inspection. No injuries were reported. The insured rented a car from "
                f"{v['rental']} while the vehicle was being repaired.")
    if claim.kind == "water":
        return (f"On {when} {d['cause']} at the insured property, {claim.address}. "
                f"{v['plumber']} made the emergency plumbing repair the same day and {v['mitigation']} "
                f"started water extraction, set air movers and dehumidifiers, and removed wet drywall. "
                f"{v['builder']} wrote the rebuild estimate. The home was occupied and heated.")
    if claim.kind == "burglary":
        return (f"Overnight into {when} {d['entry']} at {v['business']}, {claim.address}. "
                f"Police report {d['police']} was filed at 6:10 a.m. when the owner arrived. Stock was "
                f"taken from the sales floor and the back room. {v['locksmith']} secured the building "
                f"and replaced the damaged door hardware.")
    if claim.kind == "workcomp":
        return (f"On {when} the employee {claim.claimant} of {v['employer']} sustained {d['injury']}. "
                f"The employee was seen the same day at {v['clinic']} and placed on restrictions; the "
                f"employer could not accommodate them, so temporary total disability benefits began.")
    return (f"On {when} the claimant {claim.claimant} {d['incident']} at {v['premises']}, {claim.address}. "
            f"The claimant was treated at {v['clinic']} and later retained counsel, who sent a written "
            f"settlement demand. The insured's manager completed an incident report the same day.")


AMOUNT_LABELS = {
        "towing": "Towing", "storage": "Storage", "repair_estimate": "Repair Estimate",
        "supplement": "Supplement 1", "rental_rate": "Rental Daily Rate", "rental_total": "Rental Invoice",
        "mitigation": "Mitigation Invoice", "rebuild_estimate": "Rebuild Estimate",
        "contents": "Contents Payment", "ale": "Additional Living Expense", "coverage_a": "Coverage A - Dwelling Limit",
        "stock_loss": "Stock Loss", "door_repair": "Door Repair", "business_income": "Business Income Loss",
        "limit": "Business Personal Property Limit", "aww": "Average Weekly Wage", "medical": "Medical Paid",
        "ttd_rate": "TTD Weekly Rate", "indemnity": "Indemnity Paid", "medical_bills": "Medical Bills",
        "lost_wages": "Lost Wages", "demand": "Settlement Demand", "settlement": "Settlement Amount",
        "total_paid": "Total Paid",
}


def _amount_lines(claim: Claim) -> list[str]:
    lines = [f"Deductible: {money(claim.deductible)}"] if claim.deductible else []
    lines.append(f"Reserve: {money(claim.reserve)}")
    for key, value in claim.amounts.items():
        if key in ("weeks", "rental_days"):
            continue
        lines.append(f"{AMOUNT_LABELS[key]}: {money(value)}")
    return lines


# -- the files -------------------------------------------------------------------------------


def adjuster_notes(rng: random.Random, claim: Claim, entries: int) -> str:
    head = [
        f"CLAIM FILE NOTES - {claim.claim_id}",
        "=" * 27,
        "",
        f"Claim #: {claim.claim_id}",
        f"Policy #: {claim.policy}",
        f"Insured: {claim.insured}",
        *( [f"Claimant: {claim.claimant}"] if claim.kind in ("workcomp", "liability") else [] ),
        f"Date of Loss: {long_date(claim.date_of_loss)}",
        f"Handling Adjuster: {claim.adjuster}",
        f"Supervisor: {claim.supervisor}",
        "",
        "LOSS DESCRIPTION",
        "----------------",
        "",
        _loss_story(claim),
        "",
        "AMOUNTS",
        "-------",
        "",
        *_amount_lines(claim),
        "",
        "NOTES",
        "-----",
        "",
    ]
    when = claim.reported
    body = []
    for _ in range(entries):
        body += [_note_entry(rng, claim, when), ""]
        when += timedelta(days=rng.randrange(1, 6))
    return "\n".join(head + body)


def first_notice(rng: random.Random, claim: Claim) -> str:
    v = claim.vendors
    lines = [
        f"# First Notice of Loss - Claim {claim.claim_id}",
        "",
        f"- Claim Number: {claim.claim_id}",
        f"- Policy Number: {claim.policy}",
        f"- Named Insured: {claim.insured}",
        f"- Loss Location: {claim.address}",
        f"- Date of Loss: {us_date(claim.date_of_loss)}",
        f"- Date Reported: {us_date(claim.reported)}",
        f"- Adjuster: {claim.adjuster}",
        "",
        "## Loss Description",
        "",
        _loss_story(claim),
        "",
        "## Policy Summary",
        "",
        f"- Policy Period: {us_date(claim.date_of_loss.replace(day=1) - timedelta(days=120))} to "
        f"{us_date(claim.date_of_loss.replace(day=1) + timedelta(days=245))}",
        *(f"- {line}" for line in _amount_lines(claim)[:3]),
        "",
        "The deductible applies once per occurrence. Coverage is confirmed subject to the policy terms, "
        "conditions and exclusions; the adjuster will confirm the coverage position in writing after "
        "the inspection and review of the documents requested below.",
        "",
        "## Parties and Vendors",
        "",
        *(f"- {role.replace('_', ' ').title()}: {name}" for role, name in v.items()),
        "",
        "## Intake Notes",
        "",
    ]
    for _ in range(rng.randrange(3, 7)):
        lines += [_note_entry(rng, claim, claim.reported), ""]
    return "\n".join(lines)


def pdf_document(rng: random.Random, claim: Claim, pages: int) -> tuple[str, bytes]:
    """A multi-page estimate / invoice / medical summary, one heading per page."""
    from fpdf import FPDF

    title = {
        "auto": f"Repair Estimate - {claim.vendors.get('shop', '')}",
        "water": f"Mitigation and Rebuild Estimate - {claim.vendors.get('mitigation', '')}",
        "burglary": "Inventory Loss Schedule",
        "workcomp": "Medical and Indemnity Summary",
        "liability": "Settlement Demand Review",
    }[claim.kind]
    pdf = FPDF(format="Letter")
    pdf.set_title(f"{title} {claim.claim_id}")
    pdf.set_auto_page_break(auto=True, margin=18)
    amounts = _amount_lines(claim)
    for page in range(1, pages + 1):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 14)
        pdf.cell(0, 8, f"{title} - part {page}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        for line in (f"Claim Number: {claim.claim_id}", f"Policy Number: {claim.policy}",
                     f"Insured: {claim.insured}", f"Date of Loss: {us_date(claim.date_of_loss)}"):
            pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        if page == 1:
            pdf.multi_cell(0, 5, _loss_story(claim), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        for _ in range(rng.randrange(10, 16)):
            item = rng.choice(_LINE_ITEMS[claim.kind])
            qty = rng.randrange(1, 12)
            pdf.cell(0, 5, f"{item}, qty {qty}: {money(cents(rng, 25, 1800))}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        for _ in range(2):
            pdf.multi_cell(0, 5, _note_entry(rng, claim, claim.reported + timedelta(days=page)),
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        if page == pages:
            pdf.set_font("Helvetica", "B", 11)
            pdf.cell(0, 6, "Totals", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "", 10)
            for line in amounts:
                pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    slug = title.split(" - ")[0].lower().replace(" ", "-")
    return f"{claim.claim_id}-{slug}.pdf", bytes(pdf.output())


_LINE_ITEMS = {
    "auto": ("Front bumper cover R&I", "Headlamp assembly replace", "Fender repair labor", "Paint and materials",
             "Radiator support tie bar", "Frame setup and pull", "Wheel alignment", "Blend adjacent panels",
             "Hazardous waste disposal", "Condenser replace", "Grille replace", "Body labor 2.5 hours"),
    "water": ("Water extraction carpet", "Air mover per day", "Dehumidifier per day", "Drywall removal flood cut",
              "Antimicrobial application", "Baseboard remove and replace", "Vinyl plank flooring",
              "Drywall hang tape finish", "Paint walls two coats", "Vanity base cabinet", "Contents pack-out"),
    "burglary": ("Smartphones in retail packaging", "Laptop computers", "Bluetooth headphones", "Cash drawer contents",
                 "Display case glass", "Gift cards unactivated", "Tablet computers", "Smart watches",
                 "Security camera DVR", "Point of sale terminal"),
    "workcomp": ("Office visit established patient", "X-ray two views", "MRI without contrast",
                 "Physical therapy session", "Prescription naproxen", "Orthopedic consultation",
                 "Work status note", "Durable medical equipment brace", "Mileage reimbursement"),
    "liability": ("Emergency department visit", "CT scan head", "Orthopedic follow up", "Physical therapy visit",
                  "Prescription medication", "Lost wages week", "Mileage to appointments",
                  "Chiropractic adjustment", "Pain management consult"),
}


# -- the corpus ------------------------------------------------------------------------------


@dataclass
class FileEntry:
    name: str
    claim_id: str
    kind: str
    pages: int | None
    leaves: int
    bytes: int


@dataclass
class Corpus:
    root: Path
    seed: int
    target_leaves: int
    files: list[FileEntry]
    claims: list[dict[str, object]]

    @property
    def leaves(self) -> int:
        return sum(f.leaves for f in self.files)

    @property
    def pages(self) -> int:
        return sum(f.pages or 0 for f in self.files)

    def paths(self) -> list[Path]:
        return [self.root / f.name for f in self.files]

    def to_json(self) -> dict[str, object]:
        return {
            "generator_version": GENERATOR_VERSION,
            "seed": self.seed,
            "target_leaves": self.target_leaves,
            "leaves_estimate": self.leaves,
            "pages": self.pages,
            "files": [asdict(f) for f in self.files],
            "claims": self.claims,
        }


class LeafCounter:
    """claimbot's own parse + chunk path (as ``rag.ingest.Ingestor`` runs it), without embedding."""

    def __init__(self, chunk_sizes: tuple[int, ...] | None = None) -> None:
        from rag.chunking import make_parser
        from rag.config import DEFAULT_CHUNK_SIZES

        self._parser = make_parser(chunk_sizes or DEFAULT_CHUNK_SIZES)

    def texts(self, path: Path, scope: str = "workspace") -> tuple[list[str], int | None]:
        """The texts ingest embeds for this file (leaf content with embedded metadata), and pages."""
        from llama_index.core.schema import MetadataMode

        from rag.chunking import chunk, section_documents
        from rag.ingest import document_id
        from rag.metadata import extract_metadata
        from rag.parsing import parse_file

        data = path.read_bytes()
        parsed = parse_file(path)
        metadata = extract_metadata(parsed)
        doc_id = document_id(scope, path.name)
        version_id = f"{doc_id}-{hashlib.sha256(data).hexdigest()[:12]}"
        base = {"document": path.name, "doc_id": doc_id, "version_id": version_id, "scope": scope,
                "claim_id": metadata.claim_id, "kind": parsed.kind, "source_url": None}
        _, leaves = chunk(self._parser, section_documents(parsed, version_id=version_id, base_metadata=base))
        return [leaf.get_content(metadata_mode=MetadataMode.EMBED) for leaf in leaves], parsed.pages

    def count(self, path: Path) -> tuple[int, int | None]:
        texts, pages = self.texts(path)
        return len(texts), pages


def generate(
    out: Path,
    target_leaves: int,
    *,
    seed: int = 7,
    pdf_every: int = 2,
    pdf_pages: tuple[int, int] = (2, 6),
    first_claim: int = 0,
) -> Corpus:
    """Write claims into ``out`` until about ``target_leaves`` leaves; returns the manifest.

    Every claim gets adjuster notes (TXT) and a first notice of loss (Markdown); every
    ``pdf_every``-th claim also gets a multi-page PDF (0: no PDFs).
    """
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    counter = LeafCounter()
    corpus = Corpus(root=out, seed=seed, target_leaves=target_leaves, files=[], claims=[])
    number = first_claim
    while corpus.leaves < target_leaves:
        claim = make_claim(rng, number)
        remaining = target_leaves - corpus.leaves
        files: list[tuple[str, bytes]] = [
            (f"{claim.claim_id}-first-notice.md", first_notice(rng, claim).encode()),
        ]
        if remaining > 12:
            # ~1 leaf per note entry; the last claim is trimmed to land near the target.
            entries = max(2, min(rng.randrange(10, 26), remaining - 8))
            files.append((f"{claim.claim_id}-adjuster-notes.txt", adjuster_notes(rng, claim, entries).encode()))
        if pdf_every and number % pdf_every == 0 and remaining > 25:
            files.append(pdf_document(rng, claim, rng.randrange(pdf_pages[0], pdf_pages[1] + 1)))
        for name, data in files:
            path = out / name
            path.write_bytes(data)
            leaves, pages = counter.count(path)
            corpus.files.append(FileEntry(name, claim.claim_id, path.suffix[1:], pages, leaves, len(data)))
        corpus.claims.append(claim.facts())
        number += 1
    (out / "manifest.json").write_text(json.dumps(corpus.to_json(), indent=1))
    return corpus


# -- questions -------------------------------------------------------------------------------

_QUESTIONS = (
    "What was the total paid on {claim_id}?",
    "What is the deductible on {claim_id}?",
    "Who is the adjuster on {claim_id}?",
    "What is the policy number for {claim_id}?",
    "When was the date of loss for {claim_id}?",
    "Who is the insured on {claim_id}?",
    "What is the reserve on {claim_id}?",
    "What happened on {claim_id}?",
    "Summarize claim {claim_id}",
    "How many days between the date of loss and the report on {claim_id}?",
)
_KIND_QUESTIONS = {
    "auto": ("What was the towing cost on {claim_id}?", "Which body shop repaired the vehicle on {claim_id}?",
             "What was the rental invoice on {claim_id}?"),
    "water": ("What was the mitigation invoice on {claim_id}?", "Who wrote the rebuild estimate on {claim_id}?"),
    "burglary": ("What was the stock loss on {claim_id}?", "What is the police report number on {claim_id}?"),
    "workcomp": ("What is the TTD weekly rate on {claim_id}?", "Where was the injured worker treated on {claim_id}?"),
    "liability": ("What was the settlement amount on {claim_id}?", "How much was the settlement demand on {claim_id}?"),
}
_OPEN_QUESTIONS = (
    "Which claims involve water damage?",
    "Which claims is {adjuster} handling?",
    "Was anyone injured in the parking lot accident?",
    "Which vehicle hydroplaned on the exit ramp?",
    "What did the police report say about the rear door being pried open?",
    "List all claims",
)


def questions(claims: list[dict[str, object]], n: int = 50, *, seed: int = 11) -> list[str]:
    """``n`` varied questions about these claims: claim facts, overviews, arithmetic, open
    searches with no claim id and registry lookups, in a fixed order for a seed."""
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < n:
        claim = rng.choice(claims)
        roll = rng.random()
        if roll < 0.15:
            template = rng.choice(_OPEN_QUESTIONS)
        elif roll < 0.45:
            template = rng.choice(_KIND_QUESTIONS[str(claim["kind"])])
        else:
            template = rng.choice(_QUESTIONS)
        out.append(template.format(claim_id=claim["claim_id"], adjuster=claim["adjuster"]))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--leaves", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--pdf-every", type=int, default=2, help="a PDF for every N-th claim (0: none)")
    args = parser.parse_args(argv)
    corpus = generate(args.out, args.leaves, seed=args.seed, pdf_every=args.pdf_every)
    kinds: dict[str, list[int]] = {}
    for f in corpus.files:
        row = kinds.setdefault(f.kind, [0, 0, 0])
        row[0] += 1
        row[1] += f.pages or 0
        row[2] += f.leaves
    print(f"{len(corpus.files)} files, {len(corpus.claims)} claims, ~{corpus.leaves} leaves "
          f"(target {args.leaves}), {corpus.pages} PDF pages -> {args.out}")
    for kind, (files, pages, leaves) in sorted(kinds.items()):
        print(f"  {kind:<4} {files:>4} files {pages:>4} pages {leaves:>6} leaves")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
