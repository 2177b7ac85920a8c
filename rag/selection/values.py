"""Kinds of value a fact question asks for, and where a line holds one.

These are properties of English questions and of how any claim file writes values (an amount
has a currency sign, a time of day has a colon or a.m./p.m., an address starts with a street
number), not of our sample files. The selector uses them as two features ("the question asks for
a kind" and "this unit holds one"), so a wrong guess costs weight, not the answer.
"""

from __future__ import annotations

import re

from rag.metadata import find_dates
from rag.tools.dates import read_clock

KINDS = ("amount", "measure", "date", "time", "person", "organisation", "address", "place", "id", "count", "yesno",
         "duration", "percent", "phone", "email", "role", "reason", "rate")

_STREET = (r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Parkway|Pkwy|"
           r"Highway|Hwy|Terrace|Circle|Cir|Trail|Route|Rte|Square|Sq|Pike|Plaza|Wharf|Quay|Row|Crescent|Close|Mews|"
           r"Alley|Loop|STREET|ST|AVENUE|AVE|ROAD|RD|BOULEVARD|BLVD|DRIVE|DR|LANE|LN|WAY|COURT|CT|PLACE|PL|"
           r"PARKWAY|PKWY|HIGHWAY|HWY|TERRACE|CIRCLE|CIR|TRAIL|ROUTE|RTE|PIKE|PLAZA|LOOP)")  # in capitals too
"""The word that ends a street's name: an address's, and no person's ("930 N. Rock Rd")."""

UNITS_OF_MEASURE: dict[str, tuple[str | None, str]] = {
    # a unit as an answer names it: (how a question names it, or None when no question does; how a file
    # writes it after a figure). One table for the kind of value a question asks and the arithmetic on it.
    "gal": (r"gallons?|gal", r"gal(?:lon)?s?\b\.?"),
    "L": (r"litres?|liters?", r"(?:litres?|liters?)\b\.?"),
    "bbl": (r"barrels?|bbl", r"(?:barrels?|bbl)\b\.?"),
    **{name: (name.lower(), rf"{name.lower()}\b\.?") for name in ("GB", "TB", "MB", "KB", "kW", "kWh", "MW", "MWh",
                                                                   "psf", "psi", "kg", "BTU", "BTC", "mph", "kph",
                                                                   "rpm")},
    "tons": (r"tons?|tonnes?", r"(?:tons?|tonnes?)\b\.?"),
    "lb": (r"pounds?|lbs?", r"(?:lbs?|pounds?)\b\.?"),
    "acres": (r"acres?", r"acres?\b\.?"),
    "sq ft": (r"square (?:feet|foot(?:age)?)|sq\.? ?ft", r"(?:sq\.?\s?ft|square\s+f(?:ee|oo)t|sf)\b\.?"),
    "sq m": (r"square (?:meters?|metres?)", r"square (?:meters?|metres?)\b\.?"),
    "cu yd": (r"cubic yards?", r"cubic yards?\b\.?"),
    "cu ft": (r"cubic feet", r"cubic feet\b\.?"),
    "cu m": (r"cubic meters?", r"cubic meters?\b\.?"),
    "ct": (r"carats?", r"(?:carats?|ct)\b\.?"),
    "ft": (r"feet|foot(?:age)?|ft", r"(?:(?:ft|feet|foot|lf)\b\.?|')"),
    "in": (r"inch(?:es)?", r"(?:(?:in|inch(?:es)?)\b\.?|\")"),
    "mi": (r"miles?|mileage", r"(?:mi|miles?)\b\.?"),
    "km": (None, r"km\b\.?"),
    "cm": (None, r"cm\b\.?"),
    "mm": (r"mm|millimet(?:er|re)s?", r"mm\b\.?"),
    "m": (None, r"m\b\.?"),
    "oz": (None, r"oz\b\.?"),
    "yd": (None, r"(?:yards?|yd)\b\.?"),
    "deg": (r"degrees?|deg", r"(?:\u00b0\s?[FC]?\b|deg(?:rees?)?\b\.?(?:\s?[FC]\b)?)"),
    "hours": (r"hours|hrs", r"(?:hours?|hrs?)\b\.?"),
}
"""Units of measure: a question naming one asks a quantity written in it, not money ("how many gallons",
"gallons recovered by ..."); a figure followed by one is such a quantity ("820 gallons", "212 GB")."""

_UNIT_WORDS = "|".join(asked for name, (asked, _) in UNITS_OF_MEASURE.items() if asked and name != "hours")
"""The units a question naming asks a measure: not hours, which ask a duration ("hours from the spill until ...")."""
_QUANTITY = re.compile(r"(?<![\w.,/$#:-])\d[\d,]*(?:\.\d+)?\s?(?:(?i:"
                       + "|".join(written for _, written in UNITS_OF_MEASURE.values())
                       + r")|[A-Z]{2,4}\b(?<!AM)(?<!PM))")
"""A number and its unit: "212 GB", "820 gallons", "1,842.6 hrs", "58 psf", "6.4172 BTC", "48 \u00b0F"."""

_PATTERNS: dict[str, re.Pattern[str]] = {
    "time": re.compile(r"\b(?:[01]?\d|2[0-3])[:.h][0-5]\d(?::[0-5]\d)?\s?(?:[ap]\.?\s?m\.?|hrs?|hours)?(?!\d)|"
                       r"\b(?:[01]\d|2[0-3])[0-5]\d\s?(?:hrs?|hours)\b|"  # 24-hour clock as police write it: 0744 HRS
                       r"\b\d{1,2}\s?[ap]\.?m\.?(?!\w)|\bnoon\b|\bmidnight\b", re.I),
    "percent": re.compile(r"\b\d+(?:\.\d+)?\s?(?:%|percent\b)", re.I),
    "phone": re.compile(r"(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b"),
    "email": re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b"),
    "id": re.compile(
        r"\b(?=[A-Za-z0-9/-]*\d)(?=[A-Za-z0-9/-]*[A-Za-z])[A-Za-z0-9]{1,12}(?:[-/][A-Za-z0-9]+)+\b"  # AB-12-3456
        r"|\b[A-Z]{1,6}[ #]?\d{3,}[A-Z0-9-]*\b"  # SN 48213, BADGE #2231, WC 2025
        r"|\b\d{2,}-\d{2,}(?:-\d+)*\b"  # 4471-0093
        r"|\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,20}\b"  # a serial or a VIN
        r"|(?:#|\b[Nn]o\.?\s|\b[Nn]umber\s)\s?\d{3,}\b"
        r"|(?:(?<=[Bb]adge )|(?<=[Ss]erial )|(?<=[Uu]nit )|(?<=[Cc]ase )|(?<=[Ff]ile )|(?<=[Rr]eport ))"
        r"#?\s?[A-Z0-9-]*\d{3,}[A-Z0-9-]*"),
    "count": re.compile(r"\b\d[\d,]*(?:\.\d+)?\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                        r"twelve|dozen|none|no)\b", re.I),
    "duration": re.compile(r"\b(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                           r"fourteen|thirty)[- ](?:business |calendar |working )?(?:minutes?|hours?|hrs?|days?|weeks?|"
                           r"months?|years?)\b", re.I),
    "person": re.compile(r"\b(?:(?:Dr|Mr|Mrs|Ms|Sgt|Officer|Det|Capt|Lt)\.?\s)?[A-Z][a-z'\u2019]+(?:\s[A-Z]\.)?"
                         r"(?:\s(?:[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?|[A-Z]'[A-Z][a-z]+))+\b|"
                         r"\b(?:Dr|Mr|Mrs|Ms)\.\s[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b"),  # "Dolores Fiennes-Achebe"
    "organisation": re.compile(r"\b(?:[A-Z][\w&'.-]*\s){0,5}[A-Z][\w&'.-]*,?\s(?:Inc|LLC|LLP|Ltd|Corp|Co|Company|"
                               r"Corporation|Group|Services|Associates|Partners|Hospital|Clinic|Center|Centre|Bank|"
                               r"Insurance|Mutual|Department|Dept|Agency|Authority|Police|Fire|Law|Towing|Motors|"
                               r"Restoration|Construction|Contractors?|Plumbing|Roofing|Electric|Repair|Collision|"
                               r"Auto|Body|Medical|Health|Pharmacy|Labs?|Laboratory|Engineering|Consulting)\b\.?|"
                               # a firm named by its partners: "Harrow & Vance", "Pike, Dunn & Ostrow Agency"
                               r"\b[A-Z][\w'.-]*(?:,?\s[A-Z][\w'.-]*){0,2}\s&\s[A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*){0,3}"),
    "address": re.compile(rf"\b\d{{1,6}}\s(?:[NSEW]\.?\s)?(?:[A-Z0-9][\w.'-]*\s){{1,4}}{_STREET}"
                          r"\b\.?(?:,?\s(?:Suite|Ste|Apt|Unit|#|SUITE|STE|APT|UNIT)"
                          r"\s?[\w-]+)?(?:,\s[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)*)?(?:,\s[A-Z]{2}(?:\s\d{5}(?:-\d{4})?)?)?|"
                          r"\bP\.?\s?O\.?\s?Box\s\d+(?:,\s[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)*)?"  # a mailing address
                          r"(?:,\s[A-Z]{2}(?:\s\d{5}(?:-\d{4})?)?)?"),
    "reason": re.compile(r"\b(?:because|since|due to|caused by|owing to|as a result of|on account of|given that|"
                         r"result(?:ed|ing)? from|attributed to|the cause\b|the reason (?:is|was)\b)", re.I),
    "yesno": re.compile(r"\b(?:yes|no|not|never|none|denied|approved|confirmed|declined|was|were|did|has|had)\b",
                        re.I),
}

_CURRENCY = r"(?:US\$|C\$|A\$|USD|EUR|GBP|CAD|AUD|NZD|CHF|JPY|INR|MXN)"
_FIGURE = r"\d{1,3}(?:([,.\u2019'])\d{3})(?:\1\d{3})*(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d{1,2})?(?!\d)"
"""A figure as money is written: thousands marked by one separator (``12,400``, ``12.400``, ``12'400``)
and cents by the other (``12,400.00``, ``12.400,00``), or no separators (``1250``, ``61.5``)."""
_SCALE = r"(?:\s?(?:million|billion|thousand|mn|bn|mm|MM|[kKmM])\b)?"
_AMOUNT = re.compile(
    rf"(?:[$\u00a3\u20ac\u00a5\u20b9]|\b{_CURRENCY}\s?)\s?(?:{_FIGURE}){_SCALE}"  # $12,400, USD 12,400, $1.2 million
    # 12.400 EUR, 2 million dollars
    rf"|\b(?:{_FIGURE})(?:\s?(?:million|billion|thousand))?\s?(?:{_CURRENCY}|dollars|euros)\b"
    r"|\b\d+(?:\.\d+)?\s?(?:cents?\b|\u00a2)", re.I)
_BARE_AMOUNT = re.compile(
    r"(?<![\w.,/:#$-])(?:\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d{1,3}(?:\.\d{3})+,\d{2}|\d+[.,]\d{2}|"
    r"\d+(?:\.\d+)?\s?(?:million|billion))"
    r"(?![\w,/%\u00b0-]|\.\d)")
"""A figure written without a currency that only money is written as: thousands separated by
commas (``192,500``, ``71,500.00``), two decimals (``142.75``, ``37,50``, ``3.225,00``), or millions
(``1.2 million``). Not a
measure (``1,412 individuals``, ``4.25 miles``, ``38.50 hrs``): see :data:`_MEASURED`."""
_MEASURED = re.compile(
    r"\s?(?:[a-z]+s\b(?<!dollars)(?<!euros)(?<!cents)(?<!\bis)(?<!\bwas)(?<!\bhas)(?<!\bas)(?<!\bless)(?<!\bplus)"
    r"(?<!\bminus)(?<!\bthis)(?<!\bits)|(?:sq|sf|ft|in|mi|km|lb|kg|oz|gal|hr|min|sec|mph|kph|psi|rpm|ac|gb|mb|tb|"
    r"acre|inch|foot|mile|pound|ton|hour|minute|day|week|month|year|degree|percent|a\.?m|p\.?m)\b\.?|%|\u00b0)",
    re.I)
"""What follows a number that measures or counts something: a plural noun ("1,412 individuals", "363
cartons") or a unit ("1,200 sq ft", "4.25 mi", "10.30 a.m.")."""


def _amounts(text: str) -> list[tuple[int, str]]:
    """``(start, figure)`` of every amount of money ``text`` writes: with a currency sign or code
    before or after it (``$1.2 million``, ``USD 12,400``, ``12.400 EUR``, ``85 cents``), or bare in a
    shape only money takes (:data:`_BARE_AMOUNT`) and not followed by what it would count."""
    found = [(m.start(), m.group(0).rstrip()) for m in _AMOUNT.finditer(text)]
    taken = [(m.start(), m.end()) for m in _AMOUNT.finditer(text)]
    for m in _BARE_AMOUNT.finditer(text):
        if any(a <= m.start() < b for a, b in taken) or _MEASURED.match(text, m.end()):
            continue
        found.append((m.start(), m.group(0)))
    return sorted(found)


def amount_value(text: str) -> float | None:
    """The number an amount of money (as :func:`find_values` finds it) stands for: ``12.400,50 EUR``
    -> 12400.5, ``$1.2 million`` -> 1200000.0, ``85 cents`` -> 0.85; None when ``text`` holds none.
    Which separator marks the cents is told by the last one: followed by one or two digits."""
    m = re.search(r"\d[\d,.\u2019']*", text)
    if not m:
        return None
    digits = m.group(0).rstrip(".,'\u2019")
    last = max(digits.rfind(","), digits.rfind("."))
    if last >= 0 and len(digits) - last - 1 in (1, 2):
        whole, cents = digits[:last], digits[last + 1:]
    else:
        whole, cents = digits, ""
    try:
        value = float(re.sub(r"[,.\u2019']", "", whole) + (f".{cents}" if cents else ""))
    except ValueError:
        return None
    rest = text[m.end():].lower()
    scale = re.match(r"\s?(million|mn|mm|m\b|billion|bn|thousand|k\b)", rest)
    if scale:
        value *= {"million": 1e6, "mn": 1e6, "mm": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "thousand": 1e3,
                  "k": 1e3}[scale.group(1)]
    elif re.match(r"\s?(?:cents?\b|\u00a2)", rest):
        value /= 100
    return value


_ROLES = tuple(re.compile(r, re.M) for r in (
    r"\b[A-Z][a-z'\u2019]+(?: [A-Z]\.)?(?: [A-Z][a-z'\u2019]+)+, (?:the |a |an |our |their )?((?:[\w'\u2019-]+ ){0,5}"
    r"[\w'\u2019-]+),",  # "Tomas Ilves, the consignee's night warehouse supervisor, ..."
    r"\b(?:is|was|works as|worked as|employed as|serves as|served as) (?:the |a |an |our |their )"
    r"((?:[a-z][\w'\u2019-]* ){0,4}[a-z][\w'\u2019-]*(?:er|or|ist|ian|ant|ent|man|woman|officer|clerk|chief|director|"
    r"head|lead|nurse|surgeon|manager|owner))\b",  # "... was the store's shift manager"
    r"^\s*(?=[A-Z])([A-Za-z ]{0,29}(?i:er|or|ist|ian|ant|ent|man|woman|officer|clerk|chief|director|head|lead|nurse|"
    r"surgeon|manager|owner|insured|witness|attorney|counsel|agent|party|physician|rep|contact|Dr|MD))"
    r":\s+(?:(?:Dr|Mr|Mrs|Ms)\.\s)?[A-Z][a-z]+ [A-Z][a-z]+",  # "Adjuster: Priya Raman"; not "Questions:", "To:"
    r"\b(?:Role|Title|Position|Occupation|Job(?: title)?|Profession|Trade|Capacity)\s*:\s*([^;\n]{2,60})",  # a column
    r"\b[A-Z][a-z'\u2019]+(?: [A-Z]\.)?(?: [A-Z][a-z'\u2019]+)+ \(((?:[A-Za-z'\u2019-]+ ){0,4}[A-Za-z'\u2019-]+)\)",
    # "Ana Ruiz (site foreman)"
))
"""A person's role as claim files write it: an appositive, "was the ...", or a role label before a name."""

_NOT_ROLE = frozenset("name full name contact person attendee".split())
"""Labels before a name that say nothing of what the person does."""

_NOT_PERSON = frozenset(
    "insurance mutual company property general report claim claims policy coverage notes summary estimate invoice "
    "total date loss notice department center street avenue road drive lane inc llc corp the of and for on in at to "
    "by with from section page item description amount value status type".split()
)
"""Words that make a run of capitalised words a heading or an organisation, not a person."""

_QUESTION_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("reason", re.compile(r"^\W*(?:so |and |but )?why\b|\bhow come\b|\bwhat (?:caused|was the cause|is the cause|"
                          r"was the reason|is the reason)\b|\bfor what reason\b", re.I)),
    ("time", re.compile(r"\bwhat time\b|\bat what time\b|\bwhat hour\b|\btime of day\b|\bhow late\b|\bhow early\b|"
                        r"\btimestamp\b|\bclock\b|(?<!\bat the )(?<!\bat )\b(?:time|hour) (?:of|was|did|when)\b",
                        re.I)),
    # a question that opens with "when" asks a date, whatever it is about ("when was the fall reported to the
    # *carrier*", "when was the *payment* issued"): the topic's words below name other kinds
    ("date", re.compile(r"^\W*(?:(?:and|so|but|ok|okay)\W+)?when\b", re.I)),
    ("role", re.compile(r"^\W*who(?:'s| is| was)\s+(?!(?:the|a|an|our|their|his|her|this|that|on|in|at|for|"
                        r"responsible|liable|paying|handling|assigned)\b)(?![a-z]+(?:ing|ed)\b)"
                        r"[a-z'\u2019.-]+(?:\s+[a-z'\u2019.-]+){0,2}\W*$|"  # "who is harlan pruitt": what they are
                        r"\b(?:job|role|occupation|profession|trade)\b(?!\s*(?:#|no\b|nos?\.|number|num\b|ref\b|id\b))|"
                        r"\b(?:his|her|their|\w+'s) (?:title|position)\b|"
                        r"\bwhat (?:title|position)\b|\bin what capacity\b|"
                        r"\bwhat does \w+(?: \w+)? do\b|\bworks? as\b|\bemployed as\b|"
                        r"\bwhat (?:kind|type|sort) of (?:work|worker|employee)\b|\bline of work\b",
                        re.I)),
    ("phone", re.compile(r"\b(?:phone|telephone|fax)\b|\b(?:mobile|cell) (?:number|no\b|#)", re.I)),
    ("email", re.compile(r"^(?!.*\b(?:when|date|dated|day|time|why)\b).*\be-?mail\b", re.I)),
    # "when did she first email us" asks a date
    ("percent", re.compile(r"\bpercent(?:age)?\b|\bwhat (?:share|proportion)\b|%", re.I)),
    ("rate", re.compile(r"\brate\b", re.I)),  # money per unit ("67 cents a mile", "$32.10/hr") or a percent
    ("duration", re.compile(r"\bhow long\b|\bfor how many (?:minutes|hours|days|weeks|months|years)\b|"
                            r"\bduration\b|\bhow many (?:minutes|hours|days|weeks|months|years)\b", re.I)),
    ("count", re.compile(r"\bhow many\b|\bnumber of\b|\bcount\b|\bhow old\b|\bmileage\b|\bodometer\b|\bage\b|"
                         r"\bhow (?:fast|far|cold|hot|warm|heavy|tall|high|deep|wide|big|large)\b|\bspeed\b|"
                         r"\btemperature\b|\bweight\b|\bdistance\b", re.I)),  # a measure: a number and its unit
    ("address", re.compile(r"\baddress\b|\bzip\b|\bpostal code\b|\bpostcode\b|"
                           r"\bwhere (?:is|was|does|did|do)\b.*\b(?:live|located|reside|based|"
                           r"office|home|property|premises|site)\b|\bwhat street\b|\blocation of\b|"
                           r"\bwhich (?:street|road)\b|"
                           r"\blocation\W*$|\b(?:loss|risk|property|incident|accident) location\b", re.I)),
    # "where were they taken", "where did they stay": a place, which a file names by a street address, a
    # crossing of two roads or the facility's name ("Platte Valley Medical Center", "Lakeview Inn")
    ("place", re.compile(r"\bwhere\b|\bwhich (?:intersection|town|city)\b|\bat what (?:location|intersection)\b|"
                         r"\bintersection\b", re.I)),
    ("id", re.compile(r"\b(?!phone|telephone|fax|mobile|cell|claim)[a-z]+\s+(?:number|no\.|#|num)(?!\w)|#(?!\s?\d)|"
                      # "the lease no?"
                      r"\b(?!(?:phone|telephone|fax|mobile|cell|there|any|say|said|answer|is|was|the|a)\b)[a-z]+\s+no\W*$|"
                      r"\bid\b|"
                      r"\bvin\b|\bserial\b|\breference\b|\bref\b|\bbadge\b|\bcase number\b|\bpolicy number\b|"
                      r"\binvoice number\b|\bplate\b|\blicen[cs]e\b|"
                      r"(?<!zip )(?<!postal )\b(?:tag|code|seal|tracking|ticket|docket)\b", re.I)),
    ("organisation", re.compile(r"\b(?:which|what) (?:[a-z]+ )?(?:company|firm|shop|business|vendor|contractor|"
                                r"carrier|insurer|agency|hospital|clinic|bank|lender|garage|department|provider|store|"
                                r"facility|organi[sz]ation)\b|\bwho (?:insures|employs|repaired|towed|treated)\b|"
                                r"^(?!\W*who).*\b(?:carrier|insurer|reinsurer|agency|underwriter)\W*$",
                                re.I)),
    ("person", re.compile(r"^\W*whos?\b|\bwho (?:is|was|are|were|did|does|will|has|had)\b|\bwhat is the name\b|"
                          r"\bname\W*$|"  # "ferncliff fleet mgr name?"
                          r"\bname of\b|\b(?:his|her|their|\w+'s) name\b|"
                          r"\bwhose\b|\bwhich (?:person|adjuster|officer|witness|doctor|physician|"
                          r"employee|driver|attorney|lawyer|agent|supervisor|inspector|technician|nurse)\b", re.I)),
    ("date", re.compile(r"^(?:(?!\b(?:what|which|who|whom|how|why|where)\b).)*\bwhen\b|\bwhat (?:dates?|days?)\b|"
                        r"\bwhich (?:dates?|days?)\b|\bon what date\b|\bdate of\b|\bthe date\b|\bwhat year\b|"
                        r"(?<!\bto )(?<!\bup )\bdated?\b", re.I)),  # "fees to date": so far, no date
    # "how much data did they take", "gallons recovered": a quantity in a unit of its own, "212 GB", "820 gallons"
    # (a unit the question only mentions, "the tx hash of the btc payment", asks no quantity)
    ("measure", re.compile(r"\bhow much (?!(?:money|cash|rent|tax|interest|premium|income|revenue|profit|sales|"
                           r"credit|debt|salvage|reserve|deductible|limit|coverage|damages?)\b)[a-z]+ (?:did|does|do|"
                           r"was|were|is|are|has|have|had|went|got|came|will|would)\b|"
                           rf"^\W*(?:the |total |what )?(?:{_UNIT_WORDS})\b", re.I)),  # "gallons recovered by ..."
    ("amount", re.compile(r"\bhow much\b|\bcosts?\b|\bamounts?\b|\bprices?\b|\bdeductible\b|\blimit\b|\bpremium\b|"
                          r"\bpay(?:out|ment|ments|able)?\b|\bpaid\b|\breserve\b|\bcharge[sd]?\b|\bfees?\b|\btotal\b|"
                          r"\bvalue\b|\bbalance\b|\bsettle(?:ment|d)?\b|\bestimate\b|\bbill(?:ed)?\b|\bworth\b|"
                          r"\bwages?\b|\bsalary\b|\bearnings\b|\bincome\b|\brate\b|\bdollars?\b|\$|\brent\b|"
                          r"\bsubrogation\b|\brecover(?:y|ed)\b|\bdepreciation\b|\bretention\b|\bsublimits?\b|\bcap\b|\bbenefits?\b|\b(?:the|a|an|their|his|her|\w+'s)"
                          r"(?: \w+)? (?:demand|offer|counter-?offer)\b|\bset (?:\w+ )?back\b|\bcough(?:ed)? up\b",
                          re.I)),
    ("yesno", re.compile(r"^\W*(?:is|was|were|are|did|does|do|has|have|had|can|could|will|would|should)\b", re.I)),
)
"""First match wins: the narrowest kinds (a time, a phone number) come before the broad ones."""


def question_kind(question: str) -> str | None:
    """The kind of value that answers ``question`` (one of :data:`KINDS`), or None."""
    return question_kind_words(question)[0]


def question_kind_words(question: str) -> tuple[str | None, str]:
    """``(kind, the words that asked for it)``: "job" in "what is her job" names the kind of
    value, not a topic the file must use."""
    for kind, rule in _QUESTION_KINDS:
        m = rule.search(question)
        if m:
            return kind, m.group(0)
    return None, ""


def find_values(kind: str, text: str) -> list[str]:
    """The values of ``kind`` in ``text``, in order."""
    if kind == "date":  # "when did units arrive": a file may answer with the time of day alone
        return [matched for _, matched in find_dates(text)] or [
            m.group(0) for m in _NO_YEAR_DATE.finditer(text)] or find_values("time", text)
    if kind == "person":
        found = [(m.start(), m.group(0)) for m in _PATTERNS["person"].finditer(text)
                 if not _PLACE_AFTER.match(text, m.end()) and not _words_of(m.group(0)) & _NOT_PERSON
                 and not _STREET_LAST.search(m.group(0))]  # "Harlow Rd"
        found += [(at, name) for at, name in _names_in_capitals(text) if not any(name in v for _, v in found)]
        return [v for _, v in sorted(found)]
    if kind == "id":
        phones = " ".join(find_values("phone", text))
        dates = " ".join(matched for _, matched in find_dates(text))
        found = [(m.start(), m.group(0)) for m in _PATTERNS["id"].finditer(text)]
        for m in _LABELLED_ID.finditer(text):
            labelled = m.group(1).strip()
            if any(labelled in v for _, v in found):
                continue
            # the labelled reference whole ("Policy #: FP 7719 4410"), not the piece the shapes above cut
            found = [(at, v) for at, v in found if v not in labelled] + [(m.start(1), labelled)]
        return [v for _, v in sorted(found) if v not in phones and v not in dates and not _TIME_LIKE.fullmatch(v)]
    if kind == "role":
        found = sorted((m.start(1), m.group(1)) for rule in _ROLES for m in rule.finditer(text))
        return [v for _, v in found if v.strip().lower() not in _NOT_ROLE]
    if kind == "yesno":
        return [m.group(0) for m in _PATTERNS["yesno"].finditer(text)]
    if kind == "place":
        return _places(text)
    if kind == "measure":  # money is a quantity too ("how much did the ransom settle at")
        found = _amounts(text) + [(m.start(), m.group(0)) for m in _QUANTITY.finditer(text)]
        return [v for at, v in sorted(found) if not any(v != w and b <= at < b + len(w) for b, w in found)]
    if kind == "amount":
        return [v for _, v in _amounts(text)]
    if kind == "rate":
        found = _amounts(text) + [(m.start(), m.group(0)) for m in _PATTERNS["percent"].finditer(text)]
        return [v for _, v in sorted(found)]
    if kind == "time":  # and a bare 24-hour time labelled as one: "TIME OF CRASH: 0742"
        found = [(m.start(), m.group(0)) for m in _PATTERNS["time"].finditer(text) if not _A_MEASURE.match(m.group(0))
                 or not (_MEASURE_AFTER.match(text, m.end()) or text[max(0, m.start() - 1):m.start()] in ("$", "."))]
        found += [(m.start(g), m.group(g)) for m in _LABELLED_TIME.finditer(text) for g in (1, 2, 3) if m.group(g)]
        return [v.rstrip() for _, v in sorted(found)]
    return [m.group(0) for m in _PATTERNS[kind].finditer(text)]


_WORD_IN_CAPITALS = r"[A-Z][A-Z'\u2019]+(?:-[A-Z][A-Z'\u2019]+)?"
_NAME_WORD = rf"(?:{_WORD_IN_CAPITALS}|[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?)"
_INITIALS = r"(?:[A-Z]\.\s?){1,2}"
_TITLE = (r"(?:SGT|SERGEANT|OFC|OFFICER|PTL|PATROLMAN|DET|DETECTIVE|CPL|CORPORAL|LT|LIEUTENANT|CAPT|CAPTAIN|TPR|"
          r"TROOPER|DEP|DEPUTY|INSP|INSPECTOR|Sgt|Sergeant|Ofc|Officer|Det|Detective|Cpl|Lt|Capt|Tpr|Trooper|Deputy)\.?"
          r"|(?:DR|MR|MRS|MS|Dr|Mr|Mrs|Ms)\.")
_PERSON_LABEL = (r"(?i:name|by|witness|driver|owner|officer|investigator|supervisor|review|reviewer|approved|signed|"
                 r"signature|insured|claimant|victim|guardian|parent|contact|adjuster|examiner|inspector|physician|"
                 r"doctor|employee|operator|passenger|pedestrian|occupant|foreman|manager|person|representative)")
_FIELD_END = r"(?=\s{2,}|\s*$|\s*[,;(#|]|\s+\d)"
_CAPITALS_NAMES = (
    # a rank or title before the name: "SGT R. CASTELLANO", "LT. CAROL BEAUDRY", "Officer J. Pardo"
    re.compile(rf"\b(?:{_TITLE})\s+(?:{_INITIALS})?{_NAME_WORD}(?:\s{_NAME_WORD})?(?![\w.])"),
    # initials before a surname: "R. CASTELLANO", "K. Lindholm" (not "U.S. Bank": see _NOT_PERSON)
    re.compile(rf"(?<![\w.])(?<![A-Z]\.\s){_INITIALS}{_NAME_WORD}\b"),
    # a form's field holding a surname first: "WITNESS: BELL, MARCUS T", "Name: MARSH, ELI"
    re.compile(rf"(?<=:)[ \t]*({_WORD_IN_CAPITALS},\s?[A-Z]{{3,}}(?:\s[A-Z]\b\.?)?){_FIELD_END}", re.M),
    # a field labelled with a person's part holding only a name in capitals: "Witness:  PAULA DESROSIERS"
    re.compile(rf"\b{_PERSON_LABEL}\s*:[ \t]*((?:{_WORD_IN_CAPITALS}\s(?:[A-Z]\.?\s)?){{1,2}}{_WORD_IN_CAPITALS})"
               rf"{_FIELD_END}", re.M),
)
"""A person's name as police reports and forms write it, in capitals, where the shape of a name
with a capital and small letters cannot see it: after a rank or title, after initials, as the
whole value of a form's field, surname first or labelled with the person's part in the claim. A
heading or an organisation in capitals ("POLICE DEPARTMENT", "ACME ROOFING LLC") has none of these."""


def _names_in_capitals(text: str) -> list[tuple[int, str]]:
    """``(start, name)`` of each name :data:`_CAPITALS_NAMES` reads in ``text``, the whole name where
    two rules read parts of it ("GWENDOLYN A. FAIRBROOK", not "A. FAIRBROOK"). Initials and capitals
    are also how addresses, boxes and badges are written: a run inside an address ("930 N. Rock Rd"),
    before a street word or holding a word of :data:`_NOT_NAME_IN_CAPITALS` is none."""
    addresses = [(m.start(), m.end()) for m in _PATTERNS["address"].finditer(text)]
    found: set[tuple[int, str]] = set()
    for rule in _CAPITALS_NAMES:
        group = 1 if rule.groups else 0
        found |= {(m.start(group), m.group(group).strip()) for m in rule.finditer(text)
                  if not any(a <= m.start(group) < b for a, b in addresses)
                  and not _STREET_AFTER.match(text, m.end(group))
                  and not _words_of(m.group(group)) & _NOT_NAME_IN_CAPITALS}
    return sorted((at, name) for at, name in found if not any(name != other and name in other for _, other in found))


def _words_of(text: str) -> set[str]:
    """The words of ``text`` in small letters: what :data:`_NOT_PERSON` is checked against."""
    return set(re.findall(r"[a-z]+", text.lower()))


_STREET_AFTER = re.compile(rf"(?:\s[A-Z][\w'-]*){{0,2}}\s{_STREET}\b")
"""A street word after a name, or one or two words on: "N. ROCK RD", "S. QUARRY BEND RD"."""
_STREET_LAST = re.compile(rf"\s{_STREET}\.?$")
_NOT_NAME_IN_CAPITALS = _NOT_PERSON | frozenset("bank box signature badge unit no number hrs".split())
"""Besides a heading's and an organisation's words, those that initials or a rank in capitals
stand before when no person is named: "U.S. Bank", "P. O. Box", "OFFICER BADGE NO", "0815 HRS"."""


_ROAD = (rf"(?:(?:[NSEW]\.?\s)?(?:[A-Z0-9][\w'.-]*\s){{1,3}}{_STREET}\b\.?|"
         r"(?:(?:State|STATE|County|COUNTY)\s)?(?:Route|ROUTE|Rte|RTE|Highway|HIGHWAY|Hwy|HWY|Road|ROAD|SR|US|I-?)\s?\d+)")
_CROSSING = re.compile(rf"\b{_ROAD}\s(?:at|AT|and|AND|&|near|NEAR|/)\s{_ROAD}")
"""Two roads that cross: "N GARFIELD AVE AT W LINDEN ST", "State Route 12 and Calloway Road", "J St & 19th St"."""
_FACILITY = re.compile(r"\b(?:[A-Z][\w'&.-]*\s){1,4}(?:Inn|Hotel|Motel|Lodge|Suites|Resort|Plaza|Center|Centre|"
                       r"Hospital|Clinic|Care|Terminal|Depot|Yard|Park|Mall|Market|Station|Airport|Marina|Warehouse|"
                       r"Church|School|Hall|Campground|Stop|ED|ER)\b(?:\s-\s[A-Z][a-z]+\b)?")
"""A place named by what it is: "Lakeview Inn", "Platte Valley Medical Center", "Sandhill Truck Plaza",
"Wesley Urgent Care - East"."""


def _places(text: str) -> list[str]:
    """The places ``text`` names, in order: a street address, a crossing of two roads, a facility by its
    name. A place named inside a longer one ("Linden St" in a crossing) is that one."""
    found = [(m.start(), m.group(0).rstrip(" ,.")) for rule in (_PATTERNS["address"], _CROSSING, _FACILITY)
             for m in rule.finditer(text)]
    return [v for at, v in sorted(found) if not any(v != other and v in other for _, other in found)]


_PLACE_AFTER = re.compile(r"\s+(?:office|offices|branch|location|facility|campus|warehouse|plant|store|site|yard|"
                          r"station|headquarters|area|region|division|terminal|depot)\b")
"""A capitalised name followed by one of these names a place ("at my Brandt Ridge office", "the Oro
Valley office"), not a person."""
_A_MEASURE = re.compile(r"\d{1,2}\.\d{2}")
_MEASURE_AFTER = re.compile(r"\s?(?:inch(?:es)?\b|in\.|\"|mi(?:les?)?\b|ft\b|feet\b|%|percent\b|lbs?\b|kg\b|cm\b|mm\b|"
                            r"m\b|km\b|gal(?:lons?)?\b|x\b|times\b|points?\b|acres?\b|sq\b|tons?\b)", re.I)
"""A figure like a time with a period ("1.00", "2.10") that a unit of measure follows, or a
currency sign precedes, is a measure or money ("1.00 inch hail", "$2.10"), not a time of day."""
_LABELLED_TIME = re.compile(r"\btime\b[^:;\n]{0,24}:\s*((?:[01]\d|2[0-3])[0-5]\d)\b|"
                            r"(?<=: )((?:[01]\d|2[0-3])[0-5]\d)(?=\s*(?:$|[;|)]))|"
                            r"\b(?:\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})[ T]+"
                            r"((?:[01]\d|2[0-3])[0-5]\d)\b(?![/.,-]\d)",
                            re.I | re.M)
"""A 24-hour time written bare: labelled a time ("TIME OF CRASH: 0742"), the whole value of a
field of a form or a table's cell ("CLEARED: 0931", "Time: 0931"), or right after a date, as a log
stamps its entries ("05/07/2025 0412: Vessel strikes ...", "01/22/25 1031 LF spoke w/ insd")."""
_LABELLED_ID = re.compile(r"(?:\b(?:no|nos|number|num|id|ref|reference|code|tag|serial|seal|ticket|tracking|docket)"
                          r"\.?\s*[:#]?|(?<=\w )#\s*:?|"
                          r"\b(?:policy|claim|account|acct|invoice|file|case|certificate|member|group|loan|incident)"
                          r"\s*[:#])\s*"
                          r"([A-Z]{1,5}(?:[ -]\d{1,6}){2,}\b|\d{2,}(?:[ -]\d{2,})+\b|\d{3,}\b|"
                          r"[A-Za-z0-9][A-Za-z0-9-]*\d[A-Za-z0-9-]*)", re.I)
"""A reference whatever its shape, by its label: "Seal no.: 0448172", "Code: 64483" (a table
row's cell under its column header reads the same), "tracking 9407 1118 9876 5432 1098 76",
"Policy #: WC 7 41 908 223" (letters, then groups of digits)."""
_NO_YEAR_DATE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}"
                           r"(?:st|nd|rd|th)?\b|\b\d{1,2}/\d{1,2}\b")
_TIME_LIKE = re.compile(r"\d{1,2}[:.]\d{2}")

NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
"""A number as an answer writes it: the check that an answer states only numbers its source holds."""


def numbers_in(text: str) -> set[float]:
    """The numbers written in ``text`` as values (``$1,200.00`` and ``1200`` are the same number);
    citation markers ``[n]`` are not numbers the answer states."""
    text = re.sub(r"\[\d+\]", " ", text)
    return {float(m.group(0).replace(",", "")) for m in NUMBER.finditer(text)}


def normalised(kind: str | None, value: str) -> str:
    """One spelling of a value of ``kind`` however a file writes it: ``$12,400.00`` and ``12400 USD``
    are ``12400.00``; ``March 3, 2026`` and ``03/03/2026`` are ``2026-03-03``; ``2:15 p.m.`` and ``1415 hrs``
    are ``14:15``; ``WC-7 41908`` and ``wc741908`` are ``WC741908``; any other value is its words in
    lower case. Units stating the same value in other words agree on one answer."""
    if kind in ("amount", "rate"):
        amount = amount_value(value) if "%" not in value and "percent" not in value.lower() else None
        if amount is not None:
            return f"{amount:.2f}"
    if kind == "date":
        dates = find_dates(value)
        if dates:
            return dates[0][0].isoformat()
    if kind in ("time", "date"):
        clock = _clock(value)
        if clock:
            return clock
    if kind in ("id", "phone"):
        return re.sub(r"[^A-Za-z0-9]", "", value).upper()
    return " ".join(re.findall(r"[a-z0-9]+", value.lower()))


def _clock(value: str) -> str | None:
    """``HH:MM`` of a time of day (``2:15 p.m.``, ``1415 hrs``, ``noon``), None when it is none."""
    minutes = read_clock(value, alone=True)
    return None if minutes is None else f"{minutes // 60:02d}:{minutes % 60:02d}"
