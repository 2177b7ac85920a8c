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

CYB = "CYB-2026-07731"
GL = "GL 25 447102"
AUTO = "0063-418-PA"
TRV = "TRV-88-20417-X"
PET = "PET 3309-871"

BI = "BI_worksheet_MarrowVine_CP26118204.md"
CYD = "CYB-2026-07731_forensic_summary_Pellworth.docx"
MEMO = "GL25447102_mediation_memo.txt"
TL = "TL_valuation_0063-418-PA_Okwuosa.pdf"
EML = "TRV-88-20417-X_email_thread.eml"
PETN = "PET_3309-871_claim_notes.txt"

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


def DATE(m, d, y, mon):
    return rf"({mon}\.? {d},? {y}|0?{m}/0?{d}/{y}|{y}-0?{m}-0?{d})"

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
N("who's the electrical engineer on the bistro fire", FIRE, "Bryce Halloran, P.E.", r"Bryce Halloran", OC, "role")
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


# ------------------------------------------------------------------ Fire: BI worksheet
N("who did the BI numbers on marrow & vine", FIRE, "Nadia Halvorsen, CPA, CFF", r"Nadia Halvorsen", BI, "role")
N("period of restoration on the bistro BI", FIRE, "02/27/2026 - 07/15/2026", r"0?2/27/2026\s*(-|to|through)\s*0?7/15/2026", BI, "table")
N("when did marrow and vine reopen", FIRE, "07/16/2026", DATE(7, 16, 2026, "July?"), BI, "date")
N("projected april sales for the restaurant", FIRE, "$141,905.00", r"\$?141,?905(\.00)?", BI, "table")
N("net BI loss per halvorsen", FIRE, "$318,772.05", r"\$?318,?772\.05", BI, "amount")
N("how many hourly people did the bistro lay off", FIRE, "22 hourly staff", r"\b22\b", BI, "plain")
N("bookkeeper for the insured on CP 26 118204?", FIRE, "Renee Tobiasz", r"Renee Tobiasz", BI, "role")
N("who'd they lease the commissary kitchen from", FIRE, "Hearth & Co. Commissary", r"Hearth (&|and) Co", BI, "table")
N("ck # for the BI advance", FIRE, "10-446102", r"10-446102", BI, "reference")
N("CPA invoice no on the bistro", FIRE, "HP-2026-0771", r"HP-2026-0771", BI, "reference")
N("what growth factor did the CPA use for projected sales", FIRE, "1.04", r"1\.04|4\s*(%|percent)", BI, "paraphrase")
N("which EE item didn't get accepted on marrow & vine", FIRE, "owner's mileage log ($618.40)", r"mileage log", BI, "paraphrase")
N("who is anselm duquette", FIRE, "chef", r"\bchef\b", BI, "role")

C("total extra expense on marrow & vine", FIRE, "$22,715.60", r"\$?22,?715\.60", BI, "sum")
C("BI plus EE less the advance on the bistro", FIRE, "$281,487.65", r"\$?281,?487\.65", BI, "sum")
C("total reserve on CP 26 118204 after the latest change (all coverages)", FIRE, "$843,000", r"\$?843,?000(\.00)?", BI, "sum")
C("is the BI/EE rsv enough to cover BI + EE claimed on the bistro?", FIRE,
  "No - $341,487.65 claimed vs $340,000 reserve, short by $1,487.65", r"\bno\b|short|under|not enough|1,?487\.65", BI, "limit-check")
C("how many days from the fire until marrow & vine reopened", FIRE, "139 days", r"\b139\s*days", BI, "duration")
C("may + june lost sales at the bistro", FIRE, "$300,524.25", r"\$?300,?524\.25", BI, "sum")
C("how much has the BI rsv gone up since it was first set", FIRE, "$220,000", r"\$?220,?000(\.00)?", BI, "sum")
C("all advances on the bistro claim so far, property and BI together", FIRE, "$235,000.00", r"\$?235,?000(\.00)?", [POL, BI], "sum")

S("summarize the BI side of the marrow & vine claim", FIRE, [BI], [
    r"Halvorsen", r"0?2/27/2026\s*-\s*0?7/15/2026|restoration", r"675,?752\.25", r"318,?772\.05",
    r"60,?000", r"340,?000", r"payroll"])

# ------------------------------------------------------------------ Cyber: Pellworth ransomware
N("what ransomware hit pellworth", CYB, "GRAVELMOTH", r"GRAVELMOTH", CYD, "paraphrase")
N("how did the TA get into the dental group network", CYB, "SSL VPN appliance using the valid credentials of a front-desk account (pdg-frontdesk3)",
  r"pdg-frontdesk3|VPN", CYD, "paraphrase")
N("who's breach counsel on CYB-2026-07731", CYB, "Marguerite Tillson, Esq., Crane Loftus LLP", r"Tillson", CYD, "role")
N("lead examiner at obsidian lantern?", CYB, "Farah Castellanos-Wu", r"Castellanos-Wu", CYD, "role")
N("what time did encryption kick off at pellworth", CYB, "03:12", r"0?3:12", CYD, "time")
N("when were the ransom notes found", CYB, "06:55", r"0?6:55", CYD, "time")
N("how much data got exfil'd in the dental breach", CYB, "61.4 GB", r"61\.4\s*GB", CYD, "plain")
N("how many people are in the pellworth data set", CYB, "14,882", r"14,?882", CYD, "plain")
N("how many had SSNs exposed - dental ransomware", CYB, "3,911", r"3,?911", CYD, "plain")
N("what was the initial ransom demand", CYB, "USD 1,400,000", r"1,?400,?000|1\.4\s*(million|M)", CYD, "amount")
N("pellworth cyber policy #", CYB, "NCY-0093-4471-26", r"NCY-0093-4471-26", CYD, "table")
N("when did the notice letters go out on the dental breach", CYB, "June 16, 2026", DATE(6, 16, 2026, "June?"), CYD, "date")
N("name of the rogue domain admin acct", CYB, "svc_bkp2", r"svc_bkp2", CYD, "reference")
N("address for obsidian lantern", CYB, "300 Copperline Plaza, Suite 1200, Phoenix, AZ 85004", r"300 Copperline Plaza", CYD, "address")
N("crane loftus fees to date", CYB, "$46,215.50", r"\$?46,?215\.50", CYD, "table")
N("who is dolores fiennes-achebe", CYB, "office manager of the Oro Valley office", r"office manager", CYD, "role")
N("retention on pellworth's cyber policy", CYB, "$25,000", r"\$?25,?000", CYD, "amount")
N("MSP ticket for the PM system restore", CYB, "88213", r"\b88213\b", CYD, "reference")

C("dwell time on the pellworth incident - initial access to encryption, in days", CYB, "17 days", r"\b17\s*days", CYD, "duration")
C("how long between encryption starting and the notes being found at the dental group", CYB, "3 hours 43 minutes",
  r"3\s*h(ou)?rs?\.?,?\s*(and\s*)?43\s*min|223\s*min", CYD, "duration")
C("notification + credit monitoring on CYB-2026-07731, still inside the combined sublimit?", CYB,
  "Yes - $40,813.90 is within the $250,000 combined sublimit", r"40,?813\.90", CYD, "limit-check")
C("total incurred to date on pellworth net of the retention", CYB, "$320,572.15", r"\$?320,?572\.15", CYD, "deductible")
C("days from discovery to the individual notice letters, dental breach", CYB, "58 days", r"\b58\s*days", CYD, "duration")
C("forensics + breach counsel costs combined on pellworth", CYB, "$164,855.50", r"\$?164,?855\.50", CYD, "sum")
C("by how much did the TA drop the ransom demand", CYB, "$750,000", r"\$?750,?000|750\s*(k|thousand)", CYD, "sum")
C("is incurred to date on the ransomware claim under lindqvist's reserve", CYB,
  "Yes - $345,572.15 incurred is within the $410,000 reserve", r"345,?572\.15", CYD, "limit-check")
C("what % of the SSN folks enrolled in credit monitoring", CYB, "48.4%", r"48\.4\d*\s*%", CYD, "sum")

S("quick summary of the pellworth cyber claim", CYB, [CYD], [
    r"Pellworth", r"GRAVELMOTH|ransomware", r"(April 19, 2026|2026-04-19)", r"VPN|pdg-frontdesk3|MFA",
    r"14,?882", r"not pay|did not pay", r"410,?000"])

# ------------------------------------------------------------------ GL: FreshAcre slip and fall mediation
N("what did the freshacre slip and fall settle for", GL, "$182,500.00", r"\$?182,?500(\.00)?", MEMO, "amount")
N("who mediated castellano-pryce", GL, "Hon. Leonard Ashby (Ret.)", r"Leonard Ashby", MEMO, "role")
N("plaintiff's atty on GL 25 447102", GL, "Marcus Teague", r"Marcus Teague", MEMO, "role")
N("court file no for the freshacre suit", GL, "27-CV-26-1187", r"27-CV-26-1187", MEMO, "reference")
N("what did she slip on at the grocery store", GL, "spilled liquid laundry detergent", r"laundry detergent", MEMO, "paraphrase")
N("what time did the fall happen on camera", GL, "4:52 p.m.", r"4:52", MEMO, "time")
N("medicare advantage lien amount, castellano-pryce", GL, "$22,614.37", r"\$?22,?614\.37", MEMO, "amount")
N("who did our DME on the slip and fall", GL, "Dr. Joan Pruett", r"Joan Pruett", MEMO, "role")
N("store address on the freshacre claim", GL, "2290 Bellwether Road, Kettle Springs, MN", r"2290 Bellwether R(oa)?d", MEMO, "address")
N("how much authority did okafor give for the mediation", GL, "$200,000", r"\$?200,?000", MEMO, "paraphrase")
N("trial date on the freshacre case", GL, "03/09/2027", DATE(3, 9, 2027, "Mar(ch)?"), MEMO, "date")
N("which employee walked past the spill", GL, "stock clerk Tobias Renk", r"Tobias Renk", MEMO, "role")
N("when was the pre-suit demand made", GL, "03/03/2026", DATE(3, 3, 2026, "Mar(ch)?"), MEMO, "date")
N("what surgery did castellano-pryce have on the wrist", GL, "ORIF", r"ORIF|open reduction", MEMO, "paraphrase")
N("freshacre GL policy number", GL, "IGL-5530981", r"IGL-5530981", MEMO, "reference")
N("when's the last sweep logged for aisle 9", GL, "3:50 p.m.", r"3:50", MEMO, "time")

C("how long was the detergent on the floor before she went down", GL, "23 minutes", r"\b23\s*min", MEMO, "duration")
C("settlement net of freshacre's deductible - what does ironwood pay", GL, "$172,500.00", r"\$?172,?500(\.00)?", MEMO, "deductible")
C("did castellano-pryce settle within authority?", GL, "Yes - $182,500 is within the $200,000 authority",
  r"\byes\b|within|under|below", MEMO, "limit-check")
C("how far did plaintiff come down from the pre-suit demand to the settlement", GL, "$292,500", r"\$?292,?500(\.00)?", MEMO, "sum")
C("days from the fall to the mediation - freshacre", GL, "306 days", r"\b306\s*days", MEMO, "duration")
C("total defense cost to close out the freshacre file (billed + estimate)", GL, "$30,346", r"\$?30,?346(\.00)?", MEMO, "sum")
C("how long did the mediation run", GL, "9 hours 40 minutes", r"9\s*h(ou)?rs?\.?,?\s*(and\s*)?40\s*min|580\s*min", MEMO, "duration")
C("if we take counsel's reserve suggestion, how much does total rsv come down on GL 25 447102", GL, "$44,000",
  r"\$?44,?000(\.00)?", MEMO, "sum")

S("summarize the castellano-pryce case", GL, [MEMO], [
    r"Castellano-Pryce", r"FreshAcre", r"11/08/2025|November 8, 2025", r"detergent|slip",
    r"182,?500", r"Ashby|mediat", r"release|dismissal"])

# ------------------------------------------------------------------ Auto TL: Okwuosa Outback
N("VIN on roz's outback", AUTO, "4S4BTGND1M3154872", r"4S4BTGND1M3154872", TL, "reference")
N("mileage on the okwuosa subaru", AUTO, "38,412 miles", r"38,?412", TL, "plain")
N("where's the outback sitting now", AUTO, "IronLot Auctions, 4100 Cedar Flats Rd, Shakopee MN", r"4100 Cedar Flats R(oa)?d", TL, "address")
N("net settlement on 0063-418-PA", AUTO, "$31,680.35", r"\$?31,?680\.35", TL, "table")
N("payoff for the lienholder on the subaru", AUTO, "$19,884.33", r"\$?19,?884\.33", TL, "amount")
N("who was the other driver in roz's accident", AUTO, "Trevor Baskin", r"Trevor Baskin", TL, "role")
N("plainsview claim number", AUTO, "PV-26-0918334", r"PV-26-0918334", TL, "reference")
N("MPD case # on the outback TL", AUTO, "26-187442", r"26-187442", TL, "reference")
N("repair estimate on the okwuosa vehicle", AUTO, "$23,918.40", r"\$?23,?918\.40", TL, "amount")
N("salvage bid on the subaru", AUTO, "$6,150.00", r"\$?6,?150(\.00)?", TL, "amount")
N("adjusted value for comp 3", AUTO, "$30,710", r"\$?30,?710", TL, "table")
N("what time did roz's wreck happen", AUTO, "about 15:40", r"15:40", TL, "time")
N("where did the t-bone happen", AUTO, "Lyndale Ave S & W 46th St", r"Lyndale Ave S", TL, "address")
N("who wrote the estimate on the outback", AUTO, "Dwayne Fitzhugh", r"Dwayne Fitzhugh", TL, "role")
N("when did roz accept the TL offer", AUTO, "07/16", r"0?7/16|July 16", TL, "date")
N("has plainsview accepted liability on 0063-418-PA", AUTO, "liability accepted 100% 07/28", r"accepted 100\s*%|100\s*%", TL, "paraphrase")
N("who's the lienholder on the okwuosa loss", AUTO, "Granite Peak Credit Union", r"Granite Peak Credit Union", TL, "role")

C("what does roz net after the lien payoff", AUTO, "$11,796.02", r"\$?11,?796\.02", TL, "sum")
C("is the repair estimate over the 75% TL threshold on the outback", AUTO,
  "Yes - $23,918.40 is 79.8% of the $29,968.75 value", r"79\.8\d*\s*%", TL, "limit-check")
C("is the swiftroad rental rate within roz's transportation coverage", AUTO,
  "No - $42.99/day exceeds the $40/day limit by $2.99", r"\bno\b|exceed|over|above", TL, "limit-check")
C("how much of the rental does okwuosa have to pay herself", AUTO, "$41.86", r"\$?41\.86", TL, "sum")
C("total rental bill on the subaru claim", AUTO, "$601.86", r"\$?601\.86", TL, "sum")
C("days from DOL to the offer letter on 0063-418-PA", AUTO, "11 days", r"\b11\s*days", TL, "duration")
C("is lindqvist's reserve enough for the net TL settlement on roz's car", AUTO,
  "Yes - $31,680.35 is within the $33,000 reserve", r"\byes\b|within|under|enough", TL, "limit-check")

S("summarize the okwuosa total loss", AUTO, [TL], [
    r"Okwuosa|Roz", r"Outback|Subaru", r"0?7/03/2026|July 3, 2026", r"31,?680\.35|29,?968\.75|32,?180\.35",
    r"19,?884\.33|Granite Peak", r"Plainsview|Baskin|subro", r"total loss"])

# ------------------------------------------------------------------ Travel: Marchetti-Dunn trip interruption
N("who's the examiner on the portugal trip claim", TRV, "Tomasz Beyer", r"Tomasz Beyer", EML, "role")
N("what are we still waiting on for TRV-88-20417-X", TRV, "attending physician statement (form WA-APS)",
  r"attending physician statement|WA-APS", EML, "paraphrase")
N("insured trip cost on ophelia's plan", TRV, "$7,850.00", r"\$?7,?850(\.00)?", EML, "amount")
N("wayfarer plan number for marchetti-dunn", TRV, "WAP-2291-66017", r"WAP-2291-66017", EML, "reference")
N("how much did the porto hotel refund", TRV, "$284.00", r"\$?284(\.00)?", EML, "amount")
N("why did she cut the trip short", TRV, "our father, Gerald Dunn", r"Gerald Dunn|stroke", EML, "paraphrase")
N("what hospital was her dad admitted to", TRV, "St. Brendan's Medical Center in Duluth", r"St\.? Brendan'?s", EML, "plain")
N("when did ophelia first email in", TRV, "June 24, 2026", DATE(6, 24, 2026, "(Wednesday, )?June?"), EML, "date")
N("who booked the trip for her", TRV, "Sunward Journeys (booking ref SJ-440981)", r"Sunward Journeys", EML, "role")
N("flight no. for the trip home", TRV, "AA-7721", r"AA-7721", EML, "reference")
N("ophelia's mailing address", TRV, "3318 Glenhaven Dr, Duluth MN 55803", r"3318 Glenhaven Dr", EML, "address")
N("rsv on the travel claim", TRV, "$3,200.00", r"\$?3,?200(\.00)?", EML, "amount")
N("beyer's phone extension", TRV, "ext. 3304", r"3304", EML, "plain")
N("who underwrites wayfarer assist plus", TRV, "Northmere Indemnity Corp.", r"Northmere Indemnity", EML, "role")
N("who's her dad's doctor", TRV, "Dr. Okonkwo-Lamb", r"Okonkwo-Lamb", EML, "role")

C("total considered on TRV-88-20417-X after the hotel refund", TRV, "$2,765.20", r"\$?2,?765\.20", EML, "sum")
C("is the amount she's claiming under the trip interruption max", TRV,
  "Yes - $3,049.20 is within the $11,775.00 maximum", r"\byes\b|within|under|below", EML, "limit-check")
C("how many days into the trip did ophelia have to fly home", TRV, "9 days", r"\b(9|nine)\s*days", EML, "duration")
C("new flight plus net hotel on the portugal claim", TRV, "$2,339.60", r"\$?2,?339\.60", EML, "sum")
C("days between ophelia's first email and beyer's latest reply", TRV, "15 days", r"\b15\s*days", EML, "duration")

S("where are we on the marchetti-dunn travel claim", TRV, [EML], [
    r"Marchetti-Dunn|Ophelia", r"trip interruption|interrupt", r"stroke|Gerald Dunn|father", r"WA-APS|attending physician",
    r"3,?049\.20|2,?765\.20", r"pending"])

# ------------------------------------------------------------------ Pet: Biscuit TPLO
N("what surgery did biscuit have", PET, "TPLO", r"TPLO", PETN, "paraphrase")
N("who operated on the lab", PET, "Dr. Hana Petrakis DVM DACVS", r"Hana Petrakis", PETN, "role")
N("microchip on PET 3309-871", PET, "985141003377621", r"985141003377621", PETN, "reference")
N("annual limit on the farrant-mbeki pet policy", PET, "$10,000", r"\$?10,?000|10K", PETN, "amount")
N("when did biscuit start limping", PET, "08/17/2026", DATE(8, 17, 2026, "Aug(ust)?"), PETN, "date")
N("ridgeline invoice #", PET, "RVS-118842", r"RVS-118842", PETN, "reference")
N("who's the dog's regular vet", PET, "Cedar Hollow Animal Clinic (Dr. Owen Szabo)", r"Cedar Hollow", PETN, "role")
N("monthly premium on the pet policy", PET, "$64.18/mo", r"\$?64\.18", PETN, "amount")
N("policyholder address for biscuit", PET, "12 Juniper Row, Ashby Lake WI 53108", r"12 Juniper Row", PETN, "address")
N("hospitalization charge on the TPLO invoice", PET, "$600.00", r"\$?600(\.00)?", PETN, "table")
N("status of the dog claim?", PET, "OPEN - pend. prior med recs", r"pend(ing|\.)? prior med recs|prior (medical )?rec", PETN, "paraphrase")
N("who's the supv on PET 3309-871", PET, "A. Delacroix-Hume", r"Delacroix-Hume", PETN, "role")
N("what time did quist log the claim in", PET, "14:11", r"14:11", PETN, "time")

C("how much do we reimburse on biscuit's TPLO", PET, "$5,302.00", r"\$?5,?302(\.00)?", PETN, "deductible")
C("covered charges net of the remaining ded on the biscuit claim", PET, "$6,627.50", r"\$?6,?627\.50", PETN, "deductible")
C("how many days after the ortho waiting period ended did the limping start", PET, "16 days", r"\b16\s*days", PETN, "duration")
C("is the TPLO invoice inside the annual limit", PET, "Yes - $6,842.50 is within the $10,000 annual limit",
  r"\byes\b|within|under|below", PETN, "limit-check")
C("days from onset to surgery for biscuit", PET, "17 days", r"\b17\s*days", PETN, "duration")
C("surgery + hospitalization on the ridgeline bill", PET, "$5,980.00", r"\$?5,?980(\.00)?", PETN, "sum")

S("summarize PET 3309-871", PET, [PETN], [
    r"Biscuit", r"Farrant-Mbeki", r"TPLO|cruciate|CCL", r"6,?842\.50", r"80\s*%|\$?250|deductible",
    r"Cedar Hollow|prior (med|rec)|pre-?ex", r"open"])

S("short version of what the IME said on barreto", WC, [IME], [
    r"Sekibo", r"(August 14, 2026|08/14/2026)", r"causally related|substantial contributing cause",
    r"not (yet )?(reached|at) (MMI|maximum medical improvement)|NOT reached", r"10\s*(to|-)\s*12\s*(percent|%)",
    r"15\s*(percent|%)", r"25\s*(pounds|lbs?)"])

# ------------------------------------------------------------------ lookups (valid for the whole set)
L("which claims is vail handling", [FIRE, CARGO], r"(?s)(?=.*CP 26 118204)(?=.*0077-5519-IM)", [OC, POL, SCAN])
L("any closed files in here?", [CARGO], r"0077-5519-IM", [SCAN])
L("which claims are fire losses", [FIRE], r"CP 26 118204", [OC, POL])

L("claims okafor is working", [WC, GL], r"(?s)(?=.*WC-417-26-0093)(?=.*GL 25 447102)", [LEDGER, MEMO])
L("what files does lindqvist have", [CYB, AUTO], r"(?s)(?=.*CYB-2026-07731)(?=.*0063-418-PA)", [CYD, TL])
L("open claims with total reserves over 100k", [WC, FIRE, CYB, GL],
  r"(?s)(?=.*WC-417-26-0093)(?=.*CP 26 118204)(?=.*CYB-2026-07731)(?=.*GL 25 447102)", [LEDGER, BI, CYD, MEMO])
L("open files with rsv under 50k", [AUTO, TRV, PET], r"(?s)(?=.*0063-418-PA)(?=.*TRV-88-20417-X)(?=.*PET 3309-871)", [TL, EML, PETN])
L("which claims have subro potential", [FIRE, CARGO, AUTO], r"(?s)(?=.*CP 26 118204)(?=.*0077-5519-IM)(?=.*0063-418-PA)", [OC, SCAN, TL])
L("any water damage claims?", [], r"\bno(ne)?\b|no claims?|not any", [IME, OC, SCAN, CYD, MEMO, TL, EML, PETN])
L("which claims have a lawsuit on file", [GL], r"GL 25 447102", [MEMO])
L("ransomware claims?", [CYB], r"CYB-2026-07731", [CYD])
L("which losses happened in 2025", [GL], r"GL 25 447102", [MEMO])
L("what does tomasz beyer handle", [TRV], r"TRV-88-20417-X", [EML])
L("any earthquake or windstorm losses", [], r"\bno(ne)?\b|no claims?|not any", [IME, OC, SCAN, CYD, MEMO, TL, EML, PETN])
L("any pet claims", [PET], r"PET 3309-871", [PETN])
L("which losses were in may 2026", [CARGO], r"0077-5519-IM", [SCAN])
L("any vehicle total losses", [AUTO], r"0063-418-PA", [TL])
L("which of our claims are ironwood casualty policies", [WC, GL, PET],
  r"(?s)(?=.*WC-417-26-0093)(?=.*GL 25 447102)(?=.*PET 3309-871)", [LEDGER, MEMO, PETN])
L("kestrel point claims", [FIRE, AUTO], r"(?s)(?=.*CP 26 118204)(?=.*0063-418-PA)", [OC, TL])
L("northmere files?", [CYB, TRV], r"(?s)(?=.*CYB-2026-07731)(?=.*TRV-88-20417-X)", [CYD, EML])

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

X("whose creds were stolen at pellworth - name of the front desk person", CYB, [CYD])
X("what did datavetta charge for the data mining", CYB, [CYD])
X("teague's phone number", GL, [MEMO])
X("when did castellano-pryce sign the release", GL, [MEMO])
X("who was the customer with the leaking detergent jug", GL, [MEMO])
X("roz okwuosa DOB", AUTO, [TL])
X("trevor baskin's policy number with plainsview", AUTO, [TL])
X("who's the adjuster at plainsview on the subaru claim", AUTO, [TL])
X("when did ophelia buy the wayfarer plan", TRV, [EML])
X("what's the deductible on the wayfarer plan", TRV, [EML])
X("how much does biscuit weigh", PET, [PETN])
X("what did cedar hollow's records show on biscuit's knee", PET, [PETN])
X("insured's EIN on marrow & vine", FIRE, [BI, POL])
X("what airline did ophelia fly out to lisbon on", TRV, [EML])


if __name__ == "__main__":
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for q in Q:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(Q), Counter(q["route"] for q in Q))
