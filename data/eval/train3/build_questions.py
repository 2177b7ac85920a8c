"""Write questions.jsonl for train3 (the questions are typed here for easier escaping).

Run: /work/main/.venv/bin/python build_questions.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

WC = "WC-417-26-0093"
FIRE = "CP 26 118204"
CARGO = "0077-5519-IM"

IME = "IME_Barreto_Sekibo_2026-08-21.pdf"
LEDGER = "WC-417-26-0093_wage_statement_TTD_ledger.md"
OC = "CFF-26-0214_origin_cause_MarrowVine.pdf"
POL = "POL_CP26118204_MarrowVine.docx"
SCAN = "cargo_0077-5519-IM_BOL_notice_scan.pdf"

Q = []


def base(question, route, claim, ans, rx, src, kind, nf=False):
    return {"question": question, "route": route, "claim_id": claim,
            "expected_answer": ans, "expected_regex": rx, "expect_not_found": nf,
            "source": src, "kind": kind}


def N(question, claim, ans, rx, src, kind):
    Q.append(base(question, "needle", claim, ans, rx, src, kind))


def C(question, claim, ans, rx, src, kind):
    Q.append(base(question, "calculation", claim, ans, rx, src, kind))


def S(question, claim, src, points):
    d = base(question, "summary", claim, None, None, src, "summary")
    d["expected_points"] = points
    Q.append(d)


def L(question, claims, rx, src, kind="lookup"):
    d = base(question, "lookup", None, None, rx, src, kind)
    d["expected_claims"] = claims
    Q.append(d)


def X(question, claim, src, kind="none"):
    Q.append(base(question, "none", claim, None, None, src, kind, nf=True))


DATE = lambda m, d, y, mon: rf"({mon}\.? {d},? {y}|0?{m}/0?{d}/{y}|{y}-0?{m}-0?{d})"

# ------------------------------------------------------------------ WC: Barreto
N("who did the IME on barreto", WC, "Harold M. Sekibo", r"Sekibo", IME, "role")
N("date of the IME exam for WC-417-26-0093?", WC, "August 14, 2026", DATE(8, 14, 2026, "Aug(ust)?"), IME, "date")
N("is barreto at MMI yet", WC, "has NOT reached maximum medical improvement",
  r"not (yet )?(reached|at) (maximum medical improvement|MMI)", IME, "paraphrase")
N("when does the IME doc think he'll hit MMI", WC, "about November 6, 2026", DATE(11, 6, 2026, "Nov(ember)?"), IME, "date")
N("what WPI range did sekibo project", WC, "10 to 12 percent", r"10\s*(to|-)\s*12\s*(percent|%)", IME, "paraphrase")
N("apportionment to the pre-existing DDD on the barreto IME?", WC, "15 percent", r"15\s*(percent|%)", IME, "paraphrase")
N("lifting restriction per IME - millwork claim", WC, "no lifting over 25 pounds", r"25\s*(pounds|lbs?)", IME, "paraphrase")
N("MRI date on barreto", WC, "March 27, 2026", DATE(3, 27, 2026, "Mar(ch)?"), IME, "date")
N("what level was the herniation", WC, "L4-L5", r"L4-?L5|L4-5", IME, "paraphrase")
N("who's the treating doc on the tallgrass claim", WC, "Dr. Aisha Rahimtoola", r"Rahimtoola", IME, "role")
N("CPT code for the ESI on WC-417-26-0093", WC, "62323", r"62323", IME, "reference")
N("what time did the barreto IME start", WC, "10:15", r"10:15", IME, "time")
N("who interpreted at the IME", WC, "Odalys Ferrante", r"Odalys Ferrante", IME, "role")
N("neurosurgeon barreto saw?", WC, "Dr. Miroslav Haddad", r"Haddad", IME, "role")
N("who was barreto's shift lead", WC, "Corwin Dahlquist", r"Corwin Dahlquist", IME, "role")
N("sekibo's file no.", WC, "IME-26-3381", r"IME-26-3381", IME, "reference")
N("sekibo license #", WC, "61-44790", r"61-44790", IME, "reference")
N("who is defense counsel on barreto", WC, "Garrett Lunde, Esq., Lunde & Marsh", r"Garrett Lunde", IME, "role")
N("SLR findings at the IME?", WC, "positive on the left at 60 degrees", r"positive on the left at 60 degrees", IME, "paraphrase")
N("how many PT visits has barreto had", WC, "18 visits", r"\b18\b", IME, "plain")
N("address for sekibo's office", WC, "1180 Wickham Parkway, Suite 310, Brandt Ridge, MN 55871",
  r"1180 Wickham Parkway", IME, "address")
N("what's sekibo charging for the IME itself", WC, "$1,850.00", r"\$?1,?850(\.00)?", IME, "amount")
N("barreto original AWW", WC, "$1,032.77", r"\$?1,?032\.77", LEDGER, "amount")
N("ck # for the final TTD payment on barreto", WC, "5524388", r"5524388", LEDGER, "table")
N("gross wages wk 11 on the wage statement - barreto", WC, "$1,138.50", r"\$?1,?138\.50", LEDGER, "table")
N("max weekly comp rate on WC-417-26-0093", WC, "$1,237.00", r"\$?1,?237(\.00)?", LEDGER, "amount")
N("where else was barreto working when he got hurt", WC, "Pine Hollow Hardware", r"Pine Hollow Hardware", LEDGER, "paraphrase")
N("who at pine hollow verified his wages", WC, "Deb Strand", r"Deb Strand", LEDGER, "role")
N("barreto's new mailing address?", WC, "907 Larkspur Ct, Apt 2, Brandt Ridge", r"907 Larkspur Ct", LEDGER, "address")
N("rtw date barreto", WC, "06/22/2026", DATE(6, 22, 2026, "June?"), LEDGER, "date")
N("med paid to date on the millwork claim", WC, "$38,914.27", r"\$?38,?914\.27", LEDGER, "amount")
N("class code on barreto", WC, "2802", r"\b2802\b", LEDGER, "reference")
N("when did we get the FROI on WC-417-26-0093", WC, "03/11/2026", DATE(3, 11, 2026, "Mar(ch)?"), LEDGER, "date")
N("current TPD rate for barreto", WC, "$350.11", r"\$?350\.11", LEDGER, "table")
N("indemnity rsv as of 5/8 on barreto", WC, "$72,000", r"\$?72,?000", LEDGER, "table")

C("total current reserves on barreto (med + ind + exp) after the latest change", WC, "$174,500",
  r"\$?174,?500(\.00)?", LEDGER, "sum")
C("how many days from the DOI to the IME exam on the tallgrass claim", WC, "158 days", r"\b158\s*days", [IME, LEDGER], "duration")
C("days between TTD start and RTW modified duty - barreto", WC, "104 days", r"\b104\s*days", LEDGER, "duration")
C("total paid to date on WC-417-26-0093, all three buckets", WC, "$58,274.71", r"\$?58,?274\.71", LEDGER, "sum")
C("how much did the indemnity rsv go up at the post-IME review", WC, "$20,000", r"\$?20,?000(\.00)?", LEDGER, "sum")
C("how much TPD went out in july on barreto", WC, "$1,400.44", r"\$?1,?400\.44", LEDGER, "sum")
C("is the revised comp rate under the state max for barreto?", WC, "Yes - $830.11 is below the $1,237.00 maximum",
  r"\byes\b|below|under|within", LEDGER, "limit-check")
C("days from sekibo's exam to his report", WC, "7 days", r"\b(7|seven)\s*days|one week|1 week", IME, "duration")
C("how many days after the injury was the MRI", WC, "18 days", r"\b18\s*days", IME, "duration")
C("what % of the current total reserve on barreto is medical", WC, "39.3%", r"39\.[23]\d*\s*%", LEDGER, "sum")
C("interpreter + records + IME costs on barreto combined", WC, "$2,646.50", r"\$?2,?646\.50", LEDGER, "sum")

S("summarize the barreto WC claim", WC, [IME, LEDGER], [
    r"Barreto", r"Tallgrass Millwork", r"(March 9, 2026|03/09/2026)", r"L4-?L5|disc|lumbar",
    r"not (yet )?(reached|at) (MMI|maximum medical improvement)|NOT reached", r"830\.11|1,?245\.17|TPD|modified duty",
    r"Okafor"])

# ------------------------------------------------------------------ Fire: Marrow & Vine
N("what time did 911 get the call on the marrow & vine fire", FIRE, "02:41", r"0?2:41", OC, "time")
N("when did E14 get on scene at the bistro", FIRE, "02:47", r"0?2:47", OC, "time")
N("who had command at the restaurant fire", FIRE, "Battalion Chief Greta Olsson", r"Greta Olsson", OC, "role")
N("FD incident # for CP 26 118204", FIRE, "26-001873", r"26-001873", OC, "reference")
N("serial on the food warmer", FIRE, "BT220-0417763", r"BT220-0417763", OC, "reference")
N("how did caldera classify the bistro fire", FIRE, "Accidental", r"accidental", OC, "paraphrase")
N("who was the last one out of the restaurant the night before", FIRE, "Jarrell Pinkney", r"Jarrell Pinkney", OC, "paraphrase")
N("what time was the alarm set at marrow & vine", FIRE, "23:51:40", r"23:51(:40)?", OC, "time")
N("pol # marrow and vine", FIRE, "CPP-7730418-02", r"CPP-7730418-02", POL, "reference")
N("BPP limit on the bistro policy", FIRE, "$340,000", r"\$?340,?000", POL, "table")
N("deductible on CP 26 118204", FIRE, "$5,000", r"\$?5,?000(\.00)?", POL, "table")
N("who notarized the marrow & vine POL", FIRE, "Lorraine Ekwueme", r"Ekwueme", POL, "role")
N("when did celeste sign the proof of loss", FIRE, "June 18, 2026", DATE(6, 18, 2026, "June?"), POL, "date")
N("is there a lienholder or loss payee on the restaurant claim", FIRE, "First Cascadia Bank", r"First Cascadia Bank", POL, "paraphrase")
N("who owns the building at 4417 calloway", FIRE, "Calloway Commons Partners LP", r"Calloway Commons Partners", OC, "role")
N("lab report # for the ignitable liquid samples", FIRE, "TSL-26-1142", r"TSL-26-1142", OC, "reference")
N("where is the warmer being kept", FIRE, "CFF evidence room, bay 6", r"evidence room,? bay 6", OC, "table")
N("date of the joint lab exam on the bistro fire", FIRE, "April 9, 2026", DATE(4, 9, 2026, "Apr(il)?"), OC, "date")
N("who showed up for brevard at the joint exam", FIRE, "Priscilla Demaree, P.E.", r"Priscilla Demaree", OC, "role")
N("ACV of the kitchen equipment on the POL schedule", FIRE, "$109,358.60", r"\$?109,?358\.60", POL, "table")
N("loss location for CP 26 118204", FIRE, "4417 Calloway Avenue, Dunmore Falls, OR 97338", r"4417 Calloway Ave", OC, "address")
N("who's the EE on the bistro fire", FIRE, "Bryce Halloran, P.E.", r"Bryce Halloran", OC, "role")
N("caldera's bill so far", FIRE, "$14,870.00", r"\$?14,?870(\.00)?", OC, "amount")
N("when was the hood system last serviced before the fire", FIRE, "November 18, 2025", DATE(11, 18, 2025, "Nov(ember)?"), OC, "date")
N("who hauled the debris on the restaurant loss", FIRE, "Rivera Hauling #2214", r"Rivera Hauling", POL, "table")
N("what did the investigator say the first fuel was", FIRE, "cord insulation and cardboard box of take-out containers",
  r"cord insulation and (the adjacent )?cardboard", OC, "paraphrase")
N("what circuit fed the warmer receptacle", FIRE, "circuit 14 in panel K", r"circuit 14", OC, "plain")
N("who is Thomas Reinholt", FIRE, "Senior Fire Investigator, Caldera Fire Forensics, Inc.",
  r"(Senior )?Fire Investigator", OC, "role")

C("how long from E14 arrival to knockdown on the bistro fire", FIRE, "39 minutes", r"\b39\s*min", OC, "duration")
C("how long from the 911 call to under control at marrow & vine", FIRE, "77 minutes",
  r"\b77\s*min|1\s*h(ou)?r?s?\.?,?\s*(and\s*)?17\s*min", OC, "duration")
C("days from DOL to POL signed - marrow and vine", FIRE, "111 days", r"\b111\s*days", [OC, POL], "duration")
C("total advances paid on CP 26 118204 so far", FIRE, "$175,000.00", r"\$?175,?000(\.00)?", POL, "sum")
C("is the debris removal within the additional limit on the bistro claim?", FIRE,
  "No - $31,250.00 exceeds the $25,000 limit by $6,250.00", r"\bno\b|exceed|over|above", POL, "limit-check")
C("kitchen equip + FF&E RCV on the POL - under the BPP limit?", FIRE, "Yes - $211,377.25 is within the $340,000 limit",
  r"211,?377\.25", POL, "limit-check")
C("spoilage claim vs spoilage limit, are we ok", FIRE, "Yes - $9,846.33 is within the $15,000 spoilage limit",
  r"\byes\b|within|under|below", POL, "limit-check")
C("TI&B ACV net of the deductible, marrow & vine", FIRE, "$240,182.50", r"\$?240,?182\.50", POL, "deductible")
C("how many days between the fire and caldera's report", FIRE, "56 days", r"\b56\s*days", OC, "duration")
C("depreciation as a % of RCV on the bistro POL", FIRE, "18.3%", r"18\.3\d*\s*%", POL, "sum")

S("give me a rundown of the marrow & vine fire", FIRE, [OC, POL], [
    r"Marrow (&|and) Vine", r"(February 27, 2026|02/27/2026)", r"food warmer|warmer|supply cord",
    r"accidental", r"Brevard", r"253,?931\.93|440,?181\.93|175,?000", r"Vail"])

# ------------------------------------------------------------------ Cargo: Halloway reefer
N("BOL # on the blueberry load", CARGO, "HFL-2605-38817", r"HFL-2605-38817", SCAN, "reference")
N("seal number on the reefer claim", CARGO, "0882147", r"0882147", SCAN, "reference")
N("how warm was the product when it got to stockton", CARGO, "pulp temp +31 F", r"\+?31 ?F", SCAN, "paraphrase")
N("what was the reefer set at - 0077-5519-IM", CARGO, "-10 F", r"-10 ?F", SCAN, "plain")
N("what time did the reefer alarm go off on 0077-5519-IM", CARGO, "11:14", r"11:14", SCAN, "time")
N("who was driving the halloway truck", CARGO, "A. Velasquez-Moore", r"Velasquez-Moore", SCAN, "role")
N("consignee address on the cargo claim", CARGO, "1400 Levee Industrial Blvd",
  r"1400 Levee Industrial Blvd", SCAN, "address")
N("who did the cargo survey", CARGO, "Lindgren Cargo Surveys (B. Lindgren)", r"Lindgren", SCAN, "role")
N("what did we get for salvage on the blueberries", CARGO, "9,120.00", r"\$? ?9,?120(\.00)?", SCAN, "amount")
N("check # on the cargo payment", CARGO, "10-448213", r"10-448213", SCAN, "reference")
N("halloway cargo policy number", CARGO, "MTC 2204187-04", r"MTC 2204187-04", SCAN, "reference")
N("what broke on the reefer unit", CARGO, "replaced condenser fan motor", r"condenser fan motor", SCAN, "paraphrase")
N("who is K. Sorensen on the cargo file", CARGO, "dispatch", r"dispatch", SCAN, "role")
N("reefer endorsement form #", CARGO, "MTC-RB-11", r"MTC-RB-11", SCAN, "reference")
N("PRO no for the verdant hollow shipment", CARGO, "6150-44928", r"6150-44928", SCAN, "reference")
N("when did the mobile tech show up", CARGO, "17:05", r"17:05", SCAN, "time")
N("shipper invoice number on the blueberry claim", CARGO, "VH-INV-60517", r"VH-INV-60517", SCAN, "reference")
N("who rejected the load at the DC", CARGO, "D. Ybarra", r"Ybarra", SCAN, "role")

C("how long was the reefer out - alarm til it was running again after the tech", CARGO, "7 hours 16 minutes",
  r"7\s*h(ou)?rs?\.?,?\s*(and\s*)?16\s*min|436\s*min", SCAN, "duration")
C("days from DOL to closing on the reefer claim", CARGO, "45 days", r"\b45\s*days", SCAN, "duration")
C("is the amount claimed within the conveyance limit - halloway", CARGO, "Yes - $75,890.00 is within the $100,000 limit",
  r"\byes\b|within|under|below", SCAN, "limit-check")
C("amount claimed less salvage and the deductible on 0077-5519-IM", CARGO, "$64,270.00", r"\$?64,?270(\.00)?", SCAN, "deductible")
C("how much was the prior rsv over the final payment on the cargo claim", CARGO, "$7,055.00", r"\$?7,?055(\.00)?", SCAN, "sum")
C("hours from pickup to the reefer alarm on the blueberry load", CARGO, "16 hours 54 minutes",
  r"16\s*h(ou)?rs?\.?,?\s*(and\s*)?54\s*min|1,?014\s*min", SCAN, "duration")

S("summary of the halloway cargo claim pls", CARGO, [SCAN], [
    r"Halloway", r"Verdant Hollow", r"blueberr", r"reefer", r"(05/16/2026|May 16, 2026)",
    r"64,?945", r"closed"])

# ------------------------------------------------------------------ lookups (valid for the whole set)
L("which claims is vail handling", [FIRE, CARGO], r"(?s)(?=.*CP 26 118204)(?=.*0077-5519-IM)", [OC, POL, SCAN])
L("any closed files in here?", [CARGO], r"0077-5519-IM", [SCAN])
L("which claims are fire losses", [FIRE], r"CP 26 118204", [OC, POL])

# ------------------------------------------------------------------ not in the files
X("what's barreto's SSN", WC, [IME, LEDGER])
X("who was the coworker helping barreto lift the panels", WC, [IME])
X("who's the agent on the halloway cargo policy", CARGO, [SCAN])
X("declared value on the blueberry BOL?", CARGO, [SCAN])
X("what did halloran's engineering report conclude about the cord", FIRE, [OC])
X("fire marshal's badge number on the bistro fire", FIRE, [OC])
X("were there any witnesses to the reefer breakdown", CARGO, [SCAN])
X("barreto hourly rate at pine hollow", WC, [LEDGER])
X("when is barreto's FCE scheduled", WC, [LEDGER, IME])
X("how much did subro recover from cascade reefer", CARGO, [SCAN])
X("name of the producer at the tamsin crowe agency", FIRE, [POL])


if __name__ == "__main__":
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for q in Q:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(Q), Counter(q["route"] for q in Q))
