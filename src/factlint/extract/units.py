"""Unit words as news writes them, mapped to pint's unit names (the checks convert with pint)."""
from __future__ import annotations

import re

# surface forms -> pint unit; longest forms are tried first
PHYSICAL = {
    "square kilometres": "kilometer ** 2", "square kilometers": "kilometer ** 2", "sq km": "kilometer ** 2",
    "square kilometre": "kilometer ** 2", "square kilometer": "kilometer ** 2", "km2": "kilometer ** 2", "km²": "kilometer ** 2", "square miles": "mile ** 2", "square mile": "mile ** 2",
    "sq miles": "mile ** 2", "sq mi": "mile ** 2", "sq. mi.": "mile ** 2", "mi2": "mile ** 2", "mi²": "mile ** 2", "square metres": "meter ** 2", "square meters": "meter ** 2", "square metre": "meter ** 2",
    "square meter": "meter ** 2", "sq m": "meter ** 2",
    "m2": "meter ** 2", "m²": "meter ** 2", "square feet": "foot ** 2", "square foot": "foot ** 2", "sq ft": "foot ** 2",
    "kilometres per hour": "kilometer / hour", "kilometers per hour": "kilometer / hour", "km/h": "kilometer / hour",
    "kph": "kilometer / hour", "km/hr": "kilometer / hour", "miles per hour": "mile / hour", "mph": "mile / hour",
    "knots": "knot", "miles per gallon": "mile / gallon", "mpg": "mile / gallon",
    "micrometres": "micrometer", "micrometers": "micrometer", "microns": "micrometer", "micron": "micrometer",
    "μm": "micrometer", "pound-feet": "foot * force_pound", "lb-ft": "foot * force_pound",
    "nautical miles": "nautical_mile", "nautical mile": "nautical_mile",
    "kilometres": "kilometer", "kilometre": "kilometer", "kilometers": "kilometer", "kilometer": "kilometer", "km": "kilometer",
    "metres": "meter", "metre": "meter", "meters": "meter", "meter": "meter",
    "centimetres": "centimeter", "centimetre": "centimeter", "centimeters": "centimeter", "centimeter": "centimeter", "cm": "centimeter",
    "millimetres": "millimeter", "millimetre": "millimeter", "millimeters": "millimeter", "millimeter": "millimeter", "mm": "millimeter",
    "miles": "mile", "mile": "mile", "feet": "foot", "foot": "foot", "ft": "foot", "inches": "inch", "inch": "inch",
    "yards": "yard", "yard": "yard",
    "hectares": "hectare", "hectare": "hectare", "ha": "hectare", "acres": "acre", "acre": "acre",
    "nanometres": "nanometer", "nanometre": "nanometer", "nanometers": "nanometer", "nanometer": "nanometer",
    "milligrams": "milligram", "milligram": "milligram", "mg": "milligram",
    "millilitres": "milliliter", "millilitre": "milliliter", "milliliters": "milliliter", "ml": "milliliter",
    "kilograms": "kilogram", "kilogram": "kilogram", "kg": "kilogram", "grams": "gram", "gram": "gram",
    "pounds": "pound", "pound": "pound", "lbs": "pound", "lb": "pound", "ounces": "ounce", "ounce": "ounce", "oz": "ounce",
    "tonnes": "metric_ton", "tonne": "metric_ton", "metric tons": "metric_ton",
    "litres": "liter", "litre": "liter", "liters": "liter", "liter": "liter",
    "gallons": "gallon", "gallon": "gallon", "quarts": "quart", "quart": "quart", "pints": "pint", "pint": "pint",
    "fluid ounces": "fluid_ounce", "fluid ounce": "fluid_ounce", "fl oz": "fluid_ounce", "barrels": "oil_barrel", "barrel": "oil_barrel",
    "degrees celsius": "degree_Celsius", "degrees c": "degree_Celsius", "°c": "degree_Celsius", "ºc": "degree_Celsius",
    "degrees fahrenheit": "degree_Fahrenheit", "degrees f": "degree_Fahrenheit", "°f": "degree_Fahrenheit",
    "ºf": "degree_Fahrenheit", "celsius": "degree_Celsius", "fahrenheit": "degree_Fahrenheit",
    "″": "inch", "′": "foot", "gigapascals": "gigapascal", "gigapascal": "gigapascal", "megapascals": "megapascal",
    "megapascal": "megapascal", "kilopascals": "kilopascal", "kilopascal": "kilopascal", "pascals": "pascal", "psi": "psi",
    "megawatts": "megawatt", "megawatt": "megawatt", "mw": "megawatt", "gigawatts": "gigawatt", "gw": "gigawatt",
    "kilowatts": "kilowatt", "kilowatt": "kilowatt", "kw": "kilowatt", "watts": "watt", "watt": "watt",
    "kilowatt-hours": "kilowatt_hour", "kilowatt-hour": "kilowatt_hour", "kilowatt hours": "kilowatt_hour",
    "kwh": "kilowatt_hour", "megawatt-hours": "megawatt_hour", "megawatt hours": "megawatt_hour", "mwh": "megawatt_hour",
    "gigawatt-hours": "gigawatt_hour", "gigawatt hours": "gigawatt_hour", "gwh": "gigawatt_hour",
    "terawatt-hours": "terawatt_hour", "terawatt hours": "terawatt_hour", "twh": "terawatt_hour", "horsepower": "horsepower", "hp": "horsepower",
    "bhp": "horsepower", "hertz": "hertz", "hz": "hertz", "gigahertz": "gigahertz", "ghz": "gigahertz",
    "gigabytes": "gigabyte", "gigabyte": "gigabyte", "gb": "gigabyte", "terabytes": "terabyte", "tb": "terabyte",
}
# written onto the digits only: "2.3in" is inches, "5 in 10" no length
_ONTO_ONLY = {"in": "inch"}
# the forms written straight onto the digits: "278kg", "50mph", "10kW", "0.5in"
ATTACHED = "|".join(re.escape(u) for u in sorted([*(u for u in PHYSICAL if " " not in u), *_ONTO_ONLY],
                                                 key=len, reverse=True))

UNIT = re.compile(
    r"(?:\s*-\s*|\s*)(?P<unit>"
    + "|".join(re.escape(u).replace(r"\ ", r"\s+") for u in sorted(PHYSICAL, key=len, reverse=True))
    + r")(?![A-Za-z0-9])", re.I)


# written onto the digits in this case only: "40C (104F)", "45g", "65W" ("5G" is a network, "5c" a price)
_CASED = {"C": "degree_Celsius", "F": "degree_Fahrenheit", "g": "gram", "W": "watt"}


def unit_after(prose: str, pos: int) -> tuple[str, int] | None:
    """The physical unit written right after a number ending at `pos`: (pint unit, end)."""
    if prose[pos - 1:pos].isdigit() and not prose[pos + 2:pos + 3].isalnum() and prose[pos:pos + 2].lower() in _ONTO_ONLY:
        return _ONTO_ONLY[prose[pos:pos + 2].lower()], pos + 2
    if prose[pos:pos + 1] in _CASED and not prose[pos + 1:pos + 2].isalnum() and prose[pos - 1:pos].isdigit():
        return _CASED[prose[pos]], pos + 1
    m = UNIT.match(prose, pos)
    if not m:
        return None
    return PHYSICAL[" ".join(m.group("unit").lower().split())], m.end()
