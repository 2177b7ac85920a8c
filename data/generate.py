#!/usr/bin/env python3
"""Generate the claimbot sample data set under data/.

Six self-written (fictional) insurance claims, one folder each under data/claims/, in PDF,
DOCX, TXT, Markdown and EML formats, plus a workspace-wide guidelines document and the
evaluation questions in data/eval/questions.jsonl.

Everything here is deterministic: fixed dates, fixed PDF creation dates, fixed e-mail
boundaries and Message-IDs, fixed zip timestamps inside DOCX files, no random data.
Rerunning the script produces byte-identical files.

    .venv/bin/python data/generate.py

All names, businesses, addresses, policy numbers and amounts are invented.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime, timezone
from decimal import Decimal
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

DATA = Path(__file__).resolve().parent
FIXED_DT = datetime(2026, 5, 4, 9, 0, 0, tzinfo=timezone.utc)
INSURER = "Harborline Mutual Insurance Company"
LINE_WIDTH = 74  # width of "Item ........ $amount" lines in text formats

# ---------------------------------------------------------------------------
# Building blocks
# ---------------------------------------------------------------------------
# A document is a list of blocks:
#   ("title", text)        document title        (PDF big bold, DOCX Heading 1, MD "#")
#   ("h1", text)           section heading       (DOCX Heading 2, MD "##")
#   ("h2", text)           sub-section heading   (DOCX Heading 3, MD "###")
#   ("p", text)            paragraph
#   ("kv", [(label, value), ...])   labelled fields, rendered "Label: value"
#   ("items", [(desc, amount), ...]) money lines, rendered "desc ........ amount"
#   ("bullets", [text, ...])
#   ("lines", [text, ...])  plain lines kept as they are (timelines, log entries)
#   ("break",)             page break (PDF only)


def T(text):
    return ("title", text)


def H1(text):
    return ("h1", text)


def H2(text):
    return ("h2", text)


def P(text):
    return ("p", text)


def KV(*pairs):
    return ("kv", list(pairs))


def BUL(*items):
    return ("bullets", list(items))


def LINES(*items):
    return ("lines", list(items))


BR = ("break",)


def money(value) -> Decimal:
    return Decimal(value.replace("$", "").replace(",", ""))


def fmt(value: Decimal) -> str:
    return "${:,.2f}".format(value)


def ITEMS(rows, total_label=None, total=None, check=True):
    """Money lines; when a total is given, the line items must add up to it."""
    rows = list(rows)
    if total is not None:
        if check:
            got = sum(money(a) for _, a in rows)
            assert got == money(total), f"{total_label}: items add to {fmt(got)}, not {total}"
        rows.append((total_label, total))
    return ("items", rows)


def check_sum(parts, total):
    got = sum(money(p) for p in parts)
    assert got == money(total), f"{parts} add to {fmt(got)}, not {total}"


def check_mul(qty, unit, ext):
    assert Decimal(str(qty)) * money(unit) == money(ext), (qty, unit, ext)


def leader(desc, amount, width=LINE_WIDTH):
    dots = max(3, width - len(desc) - len(amount) - 2)
    return f"{desc} {'.' * dots} {amount}"


# ---------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------


def _ascii_check(text, where):
    bad = sorted({c for c in text if ord(c) > 126 or (ord(c) < 32 and c not in "\n\t")})
    assert not bad, f"non-ASCII characters {bad!r} in {where}"


def blocks_text(blocks):
    out = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "h1", "h2", "p"):
            out.append(b[1])
        elif kind == "kv":
            out.extend(f"{k}: {v}" for k, v in b[1])
        elif kind == "items":
            out.extend(f"{d} {a}" for d, a in b[1])
        elif kind in ("bullets", "lines"):
            out.extend(b[1])
    return "\n".join(out)


def render_txt(blocks):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out += [b[1].upper(), "=" * len(b[1]), ""]
        elif kind == "h1":
            out += [b[1].upper(), "-" * len(b[1]), ""]
        elif kind == "h2":
            out += [b[1], ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "kv":
            out += [f"{k}: {v}" for k, v in b[1]] + [""]
        elif kind == "items":
            out += [leader(d, a) for d, a in b[1]] + [""]
        elif kind == "bullets":
            out += [f"- {x}" for x in b[1]] + [""]
        elif kind == "lines":
            out += list(b[1]) + [""]
    text = "\n".join(out).rstrip() + "\n"
    _ascii_check(text, "txt")
    return text


def render_md(blocks):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out += [f"# {b[1]}", ""]
        elif kind == "h1":
            out += [f"## {b[1]}", ""]
        elif kind == "h2":
            out += [f"### {b[1]}", ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "kv":
            out += [f"- {k}: {v}" for k, v in b[1]] + [""]
        elif kind == "items":
            out += [f"- {leader(d, a, LINE_WIDTH - 2)}" for d, a in b[1]] + [""]
        elif kind == "bullets":
            out += [f"- {x}" for x in b[1]] + [""]
        elif kind == "lines":
            out += [f"- {x}" for x in b[1]] + [""]
    text = "\n".join(out).rstrip() + "\n"
    _ascii_check(text, "md")
    return text


class _PDF(FPDF):
    def __init__(self, letterhead, footer):
        super().__init__(format="Letter")
        self.letterhead = letterhead
        self.footer_text = footer

    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.letterhead, new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(160, 160, 160)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"{self.footer_text} - Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def render_pdf(blocks, letterhead, footer, title):
    _ascii_check(blocks_text(blocks) + letterhead + footer + title, "pdf")
    pdf = _PDF(letterhead, footer)
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title(title)
    pdf.set_author(letterhead)
    pdf.set_creator("claimbot sample data generator")
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.set_margins(20, 16, 20)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for b in blocks:
        kind = b[0]
        if kind == "break":
            pdf.add_page()
        elif kind == "title":
            pdf.set_font("Helvetica", "B", 15)
            pdf.multi_cell(0, 7, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "h1":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 6, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h2":
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.multi_cell(0, 5.5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "kv":
            for k, v in b[1]:
                pdf.set_font("Helvetica", "B", 10)
                pdf.write(5, f"{k}: ")
                pdf.set_font("Helvetica", "", 10)
                pdf.write(5, v)
                pdf.ln(5.2)
            pdf.ln(2)
        elif kind == "items":
            pdf.set_font("Helvetica", "", 10)
            dot_w = pdf.get_string_width(".")
            col = min(width, 130)  # item column, narrower than the page like a real table
            for d, a in b[1]:
                room = max(col, pdf.get_string_width(f"{d}  {a}") + 12) - pdf.get_string_width(f"{d}  {a}") - 2
                dots = "." * max(3, int(room / dot_w))
                pdf.cell(0, 5.2, f"{d} {dots} {a}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind in ("bullets", "lines"):
            pdf.set_font("Helvetica", "", 10)
            for x in b[1]:
                pdf.multi_cell(0, 5, f"- {x}" if kind == "bullets" else x,
                               new_x="LMARGIN", new_y="NEXT")
                pdf.ln(0.8)
            pdf.ln(1.5)
    return bytes(pdf.output())


def _fix_zip_times(blob):
    """python-docx stamps zip members with the current time; pin them for reproducibility."""
    src = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 5, 4, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def render_docx(blocks, title, author):
    _ascii_check(blocks_text(blocks) + title + author, "docx")
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.revision = 1
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=1)
        elif kind == "h1":
            doc.add_heading(b[1], level=2)
        elif kind == "h2":
            doc.add_heading(b[1], level=3)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "kv":
            for k, v in b[1]:
                para = doc.add_paragraph()
                para.paragraph_format.space_after = Pt(0)
                para.add_run(f"{k}: ").bold = True
                para.add_run(v)
            doc.add_paragraph()
        elif kind == "items":
            for d, a in b[1]:
                para = doc.add_paragraph(leader(d, a))
                para.paragraph_format.space_after = Pt(0)
                for run in para.runs:
                    run.font.name = "Courier New"
                    run.font.size = Pt(9)
            doc.add_paragraph()
        elif kind == "bullets":
            for x in b[1]:
                doc.add_paragraph(x, style="List Bullet")
        elif kind == "lines":
            for x in b[1]:
                para = doc.add_paragraph(x)
                para.paragraph_format.space_after = Pt(2)
    buf = io.BytesIO()
    doc.save(buf)
    return _fix_zip_times(buf.getvalue())


def render_eml(sender, to, date, subject, body_blocks, msg_id, cc=None, attachments=(),
               in_reply_to=None):
    """An RFC 5322 message with a plain-text body and optional attachments.

    attachments: (filename, bytes-or-str, maintype, subtype)
    """
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Date"] = format_datetime(date)
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{msg_id}@mail.harborline-mutual.example>"
    if in_reply_to:
        msg["In-Reply-To"] = f"<{in_reply_to}@mail.harborline-mutual.example>"
        msg["References"] = f"<{in_reply_to}@mail.harborline-mutual.example>"
    body = render_txt(body_blocks)
    assert max(len(x) for x in body.splitlines()) < 990, "body line too long for 7bit"
    # one line per paragraph, sent as 7bit so the raw message stays readable
    msg.set_content(body, cte="7bit")
    for i, (filename, payload, maintype, subtype) in enumerate(attachments):
        if isinstance(payload, str):
            msg.add_attachment(payload, subtype=subtype, filename=filename)
        else:
            msg.add_attachment(payload, maintype=maintype, subtype=subtype, filename=filename)
    if attachments:
        msg.set_boundary(f"==claimbot-{msg_id}==")
    return msg.as_bytes(policy=SMTP.clone(linesep="\n"))


# ---------------------------------------------------------------------------
# Output registry
# ---------------------------------------------------------------------------

OUTPUTS: dict[str, bytes] = {}


def emit(relpath, data):
    assert relpath not in OUTPUTS, relpath
    if isinstance(data, str):
        data = data.encode("utf-8")
    OUTPUTS[relpath] = data


def pdf_file(relpath, blocks, letterhead, footer, title):
    emit(relpath, render_pdf(blocks, letterhead, footer, title))


def docx_file(relpath, blocks, title, author):
    emit(relpath, render_docx(blocks, title, author))


def txt_file(relpath, blocks):
    emit(relpath, render_txt(blocks))


def md_file(relpath, blocks):
    emit(relpath, render_md(blocks))


def dt(y, m, d, hh=9, mm=0, tz_hours=-5):
    from datetime import timedelta

    return datetime(y, m, d, hh, mm, tzinfo=timezone(timedelta(hours=tz_hours)))


# ===========================================================================
# CONTENT
# ===========================================================================

# ---------------------------------------------------------------------------
# CLM-1042 - Personal auto, collision (insured Daniel Okafor, adjuster Priya Raman)
# ---------------------------------------------------------------------------
# Repair estimate arithmetic (Northside Collision Center, estimate NCC-5561)
A_PARTS = [
    ("Front bumper cover, OEM, primed", "$612.40"),
    ("Front bumper reinforcement bar", "$298.75"),
    ("Front bumper energy absorber", "$86.20"),
    ("Right headlamp assembly, LED", "$845.00"),
    ("Right front fender", "$389.50"),
    ("Right front fender liner", "$64.15"),
    ("Grille assembly with emblem", "$231.80"),
    ("Clips, fasteners and hardware", "$38.60"),
]
A_LABOR = [
    ("Body labor, 16.5 hrs at $62.00", "$1,023.00"),
    ("Refinish labor, 10.0 hrs at $62.00", "$620.00"),
    ("Mechanical labor, 1.5 hrs at $98.00", "$147.00"),
]
A_OTHER = [
    ("Paint and materials, 10.0 hrs at $44.00", "$440.00"),
    ("Four-wheel alignment", "$129.95"),
    ("ADAS front radar calibration", "$325.00"),
    ("Hazardous waste disposal", "$12.50"),
]
check_mul("16.5", "$62.00", "$1,023.00")
check_mul("10.0", "$62.00", "$620.00")
check_mul("1.5", "$98.00", "$147.00")
check_mul("10.0", "$44.00", "$440.00")
check_sum([a for _, a in A_PARTS], "$2,566.40")
check_sum([a for _, a in A_LABOR], "$1,790.00")
check_sum([a for _, a in A_OTHER], "$907.45")
# Sales tax 7.5% on parts ($2,566.40) and paint materials ($440.00) = $3,006.40 -> $225.48
assert (money("$3,006.40") * Decimal("0.075")).quantize(Decimal("0.01")) == money("$225.48")
check_sum(["$2,566.40", "$1,790.00", "$907.45", "$225.48"], "$5,489.33")
# Supplement 1: radiator support upper tie bar $176.40 + 2.0 hrs body labor $124.00 + tax $13.23
assert (money("$176.40") * Decimal("0.075")).quantize(Decimal("0.01")) == money("$13.23")
check_sum(["$176.40", "$124.00", "$13.23"], "$313.63")
check_sum(["$5,489.33", "$313.63"], "$5,802.96")
check_sum(["$5,302.96", "$500.00"], "$5,802.96")
check_sum(["$125.00", "$140.00", "$120.00"], "$385.00")
check_sum(["$5,302.96", "$385.00", "$1,200.00"], "$6,887.96")
check_mul(34, "$36.00", "$1,224.00")

C1 = "claims/CLM-1042"


def clm_1042():
    pdf_file(f"{C1}/policy-declarations-PAP-884120.pdf", [
        T("Personal Auto Policy - Declarations Page"),
        KV(("Policy Number", "PAP-884120"),
           ("Named Insured", "Daniel Okafor"),
           ("Mailing Address", "2418 Linden Avenue, Columbus, OH 43211"),
           ("Policy Period", "January 15, 2026 to July 15, 2026 (12:01 a.m. standard time)"),
           ("Policy Term", "Six months"),
           ("Producer", "Clearwater Insurance Agency, Westerville, OH"),
           ("Related Claim Number", "CLM-1042 (collision, reported March 4, 2026)")),
        P("This declarations page is issued by Harborline Mutual Insurance Company and forms part "
          "of your Personal Auto Policy. It was reprinted from the policy system on March 5, 2026 "
          "for the claim file of Claim No. CLM-1042. Coverage is provided only where a premium is "
          "shown for the coverage and only for the vehicle described below."),
        H1("Described Vehicle"),
        KV(("Vehicle 1", "2021 Honda Accord EX, 4-door sedan"),
           ("VIN", "1HGCV1F45MA012873"),
           ("Garaging Address", "2418 Linden Avenue, Columbus, OH 43211"),
           ("Lienholder", "Buckeye Community Credit Union, loss payee"),
           ("Principal Operator", "Daniel Okafor")),
        H1("Drivers"),
        LINES("Driver 1: Daniel Okafor, date of birth 08/22/1988, license OH RS418276, rated principal",
              "Driver 2: Amara Okafor, date of birth 02/11/1990, license OH RT557103, rated occasional"),
        P("Both drivers are listed on the policy. No driver exclusions apply."),
        BR,
        T("Coverages, Limits and Deductibles"),
        P("The limits below apply to the described vehicle for the policy period January 15, 2026 "
          "to July 15, 2026. Premiums are shown for the six-month term."),
        H1("Liability and Medical"),
        KV(("Bodily Injury Liability Limit", "$100,000 each person / $300,000 each accident"),
           ("Property Damage Liability Limit", "$100,000 each accident"),
           ("Medical Payments Limit", "$5,000 each person"),
           ("Uninsured/Underinsured Motorists Limit", "$100,000 each person / $300,000 each accident")),
        H1("Physical Damage"),
        KV(("Collision Limit", "Actual cash value"),
           ("Collision Deductible", "$500.00"),
           ("Comprehensive Limit", "Actual cash value"),
           ("Comprehensive Deductible", "$250.00"),
           ("Rental Reimbursement Limit", "$40 per day, $1,200 maximum per loss"),
           ("Towing and Labor", "Reasonable towing to the nearest qualified repair facility, included with Collision")),
        H1("Premium Summary"),
        ITEMS([("Bodily injury and property damage liability", "$412.00"),
               ("Medical payments", "$38.00"),
               ("Uninsured/underinsured motorists", "$64.00"),
               ("Collision", "$356.00"),
               ("Comprehensive", "$92.00"),
               ("Rental reimbursement", "$24.00")],
              "Total Six-Month Premium", "$986.00"),
        BR,
        T("Endorsements and Conditions Summary"),
        H1("Forms and Endorsements"),
        BUL("PP 00 01 - Personal Auto Policy",
            "HM 03 17 - Rental Reimbursement Coverage",
            "HM 04 22 - Loss Payable Clause (Buckeye Community Credit Union)",
            "HM 06 01 - Ohio Amendatory Endorsement"),
        H1("Collision Coverage - How a Loss Is Paid"),
        P("Under Part D - Coverage for Damage to Your Auto, we pay for direct and accidental loss to "
          "your covered auto caused by collision, minus the Collision Deductible of $500.00 shown on "
          "this page. Our limit of liability is the lesser of the actual cash value of the damaged "
          "property or the amount necessary to repair or replace it with other property of like kind "
          "and quality. The deductible applies once per loss."),
        P("Reasonable towing from the scene to the nearest qualified repair facility is paid as part "
          "of the collision loss. Storage charges are paid until the vehicle can reasonably be moved "
          "to a repair facility or declared a total loss."),
        H1("Rental Reimbursement"),
        P("When the covered auto is withdrawn from use for more than 24 hours because of a covered "
          "collision loss, we reimburse rental charges up to $40 per day and no more than $1,200 per "
          "loss. Coverage ends when the auto is repaired or replaced, or when we offer settlement."),
        H1("Duties After an Accident or Loss"),
        P("You must promptly notify us of how, when and where the accident or loss happened, allow "
          "us to inspect and appraise the damaged property before its repair or disposal, and "
          "cooperate with us in the investigation and settlement of any claim. Claim CLM-1042 was "
          "opened under this policy for the collision of March 3, 2026."),
    ], INSURER, "Policy PAP-884120 / Claim CLM-1042", "Declarations - Policy PAP-884120")

    docx_file(f"{C1}/first-notice-of-loss.docx", [
        T("First Notice of Loss - Auto Collision"),
        KV(("Claim Number", "CLM-1042"),
           ("Policy Number", "PAP-884120"),
           ("Insured", "Daniel Okafor"),
           ("Date of Loss", "March 3, 2026"),
           ("Time of Loss", "approximately 7:40 p.m."),
           ("Date Reported", "March 4, 2026"),
           ("Reported By", "Daniel Okafor, by telephone to the Harborline claims center"),
           ("Line of Business", "Personal Auto - Collision"),
           ("Assigned Adjuster", "Priya Raman")),
        H1("Contact Information"),
        KV(("Insured Address", "2418 Linden Avenue, Columbus, OH 43211"),
           ("Phone", "(614) 555-0187"),
           ("Email", "d.okafor@example.com"),
           ("Preferred Contact", "Email, then mobile phone after 5 p.m.")),
        H1("Vehicle"),
        KV(("Year, Make, Model", "2021 Honda Accord EX"),
           ("VIN", "1HGCV1F45MA012873"),
           ("Odometer at Loss", "38,214 miles"),
           ("Vehicle Location", "Buckeye Towing & Recovery yard, 1190 Joyce Avenue, Columbus, OH"),
           ("Drivable", "No - front-end damage, right headlamp out, coolant leak reported")),
        H1("Loss Location"),
        P("Northbound State Route 315 at the Lane Avenue exit ramp, Columbus, Franklin County, Ohio. "
          "The road was wet from steady rain and the ramp was unlit at the point of impact."),
        H1("Description of Loss"),
        P("The insured states that he was driving home from work on northbound State Route 315 in "
          "steady rain. As he entered the Lane Avenue exit ramp at about 30 miles per hour, the "
          "vehicle hydroplaned on standing water and slid to the right. The front of the vehicle "
          "struck the concrete barrier on the right side of the ramp. No other vehicle was involved."),
        P("The insured was alone in the car and was not injured. He declined medical treatment at "
          "the scene. The airbags did not deploy. An Ohio State Highway Patrol trooper responded and "
          "completed a crash report, report number OSP-26-031877. No citation was issued."),
        P("The vehicle could not be driven because of a coolant leak and a damaged right front "
          "wheel area. Buckeye Towing & Recovery towed the vehicle from the ramp to its storage yard "
          "at about 8:45 p.m. on March 3, 2026. The insured asked that the car be repaired at "
          "Northside Collision Center, 5120 Sinclair Road, Columbus, a shop he has used before."),
        H1("Damage Reported by Insured"),
        BUL("Front bumper cover cracked and pushed in on the right side",
            "Right headlamp broken, right front fender creased",
            "Grille broken; possible damage behind the bumper",
            "Green fluid (coolant) leaking under the front of the car",
            "Dash warning lights for the collision-avoidance system"),
        H1("Coverage Check at Intake"),
        P("Policy PAP-884120 was in force on the date of loss (policy period January 15, 2026 to "
          "July 15, 2026). Collision coverage applies with a $500.00 deductible. Rental "
          "reimbursement applies at $40 per day up to $1,200 per loss. The loss is a single-vehicle "
          "collision with a fixed object, so no subrogation potential is expected."),
        H1("Intake Actions"),
        BUL("Claim CLM-1042 created and assigned to Priya Raman, Auto Physical Damage unit.",
            "Rental authorized with Capital City Car Rental starting March 5, 2026.",
            "Field appraisal to be scheduled at Northside Collision Center after the tow.",
            "Insured advised that the $500.00 collision deductible will be applied to the repair payment."),
        P("Intake completed by Harborline claims center representative Tasha Greene on March 4, 2026 "
          "at 9:12 a.m."),
    ], "First Notice of Loss - CLM-1042", "Harborline Claims Center")

    pdf_file(f"{C1}/repair-estimate-northside-collision.pdf", [
        T("Estimate of Record - Collision Repair"),
        KV(("Estimate No.", "NCC-5561"),
           ("Claim No.", "CLM-1042"),
           ("Insurance Company", "Harborline Mutual Insurance Company"),
           ("Policy No.", "PAP-884120"),
           ("Owner", "Daniel Okafor"),
           ("Vehicle", "2021 Honda Accord EX, VIN 1HGCV1F45MA012873"),
           ("Date of Loss", "March 3, 2026"),
           ("Inspection Date", "March 9, 2026"),
           ("Appraiser", "Priya Raman, Harborline Mutual (field appraisal with shop estimator)"),
           ("Shop Estimator", "Kevin Marsh")),
        P("Northside Collision Center, 5120 Sinclair Road, Columbus, OH 43229, prepared this "
          "estimate after a joint inspection with the insurance appraiser. Point of impact: front, "
          "right of center. Prices are for OEM parts unless stated. Labor rates: body $62.00 per "
          "hour, refinish $62.00 per hour, mechanical $98.00 per hour, paint materials $44.00 per "
          "refinish hour."),
        H1("Section 1 - Parts"),
        ITEMS(A_PARTS, "Parts Subtotal", "$2,566.40"),
        P("The right headlamp assembly is an LED unit with an integrated control module and cannot "
          "be repaired. The bumper reinforcement bar is kinked at the right mounting point and is "
          "replaced rather than straightened, per Honda position statement on bumper beams."),
        BR,
        H1("Section 2 - Labor"),
        ITEMS(A_LABOR, "Labor Subtotal", "$1,790.00"),
        P("Body labor covers removal and installation of the bumper assembly, grille, headlamp, "
          "fender and liner, plus pulling and measuring the right front frame rail tip. Refinish "
          "labor covers the bumper cover, fender, and blending of the hood and right front door."),
        H1("Section 3 - Materials, Sublet and Other"),
        ITEMS(A_OTHER, "Other Charges Subtotal", "$907.45"),
        P("The ADAS front radar calibration is required by the manufacturer after removal of the "
          "front bumper and grille. The calibration is sublet to Precision ADAS Services."),
        H1("Estimate Totals"),
        ITEMS([("Parts", "$2,566.40"), ("Labor", "$1,790.00"), ("Materials, sublet and other", "$907.45"),
               ("Sales tax, 7.5% on parts and paint materials", "$225.48")],
              "Estimate Total", "$5,489.33"),
        P("Sales tax is figured at the Franklin County rate of 7.5% on parts ($2,566.40) and paint "
          "materials ($440.00), a taxable base of $3,006.40."),
        BR,
        T("Supplement 1 - Hidden Damage Found at Teardown"),
        KV(("Supplement Date", "March 16, 2026"),
           ("Claim No.", "CLM-1042"),
           ("Reason", "Radiator support upper tie bar cracked behind the bumper reinforcement")),
        P("During teardown on March 16, 2026 the shop found that the upper tie bar of the radiator "
          "support was cracked at the right headlamp mount. The appraiser reviewed photos the same "
          "day and approved the supplement on March 18, 2026."),
        ITEMS([("Radiator support upper tie bar", "$176.40"),
               ("Body labor, 2.0 hrs at $62.00", "$124.00"),
               ("Sales tax, 7.5% on supplement parts", "$13.23")],
              "Supplement 1 Total", "$313.63"),
        H1("Approved Repair Amount"),
        ITEMS([("Estimate Total (NCC-5561)", "$5,489.33"),
               ("Supplement 1 Total", "$313.63")],
              "Approved Repair Total", "$5,802.96"),
        ITEMS([("Approved Repair Total", "$5,802.96"),
               ("Less Collision Deductible", "-$500.00")],
              "Net Repair Payment", "$5,302.96", check=False),
        P("Payment will be issued jointly to Daniel Okafor and Northside Collision Center. The "
          "insured pays the $500.00 deductible directly to the shop when he picks up the vehicle. "
          "Estimated repair time is 12 working days after parts arrive."),
        P("Shop signature: Kevin Marsh, Estimator, Northside Collision Center. "
          "Appraiser signature: Priya Raman, Harborline Mutual, Claim CLM-1042."),
    ], "Northside Collision Center - 5120 Sinclair Road, Columbus, OH 43229 - (614) 555-0142",
        "Estimate NCC-5561 / Claim CLM-1042", "Repair Estimate NCC-5561")

    txt_file(f"{C1}/adjuster-notes.txt", [
        T("Claim File Notes - CLM-1042"),
        KV(("Claim #", "CLM-1042"),
           ("Policy #", "PAP-884120"),
           ("Insured", "Daniel Okafor"),
           ("Date of Loss", "March 3, 2026"),
           ("Loss Type", "Collision - single vehicle, fixed object (concrete barrier)"),
           ("Handling Adjuster", "Priya Raman, Auto Physical Damage"),
           ("Supervisor", "Glenn Hartley"),
           ("Status", "Closed April 14, 2026")),
        H1("Timeline"),
        LINES("March 3, 2026 - Loss. Vehicle hydroplaned on the SR-315 / Lane Avenue ramp and struck the barrier. Towed by Buckeye Towing & Recovery.",
              "March 4, 2026 - First notice of loss reported by the insured by phone (intake by T. Greene).",
              "March 5, 2026 - Claim assigned to Priya Raman. Insured contacted and claim acknowledged. Rental started with Capital City Car Rental.",
              "March 6, 2026 - Vehicle moved from the tow yard to Northside Collision Center.",
              "March 9, 2026 - Field inspection at Northside Collision Center. Estimate NCC-5561 written for $5,489.33.",
              "March 12, 2026 - Estimate NCC-5561 approved. Repair authorization sent to the shop.",
              "March 16, 2026 - Teardown found cracked radiator support tie bar. Supplement 1 requested.",
              "March 18, 2026 - Supplement 1 approved for $313.63.",
              "March 26, 2026 - First payment issued: net repair payment of $5,302.96 and towing payment of $385.00.",
              "April 8, 2026 - Repairs completed and vehicle returned to the insured. Rental returned the same day.",
              "April 10, 2026 - Rental invoice paid, $1,200.00 to Capital City Car Rental.",
              "April 14, 2026 - Claim closed."),
        H1("Notes"),
        H2("03/05/2026 - P. Raman - Initial contact"),
        P("Spoke with insured Daniel Okafor. He confirms the facts in the FNOL: wet road, hydroplaned "
          "on the exit ramp, struck barrier, no other vehicles, no injuries. Trooper report "
          "OSP-26-031877 requested. Verified coverage on PAP-884120: collision with $500.00 "
          "deductible, rental $40 per day up to $1,200. Explained the deductible and the rental "
          "limit. Set rental with Capital City Car Rental at $36.00 per day starting today."),
        KV(("Reserve", "$7,500.00 (collision, set March 5, 2026)")),
        H2("03/09/2026 - P. Raman - Inspection"),
        P("Inspected the vehicle at Northside Collision Center with estimator Kevin Marsh. Damage is "
          "consistent with the reported loss: front right impact, bumper, headlamp, fender, grille, "
          "coolant leak from the condenser area. Not a total loss; ACV per valuation report is "
          "about $21,900, well above repair cost. Agreed estimate NCC-5561 at $5,489.33."),
        H2("03/12/2026 - P. Raman - Approval"),
        P("Estimate approved within my authority. Sent repair authorization. Towing invoice BTR-20931 "
          "from Buckeye Towing & Recovery received by email: towing total $385.00 (hook-up, 14 "
          "miles, 3 days storage). Charges are reasonable; approved to pay direct to the tow company."),
        H2("03/18/2026 - P. Raman - Supplement"),
        P("Reviewed teardown photos. Upper tie bar crack is related to this impact. Approved "
          "Supplement 1 for $313.63. Approved repair total is now $5,802.96."),
        H2("03/26/2026 - P. Raman - Payment"),
        P("Issued the net repair payment of $5,302.96 to Daniel Okafor and Northside Collision "
          "Center. Net payment of $5,302.96 equals the approved $5,802.96 less the $500.00 "
          "deductible. Issued towing payment of $385.00 to Buckeye Towing & Recovery; no separate "
          "deductible is taken on towing because the deductible applies once per loss."),
        H2("04/10/2026 - P. Raman - Rental"),
        P("Rental ran from March 5, 2026 to April 8, 2026, 34 days at $36.00 per day, for a rental "
          "invoice of $1,224.00. The policy pays no more than $1,200 per loss, so Amount Paid: "
          "$1,200.00 to Capital City Car Rental. The insured owes the rental company the remaining "
          "$24.00 and was told so by email."),
        H2("04/14/2026 - P. Raman - Closing"),
        P("Vehicle repaired and returned April 8, 2026; insured satisfied. Total paid on CLM-1042 is "
          "$6,887.96 (repair $5,302.96 + towing $385.00 + rental $1,200.00). Reserve closed to paid. "
          "No subrogation: single-vehicle loss with a fixed object. File closed."),
        KV(("Total Paid", "$6,887.96")),
    ])

    towing_invoice = render_pdf([
        T("Towing Invoice"),
        KV(("Invoice Number", "BTR-20931"),
           ("Invoice Date", "March 6, 2026"),
           ("Claim Number", "CLM-1042"),
           ("Insurance Company", "Harborline Mutual Insurance Company"),
           ("Vehicle Owner", "Daniel Okafor"),
           ("Vehicle", "2021 Honda Accord EX, VIN 1HGCV1F45MA012873"),
           ("Pickup Location", "SR-315 northbound, Lane Avenue exit ramp, Columbus, OH"),
           ("Date of Service", "March 3, 2026, dispatched 8:05 p.m., hooked 8:45 p.m.")),
        H1("Charges"),
        ITEMS([("Hook-up and after-hours tow", "$125.00"),
               ("Mileage, 14 miles at $10.00", "$140.00"),
               ("Storage, 3 days at $40.00 (March 3 to March 6)", "$120.00")],
              "Invoice Total", "$385.00"),
        P("Vehicle released to Northside Collision Center on March 6, 2026. Delivery to the repair "
          "facility is included in the storage charge. Payment terms: due on receipt. Please make "
          "checks payable to Buckeye Towing & Recovery LLC and reference Claim CLM-1042."),
    ], "Buckeye Towing & Recovery LLC - 1190 Joyce Avenue, Columbus, OH 43219",
        "Invoice BTR-20931 / Claim CLM-1042", "Towing Invoice BTR-20931")

    emit(f"{C1}/email-buckeye-towing-invoice.eml", render_eml(
        "Renee Calder <billing@buckeyetowing.example>",
        "Priya Raman <priya.raman@harborline-mutual.example>",
        dt(2026, 3, 10, 14, 22),
        "RE: Claim CLM-1042 - towing invoice BTR-20931 for Daniel Okafor",
        [P("Hello Priya,"),
         P("As requested on the phone this morning, attached is our invoice BTR-20931 for the tow "
           "of your insured's vehicle on Claim CLM-1042. Details are below so you have them in the "
           "body of this email as well."),
         KV(("Claim Number", "CLM-1042"),
            ("Policy Number", "PAP-884120"),
            ("Insured", "Daniel Okafor"),
            ("Vehicle", "2021 Honda Accord EX"),
            ("Date of Loss", "March 3, 2026"),
            ("Invoice Number", "BTR-20931")),
         P("Our driver was dispatched by the Ohio State Highway Patrol at 8:05 p.m. on March 3, 2026 "
           "and hooked the car at the Lane Avenue ramp at 8:45 p.m. The front end was against the "
           "barrier and the right front wheel was turned in, so we used a wheel lift with dollies. "
           "The car was taken to our Joyce Avenue yard, 14 miles including the loop back to the "
           "freeway, because the shop was closed for the night."),
         P("The car stayed in our yard for 3 days. On March 6, 2026 we delivered it to Northside "
           "Collision Center on Sinclair Road at no extra charge, once you confirmed the shop."),
         H1("Invoice summary"),
         ITEMS([("Hook-up and after-hours tow", "$125.00"),
                ("Mileage, 14 miles at $10.00", "$140.00"),
                ("Storage, 3 days at $40.00", "$120.00")],
               "Towing Total", "$385.00"),
         P("The towing cost for this claim is $385.00. We have not billed Mr. Okafor for anything; "
           "he signed our authorization form at the scene to have the bill sent to Harborline "
           "Mutual. Our storage rate is $40.00 per day, so there is no further storage charge "
           "after March 6, 2026."),
         P("Please send payment to Buckeye Towing & Recovery LLC, 1190 Joyce Avenue, Columbus, OH "
           "43219, or by ACH using the remittance details on file from prior claims. Our tax ID is "
           "on the W-9 we sent last year. Let me know if you need photos from the scene; our "
           "driver took six photos of the car against the barrier before loading."),
         P("Thanks,"),
         LINES("Renee Calder", "Billing Office, Buckeye Towing & Recovery LLC", "(614) 555-0119"),
         H1("Earlier message"),
         P("On Tue, Mar 10, 2026 at 9:15 AM Priya Raman wrote: Hi Renee, I am the adjuster on "
           "Claim CLM-1042 for Daniel Okafor's Accord that you towed from SR-315 on March 3. Could "
           "you please email your itemized invoice so I can pay you directly? Thank you, Priya "
           "Raman, Harborline Mutual Insurance Company, Auto Physical Damage.")],
        "clm1042-towing-0310",
        attachments=[("towing-invoice-BTR-20931.pdf", towing_invoice, "application", "pdf")],
        in_reply_to="clm1042-towing-req-0310",
    ))

# ---------------------------------------------------------------------------
# CLM-2077 - Homeowners HO-3, water damage (insured Elena Vasquez, adjuster Marcus Bell)
# ---------------------------------------------------------------------------
W_MIT = [
    ("Emergency service call, after hours", "$295.00"),
    ("Water extraction, 640 SF at $1.15", "$736.00"),
    ("Flood cut, wall drywall 2 ft, 96 LF at $3.85", "$369.60"),
    ("Tear out ceiling drywall, 180 SF at $2.10", "$378.00"),
    ("Remove wet insulation, 180 SF at $1.40", "$252.00"),
    ("Antimicrobial application, 820 SF at $0.42", "$344.40"),
    ("Dehumidifier (LGR), 4 units x 6 days at $95.00", "$2,280.00"),
    ("Air movers, 12 units x 6 days at $28.00", "$2,016.00"),
    ("HEPA air scrubber, 1 unit x 6 days at $85.00", "$510.00"),
    ("Moisture monitoring, 5 visits at $85.00", "$425.00"),
    ("Containment barrier setup", "$189.00"),
    ("Debris haul-off", "$240.00"),
    ("Equipment decontamination", "$120.00"),
]
for q, u, e in [(640, "$1.15", "$736.00"), (96, "$3.85", "$369.60"), (180, "$2.10", "$378.00"),
                (180, "$1.40", "$252.00"), (820, "$0.42", "$344.40"), (24, "$95.00", "$2,280.00"),
                (72, "$28.00", "$2,016.00"), (6, "$85.00", "$510.00"), (5, "$85.00", "$425.00")]:
    check_mul(q, u, e)
W_KITCHEN = [
    ("Ceiling drywall, hang, tape, texture, 180 SF at $4.25", "$765.00"),
    ("Paint ceiling, 180 SF at $1.10", "$198.00"),
    ("Wall drywall 2 ft, 96 LF at $9.50", "$912.00"),
    ("Ceiling insulation, 180 SF at $1.85", "$333.00"),
    ("Paint walls, 420 SF at $0.95", "$399.00"),
    ("Luxury vinyl plank flooring, 210 SF at $7.80", "$1,638.00"),
    ("Base cabinet toe-kick and side panel repair", "$640.00"),
    ("Baseboard, 64 LF at $4.40", "$281.60"),
]
W_LIVING = [
    ("Engineered oak flooring, 240 SF at $11.25", "$2,700.00"),
    ("Wall drywall 2 ft, 32 LF at $9.50", "$304.00"),
    ("Paint walls, 380 SF at $0.95", "$361.00"),
    ("Baseboard, 32 LF at $4.40", "$140.80"),
]
W_BATH = [
    ("Vanity cabinet, 36 in, replace", "$1,150.00"),
    ("Vanity top and sink, detach and reset", "$285.00"),
    ("Subfloor section, 24 SF at $6.50", "$156.00"),
    ("Ceramic tile floor, 48 SF at $16.00", "$768.00"),
]
W_GENERAL = [
    ("Electrician, inspect kitchen ceiling lights", "$260.00"),
    ("Building permit", "$175.00"),
    ("Dumpster, 10 yard", "$420.00"),
    ("Final construction cleaning", "$225.00"),
]
for q, u, e in [(180, "$4.25", "$765.00"), (180, "$1.10", "$198.00"), (96, "$9.50", "$912.00"),
                (180, "$1.85", "$333.00"), (420, "$0.95", "$399.00"), (210, "$7.80", "$1,638.00"),
                (64, "$4.40", "$281.60"), (240, "$11.25", "$2,700.00"), (32, "$9.50", "$304.00"),
                (380, "$0.95", "$361.00"), (32, "$4.40", "$140.80"), (24, "$6.50", "$156.00"),
                (48, "$16.00", "$768.00")]:
    check_mul(q, u, e)
check_sum(["$5,166.60", "$3,505.80", "$2,359.00", "$1,080.00"], "$12,111.40")
assert money("$12,111.40") * Decimal("0.20") == money("$2,422.28")
check_sum(["$12,111.40", "$2,422.28"], "$14,533.68")
check_sum(["$13,533.68", "$1,000.00"], "$14,533.68")
check_sum(["$8,155.00", "$13,533.68"], "$21,688.68")
check_sum(["$8,155.00", "$14,533.68", "$515.00"], "$23,203.68")
check_sum(["$189.00", "$146.00", "$180.00"], "$515.00")

C2 = "claims/CLM-2077"


def clm_2077():
    md_file(f"{C2}/first-notice-and-policy-summary.md", [
        T("First Notice of Loss and Policy Summary - Claim CLM-2077"),
        KV(("Claim Number", "CLM-2077"),
           ("Policy Number", "HO3-551902"),
           ("Named Insured", "Elena Vasquez"),
           ("Property Address", "88 Birchwood Court, Maple Grove, MN 55311"),
           ("Date of Loss", "01/14/2026"),
           ("Date Reported", "01/15/2026"),
           ("Cause of Loss", "Water damage - frozen PEX supply line split in the upstairs bathroom wall"),
           ("Adjuster", "Marcus Bell"),
           ("Mortgagee", "Lakes Federal Savings Bank, loan 4471-0093")),
        H1("Loss Description (as reported online by the insured)"),
        P("On the morning of 01/14/2026 at about 6:40 a.m. I heard water running and found water "
          "coming through the kitchen ceiling and the light fixture. I shut off the main water "
          "valve in the basement. The water was coming from the upstairs bathroom, where the cold "
          "water supply line to the vanity runs inside the outside wall. It was 18 below zero "
          "overnight. Hennepin Plumbing came at 8:30 a.m. and found that the PEX line had frozen "
          "and split inside the wall. They cut out the bad section and put in a new line."),
        P("Water went across the bathroom floor, through the kitchen ceiling and down the kitchen "
          "walls, and spread onto the living room floor next to the kitchen. DryRight Restoration "
          "came at 11:00 a.m. and started pumping out water and setting up fans and dehumidifiers. "
          "The house was heated the whole time and we were living in it. Nobody was hurt."),
        H1("Policy Summary"),
        KV(("Policy Form", "HO-3 Special Form"),
           ("Policy Period", "09/01/2025 to 09/01/2026"),
           ("Coverage A - Dwelling Limit", "$350,000"),
           ("Coverage B - Other Structures Limit", "$35,000"),
           ("Coverage C - Personal Property Limit", "$175,000"),
           ("Coverage D - Loss of Use Limit", "$70,000"),
           ("Coverage E - Personal Liability Limit", "$300,000"),
           ("Coverage F - Medical Payments Limit", "$5,000 each person"),
           ("Deductible", "$1,000.00 all perils"),
           ("Water Backup and Sump Discharge Endorsement", "$10,000 (not involved in this loss)")),
        P("Coverage A covers the dwelling on an open-perils basis. Sudden and accidental discharge "
          "of water from within a plumbing system is covered, including the cost to tear out and "
          "replace part of the building needed to repair the system. The policy does not pay for "
          "the repair of the plumbing system itself from which the water escaped. Freezing of a "
          "plumbing system is excluded only while the dwelling is vacant or unoccupied unless heat "
          "was maintained or the water was shut off and drained."),
        H1("Initial Coverage Position"),
        P("The home was occupied and heated on the date of loss, so the freezing exclusion does not "
          "apply. The water damage to the kitchen, living room and bathroom falls under Coverage A. "
          "The $1,000.00 deductible applies once to the loss. The plumber's repair of the split "
          "supply line is the repair of the system itself and is not covered."),
        H1("Rooms Affected"),
        BUL("Upstairs hall bathroom: vanity base soaked, tile floor loose near the wall, subfloor wet",
            "Kitchen: ceiling drywall collapsed in one section, walls wet to about 2 feet, vinyl plank floor cupping",
            "Living room: engineered oak floor wet along the kitchen side, lower walls wet"),
        H1("Vendors on Site"),
        BUL("Hennepin Plumbing Service - emergency repair of the supply line, 01/14/2026",
            "DryRight Restoration - water mitigation and drying, 01/14/2026 to 01/20/2026",
            "Northstar Home Builders - rebuild estimate requested by the insured"),
        H1("Intake Notes"),
        P("Claim CLM-2077 was set up on 01/15/2026 from the online report and routed to the "
          "Property unit. Assigned to adjuster Marcus Bell on 01/16/2026. The insured was told that "
          "Harborline will acknowledge the claim within 2 business days and that an inspection "
          "will be scheduled. The insured was asked to keep the damaged vanity and flooring samples "
          "until the adjuster sees them, and to send the plumber's invoice and photos."),
    ])

    pdf_file(f"{C2}/mitigation-invoice-dryright.pdf", [
        T("Water Mitigation Invoice"),
        KV(("Invoice No.", "DR-26-0142"),
           ("Invoice Date", "01/23/2026"),
           ("Claim No.", "CLM-2077"),
           ("Carrier", "Harborline Mutual Insurance Company"),
           ("Policy No.", "HO3-551902"),
           ("Customer", "Elena Vasquez"),
           ("Job Address", "88 Birchwood Court, Maple Grove, MN 55311"),
           ("Date of Loss", "01/14/2026"),
           ("Job Dates", "01/14/2026 to 01/20/2026"),
           ("Project Manager", "Tyler Brandt")),
        P("DryRight Restoration responded to a Category 1 (clean water) loss from a split PEX "
          "supply line in the upstairs bathroom. Water migrated through the kitchen ceiling and "
          "onto the first floor. Work was performed under a signed work authorization and "
          "direction to pay to DryRight Restoration, dated 01/14/2026."),
        H1("Scope of Work"),
        BUL("Extracted standing water from kitchen, living room and bathroom floors.",
            "Removed collapsed and saturated kitchen ceiling drywall and wet insulation.",
            "Flood cut wall drywall 2 feet above the floor in the kitchen and on the living room wall.",
            "Applied antimicrobial to all exposed framing, subfloor and cavities.",
            "Set up drying equipment and containment; monitored moisture daily.",
            "Removed equipment after all materials reached dry standard on 01/20/2026."),
        BR,
        H1("Line Items"),
        ITEMS(W_MIT, "Invoice Total", "$8,155.00"),
        P("Equipment was on site for 6 days, from 01/14/2026 to 01/20/2026. Unit prices follow "
          "the DryRight 2026 Minnesota price list. No sales tax is charged on services."),
        KV(("Amount Paid to Date", "$0.00"),
           ("Balance Due", "$8,155.00"),
           ("Terms", "Net 30 from invoice date")),
        BR,
        H1("Drying Log and Moisture Readings"),
        P("Readings are in percent moisture content (wood) or relative scale (drywall). Dry "
          "standard for this job: framing at or below 12%, subfloor at or below 13%."),
        LINES("01/14/2026 - Day 1 - Kitchen framing 31%, subfloor bath 38%. 4 dehumidifiers, 12 air movers, 1 air scrubber set.",
              "01/15/2026 - Day 2 - Kitchen framing 24%, subfloor bath 29%. Equipment adjusted.",
              "01/16/2026 - Day 3 - Kitchen framing 18%, subfloor bath 21%.",
              "01/17/2026 - Day 4 - Kitchen framing 15%, subfloor bath 17%.",
              "01/19/2026 - Day 6 - Kitchen framing 12%, subfloor bath 13%. Adjuster Marcus Bell on site.",
              "01/20/2026 - Day 7 - All readings at dry standard. Equipment removed and decontaminated."),
        P("Photos of each reading were uploaded to the job file and shared with the carrier. The "
          "engineered oak floor in the living room was not salvageable because of cupping over "
          "more than 40% of the wet area; the homeowner chose to leave it in place for the "
          "adjuster to see, and it will be removed by the rebuild contractor."),
        H1("Certification"),
        P("I certify that the above services were performed at the job address and that the "
          "charges are accurate. Tyler Brandt, Project Manager, DryRight Restoration, IICRC "
          "certified water restoration technician. Please reference Claim CLM-2077 and invoice "
          "DR-26-0142 with payment."),
    ], "DryRight Restoration - 7400 Boone Avenue N, Brooklyn Park, MN 55428 - (763) 555-0166",
        "Invoice DR-26-0142 / Claim CLM-2077", "Mitigation Invoice DR-26-0142")

    docx_file(f"{C2}/rebuild-estimate-northstar.docx", [
        T("Repair Estimate - Water Damage Rebuild"),
        KV(("Estimate Number", "EST-2026-031"),
           ("Estimate Date", "02/05/2026"),
           ("Claim No.", "CLM-2077"),
           ("Policy No.", "HO3-551902"),
           ("Homeowner", "Elena Vasquez"),
           ("Property", "88 Birchwood Court, Maple Grove, MN 55311"),
           ("Date of Loss", "01/14/2026"),
           ("Estimator", "Dana Lindqvist, Northstar Home Builders"),
           ("Insurance Adjuster", "Marcus Bell, Harborline Mutual")),
        P("Northstar Home Builders, 2210 Vicksburg Lane, Plymouth, MN 55447, prepared this "
          "estimate to return the kitchen, living room and upstairs bathroom to their condition "
          "before the water loss. Drying and tear-out were completed by others. Prices include "
          "materials, labor and Minnesota sales tax on materials."),
        H1("Kitchen"),
        ITEMS(W_KITCHEN, "Kitchen Subtotal", "$5,166.60"),
        P("Luxury vinyl plank is replaced in the whole kitchen because the flooring is continuous "
          "and matching planks are discontinued."),
        H1("Living Room"),
        ITEMS(W_LIVING, "Living Room Subtotal", "$3,505.80"),
        P("Engineered oak flooring is replaced only in the area adjoining the kitchen up to the "
          "existing threshold at the hallway, 240 square feet."),
        H1("Upstairs Bathroom"),
        ITEMS(W_BATH, "Bathroom Subtotal", "$2,359.00"),
        P("The vanity base has swollen particleboard sides and cannot be dried. The split supply "
          "line itself was already repaired by the plumber and is not part of this estimate."),
        H1("General Conditions"),
        ITEMS(W_GENERAL, "General Conditions Subtotal", "$1,080.00"),
        H1("Estimate Summary"),
        ITEMS([("Kitchen", "$5,166.60"), ("Living Room", "$3,505.80"),
               ("Upstairs Bathroom", "$2,359.00"), ("General Conditions", "$1,080.00")],
              "Subtotal", "$12,111.40"),
        ITEMS([("Subtotal", "$12,111.40"), ("Overhead and profit, 20% of subtotal", "$2,422.28")],
              "Estimate Total", "$14,533.68"),
        H1("Schedule and Terms"),
        P("Work can start within 10 business days of approval and should take about 3 weeks. "
          "Payment is due in two draws: 50% at start and 50% at completion. Any hidden damage "
          "found when the oak floor is removed will be submitted to the adjuster as a supplement "
          "before work proceeds."),
        P("Agreed price: on 02/10/2026 adjuster Marcus Bell reviewed this estimate with Dana "
          "Lindqvist by phone and agreed it at the estimate total of $14,533.68 with no changes."),
        H2("Signatures"),
        LINES("Dana Lindqvist, Estimator, Northstar Home Builders - 02/05/2026",
              "Elena Vasquez, Homeowner - 02/11/2026"),
    ], "Rebuild Estimate EST-2026-031 - CLM-2077", "Northstar Home Builders")

    txt_file(f"{C2}/adjuster-file-notes.txt", [
        T("Adjuster File Notes - CLM-2077"),
        KV(("Claim No.", "CLM-2077"),
           ("Policy No.", "HO3-551902"),
           ("Insured", "Elena Vasquez"),
           ("Date of Loss", "01/14/2026"),
           ("Adjuster", "Marcus Bell, Property Field Adjuster"),
           ("Peril", "Water damage - sudden discharge from a frozen PEX supply line"),
           ("Status", "Closed 04/02/2026")),
        H1("Dated Events"),
        LINES("01/14/2026 - Loss discovered at 6:40 a.m. Plumber repaired the line; DryRight began mitigation.",
              "01/15/2026 - Loss reported online by the insured (first notice of loss).",
              "01/16/2026 - Claim assigned to Marcus Bell; insured called and claim acknowledged. Reserve set.",
              "01/19/2026 - Site inspection at 88 Birchwood Court with the insured and DryRight.",
              "01/20/2026 - Drying complete; equipment removed.",
              "01/23/2026 - DryRight invoice DR-26-0142 received, $8,155.00.",
              "02/02/2026 - DryRight invoice approved in full after review of the drying log.",
              "02/05/2026 - Northstar estimate EST-2026-031 received, $14,533.68.",
              "02/10/2026 - Northstar estimate agreed by phone.",
              "02/13/2026 - Mitigation payment of $8,155.00 issued to DryRight Restoration (first payment).",
              "02/20/2026 - Dwelling payment of $13,533.68 issued to Elena Vasquez and Lakes Federal Savings Bank.",
              "03/27/2026 - Insured confirmed rebuild complete.",
              "04/02/2026 - Claim closed."),
        H1("Notes"),
        H2("01/16/2026 - M. Bell"),
        P("Called Elena Vasquez; claim acknowledged within one business day of the report. Facts "
          "match the online FNOL. House occupied and heated, thermostat at 68. Line split inside an "
          "exterior wall on the north side during the cold snap. Confirmed policy HO3-551902 in "
          "force 09/01/2025 to 09/01/2026, Coverage A limit $350,000, deductible $1,000.00."),
        KV(("Reserve", "$25,000.00 (Coverage A, set 01/16/2026)")),
        H2("01/19/2026 - M. Bell - Inspection"),
        P("Inspected with the insured and Tyler Brandt of DryRight. Kitchen ceiling opened about "
          "180 SF, flood cuts in kitchen and living room, bath vanity swollen. Saw the cut-out PEX "
          "section; split is a typical freeze split. No signs of long-term leakage, rot or mold, so "
          "this is a sudden discharge and not a repeated seepage loss. Took 64 photos."),
        H2("01/23/2026 - M. Bell - Mitigation invoice"),
        P("Reviewed DryRight invoice DR-26-0142 for $8,155.00. Unit prices are within our regional "
          "price list. Asked DryRight for the daily drying log to support 6 days of equipment."),
        H2("01/26/2026 - M. Bell - Plumbing invoice"),
        P("Insured sent Hennepin Plumbing invoice HP-7720 for $515.00 (emergency call-out $189.00, "
          "PEX line and fittings $146.00, labor 1.5 hrs $180.00). This is the repair of the "
          "plumbing system itself and is not covered under Coverage A. The tear-out needed to reach "
          "the line was done by DryRight and is covered. Will put the coverage decision in "
          "writing once the rebuild estimate is in."),
        H2("02/02/2026 - M. Bell - Mitigation invoice approved"),
        P("Drying log received. Equipment counts and 6 days of drying are supported by the "
          "moisture readings. Invoice approved in full at $8,155.00."),
        H2("02/10/2026 - M. Bell - Rebuild estimate"),
        P("Reviewed Northstar estimate EST-2026-031. Quantities match my sketch within 2%. Oak "
          "flooring limited to the affected room area up to the threshold, which is reasonable. "
          "Agreed at $14,533.68 including 20% overhead and profit (three trades involved)."),
        H2("02/20/2026 - M. Bell - Payments"),
        P("Mitigation paid 02/13/2026: $8,155.00 to DryRight Restoration under the direction to "
          "pay. Dwelling payment issued 02/20/2026 to the insured and the mortgagee. Net payment of "
          "$13,533.68 equals the approved $14,533.68 rebuild estimate less the $1,000.00 "
          "deductible. Total paid on the claim is $21,688.68."),
        KV(("Amount Paid", "$21,688.68"),
           ("Not Covered", "$515.00 (Hennepin Plumbing invoice HP-7720)")),
        H2("04/02/2026 - M. Bell - Closing"),
        P("Insured confirmed on 03/27/2026 that Northstar finished the work and no supplement was "
          "needed. No contents claim was presented and no loss of use was incurred. Reserve closed "
          "to paid. No subrogation: the PEX line failed from freezing, not a product defect."),
    ])

    emit(f"{C2}/email-coverage-decision.eml", render_eml(
        "Marcus Bell <marcus.bell@harborline-mutual.example>",
        "Elena Vasquez <elena.vasquez@example.com>",
        dt(2026, 2, 11, 10, 5, -6),
        "Claim CLM-2077 - coverage decision and payment plan",
        [P("Dear Ms. Vasquez,"),
         P("Thank you for sending the plumbing invoice and the signed Northstar estimate. This "
           "email confirms our coverage decision on your water damage claim and explains how we "
           "will pay it."),
         KV(("Claim Number", "CLM-2077"),
            ("Policy Number", "HO3-551902"),
            ("Insured", "Elena Vasquez"),
            ("Date of Loss", "01/14/2026"),
            ("Adjuster", "Marcus Bell")),
         H1("What is covered"),
         P("The water that escaped from the frozen supply line on 01/14/2026 caused sudden and "
           "accidental damage to your kitchen, living room and upstairs bathroom. Because your "
           "home was lived in and heated, the freezing exclusion does not apply, and this damage "
           "is covered under Coverage A - Dwelling of your HO-3 policy."),
         BUL("DryRight Restoration invoice DR-26-0142 for drying and tear-out: $8,155.00, approved in full.",
             "Northstar Home Builders estimate EST-2026-031 for repairs: $14,533.68, agreed on 02/10/2026."),
         H1("What is not covered"),
         P("The Hennepin Plumbing invoice HP-7720 for $515.00 is for fixing the pipe itself. Your "
           "policy pays for the damage the water caused and for tearing out walls or ceilings to "
           "reach the pipe, but it does not pay to repair the plumbing system from which the water "
           "escaped. For that reason the $515.00 plumbing invoice is not included in our payment."),
         H1("How we will pay"),
         P("We will pay DryRight Restoration directly, because you signed a direction to pay. That "
           "payment of $8,155.00 will be issued on 02/13/2026. We will then issue the repair "
           "payment for the Northstar estimate. Your $1,000.00 deductible is subtracted from that "
           "payment, so the repair payment will be $13,533.68. Because your home has a mortgage, "
           "the check will be made out to you and Lakes Federal Savings Bank."),
         ITEMS([("DryRight Restoration mitigation", "$8,155.00"),
                ("Northstar rebuild estimate", "$14,533.68"),
                ("Less deductible", "-$1,000.00")],
               "Total Payable on Claim CLM-2077", "$21,688.68", check=False),
         P("If Northstar finds hidden damage when the oak floor comes up, please ask them to call "
           "me before doing extra work so that I can review a supplement. You have the right to "
           "ask for a review of any part of this decision; just reply to this email or call me."),
         P("Sincerely,"),
         LINES("Marcus Bell", "Property Field Adjuster, Harborline Mutual Insurance Company",
               "(952) 555-0133 | marcus.bell@harborline-mutual.example")],
        "clm2077-coverage-0211",
    ))

# ---------------------------------------------------------------------------
# CLM-3105 - Commercial package, burglary / theft (insured Brightline Electronics LLC,
#            adjuster Hannah Kowalski)
# ---------------------------------------------------------------------------
B_STOCK = [  # (sku, description, qty, unit cost, extended)
    ("BL-LT-1402", "Aerobook 14 laptop, 16 GB / 512 GB", 12, "$689.00", "$8,268.00"),
    ("BL-PH-0518", "Nimbus X5 smartphone, 128 GB, unlocked", 18, "$412.50", "$7,425.00"),
    ("BL-TB-1010", "Tabula 10 tablet, Wi-Fi, 64 GB", 9, "$279.00", "$2,511.00"),
    ("BL-AU-0040", "PulseBuds wireless earbuds", 40, "$54.75", "$2,190.00"),
    ("BL-WT-0215", "Orbit S smartwatch, 44 mm", 15, "$149.00", "$2,235.00"),
    ("BL-GC-0600", "Vertex game console, 1 TB", 6, "$398.00", "$2,388.00"),
    ("BL-SD-1000", "Portable SSD, 1 TB, USB-C", 22, "$68.40", "$1,504.80"),
    ("BL-SP-0087", "Bluetooth speaker, mid-size", 10, "$87.25", "$872.50"),
]
for _sku, _d, q, u, e in B_STOCK:
    check_mul(q, u, e)
check_sum([e for *_x, e in B_STOCK], "$27,394.30")
check_mul(3, "$689.00", "$2,067.00")
check_sum(["$25,327.30", "$2,067.00"], "$27,394.30")
B_DOOR = [
    ("Emergency board-up, rear door opening, 2026-02-07", "$275.00"),
    ("Steel security door slab, 36 x 80 in, 16 gauge", "$1,180.00"),
    ("Frame repair and reinforcement plates", "$340.00"),
    ("Commercial deadbolt, strike and latch guard", "$215.00"),
    ("Labor, 4.0 hrs at $90.00", "$360.00"),
]
check_mul(4, "$90.00", "$360.00")
check_sum(["$25,327.30", "$2,370.00"], "$27,697.30")
check_sum(["$25,197.30", "$2,500.00"], "$27,697.30")

C3 = "claims/CLM-3105"


def clm_3105():
    docx_file(f"{C3}/policy-summary-CPP-220781.docx", [
        T("Commercial Package Policy - Coverage Summary"),
        KV(("Policy Number", "CPP-220781"),
           ("Named Insured", "Brightline Electronics LLC"),
           ("Insured Location", "1450 Harbor Boulevard, Unit 6, Long Beach, CA 90802"),
           ("Policy Period", "2025-06-01 to 2026-06-01"),
           ("Business Description", "Retail sale of consumer electronics and accessories"),
           ("Agent", "Pacific Crest Insurance Services"),
           ("Prepared For", "Claim Number CLM-3105 (burglary, date of loss 2026-02-07)")),
        P("This summary was prepared by the Commercial Lines claim unit of Harborline Mutual "
          "Insurance Company for Claim CLM-3105. It lists the coverages in force on the date of "
          "loss. The policy forms control if anything in this summary differs from them."),
        H1("Commercial Property Coverage"),
        KV(("Building", "Not covered (insured is a tenant)"),
           ("Tenant Improvements and Betterments Limit", "$50,000"),
           ("Business Personal Property Limit", "$250,000"),
           ("Business Income and Extra Expense", "Actual loss sustained, 12 months"),
           ("Covered Causes of Loss", "Special form, including theft"),
           ("Valuation", "Replacement cost; stock valued at the insured's cost to replace, not selling price"),
           ("Coinsurance", "None - agreed value endorsement"),
           ("Property Deductible", "$2,500.00 per occurrence")),
        H1("Crime and Other Coverages"),
        KV(("Money and Securities, Inside the Premises", "$10,000"),
           ("Money and Securities, Outside the Premises", "$5,000"),
           ("Employee Dishonesty Limit", "$25,000"),
           ("Crime Deductible", "$1,000.00")),
        H1("Liability Coverage"),
        KV(("Each Occurrence Limit", "$1,000,000"),
           ("General Aggregate Limit", "$2,000,000"),
           ("Products-Completed Operations Aggregate", "$2,000,000")),
        H1("Endorsements Relevant to This Claim"),
        H2("Protective Safeguards (P-1 and P-2)"),
        P("The insured must keep a central station burglar alarm (P-1) and deadbolt locks on all "
          "exterior doors (P-2) in working order. If the insured knows of a suspension or "
          "impairment of a protective safeguard and fails to notify us, theft coverage is "
          "suspended. A safeguard defeated by the burglar during the break-in is not a failure to "
          "maintain it."),
        H2("Theft Limitations"),
        P("Theft of business personal property is covered. Loss of stock found only by an "
          "inventory shortage, without physical evidence of theft, is not covered. Damage to the "
          "building caused by burglary is covered under the Business Personal Property coverage "
          "when the insured is a tenant and is responsible for the damage under the lease."),
        H2("Recovered Property"),
        P("If stolen property is recovered after we pay, the insured may keep the property and "
          "return the payment, or we take the property. If property is recovered before we pay, "
          "the recovered items are removed from the claim."),
        H1("Loss Conditions"),
        BUL("Notify the police if a law may have been broken.",
            "Give prompt notice of the loss and a description of how, when and where it happened.",
            "Take reasonable steps to protect the property from further damage, such as a board-up.",
            "Send a signed, sworn proof of loss within 60 days of our request.",
            "Provide records, including purchase invoices and inventory reports, to support the claim."),
        H1("Application to Claim CLM-3105"),
        P("The burglary of 2026-02-07 falls within the policy period 2025-06-01 to 2026-06-01. "
          "Stolen stock is covered under Business Personal Property, subject to the $2,500.00 "
          "property deductible. The damaged rear door is the tenant's responsibility under section "
          "9.2 of the lease and is covered under the same coverage and the same deductible. No "
          "money was taken, so the crime deductible does not apply. Handling adjuster: Hannah "
          "Kowalski, Commercial Property."),
    ], "Policy Summary CPP-220781 - CLM-3105", "Harborline Commercial Lines")

    md_file(f"{C3}/burglary-incident-report.md", [
        T("Burglary Incident Report - Brightline Electronics (Claim CLM-3105)"),
        KV(("Claim #", "CLM-3105"),
           ("Policy #", "CPP-220781"),
           ("Insured", "Brightline Electronics LLC"),
           ("Contact", "Samuel Reyes, owner and managing member"),
           ("Date of Loss", "2026-02-07"),
           ("Location", "1450 Harbor Boulevard, Unit 6, Long Beach, CA 90802"),
           ("Police Agency", "Long Beach Police Department"),
           ("Police Report Number", "LBPD 26-004417"),
           ("Investigating Detective", "Det. Ana Morales, Burglary Detail"),
           ("Assigned Adjuster", "Hannah Kowalski")),
        H1("Summary"),
        P("Brightline Electronics was burglarized overnight. The burglars forced the steel rear "
          "door off its frame with a hydraulic spreader, cut the alarm panel's phone line in the "
          "rear hallway, and removed boxed stock from the back room and two display cases. The "
          "loss was found by store manager Nadia Flores when she opened the store."),
        H1("Sequence of Events"),
        LINES("2026-02-07 02:52 - Alarm panel records a rear door contact opening. The signal to the central station fails because the phone line has been cut; the cellular backup module was installed but its service had lapsed.",
              "2026-02-07 07:15 - Store manager Nadia Flores arrives, finds the rear door bent open and calls 911.",
              "2026-02-07 07:40 - Long Beach Police officers arrive; crime scene technician photographs the door and dusts the display cases.",
              "2026-02-07 08:05 - Police report LBPD 26-004417 is taken.",
              "2026-02-07 11:30 - Harbor Lock & Door boards up the rear door opening.",
              "2026-02-09 - Samuel Reyes reports the loss to Harborline through Pacific Crest Insurance Services.",
              "2026-02-26 - Police recover 3 Aerobook 14 laptops in a search of a storage unit in Carson, CA.",
              "2026-03-02 - The 3 laptops are released by police and returned to the store, undamaged and still boxed."),
        H1("Statement of Nadia Flores, Store Manager"),
        P("I closed the store at 9:00 p.m. on February 6 with one other employee. We set the alarm "
          "and I checked that the rear door was locked and the bar was down. When I came in the "
          "next morning the rear door was bent outward at the lock side and the frame was torn. "
          "The back room shelves for laptops and phones were mostly empty and two front display "
          "cases for watches and earbuds had been smashed. The register was not touched and there "
          "was no cash in the store overnight. I did not go further in and waited for the police."),
        H1("Statement of Samuel Reyes, Owner"),
        P("We have had the alarm with Coastline Security since 2022. In November I got a notice "
          "that the cellular backup plan would renew, and I thought it had. I learned after the "
          "burglary that the backup card expired on 2026-01-31 because the card on file had "
          "expired. The main phone line was working until the burglars cut it. The next morning "
          "we counted the stock against our point-of-sale inventory and our purchase invoices "
          "and gave the police and Harborline a list of every missing item by SKU."),
        H1("Police Findings"),
        P("Detective Ana Morales reported that the method matched four other electronics store "
          "burglaries in Long Beach and Carson in January and February. Tool marks show a "
          "hydraulic spreader. A partial shoe print was lifted. On 2026-02-26 a search warrant at "
          "a storage unit in Carson recovered 3 laptops whose serial numbers matched Brightline's "
          "purchase records. Two suspects were arrested. The rest of the stock was not found."),
        H1("Adjuster Observations (H. Kowalski, site visit 2026-02-12)"),
        BUL("Visible forced entry at the rear door; frame torn at the strike side. Meets the policy's theft requirements.",
            "Alarm phone line cut by the intruders. The P-1 safeguard was defeated by the burglars, not suspended by the insured. The lapsed cellular backup is not a listed safeguard requirement.",
            "Point-of-sale stock records and vendor invoices are well kept and support the list of missing items.",
            "Door was boarded the same day, which protected the remaining stock.",
            "New steel door and reinforced frame to be installed by Harbor Lock & Door on 2026-02-13."),
        P("Conclusion: the loss is a covered burglary under Business Personal Property of policy "
          "CPP-220781. Claim CLM-3105 will be adjusted on the insured's cost of the stolen stock, "
          "less the recovered laptops, plus the door repair, less the $2,500.00 deductible."),
    ])

    stock_rows = [(f"{sku} {d}, {q} at {u}", e) for sku, d, q, u, e in B_STOCK]
    pdf_file(f"{C3}/inventory-loss-schedule.pdf", [
        T("Schedule of Stolen Inventory and Proof of Loss Support"),
        KV(("Claim Number", "CLM-3105"),
           ("Policy Number", "CPP-220781"),
           ("Insured", "Brightline Electronics LLC"),
           ("Date of Loss", "2026-02-07"),
           ("Schedule Date", "2026-02-19"),
           ("Prepared By", "Samuel Reyes, owner, with store manager Nadia Flores"),
           ("Reviewed By", "Hannah Kowalski, Adjuster, Harborline Mutual")),
        P("This schedule lists every item missing after the burglary of 2026-02-07, counted "
          "against the point-of-sale inventory report run at closing on 2026-02-06. Unit costs are "
          "the insured's purchase cost from vendor invoices dated November 2025 through January "
          "2026, which is how stock is valued under the policy. Selling prices are not used."),
        H1("Method"),
        BUL("Opening quantity taken from the POS inventory report of 2026-02-06 at 9:04 p.m.",
            "Physical count taken 2026-02-07 after police released the scene.",
            "Missing quantity is the difference; each SKU was recounted on 2026-02-08.",
            "Unit cost is the most recent vendor invoice cost for the SKU, before sales tax."),
        BR,
        H1("Part A - Stolen Stock at Cost"),
        ITEMS(stock_rows, "Total Stolen Stock at Cost", "$27,394.30"),
        P("The insured's first list, sent 2026-02-09, priced the same items at retail selling "
          "prices for a total of $41,860.00. That list was replaced by this schedule at cost."),
        H1("Part B - Recovered Property"),
        P("On 2026-02-26 the Long Beach Police recovered 3 Aerobook 14 laptops (SKU BL-LT-1402), "
          "serial numbers ending 4471, 4478 and 4502. They were returned to the insured on "
          "2026-03-02 in sealed boxes and can be sold as new. They are removed from the claim."),
        ITEMS([("Recovered: 3 Aerobook 14 laptops at $689.00", "-$2,067.00")]),
        ITEMS([("Total Stolen Stock at Cost", "$27,394.30"),
               ("Less recovered laptops", "-$2,067.00")],
              "Net Stock Loss", "$25,327.30", check=False),
        BR,
        H1("Part C - Building Damage (Tenant's Responsibility)"),
        P("The rear door and frame were replaced by Harbor Lock & Door under invoice HLD-4471, "
          "which includes the same-day board-up. The lease makes the tenant responsible for doors "
          "and locks."),
        ITEMS(B_DOOR, "Door Invoice Total", "$2,370.00"),
        H1("Part D - Claim Summary"),
        ITEMS([("Net Stock Loss", "$25,327.30"),
               ("Door repair, invoice HLD-4471", "$2,370.00")],
              "Adjusted Claim", "$27,697.30"),
        ITEMS([("Adjusted Claim", "$27,697.30"),
               ("Less Property Deductible", "-$2,500.00")],
              "Settlement Amount", "$25,197.30", check=False),
        P("Business income: the store opened at 1:00 p.m. on 2026-02-07 after the board-up and "
          "lost no sales days. The insured is not presenting a business income claim."),
        H1("Sworn Statement"),
        P("I, Samuel Reyes, managing member of Brightline Electronics LLC, state that this "
          "schedule is true and correct to the best of my knowledge, that the property listed was "
          "owned by the business and was stolen in the burglary of 2026-02-07, and that no other "
          "insurance covers this loss. Signed and sworn on 2026-02-19 for Claim CLM-3105."),
    ], "Brightline Electronics LLC - 1450 Harbor Boulevard, Unit 6, Long Beach, CA 90802",
        "Inventory Schedule / Claim CLM-3105", "Inventory Loss Schedule CLM-3105")

    txt_file(f"{C3}/adjuster-notes-CLM-3105.txt", [
        T("Adjuster Notes - Claim CLM-3105"),
        KV(("Claim Number", "CLM-3105"),
           ("Policy Number", "CPP-220781"),
           ("Insured", "Brightline Electronics LLC (contact: Samuel Reyes)"),
           ("Date of Loss", "2026-02-07"),
           ("Cause of Loss", "Burglary - forced entry through the rear door, theft of electronics stock"),
           ("Adjuster", "Hannah Kowalski, Commercial Property"),
           ("File Status", "Closed 2026-03-16")),
        H1("Chronology"),
        LINES("2026-02-07 - Burglary discovered 07:15; police report LBPD 26-004417; board-up 11:30.",
              "2026-02-09 - First notice of loss received from agent Pacific Crest Insurance Services.",
              "2026-02-10 - Assigned to Hannah Kowalski; insured called, claim acknowledged; reserve set.",
              "2026-02-12 - Site inspection at 1450 Harbor Boulevard, Unit 6.",
              "2026-02-13 - Rear door replaced by Harbor Lock & Door (invoice HLD-4471).",
              "2026-02-19 - Sworn proof of loss and inventory schedule at cost received.",
              "2026-02-26 - Police recover 3 of the 12 stolen laptops.",
              "2026-03-02 - Recovered laptops returned to the insured.",
              "2026-03-06 - Settlement payment of $25,197.30 issued to Brightline Electronics LLC.",
              "2026-03-16 - File closed."),
        H1("Entries"),
        H2("2026-02-10 | H. Kowalski | Assignment and contact"),
        P("Spoke with Samuel Reyes. Rear door forced overnight, stock taken from the back room and "
          "display cases, no cash taken, no injuries. Police report LBPD 26-004417. Asked for the "
          "POS inventory report, vendor invoices, alarm company records and the lease. Policy "
          "CPP-220781 in force 2025-06-01 to 2026-06-01; Business Personal Property limit $250,000; "
          "property deductible $2,500.00."),
        KV(("Reserve", "$30,000.00 (Business Personal Property, set 2026-02-10)")),
        H2("2026-02-12 | H. Kowalski | Inspection"),
        P("Inspected with Samuel Reyes and Nadia Flores. Forced entry is obvious. Alarm phone "
          "line cut at the rear hallway junction box. Obtained Coastline Security event log "
          "showing the door contact open at 02:52 and a communication failure at 02:53. "
          "Cellular backup lapsed 2026-01-31. Reviewed the protective safeguards endorsement: the "
          "P-1 requirement is a central station alarm, which was in service; the burglars "
          "defeated it. The backup radio is not a listed requirement. No coverage issue."),
        H2("2026-02-20 | H. Kowalski | Proof of loss review"),
        P("Proof of loss received 2026-02-19. Sampled 20 SKUs against vendor invoices; all unit "
          "costs match. Stock valued at cost per policy: total stolen stock $27,394.30. The "
          "earlier retail list of $41,860.00 is withdrawn. Door invoice HLD-4471 from Harbor Lock "
          "& Door came by email on 2026-02-16: invoice total $2,370.00 including the $275.00 "
          "board-up. Lease section 9.2 puts doors on the tenant, so it is covered."),
        H2("2026-02-27 | H. Kowalski | Recovery"),
        P("Det. Ana Morales called: 3 Aerobook 14 laptops recovered on 2026-02-26. They are being "
          "returned before payment, so they come off the claim at $689.00 each, $2,067.00 in all. "
          "Net stock loss is $25,327.30."),
        H2("2026-03-06 | H. Kowalski | Settlement"),
        P("Adjusted claim is $27,697.30 (net stock $25,327.30 plus door $2,370.00). Settlement "
          "payment of $25,197.30 equals the adjusted $27,697.30 less the $2,500.00 deductible. "
          "Payment issued today by ACH to Brightline Electronics LLC. The insured signed the "
          "settlement agreement on 2026-03-05."),
        KV(("Settlement Amount", "$25,197.30")),
        H2("2026-03-16 | H. Kowalski | Closing"),
        P("Subrogation: two suspects arrested; criminal restitution claim filed with the Los "
          "Angeles County District Attorney's victim services office for $25,197.30 paid plus "
          "the insured's deductible. Low likelihood of recovery; referred to the subrogation unit "
          "for tracking only. Recommended to the insured that the cellular alarm backup be "
          "renewed; Samuel Reyes confirmed it was reinstated on 2026-02-14. File closed."),
    ])

    door_docx = render_docx([
        T("Invoice HLD-4471"),
        KV(("Invoice Number", "HLD-4471"),
           ("Invoice Date", "2026-02-13"),
           ("Bill To", "Brightline Electronics LLC, 1450 Harbor Boulevard, Unit 6, Long Beach, CA 90802"),
           ("Claim Number", "CLM-3105"),
           ("Insurance Carrier", "Harborline Mutual Insurance Company"),
           ("Job", "Burglary damage - rear steel door and frame")),
        H1("Work Performed"),
        P("2026-02-07: emergency board-up of the forced rear door opening with 3/4 in plywood and "
          "through-bolts. 2026-02-13: removed the damaged door and strike-side frame, installed "
          "reinforcement plates, hung a new 16 gauge steel door, installed a commercial deadbolt "
          "with latch guard, and tested closing and locking."),
        H1("Charges"),
        ITEMS(B_DOOR, "Invoice Total", "$2,370.00"),
        P("Terms: due on receipt. Thank you for your business. Harbor Lock & Door, 220 W. Anaheim "
          "Street, Long Beach, CA 90813, license C-28 #804417."),
    ], "Invoice HLD-4471 - CLM-3105", "Harbor Lock & Door")

    emit(f"{C3}/email-door-repair-invoice.eml", render_eml(
        "Samuel Reyes <sam@brightline-electronics.example>",
        "Hannah Kowalski <hannah.kowalski@harborline-mutual.example>",
        dt(2026, 2, 16, 16, 48, -8),
        "Claim CLM-3105 - door repair invoice and updates",
        [P("Hi Hannah,"),
         P("Following up on your visit last Thursday for Claim CLM-3105. Attached is the invoice "
           "from Harbor Lock & Door for the rear door. They boarded up the opening the morning of "
           "the burglary and came back on Friday 2026-02-13 to put in the new steel door and "
           "frame. Everything locks properly now and the alarm contact has been reconnected."),
         KV(("Claim Number", "CLM-3105"),
            ("Policy Number", "CPP-220781"),
            ("Insured", "Brightline Electronics LLC"),
            ("Date of Loss", "2026-02-07")),
         H1("Door invoice"),
         P("Invoice HLD-4471 is for $2,370.00 in total. That includes $275.00 for the board-up on "
           "the day of the break-in, the door itself at $1,180.00, $340.00 for the frame repair "
           "and plates, $215.00 for the deadbolt and latch guard, and 4 hours of labor at $90.00. "
           "I paid Harbor Lock & Door myself so they would do the work right away, so please "
           "reimburse the business for this invoice along with the stock."),
         H1("Inventory"),
         P("Nadia and I are finishing the inventory schedule at our cost, as you asked, instead "
           "of the retail list we sent on the 9th. We are pulling the vendor invoices for every "
           "SKU. I expect to send the signed schedule by Thursday 2026-02-19. The total at cost is "
           "coming out at roughly two thirds of the retail number."),
         H1("Alarm"),
         P("Coastline Security reinstated the cellular backup on 2026-02-14 and tested it with "
           "their central station. I can forward their service ticket if you need it for the "
           "file. I also asked them to add a second door "
           "contact and a motion sensor in the back room."),
         H1("Police"),
         P("Detective Morales says they have leads from the other stores that were hit the same "
           "way. If any of our stock turns up I will let you know right away."),
         P("Is there anything else you need from us to finish the claim? We would like to reorder "
           "the laptops and phones before the spring season."),
         P("Thanks for your help,"),
         LINES("Samuel Reyes", "Owner, Brightline Electronics LLC", "(562) 555-0174")],
        "clm3105-door-0216",
        attachments=[("harbor-lock-invoice-HLD-4471.docx", door_docx, "application",
                      "vnd.openxmlformats-officedocument.wordprocessingml.document")],
    ))

# ---------------------------------------------------------------------------
# CLM-4410 - Workers' compensation (claimant Grace Okafor, employer Riverside Distribution
#            Company, adjuster Denise Carter)
# ---------------------------------------------------------------------------
G_MED = [
    ("11/18/2025 Initial evaluation, Eastside Occupational Health", "$312.00"),
    ("11/18/2025 Lumbar spine X-ray, 2 views", "$186.00"),
    ("Follow-up visits 11/25, 12/09, 01/13: 3 at $145.00", "$435.00"),
    ("Physical therapy, Motion Works PT: 12 sessions at $118.00", "$1,416.00"),
    ("Prescriptions, Westgate Pharmacy (naproxen, cyclobenzaprine)", "$64.80"),
]
check_mul(3, "$145.00", "$435.00")
check_mul(12, "$118.00", "$1,416.00")
# TTD: 2/3 of $920.00 = $613.33 per week; 4 weeks = $2,453.32
assert (money("$920.00") * 2 / 3).quantize(Decimal("0.01")) == money("$613.33")
check_mul(4, "$613.33", "$2,453.32")
check_mul(2, "$613.33", "$1,226.66")
# TPD: 2/3 of ($920.00 - $552.00) = 2/3 of $368.00 = $245.33 per week; 4 weeks = $981.32
assert (money("$368.00") * 2 / 3).quantize(Decimal("0.01")) == money("$245.33")
check_mul(4, "$245.33", "$981.32")
check_mul(2, "$245.33", "$490.66")
check_sum(["$2,453.32", "$981.32"], "$3,434.64")
check_sum(["$3,434.64", "$2,413.80"], "$5,848.44")
check_sum(["$6,500.00", "$4,000.00"], "$10,500.00")

C4 = "claims/CLM-4410"


def clm_4410():
    pdf_file(f"{C4}/employer-first-report-of-injury.pdf", [
        T("Employer's First Report of Employee Injury"),
        KV(("Claim Number", "CLM-4410"),
           ("Policy Number", "WC-7781203"),
           ("Employer (Insured)", "Riverside Distribution Company"),
           ("Employer Address", "5600 W. Raymond Street, Indianapolis, IN 46241"),
           ("Claimant", "Grace Okafor"),
           ("Date of Injury", "11/18/2025"),
           ("Time of Injury", "1:40 p.m."),
           ("Date Employer Notified", "11/18/2025"),
           ("Date Report Completed", "11/19/2025"),
           ("Completed By", "Lena Hoffman, HR Manager")),
        H1("Employee Information"),
        KV(("Employee Name", "Grace Okafor"),
           ("Job Title", "Warehouse Associate, Order Picking"),
           ("Date of Hire", "04/07/2021"),
           ("Hours per Week", "40, first shift, 6:00 a.m. to 2:30 p.m."),
           ("Average Weekly Wage", "$920.00 (52 weeks before injury)"),
           ("Employee Address", "3318 Kessler Boulevard N Drive, Indianapolis, IN 46222")),
        H1("Injury Information"),
        KV(("Place of Injury", "Aisle 14, pick zone C, main warehouse"),
           ("Nature of Injury", "Strain"),
           ("Part of Body", "Lower back (lumbar)"),
           ("Cause", "Lifting a 60 lb carton from the bottom row of a pallet"),
           ("Witness", "Jorge Alvarez, Warehouse Associate"),
           ("Lost Time Beyond Day of Injury", "Yes"),
           ("Initial Treatment", "Eastside Occupational Health, 11/18/2025, 3:15 p.m.")),
        H1("How the Injury Happened"),
        P("Near the end of her shift, Grace Okafor was picking an order for a retail "
          "customer. She bent at the waist to lift a 60 lb carton of canned goods from the bottom "
          "row of a pallet in aisle 14. As she lifted and turned to place it on her pallet jack "
          "she felt a sharp pull in her lower back and could not stand up straight. She called "
          "out to a coworker and reported the injury to her supervisor, Mike Dunlap, at 1:50 p.m."),
        BR,
        T("Supervisor and Witness Statements"),
        KV(("Claim No.", "CLM-4410"), ("Claimant", "Grace Okafor"), ("Date of Injury", "11/18/2025")),
        H1("Supervisor Statement - Mike Dunlap, Shift Supervisor"),
        P("Grace came to the supervisor desk at about 1:50 p.m. holding her lower back. She said "
          "she hurt it lifting a case of canned goods in aisle 14. I had her sit down and called "
          "Lena in HR. Lena drove her to Eastside Occupational Health, our panel clinic, at 2:45 "
          "p.m. I went to aisle 14 and saw the open pallet with the bottom row partly picked and "
          "her pallet jack next to it. The floor was dry and clear. Grace has been with us over "
          "four years with no prior injuries reported. I have no reason to doubt her report."),
        H1("Witness Statement - Jorge Alvarez, Warehouse Associate"),
        P("I was picking in aisle 13 and heard Grace call my name. She was bent over next to the "
          "pallet and said her back locked up when she lifted a case. I helped her sit on the "
          "pallet jack and then walked with her to the supervisor desk. The case she was lifting "
          "was a 24-pack of canned tomatoes. It was on the bottom row. I did not see the lift "
          "itself, only right after."),
        H1("Employer Safety Review"),
        P("The task is within the job description. Lifting training was last completed by the "
          "employee on 02/14/2025. A lift-assist device was available at the end of the aisle "
          "but is not required for cartons under 70 lb. Corrective action: the warehouse will "
          "require bottom-row cartons over 50 lb to be picked with the lift assist, effective "
          "12/01/2025."),
        BR,
        T("Initial Medical Report Summary"),
        KV(("Claim #", "CLM-4410"),
           ("Provider", "Eastside Occupational Health, Dr. Paul Whitaker, MD"),
           ("Visit Date", "11/18/2025")),
        P("Diagnosis: acute lumbar strain, no radiating symptoms, neurological exam normal. "
          "Lumbar X-rays, 2 views, show no fracture and mild age-appropriate changes. Plan: "
          "naproxen and a muscle relaxant, ice and heat, physical therapy 2 times per week, "
          "follow-up in one week. Work status: off work until re-evaluated."),
        P("Dr. Whitaker's opinion is that the injury is consistent with the lifting event "
          "described and is work related within a reasonable degree of medical certainty."),
        H1("Carrier Use Only"),
        KV(("Received by Harborline", "11/19/2025 at 10:22 a.m. (electronic submission)"),
           ("Assigned Adjuster", "Denise Carter, Workers' Compensation"),
           ("Jurisdiction", "Indiana"),
           ("Deductible", "None - no deductible applies to this workers' compensation policy")),
        P("Filed with the Indiana Workers' Compensation Board electronically by Harborline on "
          "11/20/2025 for Claim CLM-4410."),
    ], "Riverside Distribution Company - 5600 W. Raymond Street, Indianapolis, IN 46241",
        "First Report of Injury / Claim CLM-4410", "Employer's First Report - CLM-4410")

    docx_file(f"{C4}/medical-and-indemnity-summary.docx", [
        T("Medical and Indemnity Payment Summary"),
        KV(("Claim No.", "CLM-4410"),
           ("Policy No.", "WC-7781203"),
           ("Claimant", "Grace Okafor"),
           ("Employer", "Riverside Distribution Company"),
           ("Date of Injury", "11/18/2025"),
           ("Adjuster", "Denise Carter"),
           ("Summary Date", "03/02/2026")),
        P("This summary shows all medical bills and wage-loss benefits paid on the claim through "
          "closing. Medical bills were repriced to the Indiana medical fee schedule before payment; "
          "the amounts below are the amounts paid. No deductible or co-pay applies to the "
          "claimant under workers' compensation."),
        H1("Medical Payments"),
        ITEMS(G_MED, "Medical Total", "$2,413.80"),
        P("Physical therapy ran from 11/24/2025 to 02/10/2026, when Motion Works discharged the "
          "claimant with full range of motion and no restrictions."),
        H1("Indemnity (Wage Loss) Benefits"),
        H2("Benefit Rate"),
        P("The average weekly wage is $920.00. The temporary total disability (TTD) rate is two "
          "thirds of the average weekly wage, $613.33 per week, which is below the Indiana "
          "maximum. Because disability lasted more than 21 days, the first 7 days are payable."),
        H2("Temporary Total Disability"),
        P("Grace Okafor was off work from 11/19/2025 through 12/16/2025, 28 days or 4 weeks."),
        ITEMS([("TTD paid 12/02/2025, 11/19/2025 to 12/02/2025, 2 weeks at $613.33", "$1,226.66"),
               ("TTD paid 12/16/2025, 12/03/2025 to 12/16/2025, 2 weeks at $613.33", "$1,226.66")],
              "TTD Total", "$2,453.32"),
        H2("Temporary Partial Disability"),
        P("She returned to light duty on 12/17/2025 at reduced hours, earning $552.00 per week. "
          "Temporary partial disability (TPD) is two thirds of the difference between the average "
          "weekly wage and light-duty earnings: two thirds of $368.00, or $245.33 per week. Light "
          "duty lasted from 12/17/2025 through 01/13/2026, 4 weeks."),
        ITEMS([("TPD paid 12/30/2025, 2 weeks at $245.33", "$490.66"),
               ("TPD paid 01/13/2026, 2 weeks at $245.33", "$490.66")],
              "TPD Total", "$981.32"),
        ITEMS([("TTD Total", "$2,453.32"), ("TPD Total", "$981.32")],
              "Indemnity Total", "$3,434.64"),
        H1("Claim Totals"),
        ITEMS([("Medical Total", "$2,413.80"), ("Indemnity Total", "$3,434.64")],
              "Total Paid", "$5,848.44"),
        KV(("Deductible", "None"),
           ("Permanent Partial Impairment", "0% per Dr. Whitaker, 02/10/2026 - no PPI award due"),
           ("Reserve at Closing", "$0.00 (reduced from $10,500.00)")),
        H1("Return to Work"),
        P("Light duty was offered by the employer on 12/10/2025 and accepted. The claimant was "
          "released to full duty without restrictions on 01/14/2026 and has worked her regular "
          "job since that date."),
    ], "Medical and Indemnity Summary - CLM-4410", "Denise Carter")

    md_file(f"{C4}/claim-notes-CLM-4410.md", [
        T("Workers' Compensation Claim Notes - CLM-4410"),
        KV(("Claim Number", "CLM-4410"),
           ("Policy Number", "WC-7781203"),
           ("Insured", "Riverside Distribution Company"),
           ("Claimant", "Grace Okafor"),
           ("Date of Loss", "11/18/2025"),
           ("Injury", "Lumbar strain from lifting a 60 lb carton"),
           ("Adjuster", "Denise Carter"),
           ("Claim Status", "Closed 03/02/2026")),
        H1("Policy Details"),
        KV(("Policy Type", "Workers Compensation and Employers Liability"),
           ("Policy Period", "07/01/2025 to 07/01/2026"),
           ("Part One - Workers Compensation", "Statutory benefits, State of Indiana"),
           ("Part Two - Employers Liability Limit", "$1,000,000 each accident / $1,000,000 disease policy limit / $1,000,000 disease each employee"),
           ("Deductible", "None (no deductible applies)")),
        H1("Timeline"),
        LINES("11/18/2025 - Injury at 1:40 p.m. in aisle 14; reported to supervisor at 1:50 p.m.; seen at Eastside Occupational Health at 3:15 p.m.",
              "11/19/2025 - Employer's First Report of Injury received by Harborline (first notice).",
              "11/20/2025 - Assigned to Denise Carter. Contact made with claimant, employer and clinic. Recorded statement taken. Reserves set.",
              "11/21/2025 - Compensability accepted.",
              "12/02/2025 - First TTD payment issued, $1,226.66.",
              "12/09/2025 - Dr. Whitaker releases claimant to light duty, 20 lb lifting limit.",
              "12/10/2025 - Employer light-duty offer letter sent to claimant.",
              "12/17/2025 - Claimant returns to light duty.",
              "01/14/2026 - Claimant released to full duty without restrictions.",
              "02/10/2026 - Physical therapy discharge; maximum medical improvement, 0% impairment.",
              "03/02/2026 - Claim closed."),
        H1("Reserves"),
        KV(("Medical Reserve", "$6,500.00"),
           ("Indemnity Reserve", "$4,000.00"),
           ("Total Reserve", "$10,500.00 (set 11/20/2025)")),
        P("Reserves were set on 11/20/2025 for about 6 weeks of lost time and a full course of "
          "physical therapy. They were not changed during the claim and were closed to paid at "
          "closing."),
        H1("Adjuster Notes"),
        H2("11/20/2025 - Denise Carter - Three-point contact"),
        P("Claimant: Grace Okafor confirms she hurt her lower back lifting a case of canned goods "
          "from the bottom row of a pallet. No prior back injuries or treatment. Recorded statement "
          "taken by phone, 18 minutes. Employer: Lena Hoffman (HR) confirms the report and has no "
          "doubts about it; the witness Jorge Alvarez saw her right after the lift. Provider: "
          "Eastside Occupational Health has her off work and starting therapy."),
        H2("11/21/2025 - Denise Carter - Compensability"),
        P("Accepted as compensable. Mechanism fits the diagnosis, the injury was reported within "
          "minutes, there is a witness, and the treating doctor relates it to work. Acceptance "
          "letter sent to the claimant and the employer. Average weekly wage of $920.00 verified "
          "from payroll; TTD rate $613.33."),
        H2("12/02/2025 - Denise Carter - First payment"),
        P("Issued first TTD payment of $1,226.66 for 11/19/2025 to 12/02/2025. Paid within 14 "
          "days of the date of injury, which meets the Indiana first-payment timeframe."),
        H2("12/10/2025 - Denise Carter - Light duty"),
        P("Employer emailed a light-duty offer within the 20 lb restriction: scanning and label "
          "printing at the returns desk, 24 hours per week at her regular rate. Claimant accepted "
          "by phone. TPD will be paid on the difference in earnings."),
        H2("01/14/2026 - Denise Carter - Full duty"),
        P("Dr. Whitaker released Grace Okafor to full duty as of 01/14/2026. Indemnity ends; last "
          "TPD payment of $490.66 issued 01/13/2026."),
        H2("03/02/2026 - Denise Carter - Closing"),
        P("Total paid is $5,848.44: medical $2,413.80 and indemnity $3,434.64. No deductible "
          "applies, so nothing is recovered from the employer. No permanent impairment. No "
          "attorney involvement, no open bills. Closing the file. Note that this claimant is not "
          "related to any other Okafor in our files; confirmed by date of birth and address."),
    ])

    offer_letter = render_txt([
        T("Light Duty Job Offer"),
        KV(("Date", "December 10, 2025"),
           ("To", "Grace Okafor"),
           ("From", "Lena Hoffman, HR Manager, Riverside Distribution Company"),
           ("Claim Number", "CLM-4410"),
           ("Date of Injury", "11/18/2025")),
        P("Dear Grace,"),
        P("Your doctor, Dr. Paul Whitaker, has released you to light duty with a lifting limit of "
          "20 pounds and no repeated bending. We are pleased to offer you a temporary light-duty "
          "position that fits these restrictions."),
        KV(("Position", "Returns Desk Associate (temporary light duty)"),
           ("Start Date", "December 17, 2025"),
           ("Schedule", "Monday, Wednesday and Friday, 6:00 a.m. to 2:30 p.m., 24 hours per week"),
           ("Pay Rate", "$23.00 per hour, your regular rate"),
           ("Weekly Earnings", "$552.00"),
           ("Supervisor", "Mike Dunlap")),
        P("Your duties will be scanning returned items, printing labels and sorting small parcels "
          "at a standing or sitting station. You will not lift more than 20 pounds. Please tell "
          "your supervisor right away if any task goes beyond your restrictions."),
        P("Please sign below and return this letter by December 15, 2025. You may also accept by "
          "calling me. If you do not accept suitable light duty, your wage-loss benefits may be "
          "affected under Indiana law."),
        LINES("Sincerely, Lena Hoffman, HR Manager",
              "Accepted: Grace Okafor, 12/11/2025 (by phone, signature to follow)"),
    ])

    emit(f"{C4}/email-return-to-work.eml", render_eml(
        "Lena Hoffman <lhoffman@riverside-distribution.example>",
        "Denise Carter <denise.carter@harborline-mutual.example>",
        dt(2025, 12, 10, 15, 31),
        "Claim CLM-4410 Grace Okafor - light duty offer attached",
        [P("Hi Denise,"),
         P("Good news on Claim CLM-4410. Dr. Whitaker saw Grace Okafor yesterday, 12/09/2025, and "
           "released her to light duty with a 20 lb lifting limit and no repeated bending. I have "
           "attached the light-duty offer letter that I mailed and emailed to her today."),
         KV(("Claim Number", "CLM-4410"),
            ("Policy Number", "WC-7781203"),
            ("Employer", "Riverside Distribution Company"),
            ("Claimant", "Grace Okafor"),
            ("Date of Injury", "11/18/2025")),
         H1("Light duty details"),
         P("Grace will work at the returns desk scanning and labeling returned items. The job is "
           "3 days a week, 24 hours per week, at her regular rate of $23.00 per hour, so her "
           "light-duty earnings will be $552.00 per week. Her start date is 12/17/2025. Mike "
           "Dunlap will supervise her and has a copy of her restrictions."),
         P("Her average weekly wage before the injury was $920.00, so she will be "
           "short $368.00 a week while on light duty. Please let me know if you need payroll "
           "records each week for the partial benefit, or if the offer letter and schedule are "
           "enough. Our payroll runs every other Friday."),
         H1("Other items"),
         BUL("We have updated the pick procedure: bottom-row cartons over 50 lb must now be "
             "picked with the lift assist. The new rule started 12/01/2025.",
             "Jorge Alvarez signed his witness statement; I uploaded it to your portal on 11/21.",
             "Grace has 6 physical therapy sessions left on her current order at Motion Works; "
             "her schedule at the returns desk leaves Tuesdays and Thursdays free for therapy."),
         P("I spoke with Grace this afternoon and she is glad to be coming back. She said her "
           "back is much better but still stiff in the morning. She asked whether her TTD check "
           "for 12/03 to 12/16 will still come on 12/16; I told her I would confirm with you."),
         P("Thank you,"),
         LINES("Lena Hoffman", "HR Manager, Riverside Distribution Company", "(317) 555-0158"),
         H1("Reply note"),
         P("Adjuster note added on receipt by Denise Carter: offer reviewed and meets the "
           "restrictions. TTD continues through 12/16/2025; TPD starts 12/17/2025 at $245.33 per "
           "week based on the $552.00 light-duty earnings. Confirmed to Lena Hoffman by reply.")],
        "clm4410-rtw-1210",
        cc="Mike Dunlap <mdunlap@riverside-distribution.example>",
        attachments=[("light-duty-offer-letter.txt", offer_letter, "text", "plain")],
    ))

# ---------------------------------------------------------------------------
# CLM-5238 - General liability, customer slip and fall (insured Harvest Lane Markets Inc.,
#            claimant Rosalind Pierce, adjuster Priya Raman)
# ---------------------------------------------------------------------------
L_ER = [
    ("ER visit, level 4, 12/06/2025", "$2,140.00"),
    ("X-rays, left wrist, 3 views", "$412.00"),
    ("Closed reduction of fracture and sugar-tong splint", "$1,308.00"),
]
L_ORTHO = [
    ("New patient consult, 12/10/2025", "$310.00"),
    ("Follow-up visits 12/31/2025 and 01/21/2026, 2 at $165.00", "$330.00"),
    ("Short arm cast application, 12/10/2025", "$240.00"),
    ("Repeat X-rays 12/31/2025 and 01/21/2026, 2 at $180.00", "$360.00"),
]
check_mul(2, "$165.00", "$330.00")
check_mul(2, "$180.00", "$360.00")
check_mul(14, "$135.00", "$1,890.00")
check_sum(["$3,860.00", "$1,240.00", "$1,890.00", "$86.45"], "$7,076.45")
check_sum(["$17,500.00", "$1,000.00"], "$18,500.00")

C5 = "claims/CLM-5238"


def clm_5238():
    docx_file(f"{C5}/store-incident-report.docx", [
        T("Customer Incident Report - Slip and Fall"),
        KV(("Claim No.", "CLM-5238"),
           ("Policy No.", "CGL-330915"),
           ("Insured", "Harvest Lane Markets Inc."),
           ("Store", "Harvest Lane Market #12, 3300 Kingston Pike, Knoxville, TN 37919"),
           ("Claimant", "Rosalind Pierce"),
           ("Date of Loss", "December 6, 2025"),
           ("Time", "approximately 4:25 p.m."),
           ("Report Completed By", "Curtis Webb, Store Manager"),
           ("Claim Adjuster", "Priya Raman, Harborline Mutual")),
        H1("Incident Description"),
        P("A customer, Rosalind Pierce, age 67, slipped and fell in aisle 7 (laundry and "
          "household cleaning) near the end cap closest to the registers. She fell backward and "
          "to the left and landed on her outstretched left hand. A puddle of blue liquid laundry "
          "detergent, about 3 feet by 2 feet, was on the floor where she fell. A 150 oz bottle of "
          "detergent on the bottom shelf had a cracked cap and was leaking."),
        P("Ms. Pierce said her left wrist hurt badly and she could not move it. Store staff "
          "brought a chair and an ice pack. She declined an ambulance. Her daughter, Monica "
          "Pierce, who was shopping with her, drove her to Knox Regional Medical Center. The "
          "spill was cleaned up at 4:31 p.m. and the aisle was coned off until dry."),
        H1("Customer Information"),
        KV(("Name", "Rosalind Pierce"),
           ("Address", "1207 Westland Drive, Knoxville, TN 37919"),
           ("Phone", "(865) 555-0121"),
           ("Footwear", "Flat rubber-soled walking shoes"),
           ("Injury Reported", "Left wrist pain and swelling; no head strike reported")),
        H1("Witness Statements"),
        H2("Monica Pierce (customer's daughter)"),
        P("I was a few steps behind my mother with the cart. She was looking up at the top shelf "
          "for fabric softener and stepped forward, and her feet went right out from under her. "
          "There was no sign or cone. After she fell I saw blue soap all over the floor, and it "
          "was spread out like people had walked through it."),
        H2("Darnell Hughes (stock associate)"),
        P("I was stocking in aisle 8 and heard someone fall. When I got there the lady was on the "
          "floor and there was detergent on the floor by the bottom shelf. I got the wet floor "
          "cones and the mop. I had not been in aisle 7 since my 3:43 p.m. floor walk, and the "
          "floor was clean then."),
        H1("Floor Inspection Log (Sweep Log) - Aisle 7"),
        LINES("December 6, 2025 1:40 p.m. - Floor walk, aisle clear - D. Hughes",
              "December 6, 2025 2:42 p.m. - Floor walk, aisle clear - T. Brooks",
              "December 6, 2025 3:43 p.m. - Floor walk, aisle clear - D. Hughes",
              "December 6, 2025 4:25 p.m. - Customer fall reported - C. Webb",
              "December 6, 2025 4:31 p.m. - Spill cleaned, cones placed - D. Hughes"),
        P("Store policy calls for a floor walk of every aisle at least once an hour. The 4:43 p.m. "
          "walk had not yet come due when the fall happened; the last walk was 42 minutes before "
          "the fall."),
        H1("Video Review"),
        P("Camera 7B covers aisle 7 from the register end. Store manager Curtis Webb reviewed the "
          "footage on December 6, 2025 and saved a copy from 3:30 p.m. to 4:45 p.m. The video "
          "shows a shopper knocking the detergent bottle with a cart at 4:02 p.m.; liquid is "
          "visible spreading on the floor from about 4:05 p.m. At 4:14 p.m. an employee walks "
          "past the end of the aisle without entering it. Four customers walk around or through "
          "the spill before Ms. Pierce falls at 4:25 p.m."),
        H1("Actions Taken"),
        BUL("Incident reported to Harborline Mutual through Crossroads Insurance Agency on December 8, 2025.",
            "Video from camera 7B preserved on a USB drive and uploaded to the claim portal.",
            "Leaking bottle kept in the manager's office in a sealed bag.",
            "All staff reminded at the December 7, 2025 meeting to walk the full length of each aisle."),
        P("Signed: Curtis Webb, Store Manager, December 6, 2025, 6:10 p.m. Reference: Claim "
          "CLM-5238."),
    ], "Store Incident Report - CLM-5238", "Harvest Lane Markets Inc.")

    pdf_file(f"{C5}/medical-specials-summary.pdf", [
        T("Medical Specials Summary"),
        KV(("Claim Number", "CLM-5238"),
           ("Policy Number", "CGL-330915"),
           ("Insured", "Harvest Lane Markets Inc."),
           ("Claimant", "Rosalind Pierce"),
           ("Date of Loss", "December 6, 2025"),
           ("Claimant's Attorney", "Martin Feld, Feld & Associates, PLLC"),
           ("Prepared By", "Priya Raman, Liability Adjuster"),
           ("Prepared On", "March 10, 2026")),
        P("This summary lists the medical bills submitted with the claimant's demand package of "
          "March 3, 2026. Each bill was matched to the medical records. All treatment is for the "
          "left wrist injury from the fall at Harvest Lane Market #12 and is reasonable and "
          "related. Billed amounts are shown; no health insurance liens were asserted."),
        H1("Diagnosis and Course of Treatment"),
        P("Diagnosis: closed fracture of the left distal radius, displaced, with no joint "
          "involvement. Treated without surgery. Closed reduction and splinting in the emergency "
          "department on the date of loss, a short arm cast for 6 weeks, then 14 sessions of "
          "physical therapy. Discharged from therapy on February 27, 2026 with a mild loss of "
          "wrist extension (about 10 degrees) and grip strength at 85% of the right hand."),
        BR,
        H1("Provider 1 - Knox Regional Medical Center (Emergency Department)"),
        ITEMS(L_ER, "Knox Regional Total", "$3,860.00"),
        H1("Provider 2 - Volunteer Orthopedic Associates, Dr. Steven Cole"),
        ITEMS(L_ORTHO, "Orthopedic Total", "$1,240.00"),
        P("Dr. Cole's note of January 21, 2026 states the fracture healed in good position. He "
          "expects no need for surgery and rates a 2% impairment of the upper extremity for the "
          "loss of extension, which may improve over the next year."),
        BR,
        H1("Provider 3 - Summit Physical Therapy"),
        ITEMS([("Physical therapy, 14 sessions at $135.00, 01/26/2026 to 02/27/2026", "$1,890.00")],
              "Summit Physical Therapy Total", "$1,890.00"),
        H1("Provider 4 - Pharmacy"),
        ITEMS([("Prescriptions and wrist brace, Kingston Pike Pharmacy", "$86.45")],
              "Pharmacy Total", "$86.45"),
        H1("Total Medical Specials"),
        ITEMS([("Knox Regional Medical Center", "$3,860.00"),
               ("Volunteer Orthopedic Associates", "$1,240.00"),
               ("Summit Physical Therapy", "$1,890.00"),
               ("Kingston Pike Pharmacy", "$86.45")],
              "Total Medical Specials", "$7,076.45"),
        H1("Other Damages Claimed"),
        P("The claimant is retired, so no wage loss is claimed. The demand asks for pain and "
          "suffering and loss of enjoyment of life, stating that Ms. Pierce could not garden, "
          "drive or care for her grandson for about 10 weeks. The demand letter asks for "
          "$45,000.00 to settle all claims."),
        P("Adjuster's comment: specials of $7,076.45 are documented and related. Injury is a "
          "non-surgical wrist fracture with a good recovery and a small residual loss of motion. "
          "See the liability evaluation notes for Claim CLM-5238 for the settlement range."),
    ], "Harborline Mutual Insurance Company - Liability Claims",
        "Medical Specials / Claim CLM-5238", "Medical Specials Summary CLM-5238")

    txt_file(f"{C5}/liability-evaluation-notes.txt", [
        T("Liability Evaluation and Claim Notes - CLM-5238"),
        KV(("Claim No.", "CLM-5238"),
           ("Policy No.", "CGL-330915"),
           ("Named Insured", "Harvest Lane Markets Inc."),
           ("Claimant", "Rosalind Pierce"),
           ("Date of Loss", "December 6, 2025"),
           ("Loss Location", "Harvest Lane Market #12, 3300 Kingston Pike, Knoxville, TN"),
           ("Adjuster", "Priya Raman, General Liability"),
           ("Status", "Closed")),
        H1("Policy"),
        KV(("Policy Type", "Commercial General Liability, occurrence form"),
           ("Policy Period", "October 1, 2025 to October 1, 2026"),
           ("Each Occurrence Limit", "$1,000,000"),
           ("General Aggregate Limit", "$2,000,000"),
           ("Medical Expense Limit", "$5,000 any one person"),
           ("Deductible", "$1,000.00 per occurrence, bodily injury and property damage")),
        P("Under the deductible endorsement Harborline pays the claimant in full and then bills the "
          "insured for the deductible amount."),
        H1("Timeline"),
        LINES("December 6, 2025 - Rosalind Pierce slips on spilled detergent in aisle 7 at 4:25 p.m.; treated at Knox Regional ER.",
              "December 8, 2025 - Loss reported by the insured through Crossroads Insurance Agency.",
              "December 9, 2025 - Assigned to Priya Raman; insured and claimant contacted; claim acknowledged. Reserve set.",
              "December 11, 2025 - Store visit; video from camera 7B and sweep log obtained.",
              "December 15, 2025 - Letter of representation from Martin Feld, Feld & Associates.",
              "February 27, 2026 - Claimant discharged from physical therapy.",
              "March 3, 2026 - Demand received for $45,000.00.",
              "March 17, 2026 - Offer of $12,000.00 made to Martin Feld.",
              "March 27, 2026 - Counter-demand of $24,000.00.",
              "April 2, 2026 - Settlement agreed at $18,500.00.",
              "April 9, 2026 - Release signed by Rosalind Pierce.",
              "April 14, 2026 - Settlement payment of $18,500.00 issued.",
              "April 20, 2026 - Deductible invoice of $1,000.00 sent to Harvest Lane Markets Inc."),
        H1("Reserve History"),
        LINES("December 9, 2025 - Reserve: $25,000.00 (bodily injury)",
              "March 10, 2026 - Reserve: $22,000.00 after review of specials and demand",
              "April 14, 2026 - Reserve closed to paid"),
        H1("Liability Evaluation"),
        P("Tennessee follows modified comparative fault: the claimant recovers if she is less than "
          "50% at fault, reduced by her share. A store is liable for a dangerous condition it "
          "created or knew or should have known about (constructive notice)."),
        P("The video shows the detergent leaking from about 4:05 p.m., so the spill was on the "
          "floor for about 20 minutes before the fall. An employee passed the end of the aisle at "
          "4:14 p.m. The last floor walk was at 3:43 p.m., 42 minutes before the fall. A jury is "
          "likely to find constructive notice. The claimant was looking at the top shelf and four "
          "customers saw and walked around the spill, so some comparative fault is arguable. My "
          "estimate is 15% to 20% fault on the claimant."),
        H1("Damages Evaluation"),
        P("Medical specials total $7,076.45 (see the medical specials summary). Non-surgical "
          "displaced distal radius fracture, good recovery, 2% upper extremity impairment. "
          "Sympathetic claimant, age 67, retired, active grandmother. Gross verdict range "
          "$22,000 to $28,000 in Knox County; after 15% to 20% comparative fault, a settlement "
          "value of $16,000 to $22,000."),
        H1("Negotiation and Settlement"),
        P("Demand of $45,000.00 received March 3, 2026. Offered $12,000.00 on March 17, 2026. "
          "Attorney countered at $24,000.00 on March 27, 2026. Settlement reached by phone with "
          "Martin Feld on April 2, 2026 at $18,500.00, within my authority of $20,000.00 and "
          "within the evaluation range. The settlement resolves all claims of Rosalind Pierce "
          "against Harvest Lane Markets Inc. and its employees."),
        KV(("Settlement Amount", "$18,500.00"),
           ("Payee", "Rosalind Pierce and Feld & Associates, PLLC"),
           ("Payment Date", "April 14, 2026")),
        P("Net cost to Harborline of $17,500.00 equals the $18,500.00 settlement less the $1,000.00 "
          "deductible that is billed back to Harvest Lane Markets Inc. The deductible invoice was "
          "sent on April 20, 2026."),
        H1("Closing"),
        P("Release signed April 9, 2026 and received April 10, 2026. Medicare: the claimant is a "
          "Medicare beneficiary. A Medicare query was run on March 12, 2026 and showed no "
          "conditional payments, because her bills were paid by her supplemental plan. The "
          "release requires her attorney to repay that plan out of the settlement. Loss run "
          "updated. File closed after the deductible is received."),
    ])

    terms_md = render_md([
        T("Settlement Terms - Claim CLM-5238"),
        KV(("Claim Number", "CLM-5238"),
           ("Claimant", "Rosalind Pierce"),
           ("Released Parties", "Harvest Lane Markets Inc., its employees, and Harborline Mutual Insurance Company"),
           ("Date of Loss", "December 6, 2025"),
           ("Settlement Amount", "$18,500.00")),
        H1("Terms"),
        BUL("Harborline will pay $18,500.00 in one payment made out to Rosalind Pierce and Feld & Associates, PLLC.",
            "Payment will be issued within 5 business days of receipt of the signed release and a W-9 from the law firm.",
            "The claimant will satisfy all medical bills and liens out of the settlement.",
            "The claimant gives a full and final release of all claims arising from the fall of December 6, 2025.",
            "The settlement is a compromise of a disputed claim and is not an admission of liability.",
            "Each side pays its own attorney fees and costs."),
        H1("Medicare"),
        P("The claimant is a Medicare beneficiary. Harborline has run a Medicare query. The "
          "claimant and her attorney agree to repay any conditional payments from the settlement."),
    ])

    emit(f"{C5}/email-settlement-agreement.eml", render_eml(
        "Priya Raman <priya.raman@harborline-mutual.example>",
        "Martin Feld <mfeld@feld-law.example>",
        dt(2026, 4, 2, 16, 12),
        "Claim CLM-5238 - Rosalind Pierce v. Harvest Lane Markets - settlement confirmation",
        [P("Dear Mr. Feld,"),
         P("Thank you for the call this afternoon. This email confirms the agreement we reached "
           "today to settle your client's claim. The agreed settlement terms are attached as a "
           "short summary, and the formal release will follow from our office tomorrow."),
         KV(("Claim Number", "CLM-5238"),
            ("Policy Number", "CGL-330915"),
            ("Our Insured", "Harvest Lane Markets Inc."),
            ("Your Client (Claimant)", "Rosalind Pierce"),
            ("Date of Loss", "December 6, 2025"),
            ("Settlement Amount", "$18,500.00")),
         H1("Summary of the agreement"),
         P("Harborline Mutual will pay a total of $18,500.00 to settle all claims of Rosalind "
           "Pierce arising from her fall at Harvest Lane Market #12 on December 6, 2025. This "
           "follows your demand of $45,000.00 dated March 3, 2026, our offer of $12,000.00 on "
           "March 17, 2026 and your counter of $24,000.00 on March 27, 2026."),
         P("Payment will be one check or wire payable to Rosalind Pierce and Feld & Associates, "
           "PLLC. We will issue it within 5 business days after we receive the signed release and "
           "your firm's W-9. Your client agrees to pay all medical bills and any liens from the "
           "settlement, including any Medicare conditional payments."),
         H1("Next steps"),
         BUL("Release: our office will email the release tomorrow, April 3, 2026.",
             "Please return the signed and notarized release and the W-9 by email and mail.",
             "Once both are received we will issue payment and confirm by email."),
         P("For your records, we reviewed medical specials of $7,076.45 from Knox Regional Medical "
           "Center, Volunteer Orthopedic Associates, Summit Physical Therapy and Kingston Pike "
           "Pharmacy. Please let me know if there are any other outstanding bills that we have "
           "not seen, so that the release can list them."),
         P("I appreciate your cooperation in resolving this matter, and please pass along our best "
           "wishes to Ms. Pierce for a continued recovery."),
         P("Regards,"),
         LINES("Priya Raman", "Liability Adjuster, Harborline Mutual Insurance Company",
               "(614) 555-0170 | priya.raman@harborline-mutual.example")],
        "clm5238-settle-0402",
        attachments=[("settlement-terms.md", terms_md, "text", "markdown")],
    ))

# ---------------------------------------------------------------------------
# CLM-6120 - Commercial property, fire (insured Alder Creek Woodworks Inc.,
#            adjuster Robert Nakamura)
# ---------------------------------------------------------------------------
F_BLDG = [
    ("Emergency board-up and roof tarp, 01/30/2026", "$3,850.00"),
    ("Fire debris removal and haul-off, 6 loads", "$9,400.00"),
    ("Soot and smoke cleaning, structure, 6,200 SF at $1.35", "$8,370.00"),
    ("Roof trusses, replace, 18 at $1,150.00", "$20,700.00"),
    ("Roof sheathing and membrane, 2,400 SF at $9.75", "$23,400.00"),
    ("Exterior wall framing and metal siding, east wall", "$18,650.00"),
    ("Electrical: rewire finishing room, replace subpanel", "$31,200.00"),
    ("Spray booth exhaust ducting, replace", "$12,480.00"),
    ("Drywall and insulation, 3,100 SF at $4.60", "$14,260.00"),
    ("Interior paint, 6,200 SF at $1.20", "$7,440.00"),
    ("Concrete floor cleaning and sealing, 4,000 SF at $2.15", "$8,600.00"),
    ("Overhead doors, replace, 2 at $4,275.00", "$8,550.00"),
    ("Permits, engineering and structural letter", "$6,300.00"),
]
for q, u, e in [("6200", "$1.35", "$8,370.00"), (18, "$1,150.00", "$20,700.00"),
                (2400, "$9.75", "$23,400.00"), (3100, "$4.60", "$14,260.00"),
                (6200, "$1.20", "$7,440.00"), (4000, "$2.15", "$8,600.00"), (2, "$4,275.00", "$8,550.00")]:
    check_mul(q, u, e)
assert money("$173,200.00") * Decimal("0.20") == money("$34,640.00")
check_sum(["$173,200.00", "$34,640.00"], "$207,840.00")
F_BPP = [
    ("CNC router, ShopMaster 4x8, with tooling", "$68,500.00"),
    ("Dust collection system, 5 HP cyclone and ducting", "$14,200.00"),
    ("Spray finishing equipment, pumps and guns", "$9,850.00"),
    ("Hand and power tools, per tool list", "$11,340.00"),
    ("Lumber and sheet goods inventory", "$22,615.00"),
    ("Cabinet orders in progress (materials and labor at cost)", "$18,900.00"),
    ("Office computers and plotter", "$4,280.00"),
]
check_sum(["$207,840.00", "$149,685.00"], "$357,525.00")
check_sum(["$302,525.00", "$5,000.00", "$50,000.00"], "$357,525.00")
check_sum(["$210,000.00", "$150,000.00", "$60,000.00"], "$420,000.00")

C6 = "claims/CLM-6120"


def clm_6120():
    md_file(f"{C6}/policy-and-coverage-summary.md", [
        T("Policy and Coverage Summary - Claim CLM-6120"),
        KV(("Claim Number", "CLM-6120"),
           ("Policy Number", "CPF-610244"),
           ("Named Insured", "Alder Creek Woodworks Inc."),
           ("Insured Premises", "715 Industrial Way, Eugene, OR 97402"),
           ("Date of Loss", "January 29, 2026"),
           ("Cause of Loss", "Fire that started in the dust collector and spread to the finishing room"),
           ("Adjuster", "Robert Nakamura, Senior Property General Adjuster")),
        H1("Policy Information"),
        KV(("Policy Type", "Commercial Property (Special Form)"),
           ("Policy Period", "08/15/2025 to 08/15/2026"),
           ("Building Description", "Single-story steel-frame shop and office, 12,400 SF, built 1998, no sprinklers"),
           ("Occupancy", "Custom cabinet and millwork manufacturing")),
        H1("Limits of Insurance"),
        KV(("Building Limit", "$1,200,000"),
           ("Business Personal Property Limit", "$400,000"),
           ("Business Income with Extra Expense Limit", "$250,000, 72-hour waiting period"),
           ("Debris Removal Additional Limit", "$25,000"),
           ("Ordinance or Law - Coverage A", "Included in the Building Limit"),
           ("Ordinance or Law - Coverages B and C Combined", "$100,000"),
           ("Deductible", "$5,000.00 per occurrence (does not apply to Business Income)")),
        H1("Valuation and Coinsurance"),
        P("Building and business personal property are valued at replacement cost. Replacement "
          "cost is paid when the property is repaired or replaced; until then we pay actual cash "
          "value. A coinsurance percentage of 80% applies to Building and Business Personal "
          "Property."),
        H2("Coinsurance Test"),
        LINES("Building: replacement cost value at the time of loss $1,350,000 (valuation of 02/05/2026). 80% is $1,080,000. The Building Limit of $1,200,000 is higher, so the requirement is met and no penalty applies.",
              "Business Personal Property: value at the time of loss $460,000. 80% is $368,000. The limit of $400,000 is higher, so the requirement is met and no penalty applies."),
        H1("Key Conditions and Exclusions Reviewed"),
        BUL("Fire is a covered cause of loss. No exclusion applies to an accidental fire.",
            "Protective safeguards endorsement: the monitored smoke detection system (P-2) was working and sent the alarm at 9:48 p.m.",
            "Vacancy condition: not applicable; the building was occupied and operating.",
            "Business Income: pays actual loss of net income plus continuing normal operating expenses after the 72-hour waiting period, for the period of restoration.",
            "Extra Expense: pays the cost of renting the temporary shop on Bethel Drive to keep filling orders."),
        H1("Mortgagee and Loss Payee"),
        KV(("Mortgagee", "Willamette Valley Bank, loan 88-20417 (Building)"),
           ("Loss Payee", "Pacific Equipment Finance, CNC router lease 5512 (BPP)")),
        P("Building payments are made jointly to Alder Creek Woodworks Inc. and Willamette Valley "
          "Bank. The payment for the CNC router is made jointly with Pacific Equipment Finance."),
        H1("Coverage Position"),
        P("Harborline accepted coverage for Claim CLM-6120 on 02/18/2026, after the origin and "
          "cause report confirmed an accidental fire. There is no reservation of rights. The "
          "$5,000.00 deductible is taken once, from the building payment. The business income "
          "claim remains open while the insured operates from the temporary shop."),
    ])

    pdf_file(f"{C6}/fire-loss-report.pdf", [
        T("Adjuster's Fire Loss Report"),
        KV(("Claim Number", "CLM-6120"),
           ("Policy Number", "CPF-610244"),
           ("Insured", "Alder Creek Woodworks Inc."),
           ("Insured Contact", "Janet Holloway, President"),
           ("Loss Location", "715 Industrial Way, Eugene, OR 97402"),
           ("Date of Loss", "January 29, 2026"),
           ("Adjuster", "Robert Nakamura"),
           ("Report Date", "March 20, 2026"),
           ("Report Type", "Final report on Building and Business Personal Property; Business Income open")),
        H1("Summary"),
        P("A fire started in the dust collector of the cabinet shop at about 9:45 p.m. on January "
          "29, 2026, after the shop had closed. It spread through the ducting into the finishing "
          "room and through the roof above it. Eugene Springfield Fire put it out by 11:30 p.m. "
          "No one was in the building and there were no injuries. About one third of the building "
          "was damaged by fire and the rest by smoke and soot."),
        H1("Dated Events"),
        LINES("January 29, 2026 - 9:48 p.m. monitored smoke alarm; fire crews arrive 9:56 p.m.; fire under control 11:30 p.m. (incident ESF-26-01877).",
              "January 30, 2026 - Janet Holloway reports the loss by phone at 7:30 a.m. Cascade Restoration Group boards up and tarps the roof.",
              "January 31, 2026 - Claim assigned to Robert Nakamura; insured contacted and claim acknowledged; reserves set.",
              "February 2, 2026 - Site inspection with Deputy Fire Marshal Carla Jensen and investigator Paul Everett of Northwest Fire Forensics.",
              "February 6, 2026 - Advance payment of $50,000.00 issued to the insured.",
              "February 18, 2026 - Origin and cause report received; fire ruled accidental. Coverage confirmed.",
              "February 24, 2026 - Business personal property schedule received from the insured.",
              "March 4, 2026 - Cascade Restoration Group building estimate received.",
              "March 13, 2026 - Building estimate and personal property schedule agreed after reinspection.",
              "March 20, 2026 - Final building and personal property payment of $302,525.00 issued."),
        BR,
        H1("Origin and Cause"),
        P("Paul Everett, CFI, of Northwest Fire Forensics examined the scene on February 2, 2026 "
          "with Deputy Fire Marshal Carla Jensen. The area of origin is the collection bin of the "
          "5 HP cyclone dust collector on the east wall. The most likely cause is a spark or hot "
          "metal fragment drawn into the ducting from the CNC router when a bit struck a "
          "hidden screw in a reclaimed panel at about 4:30 p.m. The fine dust in the bin "
          "smoldered for several hours and then broke into open flame."),
        P("Fire spread from the bin up the ducting, into the adjoining finishing room where "
          "lacquer and stain were stored in a fire cabinet, and through the roof deck above. The "
          "fire cabinet held. The fire marshal classified the fire as accidental. There is no "
          "evidence of arson, and the insured's financial records show no sign of distress."),
        H1("Subrogation"),
        P("The dust collector had no spark detection system. It was installed by the insured in "
          "2019, not by a contractor. The reclaimed panels came from a salvage yard that made no "
          "promises about them. No third party is responsible. Subrogation is closed."),
        H1("Damage Observed"),
        BUL("Finishing room (2,400 SF): roof trusses and deck burned through; walls, wiring and exhaust ducting destroyed.",
            "Main shop (6,200 SF including finishing room): heavy soot on all surfaces; east wall framing and siding damaged.",
            "Two overhead doors warped by heat.",
            "CNC router and dust collector destroyed; spray equipment destroyed; lumber stock smoke and water damaged.",
            "Office (1,100 SF): light smoke odor only; computers and plotter damaged by soot and heat."),
        BR,
        H1("Adjustment of Building Loss"),
        P("Cascade Restoration Group estimate EST-CRG-26-118 was reviewed line by line and agreed "
          "on March 13, 2026 at the estimate total of $207,840.00, including 20% overhead and "
          "profit. The estimate includes the emergency board-up of January 30, 2026."),
        ITEMS([("Building estimate subtotal", "$173,200.00"),
               ("Overhead and profit, 20%", "$34,640.00")],
              "Agreed Building Loss", "$207,840.00"),
        H1("Adjustment of Business Personal Property"),
        P("The insured's schedule of February 24, 2026 lists seven groups of property. Prices were "
          "checked against invoices, the equipment lease and current replacement quotes. Agreed "
          "at $149,685.00 without change."),
        ITEMS([("Agreed Business Personal Property Loss", "$149,685.00")]),
        H1("Payment Calculation"),
        ITEMS([("Agreed Building Loss", "$207,840.00"),
               ("Agreed Business Personal Property Loss", "$149,685.00")],
              "Total Approved", "$357,525.00"),
        ITEMS([("Total Approved", "$357,525.00"),
               ("Less Deductible", "-$5,000.00"),
               ("Less Advance Payment of February 6, 2026", "-$50,000.00")],
              "Final Payment", "$302,525.00", check=False),
        P("The final payment of $302,525.00 equals the approved $357,525.00 less the $5,000.00 "
          "deductible and the $50,000.00 advance. Total paid on Building and Business Personal "
          "Property is $352,525.00, the advance plus the final payment."),
        BR,
        H1("Reserves"),
        LINES("January 31, 2026 - Building reserve $210,000.00; BPP reserve $150,000.00; Business Income reserve $60,000.00. Large loss report sent to the Claims Manager the same day.",
              "March 20, 2026 - Building and BPP reserves closed to paid; Business Income reserve stays at $60,000.00."),
        KV(("Total Reserve (initial)", "$420,000.00"),
           ("Reserve (open, Business Income)", "$60,000.00")),
        H1("Business Income and Extra Expense"),
        P("The shop lost all production from January 30, 2026. The waiting period of 72 hours "
          "ended on February 1, 2026. Since February 16, 2026 the insured has run a small "
          "operation in a rented shop at 2290 Bethel Drive, Eugene. The forensic accountant, "
          "Meridian Loss Accounting, is reviewing the monthly profit and loss statements. The "
          "business income claim is not yet presented; the reserve of $60,000.00 stays open."),
        H1("Recommendations"),
        BUL("Keep the Business Income reserve of $60,000.00 open until the accountant's report.",
            "Hold replacement cost holdback on the CNC router until the new machine is delivered (expected April 2026).",
            "Loss control referral: spark detection and abort gate on the new dust collector.",
            "Diary for 30 days."),
        P("Robert Nakamura, Senior Property General Adjuster, Harborline Mutual Insurance Company. "
          "Claim CLM-6120."),
    ], INSURER + " - Property General Adjusters",
        "Fire Loss Report / Claim CLM-6120", "Fire Loss Report CLM-6120")

    docx_file(f"{C6}/building-repair-estimate-cascade.docx", [
        T("Building Repair Estimate - Fire and Smoke Damage"),
        KV(("Estimate No.", "EST-CRG-26-118"),
           ("Estimate Date", "March 4, 2026"),
           ("Claim No.", "CLM-6120"),
           ("Policy No.", "CPF-610244"),
           ("Owner", "Alder Creek Woodworks Inc."),
           ("Property", "715 Industrial Way, Eugene, OR 97402"),
           ("Date of Loss", "January 29, 2026"),
           ("Estimator", "Brian Tollefson, Cascade Restoration Group"),
           ("Carrier Adjuster", "Robert Nakamura")),
        H1("Scope Overview"),
        P("Cascade Restoration Group, 1880 W. 11th Avenue, Eugene, OR 97402, will repair the fire, "
          "smoke and heat damage to the building and return it to its pre-loss condition with "
          "materials of like kind and quality. The finishing room roof and walls are rebuilt. The "
          "rest of the main shop is cleaned, sealed and repainted. Code upgrades needed for the "
          "electrical work are listed separately in the permits line."),
        H1("Line Items"),
        ITEMS(F_BLDG, "Subtotal", "$173,200.00"),
        H1("Overhead, Profit and Total"),
        ITEMS([("Subtotal", "$173,200.00"),
               ("General contractor overhead and profit, 20%", "$34,640.00")],
              "Estimate Total", "$207,840.00"),
        H1("Notes on Scope"),
        H2("Roof"),
        P("Eighteen pre-engineered wood trusses over the finishing room are charred beyond "
          "repair. The structural engineer's letter (included in the permits line) calls for "
          "replacement with matching trusses and new sheathing and membrane over 2,400 SF."),
        H2("Electrical"),
        P("All branch wiring in the finishing room and the 200 amp subpanel on the east wall were "
          "exposed to fire and are replaced. The rest of the building wiring tested good."),
        H2("Cleaning"),
        P("Soot cleaning covers all walls, ceilings and structure in the 6,200 SF main shop, "
          "followed by a sealer before painting. The office needs only air scrubbing, which is "
          "included in the cleaning price."),
        H1("Schedule"),
        P("Permits are expected in 3 weeks. Construction time is about 10 weeks after permits. "
          "Trusses have a 4 week lead time and will be ordered on approval."),
        H1("Approval"),
        P("Agreed by the carrier adjuster Robert Nakamura on March 13, 2026 at the estimate total "
          "of $207,840.00 after a joint reinspection. Owner approval by Janet Holloway, "
          "President, March 13, 2026. Reference Claim CLM-6120 on all invoices."),
    ], "Building Repair Estimate EST-CRG-26-118 - CLM-6120", "Cascade Restoration Group")

    bpp_pdf = render_pdf([
        T("Business Personal Property Schedule"),
        KV(("Claim Number", "CLM-6120"),
           ("Policy Number", "CPF-610244"),
           ("Insured", "Alder Creek Woodworks Inc."),
           ("Date of Loss", "January 29, 2026"),
           ("Prepared By", "Janet Holloway, President"),
           ("Date", "February 24, 2026")),
        P("Replacement cost of business personal property destroyed or damaged beyond repair in "
          "the fire. Prices are from current vendor quotes (equipment), our purchase records "
          "(stock) and our job cost sheets (orders in progress)."),
        ITEMS(F_BPP, "BPP Schedule Total", "$149,685.00"),
        P("The CNC router is leased from Pacific Equipment Finance, lease 5512; the lease makes us "
          "responsible for insuring it. Tool list, quotes and invoices are in the shared folder "
          "sent to Robert Nakamura on February 24, 2026."),
    ], "Alder Creek Woodworks Inc. - 715 Industrial Way, Eugene, OR 97402",
        "BPP Schedule / Claim CLM-6120", "BPP Schedule CLM-6120")

    emit(f"{C6}/email-advance-payment-and-bpp.eml", render_eml(
        "Janet Holloway <janet@aldercreekwoodworks.example>",
        "Robert Nakamura <robert.nakamura@harborline-mutual.example>",
        dt(2026, 2, 24, 11, 40, -8),
        "RE: Claim CLM-6120 - advance payment received; BPP schedule attached",
        [P("Robert,"),
         P("Thank you again for getting the advance to us so quickly. The $50,000.00 advance "
           "payment you issued on February 6, 2026 cleared on the 9th. We used it for the rent "
           "deposit on the temporary shop at 2290 Bethel Drive and to buy a used panel saw so we "
           "can keep filling our smaller orders."),
         KV(("Claim Number", "CLM-6120"),
            ("Policy Number", "CPF-610244"),
            ("Insured", "Alder Creek Woodworks Inc."),
            ("Date of Loss", "January 29, 2026")),
         H1("Business personal property schedule"),
         P("As you asked, attached is our schedule of business personal property destroyed in "
           "the fire. The total is $149,685.00. The biggest item is the CNC router at $68,500.00, "
           "which is the current price for the same ShopMaster model with tooling. The lumber "
           "and sheet goods figure of $22,615.00 comes from our last purchase invoices. Orders in "
           "progress are at our cost for materials and labor, not the selling price."),
         H1("Building estimate"),
         P("Brian Tollefson at Cascade says the building estimate will be ready the first week of "
           "March. He is waiting on the structural engineer's letter for the trusses."),
         H1("Business income"),
         P("We started working out of the Bethel Drive shop on February 16. Our accountant is "
           "putting together the monthly profit and loss statements for 2024 and 2025 for "
           "Meridian Loss Accounting. We will send those as soon as they are ready."),
         P("Please let me know if you need anything else for the personal property. I can walk "
           "through the burned equipment with you again if that helps."),
         P("Janet Holloway"),
         LINES("President, Alder Creek Woodworks Inc.", "(541) 555-0193"),
         H1("Earlier message"),
         P("On Feb 6, 2026, at 3:05 PM, Robert Nakamura wrote: Janet, as discussed, we have "
           "issued an advance payment of $50,000.00 on Claim CLM-6120 today so that you can set "
           "up temporary operations. The advance will be credited against the final settlement. "
           "The $5,000.00 deductible will be taken from the building payment, not from this "
           "advance. When you can, please send a schedule of business personal property with "
           "replacement prices, and the profit and loss statements for the business income "
           "claim. Regards, Robert Nakamura, Senior Property General Adjuster, Harborline Mutual.")],
        "clm6120-bpp-0224",
        attachments=[("bpp-inventory-schedule.pdf", bpp_pdf, "application", "pdf")],
        in_reply_to="clm6120-advance-0206",
    ))


# ---------------------------------------------------------------------------
# Workspace-wide guidance (not about a single claim; names no claim numbers)
# ---------------------------------------------------------------------------


def workspace():
    md_file("workspace/claims-handling-guidelines.md", [
        T("Claims Handling Guidelines"),
        KV(("Issued By", "Claims Department, Harborline Mutual Insurance Company"),
           ("Applies To", "All lines: personal auto, homeowners, commercial property, crime, general liability and workers' compensation"),
           ("Effective Date", "January 1, 2026"),
           ("Owner", "Vice President of Claims"),
           ("Review Cycle", "Annual")),
        P("These guidelines set the minimum standard for handling every claim. State law or a "
          "policy condition that sets a shorter time limit always wins. When a guideline cannot "
          "be met, the adjuster writes a dated file note that says why and what will happen next."),
        H1("1. Time Limits"),
        H2("1.1 Acknowledgment and First Contact"),
        BUL("Acknowledge every claim within 2 business days of the first notice of loss, in writing or by a documented phone call.",
            "Make first contact with the insured within 24 hours for any fire, any injury to a person, or any home that cannot be lived in.",
            "For workers' compensation, complete three-point contact (injured worker, employer, treating provider) within 1 business day of assignment.",
            "For liability claims, contact the claimant or the claimant's attorney within 2 business days of assignment."),
        H2("1.2 Inspections"),
        P("Inspect damaged property within 5 business days of assignment. Inspect within 2 business "
          "days when the loss is a fire, when the building is open to the weather, or when the "
          "estimated loss is over $100,000. Photo estimates may replace a field inspection for "
          "auto physical damage under $7,500 when the photos are clear."),
        H2("1.3 Coverage Decisions and Payments"),
        BUL("Give a written coverage decision within 30 days after receiving a signed proof of loss or the documents needed to decide.",
            "Pay undisputed amounts within 10 business days of agreement on the amount.",
            "Workers' compensation: issue the first indemnity payment within 14 days of the date the employer knew of the injury, unless the claim is denied in writing.",
            "Consider an advance payment within 7 days after a fire or other loss that stops a business from operating."),
        H2("1.4 Status Updates and Diaries"),
        P("Send the insured a status update at least every 30 days while a claim is open. Every "
          "open claim must have a future diary date of no more than 30 days."),
        H1("2. Reserves"),
        BUL("Set an initial reserve within 3 business days of assignment.",
            "The reserve is the adjuster's best estimate of the probable final cost of the claim, by coverage. Do not reserve to the policy limit unless that is the probable cost.",
            "Review reserves at every significant development and at least every 30 days.",
            "A reserve change of more than $10,000 or 25% (whichever is less) needs a file note explaining the change.",
            "Report any claim with a total reserve over $250,000 to the Claims Manager within 1 business day (large loss report).",
            "Keep deductibles out of the reserve: reserve the net amount the company expects to pay.",
            "At closing, close every reserve to the amount paid."),
        H1("3. Authority Levels"),
        P("Authority is the largest total amount an adjuster may pay or settle on one claim without "
          "approval. It includes all payments on the claim, not each check."),
        ITEMS([("Claims Adjuster, Auto Physical Damage", "$15,000"),
               ("Property Field Adjuster", "$35,000"),
               ("Commercial Property Adjuster", "$50,000"),
               ("Liability Adjuster, bodily injury settlements", "$20,000"),
               ("Workers' Compensation Adjuster, settlements", "$25,000"),
               ("Senior Property General Adjuster", "$500,000"),
               ("Claims Manager", "$1,000,000"),
               ("Vice President of Claims", "Above $1,000,000")]),
        P("Statutory workers' compensation benefits (medical bills at the fee schedule and wage "
          "loss at the statutory rate) may be paid without an authority limit. Multi-line "
          "adjusters use the authority of the line they are handling on that claim."),
        H1("4. Deductibles"),
        P("Apply the deductible shown on the declarations once per occurrence unless the policy "
          "says otherwise. Write the arithmetic into the file: the approved amount, the deductible "
          "and the net payment. On liability policies with a deductible endorsement, pay the "
          "claimant in full and bill the insured for the deductible within 10 business days. "
          "Workers' compensation benefits are never reduced by a deductible."),
        H1("5. Documentation Standards"),
        BUL("Every file note starts with the date and the adjuster's name.",
            "Keep a dated timeline of key events: loss, first notice, acknowledgment, inspection, coverage decision, each payment and closing.",
            "Invoices and estimates must be itemized; line items must add up to the total before payment.",
            "Record the policy number, policy period, limits and deductible that apply.",
            "Save all correspondence, including email, to the claim file."),
        H1("6. Investigation and Special Handling"),
        H2("6.1 Subrogation"),
        P("Look for a responsible third party on every claim. Refer to the subrogation unit within "
          "30 days when recovery potential is over $2,500. Note in the file when there is no "
          "subrogation and why."),
        H2("6.2 Fraud Indicators"),
        P("Refer a claim to the Special Investigations Unit within 5 business days when fraud "
          "indicators are present, such as a loss soon after the policy starts, inconsistent "
          "statements, missing records, or financial distress before a fire. A referral does not "
          "delay undisputed payments."),
        H2("6.3 Origin and Cause"),
        P("Retain a certified fire investigator on any fire with an estimated loss over $50,000 "
          "or an unclear cause. Do not allow debris removal at the area of origin until the "
          "investigator releases the scene."),
        H2("6.4 Medicare"),
        P("Before settling any bodily injury claim, find out whether the claimant is a Medicare "
          "beneficiary and run a query. The release must protect Medicare's interest."),
        H1("7. Closing a Claim"),
        P("Close a claim within 30 days after the last payment when nothing remains open. Before "
          "closing, confirm that all reserves are closed to paid, deductibles billed on liability "
          "claims have been collected or referred, and subrogation has been decided."),
        H1("8. Customer Communication"),
        P("Use plain language. Explain what is covered, what is not, and why, and quote the policy "
          "wording that applies. Tell the insured about any right to appeal or ask for a review. "
          "Return calls and emails within 1 business day."),
    ])


# ---------------------------------------------------------------------------
# Evaluation questions (data/eval/questions.jsonl)
# ---------------------------------------------------------------------------
# expected_answer for needle/summary/lookup questions is copied verbatim from the source
# file (verify.py checks this). For calculation questions the value is recomputed below.


def _days(a, b):
    from datetime import date

    return str((date.fromisoformat(b) - date.fromisoformat(a)).days)


def _sum(*parts):
    return fmt(sum(money(p) if not p.startswith("-") else -money(p[1:]) for p in parts))


def Q(question, route, answer=None, source=None, claim=None, regex=None, calc=None):
    q = {"question": question, "route": route}
    if claim:
        q["claim_id"] = claim
    if route == "none":
        q["expect_not_found"] = True
        return q
    if calc is not None:
        assert calc == answer, f"{question}: computed {calc}, written {answer}"
    q["expected_answer"] = answer
    if regex:
        q["expected_regex"] = regex
    q["source"] = source
    return q


def eval_questions():
    c1, c2, c3, c4, c5, c6 = (f"claims/{c}/" for c in
                              ("CLM-1042", "CLM-2077", "CLM-3105", "CLM-4410", "CLM-5238", "CLM-6120"))
    ws = "workspace/claims-handling-guidelines.md"
    return [
        # ---- needle: precise facts, every format ----
        Q("What was the towing cost for CLM-1042?", "needle", "$385.00",
          c1 + "email-buckeye-towing-invoice.eml", "CLM-1042", r"\$385\.00"),
        Q("What is the collision deductible on Daniel Okafor's auto policy?", "needle", "$500.00",
          c1 + "policy-declarations-PAP-884120.pdf", "CLM-1042", r"\$500(\.00)?"),
        Q("What is the VIN of the vehicle in CLM-1042?", "needle", "1HGCV1F45MA012873",
          c1 + "first-notice-of-loss.docx", "CLM-1042"),
        Q("What was the Supplement 1 total on the CLM-1042 repair estimate?", "needle", "$313.63",
          c1 + "repair-estimate-northside-collision.pdf", "CLM-1042", r"\$313\.63"),
        Q("What is the rental reimbursement limit on policy PAP-884120?", "needle",
          "$40 per day, $1,200 maximum per loss", c1 + "policy-declarations-PAP-884120.pdf",
          "CLM-1042", r"\$40 per day.*\$1,200"),
        Q("What is the crash report number for the CLM-1042 accident?", "needle", "OSP-26-031877",
          c1 + "first-notice-of-loss.docx", "CLM-1042"),
        Q("What is the invoice date of towing invoice BTR-20931 on CLM-1042?", "needle", "March 6, 2026",
          c1 + "email-buckeye-towing-invoice.eml", "CLM-1042"),
        Q("Who is the adjuster on CLM-2077?", "needle", "Marcus Bell",
          c2 + "first-notice-and-policy-summary.md", "CLM-2077"),
        Q("What is the Coverage A dwelling limit on Elena Vasquez's homeowners policy?", "needle",
          "$350,000", c2 + "first-notice-and-policy-summary.md", "CLM-2077", r"\$350,000"),
        Q("What was the invoice total of the DryRight mitigation invoice on CLM-2077?", "needle",
          "$8,155.00", c2 + "mitigation-invoice-dryright.pdf", "CLM-2077", r"\$8,155\.00"),
        Q("How many dehumidifiers were set on day 1 of drying for CLM-2077?", "needle",
          "4 dehumidifiers", c2 + "mitigation-invoice-dryright.pdf", "CLM-2077", r"\b4\b"),
        Q("How much was the Hennepin Plumbing invoice on CLM-2077?", "needle", "$515.00",
          c2 + "adjuster-file-notes.txt", "CLM-2077", r"\$515\.00"),
        Q("What is the overhead and profit amount in the Northstar rebuild estimate for CLM-2077?",
          "needle", "$2,422.28", c2 + "rebuild-estimate-northstar.docx", "CLM-2077", r"\$2,422\.28"),
        Q("Who is the mortgagee on the Vasquez home?", "needle", "Lakes Federal Savings Bank",
          c2 + "first-notice-and-policy-summary.md", "CLM-2077"),
        Q("On what date will the mitigation payment to DryRight be issued on CLM-2077?", "needle",
          "02/13/2026", c2 + "email-coverage-decision.eml", "CLM-2077"),
        Q("What is the policy number for the theft claim at Brightline Electronics?", "needle",
          "CPP-220781", c3 + "policy-summary-CPP-220781.docx", "CLM-3105"),
        Q("What is the police report number for CLM-3105?", "needle", "LBPD 26-004417",
          c3 + "burglary-incident-report.md", "CLM-3105"),
        Q("What was the total of door repair invoice HLD-4471?", "needle", "$2,370.00",
          c3 + "email-door-repair-invoice.eml", "CLM-3105", r"\$2,370\.00"),
        Q("How much did the steel security door slab cost on CLM-3105?", "needle", "$1,180.00",
          c3 + "email-door-repair-invoice.eml", "CLM-3105", r"\$1,180\.00"),
        Q("What is the Business Personal Property limit for Brightline Electronics?", "needle",
          "$250,000", c3 + "policy-summary-CPP-220781.docx", "CLM-3105", r"\$250,000"),
        Q("What retail total did Brightline first claim for the stolen items?", "needle",
          "$41,860.00", c3 + "inventory-loss-schedule.pdf", "CLM-3105", r"\$41,860\.00"),
        Q("How many Nimbus X5 smartphones were stolen in CLM-3105, and at what unit cost?", "needle",
          "18 at $412.50", c3 + "inventory-loss-schedule.pdf", "CLM-3105", r"18.*\$412\.50"),
        Q("When did the cellular alarm backup lapse at Brightline Electronics (CLM-3105)?", "needle",
          "2026-01-31", c3 + "adjuster-notes-CLM-3105.txt", "CLM-3105"),
        Q("What was Grace Okafor's average weekly wage?", "needle", "$920.00",
          c4 + "employer-first-report-of-injury.pdf", "CLM-4410", r"\$920(\.00)?"),
        Q("What is the temporary total disability rate on CLM-4410?", "needle", "$613.33",
          c4 + "medical-and-indemnity-summary.docx", "CLM-4410", r"\$613\.33"),
        Q("Who witnessed Grace Okafor's injury?", "needle", "Jorge Alvarez",
          c4 + "employer-first-report-of-injury.pdf", "CLM-4410"),
        Q("What were Grace Okafor's weekly earnings in the light duty offer?", "needle", "$552.00",
          c4 + "email-return-to-work.eml", "CLM-4410", r"\$552(\.00)?"),
        Q("What is the employers liability limit on policy WC-7781203?", "needle",
          "$1,000,000 each accident", c4 + "claim-notes-CLM-4410.md", "CLM-4410", r"\$1,000,000"),
        Q("Which doctor treated the claimant on CLM-4410?", "needle", "Dr. Paul Whitaker",
          c4 + "employer-first-report-of-injury.pdf", "CLM-4410", r"Whitaker"),
        Q("At what time was the last floor walk in aisle 7 before Rosalind Pierce fell?", "needle",
          "3:43 p.m.", c5 + "store-incident-report.docx", "CLM-5238", r"3:43"),
        Q("What was the Knox Regional Medical Center total on CLM-5238?", "needle", "$3,860.00",
          c5 + "medical-specials-summary.pdf", "CLM-5238", r"\$3,860\.00"),
        Q("How many physical therapy sessions did the claimant on CLM-5238 have?", "needle",
          "14 sessions", c5 + "medical-specials-summary.pdf", "CLM-5238", r"\b14\b"),
        Q("How much did the claimant's attorney demand on CLM-5238?", "needle", "$45,000.00",
          c5 + "liability-evaluation-notes.txt", "CLM-5238", r"\$45,000(\.00)?"),
        Q("What is the settlement amount on CLM-5238?", "needle", "$18,500.00",
          c5 + "email-settlement-agreement.eml", "CLM-5238", r"\$18,500(\.00)?"),
        Q("What is the building limit on policy CPF-610244?", "needle", "$1,200,000",
          c6 + "policy-and-coverage-summary.md", "CLM-6120", r"\$1,200,000"),
        Q("How much was the advance payment on the Alder Creek Woodworks fire claim?", "needle",
          "$50,000.00", c6 + "email-advance-payment-and-bpp.eml", "CLM-6120", r"\$50,000(\.00)?"),
        Q("What is the fire department incident number for CLM-6120?", "needle", "ESF-26-01877",
          c6 + "fire-loss-report.pdf", "CLM-6120"),
        Q("What value did Alder Creek Woodworks put on the CNC router in its BPP schedule?", "needle",
          "$68,500.00", c6 + "email-advance-payment-and-bpp.eml", "CLM-6120", r"\$68,500(\.00)?"),
        Q("How many roof trusses does the Cascade estimate replace on CLM-6120?", "needle",
          "18 at $1,150.00", c6 + "building-repair-estimate-cascade.docx", "CLM-6120", r"\b18\b"),
        Q("Who investigated the origin and cause of the CLM-6120 fire for Harborline?", "needle",
          "Paul Everett", c6 + "fire-loss-report.pdf", "CLM-6120"),
        Q("Within how many business days must every claim be acknowledged?", "needle",
          "2 business days", ws, None, r"\b2 business days"),
        Q("What is the payment authority of a Property Field Adjuster?", "needle", "$35,000",
          ws, None, r"\$35,000"),

        # ---- summary: expected_answer is a fact any good summary must contain ----
        Q("Summarize claim CLM-3105", "summary", "Brightline Electronics",
          c3 + "burglary-incident-report.md", "CLM-3105"),
        Q("Give me an overview of the water damage claim", "summary", "frozen PEX supply line",
          c2 + "first-notice-and-policy-summary.md", "CLM-2077", r"(?i)frozen|PEX|supply line"),
        Q("Summarize CLM-1042", "summary", "hydroplaned", c1 + "first-notice-of-loss.docx",
          "CLM-1042", r"(?i)hydroplan"),
        Q("What happened in Grace Okafor's workers' comp claim? Give me a summary.", "summary",
          "60 lb carton", c4 + "claim-notes-CLM-4410.md", "CLM-4410", r"(?i)lift|carton|lumbar|back"),
        Q("Summarize the slip and fall claim at Harvest Lane Market", "summary",
          "liquid laundry detergent", c5 + "store-incident-report.docx", "CLM-5238",
          r"(?i)detergent|spill"),
        Q("Give me a summary of claim CLM-6120", "summary", "dust collector",
          c6 + "policy-and-coverage-summary.md", "CLM-6120", r"(?i)dust collector"),
        Q("Summarize where the CLM-5238 negotiation ended up", "summary", "$18,500.00",
          c5 + "liability-evaluation-notes.txt", "CLM-5238", r"\$18,500"),
        Q("Give me an overview of the fire at Alder Creek Woodworks", "summary", "finishing room",
          c6 + "fire-loss-report.pdf", "CLM-6120", r"(?i)finishing room|dust collector"),
        Q("Summarize the status of claim CLM-4410", "summary", "Closed 03/02/2026",
          c4 + "claim-notes-CLM-4410.md", "CLM-4410", r"(?i)closed"),
        Q("Summarize the coverage decision on CLM-2077", "summary", "$515.00",
          c2 + "email-coverage-decision.eml", "CLM-2077", r"\$515"),
        Q("Summarize our claims handling guidelines", "summary", "2 business days", ws, None,
          r"\b2 business days"),

        # ---- calculation: values recomputed here ----
        Q("How many days passed between the date of loss and the first payment on CLM-1042?",
          "calculation", "23", c1 + "adjuster-notes.txt", "CLM-1042", r"\b23\b",
          calc=_days("2026-03-03", "2026-03-26")),
        Q("What is the payout on CLM-1042 after the deductible?", "calculation", "$5,302.96",
          c1 + "adjuster-notes.txt", "CLM-1042", r"\$5,302\.96",
          calc=_sum("$5,489.33", "$313.63", "-$500.00")),
        Q("For how many days did Daniel Okafor have the rental car on CLM-1042?", "calculation",
          "34", c1 + "adjuster-notes.txt", "CLM-1042", r"\b34\b",
          calc=_days("2026-03-05", "2026-04-08")),
        Q("What is the total of the mitigation invoice, the rebuild estimate and the plumbing "
          "invoice on CLM-2077?", "calculation", "$23,203.68", c2 + "adjuster-file-notes.txt",
          "CLM-2077", r"\$23,203\.68", calc=_sum("$8,155.00", "$14,533.68", "$515.00")),
        Q("How many days were there between the first notice of loss and the inspection on CLM-2077?",
          "calculation", "4", c2 + "adjuster-file-notes.txt", "CLM-2077", r"\b4\b",
          calc=_days("2026-01-15", "2026-01-19")),
        Q("How many days after the date of loss was the first payment made on CLM-2077?",
          "calculation", "30", c2 + "adjuster-file-notes.txt", "CLM-2077", r"\b30\b",
          calc=_days("2026-01-14", "2026-02-13")),
        Q("What would the CLM-3105 settlement have been if the laptops had not been recovered?",
          "calculation", "$27,264.30", c3 + "inventory-loss-schedule.pdf", "CLM-3105",
          r"\$27,264\.30", calc=_sum("$27,394.30", "$2,370.00", "-$2,500.00")),
        Q("How many days passed between the burglary and the settlement payment on CLM-3105?",
          "calculation", "27", c3 + "adjuster-notes-CLM-3105.txt", "CLM-3105", r"\b27\b",
          calc=_days("2026-02-07", "2026-03-06")),
        Q("How many days after her injury was Grace Okafor released to full duty?", "calculation",
          "57", c4 + "claim-notes-CLM-4410.md", "CLM-4410", r"\b57\b",
          calc=_days("2025-11-18", "2026-01-14")),
        Q("How much lower was the total paid on CLM-4410 than the total reserve?", "calculation",
          "$4,651.56", c4 + "claim-notes-CLM-4410.md", "CLM-4410", r"\$4,651\.56",
          calc=_sum("$10,500.00", "-$2,413.80", "-$3,434.64")),
        Q("How many days passed between the date of loss and the settlement payment on CLM-5238?",
          "calculation", "129", c5 + "liability-evaluation-notes.txt", "CLM-5238", r"\b129\b",
          calc=_days("2025-12-06", "2026-04-14")),
        Q("What is Harborline's net cost on CLM-5238 after the deductible?", "calculation",
          "$17,500.00", c5 + "liability-evaluation-notes.txt", "CLM-5238", r"\$17,500(\.00)?",
          calc=_sum("$18,500.00", "-$1,000.00")),
        Q("By how much did the CLM-5238 settlement come down from the attorney's demand?",
          "calculation", "$26,500.00", c5 + "liability-evaluation-notes.txt", "CLM-5238",
          r"\$26,500(\.00)?", calc=_sum("$45,000.00", "-$18,500.00")),
        Q("What is the final payment on CLM-6120 after the deductible and the advance?",
          "calculation", "$302,525.00", c6 + "fire-loss-report.pdf", "CLM-6120",
          r"\$302,525(\.00)?", calc=_sum("$207,840.00", "$149,685.00", "-$5,000.00", "-$50,000.00")),
        Q("How many days after the fire was the advance payment issued on CLM-6120?", "calculation",
          "8", c6 + "fire-loss-report.pdf", "CLM-6120", r"\b8\b",
          calc=_days("2026-01-29", "2026-02-06")),

        # ---- lookup: registry-level questions ----
        Q("Which claims do we have?", "lookup", "CLM-6120", c6 + "fire-loss-report.pdf", None,
          r"(?s)(?=.*CLM-1042)(?=.*CLM-2077)(?=.*CLM-3105)(?=.*CLM-4410)(?=.*CLM-5238)(?=.*CLM-6120)"),
        Q("Who is the adjuster of CLM-4410?", "lookup", "Denise Carter",
          c4 + "claim-notes-CLM-4410.md", "CLM-4410"),
        Q("Which claims is Priya Raman handling?", "lookup", "CLM-5238",
          c5 + "liability-evaluation-notes.txt", None, r"(?s)(?=.*CLM-1042)(?=.*CLM-5238)"),
        Q("Which claims involve someone named Okafor?", "lookup", "CLM-4410",
          c4 + "claim-notes-CLM-4410.md", None, r"(?s)(?=.*CLM-1042)(?=.*CLM-4410)"),
        Q("What is the policy number on CLM-5238?", "lookup", "CGL-330915",
          c5 + "liability-evaluation-notes.txt", "CLM-5238"),
        Q("What is the date of loss for CLM-2077?", "lookup", "01/14/2026",
          c2 + "adjuster-file-notes.txt", "CLM-2077", r"01/14/2026|2026-01-14|January 14, 2026"),
        Q("Who is the insured on CLM-6120?", "lookup", "Alder Creek Woodworks Inc.",
          c6 + "policy-and-coverage-summary.md", "CLM-6120", r"Alder Creek Woodworks"),

        # ---- none: the files cannot answer these ----
        Q("What was the hail damage estimate on CLM-1042?", "none", claim="CLM-1042"),
        Q("What is the VIN of the vehicle in CLM-2077?", "none", claim="CLM-2077"),
        Q("What is the flood insurance policy number for Elena Vasquez?", "none", claim="CLM-2077"),
        Q("What is Grace Okafor's Social Security number?", "none", claim="CLM-4410"),
        Q("How much mileage reimbursement was paid to Grace Okafor?", "none", claim="CLM-4410"),
        Q("What was the rental car cost on CLM-6120?", "none", claim="CLM-6120"),
        Q("What is the earthquake deductible on policy CPF-610244?", "none", claim="CLM-6120"),
        Q("Which adjuster is handling claim CLM-7788?", "none"),
        Q("What was the cyber liability limit for Brightline Electronics?", "none", claim="CLM-3105"),
    ]


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------


def main():
    clm_1042()
    clm_2077()
    clm_3105()
    clm_4410()
    clm_5238()
    clm_6120()
    workspace()
    for rel in OUTPUTS:
        if rel.startswith("claims/"):
            claim = rel.split("/")[1]
            raw = OUTPUTS[rel]
            # text formats can be checked directly; binary ones are checked in verify.py
            if rel.endswith((".txt", ".md")):
                assert claim in raw.decode(), f"{rel} does not mention {claim}"
        else:
            assert b"CLM-" not in OUTPUTS[rel], rel
    questions = eval_questions()
    emit("eval/questions.jsonl", "".join(json.dumps(q) + "\n" for q in questions))
    for rel, data in sorted(OUTPUTS.items()):
        path = DATA / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    print(f"wrote {len(OUTPUTS)} files under {DATA}")


if __name__ == "__main__":
    main()
