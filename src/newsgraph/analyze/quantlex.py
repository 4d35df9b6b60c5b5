"""Word tables for the quantity extractor: units, currencies, scales, number words and cues.

Constant data only: closed vocabularies as enums, surface-form tables as read-only mappings,
and `alternation`, which turns a table's keys into a regex. The rules that read these tables
live in `quantnumbers` (numbers), `quantunits` (units) and `quantcontext` (cues, changes).
"""

from __future__ import annotations

import re
from enum import StrEnum
from types import MappingProxyType


class Bound(StrEnum):
    """How a written number bounds the true value ("about" ~, "more than" >, "up to" <=)."""

    exact = "="
    approx = "~"
    above = ">"
    below = "<"
    at_least = ">="
    at_most = "<="


class Direction(StrEnum):
    """Which way a number moved, when the text says it is a movement ("rose 3%")."""

    up = "up"
    down = "down"


def alternation(words) -> str:
    """A regex alternation of `words`, longest first, with spaces matching any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


# --- numbers -------------------------------------------------------------------------------

SMALL_NUMBERS = MappingProxyType({
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
})
MULTIPLIERS = MappingProxyType({
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
})
# Scale abbreviations written right after a number ("$55bn", "4.3M", "10k").
SCALE_ABBREVIATIONS = MappingProxyType({
    "k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9,
    "B": 1e9, "tn": 1e12, "trn": 1e12, "lakh": 1e5, "crore": 1e7,
})
# Chinese and Japanese myriad scales ("5,500亿" = 5.5e11, "84兆円" = 8.4e13).
CJK_SCALES = MappingProxyType({"千": 1e3, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "兆": 1e12})
# Fractions read as shares ("two-thirds of respondents" = 66.7 percent).
FRACTIONS = MappingProxyType({
    "half": 0.5, "a half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3,
    "two thirds": 2 / 3, "a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75,
    "a fifth": 0.2, "one fifth": 0.2, "two fifths": 0.4, "three fifths": 0.6,
    "a tenth": 0.1, "one tenth": 0.1,
})
# "dozens of", "hundreds of": an order of magnitude, as NewsQuant and CQE read them.
VAGUE_PLURALS = MappingProxyType({
    "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3, "millions": 1e6,
    "billions": 1e9, "trillions": 1e12,
})

# --- currencies ----------------------------------------------------------------------------

# Written before the number ("US$55 billion", "¥84 trillion", "RM23.50", "PS2.7m").
CURRENCY_PREFIXES = MappingProxyType({
    "$": "usd", "US$": "usd", "US $": "usd", "$US": "usd", "USD": "usd", "U.S.$": "usd",
    "A$": "aud", "$A": "aud", "AU$": "aud", "AUD": "aud", "C$": "cad", "CA$": "cad",
    "CAD": "cad", "HK$": "hkd", "HK $": "hkd", "HKD": "hkd", "NZ$": "nzd", "NZD": "nzd",
    "S$": "sgd", "SGD": "sgd", "NT$": "twd", "R$": "brl", "€": "eur", "EUR": "eur",
    "£": "gbp", "GBP": "gbp", "PS": "gbp", "¥": "jpy", "JPY": "jpy", "Y=": "jpy",
    "₩": "krw", "KRW": "krw", "₹": "inr", "Rs": "inr", "Rs.": "inr", "INR": "inr",
    "CNY": "cny", "RMB": "cny", "元": "cny", "₪": "ils", "NIS": "ils", "RM": "myr",
    "CHF": "chf", "₽": "rub", "RUB": "rub", "₺": "try",
})
# Written after the number ("55 billion dollars", "9 billion shekels", "1,200€", "110 JPY").
CURRENCY_WORDS = MappingProxyType({
    "dollar": "usd", "dollars": "usd", "US dollars": "usd", "U.S. dollars": "usd",
    "USD": "usd", "$": "usd", "Australian dollars": "aud", "Australian dollar": "aud",
    "Canadian dollars": "cad", "Hong Kong dollars": "hkd", "New Zealand dollars": "nzd",
    "Singapore dollars": "sgd", "Taiwan dollars": "twd", "euro": "eur", "euros": "eur",
    "EUR": "eur", "€": "eur", "pounds sterling": "gbp", "sterling": "gbp", "GBP": "gbp",
    "£": "gbp", "yen": "jpy", "JPY": "jpy", "円": "jpy", "日元": "jpy", "yuan": "cny",
    "renminbi": "cny", "CNY": "cny", "RMB": "cny", "元": "cny", "人民币": "cny", "元人民币": "cny",
    "美元": "usd", "欧元": "eur", "英镑": "gbp", "韩元": "krw", "won": "krw", "KRW": "krw",
    "rupees": "inr", "rupee": "inr", "INR": "inr", "shekels": "ils", "shekel": "ils",
    "NIS": "ils", "ringgit": "myr", "Danish crowns": "dkk", "Danish kroner": "dkk",
    "Swedish crowns": "sek", "Swedish kronor": "sek", "Norwegian crowns": "nok",
    "Norwegian kroner": "nok", "Swiss francs": "chf", "CHF": "chf", "roubles": "rub",
    "rubles": "rub", "kuna": "hrk", "kn": "hrk", "lira": "try", "liras": "try", "rand": "zar",
    "pesos": "mxn", "reais": "brl", "baht": "thb", "rupiah": "idr", "dong": "vnd",
    "bitcoin": "btc", "bitcoins": "btc",
})
# Hundredth parts, kept as their own units as NewsQuant does ("up 19 cents", "18 sen").
MINOR_CURRENCY = MappingProxyType({
    "cents": "cent", "cent": "cent", "c": "cent", "sen": "sen", "pence": "pence", "p": "pence",
    "penny": "pence",
})

# --- units of measure ----------------------------------------------------------------------

# Surface form -> normalised unit. Case matters for short symbols ("Nm" vs "nm", "W", "F").
UNITS = MappingProxyType({
    # shares
    "%": "percent", "％": "percent", "percent": "percent", "per cent": "percent",
    "per-cent": "percent", "pc": "percent", "pct": "percent", "percentage": "percent",
    "percent-owned": "percent", "percentage points": "percentage_point",
    "percentage point": "percentage_point", "percent points": "percentage_point",
    "pp": "percentage_point", "ppt": "percentage_point", "pts": "point",
    "basis points": "basis_point", "basis point": "basis_point", "bps": "basis_point",
    "bp": "basis_point", "points": "point", "point": "point", "times": "times",
    "ppm": "ppm", "ppb": "ppb", "parts per million": "ppm", "parts per billion": "ppb",
    # time
    "seconds": "second", "second": "second", "secs": "second", "sec": "second",
    "minutes": "minute", "minute": "minute", "mins": "minute", "min": "minute",
    "hours": "hour", "hour": "hour", "hrs": "hour", "hr": "hour", "h": "hour",
    "days": "day", "day": "day", "weeks": "week", "week": "week", "months": "month",
    "month": "month", "years": "year", "year": "year", "yrs": "year", "yr": "year",
    "decades": "decade", "decade": "decade", "centuries": "century", "century": "century",
    "年": "year", "个月": "month", "天": "day", "小时": "hour", "分钟": "minute",
    # age
    "year-old": "year_of_age", "years-old": "year_of_age", "years old": "year_of_age",
    "year old": "year_of_age", "month-old": "month_of_age", "months old": "month_of_age",
    "week-old": "week_of_age", "weeks old": "week_of_age", "day-old": "day_of_age",
    "days old": "day_of_age", "岁": "year_of_age",
    # length
    "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km", "km": "km",
    "公里": "km", "metres": "m", "meters": "m", "metre": "m", "meter": "m", "m": "m",
    "centimetres": "cm", "centimeters": "cm", "centimetre": "cm", "centimeter": "cm",
    "cm": "cm", "millimetres": "mm", "millimeters": "mm", "millimetre": "mm",
    "millimeter": "mm", "mm": "mm", "micrometres": "um", "micrometers": "um",
    "micrometre": "um", "micrometer": "um", "microns": "um", "micron": "um", "μm": "um",
    "µm": "um", "nanometres": "nm", "nanometers": "nm", "nanometre": "nm", "nanometer": "nm",
    "nm": "nm", "miles": "mile", "mile": "mile", "yards": "yard", "yard": "yard",
    "yds": "yard", "feet": "foot", "foot": "foot", "ft": "foot", "inches": "inch",
    "inch": "inch", "in.": "inch", "″": "inch", "nautical miles": "nautical_mile",
    "light years": "light_year", "light-years": "light_year",
    # area
    "square kilometres": "km2", "square kilometers": "km2", "sq km": "km2", "km2": "km2",
    "km²": "km2", "square metres": "m2", "square meters": "m2", "sq m": "m2", "sqm": "m2",
    "m2": "m2", "m²": "m2", "square miles": "square_mile", "square mile": "square_mile",
    "sq mi": "square_mile", "square feet": "square_foot", "square foot": "square_foot",
    "sq ft": "square_foot", "hectares": "hectare", "hectare": "hectare", "ha": "hectare",
    "acres": "acre", "acre": "acre",
    # volume
    "litres": "litre", "liters": "litre", "litre": "litre", "liter": "litre", "L": "litre",
    "millilitres": "ml", "milliliters": "ml", "ml": "ml", "mL": "ml", "gallons": "gallon",
    "gallon": "gallon", "pints": "pint", "pint": "pint", "quarts": "quart", "quart": "quart",
    "barrels": "barrel", "barrel": "barrel", "bbl": "barrel", "bpd": "barrel/day",
    "b/d": "barrel/day", "cubic feet": "cubic_foot",
    "cubic metres": "m3", "cubic meters": "m3", "m3": "m3", "barrels of oil": "barrel_of_oil",
    "fluid ounces": "fluid_ounce", "fluid ounce": "fluid_ounce",
    # mass
    "kilograms": "kg", "kilogram": "kg", "kilos": "kg", "kilo": "kg", "kg": "kg",
    "grams": "g", "gram": "g", "g": "g", "milligrams": "mg", "milligram": "mg", "mg": "mg",
    "micrograms": "ug", "μg": "ug", "pounds": "lb", "pound": "lb", "lbs": "lb", "lb": "lb",
    "tonnes": "tonne", "tonne": "tonne", "metric tons": "tonne", "tons": "ton", "ton": "ton",
    "t": "tonne", "吨": "tonne", "ounces": "ounce", "ounce": "ounce", "oz": "ounce",
    "carats": "carat",
    # speed, economy
    "mph": "mph", "miles per hour": "mph", "miles an hour": "mph", "km/h": "kmh",
    "km/hr": "kmh", "kph": "kmh", "kmh": "kmh", "kilometres per hour": "kmh",
    "kilometers per hour": "kmh", "knots": "knot", "mpg": "mpg", "miles per gallon": "mpg",
    "m/s": "m/second",
    # energy, power, torque
    "watts": "w", "watt": "w", "W": "w", "kilowatts": "kw", "kilowatt": "kw", "kW": "kw",
    "megawatts": "mw", "megawatt": "mw", "MW": "mw", "gigawatts": "gw", "gigawatt": "gw",
    "GW": "gw", "kilowatt-hours": "kwh", "kilowatt hours": "kwh", "kWh": "kwh",
    "megawatt-hours": "mwh", "MWh": "mwh", "gigawatt-hours": "gwh", "gigawatt hours": "gwh",
    "GWh": "gwh", "terawatt-hours": "twh", "TWh": "twh", "horsepower": "hp", "hp": "hp",
    "bhp": "bhp", "PS": "ps", "Nm": "newton_metre", "newton metres": "newton_metre",
    "newton meters": "newton_metre", "lb-ft": "foot_pound", "lb ft": "foot_pound",
    "pound-feet": "pound_foot", "pound-feet of torque": "pound_foot",
    "joules": "joule", "calories": "calorie", "kcal": "kilocalorie", "BTU": "btu",
    "mmBTU": "mmbtu", "mmbtu": "mmbtu",
    # data, frequency, electricity, pressure, sound, temperature
    "bits": "bit", "bytes": "byte", "KB": "kb", "MB": "mb", "megabytes": "mb", "GB": "gb",
    "gigabytes": "gb", "TB": "tb", "terabytes": "tb", "Mbps": "mbps", "Gbps": "gbps",
    "Hz": "hz", "HZ": "hz", "hertz": "hz", "kHz": "khz", "MHz": "mhz", "GHz": "ghz",
    "rpm": "rpm", "mAh": "mah", "volts": "volt", "volt": "volt", "V": "volt", "kV": "kv",
    "amps": "ampere", "amperes": "ampere", "A": "ampere", "A/cm2": "ampere/cm2",
    "farads": "farad", "F": "farad", "GPa": "gpa", "gigapascals": "gpa", "MPa": "mpa",
    "kPa": "kpa", "psi": "psi", "decibels": "decibel", "decibel": "decibel", "dB": "decibel",
    "degrees Celsius": "celsius", "degrees celsius": "celsius", "degree Celsius": "celsius",
    "Celsius": "celsius", "°C": "celsius", "C": "celsius", "degrees Fahrenheit": "fahrenheit",
    "degree Fahrenheit": "fahrenheit", "Fahrenheit": "fahrenheit", "°F": "fahrenheit",
    "degrees": "degree", "degree": "degree", "°": "degree",
    # counted things with a fixed unit name
    "people": "people", "persons": "people", "人": "people", "seats": "seat", "seat": "seat",
    "votes": "vote", "vote": "vote",
})
# Symbols that are units only when glued to the number or followed by no letter: "5 W" is
# watts but "a 5 A grade" is not; these must not start a longer word either.
SHORT_UNITS = frozenset(k for k in UNITS if len(k) <= 2 or k in {"PS", "kWh", "MWh", "GWh"})
# Units that follow a number only with a hyphen when they are adjectives ("85-minute").
TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade",
                        "century"})
# Denominators of rate units ("$58.24 per barrel", "$30 a share", "3,000 tests per day").
PER_UNITS = MappingProxyType({
    "barrel": "barrel", "share": "share", "ounce": "ounce", "gram": "g", "gallon": "gallon",
    "litre": "litre", "liter": "litre", "day": "day", "week": "week", "month": "month",
    "year": "year", "hour": "hour", "minute": "minute", "second": "second", "night": "night",
    "century": "century", "person": "person", "head": "person", "capita": "person",
    "square foot": "square_foot", "square metre": "m2", "square meter": "m2", "sq m": "m2",
    "sq ft": "square_foot", "tonne": "tonne", "ton": "ton", "kg": "kg", "kilo": "kg",
    "mile": "mile", "km": "km", "mmBTU": "mmbtu", "kWh": "kwh", "MWh": "mwh",
    "unit": "unit", "pound": "lb", "bushel": "bushel",
})

# --- cues ----------------------------------------------------------------------------------

# Words before a number that bound it. Longest first wins ("just under" before "under").
BOUND_CUES = MappingProxyType({
    "about": Bound.approx, "around": Bound.approx, "roughly": Bound.approx,
    "approximately": Bound.approx, "approx.": Bound.approx, "nearly": Bound.approx,
    "almost": Bound.approx, "close to": Bound.approx, "some": Bound.approx,
    "an estimated": Bound.approx, "estimated": Bound.approx, "circa": Bound.approx,
    "ca.": Bound.approx, "~": Bound.approx, "≈": Bound.approx, "barely": Bound.approx,
    "more than": Bound.above, "over": Bound.above, "above": Bound.above,
    "upwards of": Bound.above, "in excess of": Bound.above, "exceeding": Bound.above,
    "well over": Bound.above, "well above": Bound.above, "over than": Bound.above,
    "higher than": Bound.above, "greater than": Bound.above, "at least": Bound.at_least,
    "no less than": Bound.at_least, "less than": Bound.below, "fewer than": Bound.below,
    "under": Bound.below, "below": Bound.below, "just under": Bound.below,
    "just below": Bound.below, "lower than": Bound.below, "sub-": Bound.below,
    "up to": Bound.at_most, "at most": Bound.at_most, "no more than": Bound.at_most,
    "as much as": Bound.at_most, "a maximum of": Bound.at_most, "a minimum of": Bound.at_least,
})
# Verbs and adverbs that make the following number a movement ("rose 3%", "down 1.9%").
UP_WORDS = frozenset("""
up rose rise rises rising risen gained gain gains gaining added adds advanced advances jumped
jumps jump surged surges soared soars climbed climbs climbing increased increase increases
increasing grew grow grows growing rallied rallies boosted lifted widened expanded upward
higher spiked soaring surging jumping climbing gaining adding advancing
rallying spiking
""".split())
DOWN_WORDS = frozenset("""
down fell fall falls falling fallen dropped drop drops dropping declined decline declines
declining decreased decrease decreases decreasing lost lose loses losing slid slides slipped
slips plunged plunges plummeted plummets tumbled tumbles sank sinks shed sheds eased eases
dipped dips slumped slumps retreated cut cuts lowered reduced shrank shrunk narrowed
downward lower plummeting plunging tumbling sinking slipping sliding shedding easing dipping
slumping retreating shrinking
""".split())
# Nouns naming a movement whose size follows "of" ("a decline of 12 percentage points").
UP_NOUNS = frozenset({"increase", "rise", "gain", "growth", "jump", "surge", "hike",
                      "improvement", "boost"})
DOWN_NOUNS = frozenset({"decline", "decrease", "drop", "fall", "cut", "reduction",
                        "slump", "plunge", "dip"})

# Words after which a number is a name or an identifier, not an amount.
ID_WORDS = frozenset("""
no no. nos. number article resolution flight route room chapter section model version page
pp code rule item platform line bus highway interstate patent decree order bill category
level grade phase stage class size type round game week match episode season volume issue
act clause paragraph tier sp dow nasdaq ftse nikkei dax cac kospi sensex asx russell stoxx
channel district ward gate terminal unit apartment suite floor lot booth zone
""".split())
# Words ending in -s that are not plural nouns, so never a counted unit.
NOT_PLURAL = frozenset("""
as is was has his its this thus plus less unless across always perhaps whereas besides
towards afterwards news series species means yes us does goes ours yours hers theirs
various previous serious famous numerous enormous obvious anxious nervous jealous bus gas
gross chaos bias lens alias status campus virus bonus census versus analysis crisis basis
thesis emphasis diagnosis sometimes nevertheless regardless afterwards overseas
""".split())
# Words that end a counted-noun phrase ("13,000 workers in the United Kingdom").
STOP_WORDS = frozenset("""
a an the this that these those of in on at to for from by with without into onto over under
about above after before between through during since until than as and or but nor so yet
if then when while where which who whom whose what why how is are was were be been being
am has have had having do does did will would shall should can could may might must not no
it its he she they we you i me him her them us our their my your his per each every any
some all both either neither more most less least few many much several such own same
other another only just also even still very too quite rather again ago already else ever
here there now than up down out off back away against among amid toward towards via versus
said says say told according compared worth like unlike despite including plus minus
across behind beyond within throughout along near inside outside upon beside beneath onto

""".split())
# Irregular plurals and their singulars; plurals that stay as they are.
IRREGULAR_PLURALS = MappingProxyType({
    "people": "people", "men": "man", "women": "woman", "children": "child", "feet": "foot",
    "teeth": "tooth", "mice": "mouse", "geese": "goose", "police": "police", "staff": "staff",
    "personnel": "personnel", "cattle": "cattle", "sheep": "sheep", "fish": "fish",
    "aircraft": "aircraft", "troops": "troop", "data": "data", "media": "media",
    "criteria": "criterion", "phenomena": "phenomenon", "fishermen": "fisherman",
    "businessmen": "businessman", "chairmen": "chairman", "congressmen": "congressman",
})
