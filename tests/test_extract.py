import pytest

from factlint import check_text, extract_text
from factlint.claims import NO_REFERENCE_DATE


def claims(text, date="2024-11-05", kind=None):
    cs = extract_text(text, date=date)
    for c in cs.claims:
        assert text[c.span.start:c.span.end] == c.text  # every claim accounts for its own text
    return [c for c in cs.claims if kind is None or c.kind == kind]


def one(text, kind, date="2024-11-05"):
    found = claims(text, date, kind)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, value, low, high, qualifier", [
    ("They found 163 members.", 163, 163, 163, None),
    ("60 km/h", 60, 59.5, 60.5, None),
    ("About 2,500 troops stayed.", 2500, 2375, 2625, "about"),
    ("1.2 million people", 1_200_000, 1_150_000, 1_250_000, None),
    ("4,000 metres", 4000, 3500, 4500, None),
    ("13,100 feet", 13100, 13050, 13150, None),
    ("a 38.7% share", 38.7, 38.65, 38.75, None),
    ("a 7% rise", 7, 6.5, 7.5, None),
    ("two dozen economists", 24, 24, 24, None),
    ("more than 30 leaders", 30, 30, None, "more than"),
    ("At least seven of them died.", 7, 7, None, "at least"),
    ("fewer than 12 ships", 12, None, 12, "fewer than"),
    ("up to 400 people", 400, None, 400, "up to"),
    ("twenty-six percent", 26, 26, 26, None),
    ("one hundred and five people", 105, 105, 105, None),
    ("three million people", 3_000_000, 3_000_000, 3_000_000, None),
    ("$4.2 billion budget", 4_200_000_000, 4_150_000_000, 4_250_000_000, None),
    ("nearly 900 more", 900, 850, 900, "nearly"),
])
def test_quantities_and_their_intervals(text, value, low, high, qualifier):
    q = one(text, "quantity")
    assert (q.value, q.low, q.high, q.qualifier) == (value, low, high, qualifier)


def test_units_and_counted_nouns():
    assert one("killing 163 ISIS members", "quantity").noun == "ISIS members"
    assert one("About 2,500 U.S. troops", "quantity").noun == "U.S. troops"
    assert one("a 38.7% share", "quantity").unit == "percent"
    assert one("$310 million", "quantity").unit == "USD"
    assert one("a gap of 4.5 percentage points", "quantity").unit == "percentage point"


def test_a_range_takes_the_per_unit_of_its_end():
    first, second = claims("$62 to $68 per share", kind="quantity")
    assert (first.unit, first.upper, second.unit) == ("USD/share", 68, "USD/share")


@pytest.mark.parametrize("text, noun", [
    ("About 2,500 troops left on Oct. 22.", "troops"),      # a past form after the noun is its verb
    ("Three people said it was over.", "people"),
    ("Then 40 workers voted.", "workers"),                  # a verb ending the sentence ends the noun
    ("Millions of Americans voted.", "Americans"),          # a vague count counts what follows "of"
    ("dozens of people were hurt", "people"),
    ("It has 59 users mostly from Canada.", "users"),      # an adverb, a pronoun or "worldwide" ends it too
    ("the 1.5 billion bricks he needs", "bricks"),
    ("It employs 600 people worldwide.", "people"),
    ("It trades at 6.5 times earnings.", "times"),          # a multiple
    ("But 19 fouls proves it was feisty.", "fouls"),        # a plural is the head: what follows is not the noun
    ("His 300 recorded songs sold well.", "recorded songs"),
    ("It has 2,140 suspected measles cases.", "suspected measles cases"),  # "measles" is no plural
    ("Some 40 news outlets ran it.", "news outlets"),
    ("It was a 30 degree homer.", "degree"),                # after "a", the number and noun qualify another
    ("It made a 60 basis point improvement.", "basis point"),
    ("About 30 degree angles were cut.", "degree angles"),  # without "a", the phrase goes on
    ("The 157 passengers and crew members died.", "passengers and crew members"),  # one group of both
    ("He left four grandparents and his uncle.", "grandparents"),
    ("Of those, 37 remained hospitalized.", None),           # a verb straight after the number: no noun
    ("By nightfall 12 fled.", None),
    ("By then twelve died.", None),
    ("Officials said 200 injured were taken away.", "injured"),
    ("One proposal asks the board to act.", "proposal"),    # after one thing, a word in -s is its verb
    ("One police officer was hurt.", "police officer"),
    ("It is around 73, raising the prospect.", None),       # a verb with its object
    ("It is 73 raising the prospect.", None),
    ("It kept to the 1.5 degree range.", "degree"),         # a unit word qualifies what follows it
    ("The 3 police officers left.", "police officers"),
    # one of a kind: the plural after "one of the"
    ("It is one of the best wireless speakers around.", "best wireless speakers"),
    ("It was one of the most spectacular catches ever.", "spectacular catches"),
    ("It was one of the worst.", None),
    ("He was one of the family's friends.", None),
])
def test_the_counted_noun_ends_where_its_verb_begins(text, noun):
    assert one(text, "quantity").noun == noun


@pytest.mark.parametrize("text, quoted, low, upper, unit, noun", [
    ("A few thousand people came.", "A few thousand", 2000, 10000, None, "people"),
    ("It is several hundred metres away.", "several hundred metres", 200, 1000, "meter", None),
    ("It cost a few million dollars.", "a few million dollars", 2e6, 1e7, "USD", None),
])
def test_a_few_or_several_of_a_scale_is_vague(text, quoted, low, upper, unit, noun):
    q = one(text, "quantity")
    assert (q.text, q.value, q.upper, q.qualifier, q.unit, q.noun) == (quoted, low, upper, "at least", unit, noun)


def test_cents_are_hundredths_of_the_dollar_and_no_range_with_the_dollars_after_them():
    amount, level = claims("Gas was up 10.4 cents to US $2.24 per mmBTU.", kind="quantity")
    assert (amount.text, amount.value, amount.unit, amount.upper, amount.change) == ("10.4 cents", 0.104, "USD", None, "up")
    assert (level.value, level.unit) == (2.24, "USD")
    first, _ = claims("It costs 5 to 10 cents.", kind="quantity")
    assert (first.value, first.upper, first.unit) == (0.05, 0.1, "USD")


def test_a_count_followed_by_and_another_count_is_a_list_not_a_group():
    first, second = claims("It killed 149 passengers and eight crew members.", kind="quantity")
    assert (first.noun, second.noun) == ("passengers", "crew members")


def test_a_range_counts_what_its_end_counts():
    first, second = claims("Between 40 and 50 people died.", kind="quantity")
    assert (first.value, first.upper, first.noun, second.noun) == (40, 50, "people", "people")


@pytest.mark.parametrize("text", ["A 52 year-old man was held.", "A 52-year-old man was held.", "He was aged 52.", "Jo Smith, 52, said so.",
                                  "The boy, 52 years old, ran."])
def test_ages_are_years(text):
    q = one(text, "quantity")
    assert (q.text, q.value, q.unit, q.noun) == ("52", 52, "year", None)


@pytest.mark.parametrize("text, value, upper, noun", [
    ("Five or six people died.", 5, 6, "people"),
    ("It affects 1 or 2 million homes.", 1_000_000, 2_000_000, "homes"),
])
def test_two_near_figures_joined_by_or_are_a_range(text, value, upper, noun):
    first, second = claims(text, kind="quantity")
    assert (first.value, first.upper, first.noun, second.value) == (value, upper, noun, upper)


@pytest.mark.parametrize("text, unit", [("Net was $525.8 million or $1.65 a share.", "USD"), ("It sold 5 or 50 cars.", None)])
def test_figures_far_apart_or_in_two_units_joined_by_or_are_no_range(text, unit):
    first, _ = claims(text, kind="quantity")
    assert (first.upper, first.unit) == (None, unit)  # not dollars a share


@pytest.mark.parametrize("text, quoted, value", [
    ("The rate fell to .001 per cent.", ".001 per cent", 0.001),
    ("He was batting .300 this season.", ".300", 0.3),
    ("Police found a .45-caliber handgun.", ".45", 0.45),
])
def test_a_decimal_without_its_zero(text, quoted, value):
    q = one(text, "quantity")
    assert (q.text, q.value) == (quoted, value)


def test_a_dot_after_a_word_or_a_number_is_no_decimal_point():
    assert [q.text for q in claims("No.1 seed, version 1.2.3", kind="quantity")] == ["1.2"]


def test_an_age_range_is_ages_at_both_ends():
    first, second = claims("women aged 18 to 34", kind="quantity")
    assert (first.unit, first.upper, second.unit) == ("year", 34, "year")


def test_a_count_after_a_comma_is_no_age():
    assert one("In March, 52 people died.", "quantity").unit is None


@pytest.mark.parametrize("text, number", [
    ("The iPhone 11 Pro Max costs $1,099.", "11"),
    ("Boeing's 787 Dreamliner was grounded.", "787"),
    ("Shares in the S&P 500 rose.", "500"),                 # a capitalised word, then no counted noun
    ("Markets fell, the FTSE 100 in particular.", "100"),
    ("They play in the Big 12.", "12"),
    ("The iPhone 14's display is bright.", "14"),
    ("while the Nasdaq 100 slipped 0.8%", "100"),            # a verb after it: no counted noun
])
def test_a_number_inside_a_name_is_no_count(text, number):
    cs = extract_text(text, date="2024-11-05")
    assert number not in [c.text for c in cs.claims if c.kind == "quantity"]
    assert [(u.text, u.reason) for u in cs.unread] == [
        (number, "part of a model or a name ('iPhone 11 Pro', 'Boeing 787 Dreamliner', 'the S&P 500')")]


@pytest.mark.parametrize("text, unit, quoted", [
    ("12,500 hectares burned", "hectare", "12,500 hectares"),
    ("a 366-metre ship", "meter", "366-metre"),
    ("gusts of 60 km/h", "kilometer / hour", "60 km/h"),
    ("topped 35°C on Monday", "degree_Celsius", "35°C"),
    ("about 3,500 nautical miles away", "nautical_mile", "about 3,500 nautical miles"),
    ("a 2,150-kg craft", "kilogram", "2,150-kg"),
    ("2 million crowns", "SEK", "2 million crowns"),
    ("a 278kg bluefin tuna", "kilogram", "278kg"),              # units written onto the digits
    ("50mph winds", "mile / hour", "50mph"),
    ("a 10kW solar array", "kilowatt", "10kW"),
    ("borrow at 1.38pc", "percent", "1.38pc"),
    ("rents of $21.25 per square foot", "USD/square foot", "$21.25 per square foot"),
    ("seas rising 11 feet per century", "foot/century", "11 feet per century"),
    ("it does 29 mpg", "mile / gallon", "29 mpg"),
    ("332 lb-ft of torque", "foot * force_pound", "332 lb-ft"),
    ("a 2.4 μm pixel", "micrometer", "2.4 μm"),
    ("a 1,520 sq m clinic", "meter ** 2", "1,520 sq m"),
    ("It reached 40C in Seville.", "degree_Celsius", "40C"),   # a scale in capitals onto the digits
    ("2,000 square feet of offices", "foot ** 2", "2,000 square feet"),
    ("cooked for each 45g sample", "gram", "45g"),             # a lower-case g onto the digits
    ("It fell 1.8 Fahrenheit.", "degree_Fahrenheit", "1.8 Fahrenheit"),
    ("The neck is 25.5″ long.", "inch", "25.5″"),
    ("a hardness of 113 gigapascals", "gigapascal", "113 gigapascals"),
    ("a notebook for 1,200€ to work", "EUR", "1,200€"),        # the sign after the figure
    ("the 5p bag charge", "GBX", "5p"),                       # pence
    ("just 0.03 millimeter thick", "millimeter", "0.03 millimeter"),  # singular after a decimal
    ("a 65W charger", "watt", "65W"),                          # a capital W onto the digits
    ("a rainfall of 2.3in overnight", "inch", "2.3in"),
    ("a park of 12 sq mi in all", "mile ** 2", "12 sq mi"),         # "in" onto the digits only ("5 in 10": none)
    ("a 100 watt bulb", "watt", "100 watt"),
    ("it used 1.2 TWh last year", "terawatt_hour", "1.2 TWh"),
    ("a million dollar house", "USD", "a million dollar"),     # a currency in the singular qualifies a noun
    ("a 9 billion shekels industry", "ILS", "9 billion shekels"),
    ("a loss of 63 cents per share", "USD/share", "63 cents per share"),  # cents: hundredths of the dollar
    ("a 52,000 barrel-a-day refinery", "oil_barrel/day", "52,000 barrel-a-day"),  # a rate joined by hyphens
    ("at $100-a-barrel prices", "USD/barrel", "$100-a-barrel"),
])
def test_physical_units_and_currencies(text, unit, quoted):
    q = one(text, "quantity")
    assert (q.unit, q.text) == (unit, quoted)


@pytest.mark.parametrize("text, value, unit", [
    ("It cost $1.5bn last year.", 1.5e9, "USD"),
    ("worth up to £2.7m.", 2.7e6, "GBP"),
    ("US$2bn in bonds", 2e9, "USD"),
    ("the combined 4.3M sales", 4.3e6, None),      # a capital M or K is a scale; "300m" may be metres
    ("50K fans came", 5e4, None),
])
def test_scales_written_onto_the_digits(text, value, unit):
    q = one(text, "quantity")
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text, value, unit", [
    ("The company raised ₹1,200 crore last year.", 1.2e10, "INR"),        # a crore is ten million
    ("It will benefit 1.5 lakh farmers.", 1.5e5, None),                    # a lakh a hundred thousand
    ("The budget is ₹1.5 lakh crore.", 1.5e12, "INR"),
    ("Rs 5 crores was spent.", 5e7, "INR"),
])
def test_indian_scales(text, value, unit):
    q = one(text, "quantity")
    assert (q.value, q.unit) == (value, unit)


def test_a_figure_in_crores_is_reckoned_in_crores():
    [f] = check_text("The company raised ₹1,200 crore, up 30% from ₹1,000 crore a year earlier.", date="2024-11-05").findings
    assert f.message == "'30%': from ₹1,000 crore to ₹1,200 crore is 20.0%, not 30%"


@pytest.mark.parametrize("text, unread", [
    ("They won 2-0 at home.", [("2", "a score, tally or vote ('3-1', '9-4')"), ("0", "a score, tally or vote ('3-1', '9-4')")]),
    ("a 5-4 win", [("5", "a score, tally or vote ('3-1', '9-4')"), ("4", "a score, tally or vote ('3-1', '9-4')")]),
    ("A category 4 hurricane hit.", [("4", "a number used as a label ('No. 3', 'category 4')")]),
    ("He wore No. 3 again.", [("3", "a number used as a label ('No. 3', 'category 4')")]),
])
def test_scores_and_labels_are_no_counts(text, unread):
    cs = extract_text(text, date="2024-11-05")
    assert [c for c in cs.claims if c.kind == "quantity"] == []
    assert [(u.text, u.reason) for u in cs.unread] == unread


@pytest.mark.parametrize("text, shares", [
    ("Obama beat McCain 53 percent to 46 percent.", ["53 percent", "46 percent"]),   # a share is no name's number
    ("Labour 38%, Conservatives 30%.", ["38%", "30%"]),
    ("It was a 57-to-42 percent win.", ["57", "42 percent"]),                          # both in percent
])
def test_shares_after_a_name_are_read(text, shares):
    claims = [c for c in extract_text(text, date="2024-11-05").claims if c.kind == "quantity"]
    assert [(c.text, c.unit) for c in claims] == [(share, "percent") for share in shares]


def test_a_vote_is_a_tally_not_a_score():
    cs = extract_text("The board approved it in a 5-4 vote.", date="2024-11-05")
    assert [(c.kind, c.text, c.yeas, c.nays) for c in cs.claims] == [("tally", "5-4", 5, 4)] and cs.unread == []


def test_an_upward_pair_is_a_range_not_a_score():
    first, second = claims("a 40-50 range", kind="quantity")
    assert (first.value, first.upper, second.value) == (40, 50, 50)


@pytest.mark.parametrize("text", ["He told BBC One.", "a Formula One race", "each one they lose", "the same one"])
def test_one_in_a_name_or_as_a_pronoun_is_no_count(text):
    assert claims(text, kind="quantity") == []


def test_one_as_a_count_is_read():
    assert one("One of the best players left.", "quantity").value == 1


@pytest.mark.parametrize("text, count", [
    ("In Gaza 34 people died.", 34),        # a counted noun follows the number: a count
    ("Markets fell. FTSE 100 firms rose.", 100),
    ("In March 52 people died.", 52),       # a month is no name
])
def test_a_number_after_a_capitalised_word_with_its_noun_is_a_count(text, count):
    assert one(text, "quantity").value == count


@pytest.mark.parametrize("text, value, unit, quoted", [
    ("Gold is at USD1,700 an ounce.", 1700, "USD/ounce", "USD1,700 an ounce"),
    ("It fetched HK$216,925.", 216925, "HKD", "HK$216,925"),
    ("worth $US55,931,000 then", 55931000, "USD", "$US55,931,000"),
    ("a A$3m grant", 3e6, "AUD", "A$3m"),
    ("Heineken rose to RM23.50.", 23.5, "MYR", "RM23.50"),
    ("a fine of USD 10m", 1e7, "USD", "USD 10m"),
    ("Passengers paid HK $216,925.", 216925, "HKD", "HK $216,925"),   # a space before the sign
    ("Gas was at US $2.24 per mmBTU.", 2.24, "USD", "US $2.24"),
    ("an PS8.1bn takeover", 8.1e9, "GBP", "PS8.1bn"),                  # wire copy sent as ASCII: £ as PS
    ("a profit of Y=590 billion", 5.9e11, "JPY", "Y=590 billion"),    # and ¥ as Y=
])
def test_currency_codes_before_the_figure(text, value, unit, quoted):
    q = one(text, "quantity")
    assert (q.value, q.unit, q.text) == (value, unit, quoted)


def test_ps_before_one_digit_is_a_console():
    assert claims("The PS5 sold well.", kind="quantity") == []


@pytest.mark.parametrize("text, quoted, value, unit", [
    ("Some 3/4 of the voters agreed.", "3/4", 0.75, "fraction"),
    ("A third of the team agreed.", "A third", 1 / 3, "fraction"),
    # a share of one unit is a measure in that unit
    ("An ounce is 1/16 of a pint.", "1/16 of a pint", 0.0625, "pint"),
    ("It is 1⁄128 of a US gallon.", "1⁄128 of a US gallon", 0.0078125, "gallon"),
    ("The school is a quarter of a mile away.", "a quarter of a mile", 0.25, "mile"),
    ("Three-quarters of an inch of rain fell.", "Three-quarters of an inch", 0.75, "inch"),
])
def test_fractions_before_of(text, quoted, value, unit):
    q = one(text, "quantity")
    assert (q.text, q.value, q.unit) == (quoted, value, unit)


def test_rm_in_lower_case_is_no_currency():
    assert one("The rm 40 form", "quantity").unit is None


@pytest.mark.parametrize("text, value, qualifier, noun", [
    ("A third of voters stayed home.", 1 / 3, None, "voters"),
    ("two-thirds of the members", 2 / 3, None, "members"),
    ("three quarters of all homes", 0.75, None, "homes"),
    ("more than half the staff", 0.5, "more than", "staff"),
    ("about a third of Iraq", 1 / 3, "about", "Iraq"),
    ("one in five people", 0.2, None, "people"),
    ("3 in 10 Americans", 0.3, None, "Americans"),
    ("One out of three Germans", 1 / 3, None, "Germans"),
])
def test_shares_in_words_are_fractions(text, value, qualifier, noun):
    q = one(text, "quantity")
    assert (q.unit, q.value, q.qualifier, q.noun) == ("fraction", value, qualifier, noun)


@pytest.mark.parametrize("text, values", [
    ("a third term", [(3, True)]),                  # a rank: nothing it is a part of follows
    ("the second half of the season", [(2, True)]),
    ("2 in 5 minutes", [(2, False)]),               # "in 5 minutes" is a time, not a share
    ("Twenty-seven out of 50 states", [(27, False), (50, False)]),  # a count of the 50, not "seven out of 50"
])
def test_part_words_that_are_no_share(text, values):
    assert [(q.value, q.ordinal) for q in claims(text, kind="quantity")] == values


def test_half_a_million_is_a_count():
    q = one("nearly half a million people", "quantity")
    assert (q.value, q.unit, q.qualifier, q.noun) == (500_000, None, "nearly", "people")
    assert one("The city has half a million.", "quantity").value == 500_000  # nothing after it: crashed once


@pytest.mark.parametrize("text, low, high", [
    ("tens of millions of dollars", 1e7, 1e8),
    ("hundreds of thousands of people", 1e5, 1e6),
    ("tens of thousands of homes", 1e4, 1e5),
])
def test_orders_of_magnitude_of_orders_of_magnitude(text, low, high):
    q = one(text, "quantity")
    assert (q.value, q.upper, q.qualifier) == (low, high, "at least")


@pytest.mark.parametrize("text, values", [
    ("from US$89 to $93 billion", [89e9, 93e9]),      # the scale is the range's
    ("1 to 2 thousand people", [1000, 2000]),
    ("ranging from $200 to $4 million", [200, 4e6]),  # not 200 million: a range runs upward
])
def test_a_range_shares_its_scale(text, values):
    assert [q.value for q in claims(text, kind="quantity")] == values


@pytest.mark.parametrize("text, change", [
    ("Shares rose 3% on Monday.", "up"),
    ("The index is poised to drop 0.2%.", "down"),
    ("after plummeting 65%", "down"),
    ("sales are increasing by 4%", "up"),
    ("The Dow +0.2% at noon.", "up"),
    ("A defence that gave up 517 yards", None),      # "up" ending a phrasal verb: no rise
    ("It made up 20% of sales.", None),
    ("Turnout was 64%.", None),
    # named by a noun: before the figure with "of", or after it
    ("The budget seeks an increase of $35 billion.", "up"),
    ("There was a decline of about 300 jobs.", "down"),
    ("It was a sharp 3 percent drop.", "down"),
    ("a $35 billion increase", "up"),
    ("after the fall of 300 soldiers", None),        # an event, not a change
    ("a 30-foot drop", None),                        # a height
    ("a $3 million loss", None),                     # a loss is an amount, not a change in one
    # done to something, by an amount
    ("The brand expects to grow sales by 35 per cent.", "up"),
    ("The bank cut its forecast by $2 billion.", "down"),
    ("Profit was revised upward by $40 million.", "up"),
    ("He was hit by 3 cars.", None),
])
def test_a_change_stated_with_the_figure(text, change):
    assert one(text, "quantity").change == change


def test_a_change_whose_verb_is_left_out_is_the_last_one():
    text = "Shares of Ross were down 2.3%, Burlington by 2.6% and Foot Locker was up 1.9%."
    assert [q.change for q in claims(text, kind="quantity")] == ["down", "down", "up"]
    text = "Shares of Ross were down 2.3%. Sales at Burlington grew, but by 2.6% only."
    assert [q.change for q in claims(text, kind="quantity")][1] is None


def test_a_qualifier_before_a_sign_or_barely():
    q = one("This is about minus 387 Fahrenheit.", "quantity")
    assert (q.text, q.value, q.qualifier) == ("about minus 387 Fahrenheit", -387, "about")
    q = one("It trades on barely 6.5 times earnings.", "quantity")
    assert (q.text, q.qualifier, q.low < 6.5 < q.high) == ("barely 6.5", "barely", True)


def test_one_of_a_number_of_things_counts_nothing_named():
    assert claims("She was one of the two men there.", kind="quantity")[0].noun is None


@pytest.mark.parametrize("text, quoted, value, qualifier", [
    ("Sales tripled last year.", "tripled", 3, None),
    ("Profits more than doubled.", "more than doubled", 2, "more than"),
    ("Its debt was halved.", "halved", 0.5, None),
    ("It received double the 500 it had.", "double", 2, None),
])
def test_a_multiple_said_in_a_word(text, quoted, value, qualifier):
    q = claims(text, kind="quantity")[0]
    assert (q.text, q.value, q.unit, q.qualifier) == (quoted, value, "times", qualifier)


def test_a_multiple_is_no_count():
    assert [q.unit for q in claims("He scored twice. A double room costs $90.", kind="quantity")] == ["USD"]


def test_a_hyphen_left_hanging_takes_the_noun_after_it():
    text = "It offers four-, five- and six-cylinder engines."
    assert [(q.value, q.noun) for q in claims(text, kind="quantity")] == [(4, "cylinder"), (5, "cylinder"), (6, "cylinder")]
    assert [q.noun for q in claims("It has four- or six-cylinder engines.", kind="quantity")] == ["cylinder", "cylinder"]


def test_minus_joined_by_a_hyphen_is_negative():
    q = one("The offense managed minus-5 yards.", "quantity")
    assert (q.value, q.unit) == (-5, "yard")


@pytest.mark.parametrize("text, quoted, feet, low, high", [
    ("He stands 5 feet 11 inches tall.", "5 feet 11 inches", 5 + 11 / 12, 5 + 10.5 / 12, 5 + 11.5 / 12),
    ("The 6ft 7in forward.", "6ft 7in", 6 + 7 / 12, 6 + 6.5 / 12, 6 + 7.5 / 12),
    ("The 6-foot-7 forward scored.", "6-foot-7", 6 + 7 / 12, 6 + 6.5 / 12, 6 + 7.5 / 12),
    ("An artist at 6'7\" tall.", "6'7\"", 6 + 7 / 12, 6 + 6.5 / 12, 6 + 7.5 / 12),
    ("He is 5′ 11″.", "5′ 11″", 5 + 11 / 12, 5 + 10.5 / 12, 5 + 11.5 / 12),
])
def test_a_height_in_feet_and_inches_is_one_length(text, quoted, feet, low, high):
    q = one(text, "quantity")  # the inches are no quantity of their own
    assert (q.text, q.unit) == (quoted, "foot")
    assert q.value == pytest.approx(feet) and (q.low, q.high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize("text, quoted", [
    ("A 10-foot wall and 3 inches of rain.", ["10-foot", "3 inches"]),   # two lengths, not one height
    ("It is 5 feet 14 inches.", ["5 feet", "14 inches"]),                # no inches past eleven
])
def test_feet_and_inches_apart(text, quoted):
    assert [q.text for q in claims(text, kind="quantity")] == quoted


@pytest.mark.parametrize("text, quoted", [
    ("The 6ft 7in (2.01m) forward.", "2.01m"), ("He stands 5 feet 11 inches (1.80 m) tall.", "1.80 m"),
    ("The 37m (121ft)-long skeleton.", "37m"),
])
def test_m_beside_a_length_in_feet_is_metres(text, quoted):
    [q] = [q for q in claims(text, kind="quantity") if q.unit == "meter"]
    assert q.text == quoted


def test_a_bare_m_after_digits_is_no_scale():
    cs = extract_text("He won the 100m final.", date="2024-11-05")  # metres, or millions? not said
    assert [c for c in cs.claims if c.kind == "quantity"] == [] and [u.text for u in cs.unread] == ["100"]


def test_a_range_shares_its_unit():
    first, second = claims("8 to 10 degrees Celsius above normal", kind="quantity")
    assert first.unit == second.unit == "degree_Celsius" and (first.value, second.value) == (8, 10)


def test_a_tilde_is_about():
    q = one("Samples are only ~45g each.", "quantity")
    assert (q.text, q.qualifier, q.low, q.high) == ("~45g", "~", 42.75, 47.25)
    assert [q.qualifier for q in claims("The error was 5~6.", kind="quantity")] == [None, None]


def test_a_change_from_one_figure_to_another_keeps_the_unit_of_the_first():
    first, second = claims("He dropped from 208 pounds to 193 by exercising.", kind="quantity")
    assert (first.unit, second.unit, second.value, second.upper) == ("pound", "pound", 193, None)
    rose, level = claims("Sales rose 5% to 1,200.", kind="quantity")   # no "from": a level, not a percentage
    assert (rose.unit, level.unit) == ("percent", None)


def test_a_change_from_a_range_to_a_figure_keeps_the_unit_of_the_range():
    low, high, later = claims("Mileage rose from about 14-18 mpg to 24 for SUVs.", kind="quantity")
    assert (low.value, low.upper, high.upper, later.value, later.unit) == (14, 18, None, 24, "mile / gallon")
    start, low, high = claims("It expects value to grow from 24.2 to 33-35 billion euros.", kind="quantity")
    assert (low.value, low.upper, low.unit) == (33e9, 35e9, "EUR")  # a hyphen binds closer than "to"


def test_by_one_amount_to_another_is_a_range_when_the_unit_is_written_once():
    first, _ = claims("Temperatures dropped by 1 to 1.5 degrees Celsius.", kind="quantity")
    assert (first.value, first.upper, first.unit) == (1, 1.5, "degree_Celsius")
    amount, _ = claims("It increased by $43.6 billion to $419.2 billion.", kind="quantity")
    assert amount.upper is None


@pytest.mark.parametrize("text, numbers", [
    ("Properties at 49 Zorro Ranch Road and 9 E 71st St were sold.", ["49", "9", "71"]),
    ("a flat at 22 Ave Foch in Paris", ["22"]),
    ("A 1080p screen.", ["1080"]),                                     # a video's lines, not pence or a year
])
def test_street_addresses_and_codes_are_not_counts(text, numbers):
    cs = extract_text(text, date="2024-11-05")
    assert [c for c in cs.claims if c.kind in ("quantity", "temporal")] == []
    assert [u.text for u in cs.unread] == numbers


def test_the_2_st_louis_teams_are_no_address():
    assert one("Fans of the 2 St Louis teams came.", "quantity").value == 2


def test_a_number_joined_to_its_noun_counts_it():
    assert [q.noun for q in claims("a six-cylinder engine and a 12-member panel", kind="quantity")] == ["cylinder", "member"]


def test_ordinals_are_ranks_not_counts():
    ordinals = [(q.value, q.ordinal) for q in claims("its 10th anniversary and the third time", kind="quantity")]
    assert ordinals == [(10, True), (3, True)]


@pytest.mark.parametrize("text, expected", [
    ("on Oct. 22, 2024 the", "2024-10-22"),
    ("dated Monday, Nov. 4, 2024, the", "2024-11-04"),
    ("on 22 October 2024 the", "2024-10-22"),
    ("by September 2025 at", "2025-09"),
    ("in 2019 it", "2019"),
    ("the 1990s were", "199"),
    ("since 2024-10-22 it", "2024-10-22"),
])
def test_absolute_dates_keep_the_precision_written(text, expected):
    t = one(text, "temporal")
    assert t.value == expected and t.anchor is None


def test_dates_without_a_year_take_the_nearest_year_and_say_so():
    t = one("closed on Dec. 19 last", "temporal", date="2025-02-12")
    assert t.value == "2024-12-19" and "2025-02-12" in t.anchor
    assert one("due on May 30.", "temporal", date="2025-05-15").value == "2025-05-30"
    late = one("strikes in late October killed", "temporal")
    assert (late.value, late.mod) == ("2024-10", "END")


def test_date_digits_are_not_quantities():
    assert [q.text for q in claims("On Oct. 22, 2024, in 2019, 12 ships sank.", kind="quantity")] == ["12"]


def test_a_four_digit_count_is_not_a_year():
    assert claims("The firm announced 1500 job cuts.", kind="temporal") == []
    assert one("The firm announced 1500 job cuts.", "quantity").value == 1500


@pytest.mark.parametrize("text, year", [
    ("Stocks fell after the 1987 crash.", "1987"),
    ("Its 1990 invasion of Kuwait ended it.", "1990"),
    ("The company's 1989 operating results were weak.", "1989"),
    ("A 1996 law named for him passed.", "1996"),
])
def test_a_year_after_a_determiner_names_the_year(text, year):
    assert [(t.text, t.value) for t in claims(text, kind="temporal")] == [(year, year)]
    assert claims(text, kind="quantity") == []


@pytest.mark.parametrize("text, kind, value", [
    ("Best known for 1994 memoir, Prozac Nation.", "temporal", "1994"),  # one thing: no count of 1,994
    ("The firm hired 1500 staff.", "quantity", 1500),                   # a plural without its s
    ("There were 2000 people.", "quantity", 2000),
    ("It sold 1994 copies.", "quantity", 1994),
])
def test_a_year_before_a_singular_noun_that_closes_its_phrase(text, kind, value):
    assert [c.value for c in claims(text) if c.kind in ("temporal", "quantity")] == [value]
    assert claims(text)[0].kind == kind


def test_a_count_after_a_determiner_is_no_year():
    assert claims("The 1500 workers left.", kind="temporal") == []   # before 1800: a count
    assert claims("The 1,987 people came.", kind="temporal") == []


@pytest.mark.parametrize("text, date, quoted, value, inferred", [
    ("He was found on Thanksgiving Day clinging to a tube.", "2024-12-10", "Thanksgiving Day", "2024-11-28", "year"),
    ("He was found on Thanksgiving Day clinging to a tube.", "2024-06-10", "Thanksgiving Day", "2023-11-23", "year"),
    ("Last Christmas he came home.", "2024-11-05", "Last Christmas", "2023-12-25", "year"),
    ("Next Easter we will go.", "2024-11-05", "Next Easter", "2025-04-20", "year"),
    ("It snowed on Christmas 2019.", "2024-11-05", "Christmas 2019", "2019-12-25", None),
    ("It was the Fourth of July.", "2024-11-05", "the Fourth of July", "2024-07-04", "year"),
    ("They marched on Memorial Day.", "2024-11-05", "Memorial Day", "2024-05-27", "year"),
    ("Voters go to the polls on Election Day.", "2024-11-01", "Election Day", "2024-11-05", "year"),
    ("Since Valentine's Day 2022 they have met.", "2024-11-05", "Valentine's Day 2022", "2022-02-14", None),
])
def test_holidays_are_the_day_they_fall_on(text, date, quoted, value, inferred):
    t = one(text, "temporal", date=date)
    assert (t.text, t.value, t.inferred) == (quoted, value, inferred)
    assert claims(text, kind="quantity", date=date) == []


def test_a_date_that_refers_back_is_reckoned_from_the_last_date_given():
    text = ("In 1995 he was made a general, and the following year he left. Later that year he returned. "
            "On March 3, 1998, they met; the next day they parted.")
    dated = [(t.text, t.value, t.inferred) for t in claims(text, kind="temporal")]
    assert dated == [("1995", "1995", None), ("the following year", "1996", "anaphora"),
                     ("Later that year", "1996", "anaphora"), ("March 3, 1998", "1998-03-03", None),
                     ("the next day", "1998-03-04", "anaphora")]
    reckoned = [t for t in claims(text, kind="temporal") if t.inferred == "anaphora"]
    assert [t.anchor for t in reckoned] == ["reckoned from '1995', the last date given before it",
                                            "reckoned from 'the following year', the last date given before it",
                                            "reckoned from 'March 3, 1998', the last date given before it"]


def test_a_date_that_refers_back_to_nothing_is_not_reckoned():
    assert claims("That year he sold the house.", kind="temporal") == []
    # with no date before it, "the previous year" counts from the reference date
    assert one("The previous year was bad.", "temporal").value == "2023"


@pytest.mark.parametrize("text, quoted, value, mod", [
    ("She is a 20th century democrat.", "20th century", "19", None),
    ("near the 11th century temple", "the 11th century", "10", None),
    ("In the early nineteenth century, it began.", "the early nineteenth century", "18", "START"),
    ("the twenty-first century", "the twenty-first century", "20", None),
    ("Numbers fell through the nineties.", "the nineties", "199", None),
    ("It held power in the late 1970s.", "the late 1970s", "197", "END"),
    ("It has been so since the '80s.", "the '80s", "198", None),
    ("Sales in fiscal 1989 rose.", "fiscal 1989", "1989", None),
    ("Profit in this year's third quarter fell.", "this year's third quarter", "2024-Q3", None),
    ("Hate groups grew over the past year.", "the past year", "2023", None),
])
def test_centuries_decades_in_words_fiscal_years_and_quarters_of_a_relative_year(text, quoted, value, mod):
    t = one(text, "temporal")
    assert (t.text, t.value, t.mod) == (quoted, value, mod)
    assert claims(text, kind="quantity") == []


def test_two_days_of_one_month_are_two_dates():
    dated = [(t.text, t.value) for t in claims("Talks ran Oct. 22-24 and Nov. 3-5, 2023.", kind="temporal")]
    assert dated == [("Oct. 22", "2024-10-22"), ("24", "2024-10-24"), ("Nov. 3", "2023-11-03"), ("5, 2023", "2023-11-05")]
    assert claims("Talks ran Oct. 22-24.", kind="quantity") == []


@pytest.mark.parametrize("text, quoted, value, mod", [
    ("Sales rose in Q3 2024.", "Q3 2024", "2024-Q3", None),
    ("Sales rose in 2023 Q4.", "2023 Q4", "2023-Q4", None),
    ("guidance for Q1 FY2025", "Q1 FY2025", "2025-Q1", None),
    ("Profit fell in H1 2024.", "H1 2024", "2024-H1", None),
    ("Profit fell in the first half of 2024.", "the first half of 2024", "2024-H1", None),
    ("It rose in the last half of 1989.", "the last half of 1989", "1989-H2", None),
    ("Profit rose in Q3.", "Q3", "2024-Q3", None),                       # the latest third quarter begun
    ("It opens in spring 2025.", "spring 2025", "2025-SP", None),
    ("in the winter of 1994", "the winter of 1994", "1994-WI", None),
    ("by late summer 2023", "late summer 2023", "2023-SU", "END"),
])
def test_quarters_halves_and_seasons_with_their_year(text, quoted, value, mod):
    t = one(text, "temporal")
    assert (t.text, t.value, t.mod) == (quoted, value, mod)
    assert claims(text, kind="quantity") == []


@pytest.mark.parametrize("text, quoted, value", [
    ("Kiptum won the Chicago Marathon in 2:00:35.", "2:00:35", "PT2H35S"),
    ("By 40 kilometres, reached in 1:55:32, a record looked certain.", "1:55:32", "PT1H55M32S"),
    ("She swam it in 0:59:40.5.", "0:59:40.5", "PT59M40.5S"),
])
def test_a_running_time_to_the_second_is_a_duration_not_a_clock(text, quoted, value):
    t = one(text, "temporal")
    assert (t.text, t.type, t.value) == (quoted, "DURATION", value)
    assert [q.text for q in claims(text, kind="quantity") if q.text in ("35", "32", "40.5")] == []
    assert one("The polls closed at 8:30 p.m.", "temporal").type == "TIME"


def test_a_running_time_without_its_hours_is_left_unread_not_read_as_a_clock_or_counts():
    cs = extract_text("He passed five kilometres in 14:24 and 10 kilometres in 29:21.", date="2023-10-09")
    assert [c.text for c in cs.claims] == ["five kilometres", "10 kilometres"]
    assert [(u.text, u.reason) for u in cs.unread] == [
        ("14:24", "a running time ('in 14:24'), not a time of day"),
        ("29", "a time of day or a clock reading"), ("21", "a time of day or a clock reading")]
    # a time of day after "in" still is one with its "p.m."
    assert one("Results come in 10:30 p.m.", "temporal", date="2024-11-05").value == "2024-11-05T22:30"


def test_the_24_hour_clock_after_at_is_a_time_of_day():
    t = one("The meeting will begin at 1900hrs.", "temporal", date="2014-02-20")
    assert (t.text, t.type, t.value) == ("1900hrs", "TIME", "2014-02-20T19:00")
    assert one("The rover has run 1500 hours.", "temporal", date="2014-02-20").value == "PT1500H"


def test_a_duration_before_later_leaves_later_out():
    t = one("Three days later, it ended.", "temporal")
    assert (t.text, t.type, t.value) == ("Three days", "DURATION", "P3D")


@pytest.mark.parametrize("text, quoted, kind, value, mod", [
    ("It took 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M", None),
    ("It took two and a half years.", "two and a half years", "DURATION", "P2Y6M", None),
    ("A minute and a half later it fell.", "A minute and a half", "DURATION", "PT1M30S", None),
    ("It ran 3½ weeks.", "3½ weeks", "DURATION", "P3.5W", None),
    ("Cook it for 40min.", "40min", "DURATION", "PT40M", None),   # abbreviated, onto the digits or not
    ("The race took 2hrs to finish.", "2hrs", "DURATION", "PT2H", None),
    ("The film runs 90 mins.", "90 mins", "DURATION", "PT90M", None),
    ("It took fewer than three days.", "fewer than three days", "DURATION", "P3D", "LESS_THAN"),
    ("The show airs on Tuesday nights.", "Tuesday nights", "SET", "XXXX-WXX-2TNI", None),
    ("The market opens on Mondays.", "Mondays", "SET", "XXXX-WXX-1", None),
    ("It opens on March eighth.", "March eighth", "DATE", "2025-03-08", None),
    ("It opened on the twenty-second of October.", "the twenty-second of October", "DATE", "2024-10-22", None),
    ("He left around 7:15 p.m.", "around 7:15 p.m.", "TIME", "2024-11-05T19:15", "APPROX"),
    ("It opens this coming Sunday, March 8, 2026.", "this coming Sunday, March 8, 2026", "DATE", "2026-03-08", None),
])
def test_halves_recurring_weekdays_days_in_words_and_times_about(text, quoted, kind, value, mod):
    t = one(text, "temporal")
    assert (t.text, t.type, t.value, t.mod) == (quoted, kind, value, mod)
    assert claims(text, kind="quantity") == []


@pytest.mark.parametrize("text, quoted, kind, value, mod", [
    ("The deal closes around Nov. 1.", "around Nov. 1", "DATE", "2024-11-01", "APPROX"),
    ("Rates stay low through 1994 or later.", "1994 or later", "DATE", "1994", "ON_OR_AFTER"),
    ("Growth holds for 2030 and beyond.", "2030 and beyond", "DATE", "2030", "ON_OR_AFTER"),
    ("Losses over the past two quarters grew.", "the past two quarters", "DURATION", "P2Q", None),
    ("Right now the plant is shut.", "Right now", "DATE", "PRESENT_REF", None),
    ("These days the plant is shut.", "These days", "DATE", "PRESENT_REF", None),
    ("It expects gains in the near term.", "the near term", "DATE", "FUTURE_REF", None),
    ("Profit for the full year will rise.", "the full year", "DATE", "2024", None),
    ("Sales in the current fiscal year rose.", "the current fiscal year", "DATE", "2024", None),
    ("It will stay for at least 20 more years.", "at least 20 more years", "DURATION", "P20Y", "EQUAL_OR_MORE"),
    ("It was given an additional year.", "an additional year", "DURATION", "P1Y", None),
    ("The index rose for eight trading days.", "eight trading days", "DURATION", "P8D", None),
])
def test_dates_about_and_open_ended_and_spans_of_quarters(text, quoted, kind, value, mod):
    t = one(text, "temporal")
    assert (t.text, t.type, t.value, t.mod) == (quoted, kind, value, mod)
    assert claims(text, kind="quantity") == []


def test_quarters_of_something_are_a_share_not_a_span():
    assert claims("three quarters of all homes", kind="temporal") == []
    assert one("It rose in 2019 and after that.", "temporal").text == "2019"


def test_a_day_in_words_is_read_only_where_it_ends_the_date():
    # the month, capitalised "In" its cue, and no May 3
    assert [(t.text, t.value) for t in claims("In May third parties won.", kind="temporal")] == [("May", "2024-05")]


@pytest.mark.parametrize("text", ["The Christmas shopping season began.", "over the Thanksgiving weekend",
                                  "the Christmas Day weekend", "on Labour Day"])
def test_a_time_around_a_holiday_is_no_day(text):
    assert claims(text, kind="temporal") == []


@pytest.mark.parametrize("text, year", [("Seas may rise a metre by 2120.", "2120"), ("in 2105", "2105")])
def test_a_year_past_2099_after_a_cue(text, year):
    assert one(text, "temporal").value == year


@pytest.mark.parametrize("text, dates", [
    ("The 2024-25 season starts soon.", [("2024-25", "2024")]),        # a season across two years
    ("in fiscal 2023/24", [("fiscal 2023/24", "2023")]),
    ("In 1990-95 prices fell.", [("1990", "1990"), ("95", "1995")]),   # two years
])
def test_years_joined_by_a_hyphen(text, dates):
    assert [(t.text, t.value) for t in claims(text, kind="temporal")] == dates
    assert claims(text, kind="quantity") == []


def test_a_count_past_2099_is_no_year():
    assert claims("2150 people came.", kind="temporal") == []


@pytest.mark.parametrize("text, value", [
    ("at 10.45pm last night", "2024-11-04T22:45"),     # the day written after the time is its day
    ("at 10.45pm", "2024-11-05T22:45"),
    ("by 5:30 p.m. EST", "2024-11-05T17:30"),
    ("at 7 a.m.", "2024-11-05T07:00"),
])
def test_times_of_day(text, value):
    t = one(text, "temporal")
    assert (t.type, t.value) == ("TIME", value)
    assert claims(text, kind="quantity") == []


@pytest.mark.parametrize("text, value, quoted", [
    ("He spoke at 10 p.m. Wednesday.", "2024-10-30T22:00", "10 p.m. Wednesday"),   # 2024-11-05 is a Tuesday
    ("The deadline passed at noon Thursday.", "2024-10-31T12:00", "noon Thursday"),
    ("They met on Thursday evening.", "2024-10-31TEV", "Thursday evening"),          # TimeML's parts of a day
    ("She said this morning it was over.", "2024-11-05TMO", "this morning"),
    ("Shots were heard last night.", "2024-11-04TNI", "last night"),
    ("It rained yesterday afternoon.", "2024-11-04TAF", "yesterday afternoon"),
])
def test_times_with_their_day(text, value, quoted):
    t = one(text, "temporal")
    assert (t.type, t.value, t.text) == ("TIME", value, quoted)


def test_earlier_is_left_out_of_the_extent_but_kept_as_the_mod():
    t = one("Talks began earlier this week.", "temporal")
    assert (t.text, t.value, t.mod) == ("this week", "2024-W45", "START")


def test_recent_years_is_a_vague_duration():
    t = one("Prices rose in recent years.", "temporal")
    assert (t.type, t.value, t.text) == ("DURATION", "PXY", "recent years")


def test_a_decimal_without_am_or_pm_is_no_time():
    assert claims("It grew 10.45 per cent.", kind="temporal") == []


def test_bare_month_names_need_a_cue():
    assert claims("May is a verb. March organisers met.", kind="temporal") == []
    assert one("an agreement announced in September", "temporal").value == "2024-09"


def test_relative_dates_resolve_against_the_reference_date():
    values = {c.text: c.value for c in claims("yesterday, last week, next month and this year", kind="temporal")}
    assert values == {"yesterday": "2024-11-04", "last week": "2024-W44", "next month": "2024-12", "this year": "2024"}


@pytest.mark.parametrize("text, value", [
    ("In nineteen ninety-six the war ended.", "1996"),          # a year said, as transcripts write it
    ("They met in nineteen oh five.", "1905"),
    ("by the year two thousand and one", "2001"),
    ("sales in the third quarter of 2023 fell", "2023-Q3"),     # a quarter with its year
    ("the 1988 second quarter", "1988-Q2"),
    ("2023's fourth quarter", "2023-Q4"),
])
def test_years_said_and_quarters_with_their_year(text, value):
    assert one(text, "temporal", date="2024-11-05").value == value
    assert claims(text, date="2024-11-05", kind="quantity") == []


def test_a_year_ago_in_a_quarters_results_is_that_quarter_a_year_before():
    text = "Net income rose in the third quarter to $108.8 million from $90.5 million a year ago."
    assert {c.text: c.value for c in claims(text, date="1989-11-01", kind="temporal")} == {
        "the third quarter": "1989-Q3", "a year ago": "1988-Q3"}
    assert one("He left a year ago.", "temporal", date="1989-11-01").value == "1988"


def test_the_year_earlier_quarter_is_the_quarter_named_however_far_back():
    text = ("Profit rose in the third quarter. Sales grew 5%. Costs fell. Margins widened. "
            "In the year-earlier period, it lost $2 million.")
    assert {c.text: c.value for c in claims(text, date="1989-10-26", kind="temporal")} == {
        "the third quarter": "1989-Q3", "the year-earlier period": "1988-Q3"}
    # with no quarter named, a year before; and a bare "a year ago" looks no further than a sentence back
    assert one("In the year-earlier period, it lost $2 million.", "temporal", date="1989-10-26").value == "1988"
    text = "Profit rose in the third quarter. Sales grew 5%. Costs fell. He left a year ago."
    assert claims(text, date="1989-10-26", kind="temporal")[-1].value == "1988"


@pytest.mark.parametrize("text, quoted, value", [
    ("Profit rose from $3 million in the year-ago third quarter.", "the year-ago third quarter", "1988-Q3"),
    ("Profit rose from $3 million in the year-earlier fourth quarter.", "the year-earlier fourth quarter", "1988-Q4"),
    ("Sales rose in the second quarter from the corresponding period last year.",
     "the corresponding period last year", "1988-Q2"),
    ("Profit fell in the quarter, against $4 million in the comparable year-ago quarter.",
     "the comparable year-ago quarter", "1988-Q3"),
    # a year with "quarter" or "period" after it is that year's quarter of the ones named
    ("Profit rose in the third quarter from $3 million in the 1988 quarter.", "the 1988 quarter", "1988-Q3"),
    ("In the second quarter, the 1988 period saw losses.", "the 1988 period", "1988-Q2"),
])
def test_a_quarter_a_year_before_said_with_the_quarter(text, quoted, value):
    assert {c.text: c.value for c in claims(text, date="1989-10-30", kind="temporal")}[quoted] == value


@pytest.mark.parametrize("text", ["In the third quarter, the 1988 period of growth ended.",  # "period of": no quarter
                                  "Sales for the 1988 period were $4 million."])            # no quarter named
def test_a_year_before_period_without_a_quarter_named_is_the_year(text):
    assert [c.value for c in claims(text, date="1989-10-30", kind="temporal")][-1] == "1988"


def test_the_current_quarter_is_the_one_under_way_the_quarter_the_last_completed():
    assert one("Sales in the current quarter began well.", "temporal", date="1989-10-27").value == "1989-Q4"
    assert one("Sales in the quarter fell.", "temporal", date="1989-10-27").value == "1989-Q3"


@pytest.mark.parametrize("text, value", [
    ("President Bush on Tuesday said the talks would go on.", "1990-08-14"),  # "said": the clause is past
    ("The monarch will meet Bush on Thursday.", "1990-08-16"),                # "will": it looks ahead
])
def test_a_lone_weekday_takes_the_way_its_clause_points(text, value):
    assert one(text, "temporal", date="1990-08-15").value == value


@pytest.mark.parametrize("text, date, value", [
    ("The increased dividend will be paid Dec. 14.", "1989-10-26", "1989-12-14"),  # a passive, an adjective: no past
    ("The reduced dividend is payable Jan. 2.", "1989-11-02", "1990-01-02"),       # "payable" looks ahead
    ("The three are expected to join in April.", "1998-12-05", "1999-04"),
    ("Talks are set to resume Monday.", "1998-03-22", "1998-03-23"),
    ("Police have searched for him since the Oct. 23 slaying.", "1999-05-06", "1998-10-23"),  # "since": past
    ("The dividend was paid Dec. 14.", "1989-10-26", "1988-12-14"),
    ("The dividend was increased on Dec. 14.", "1989-10-26", "1988-12-14"),
    # an adjective in un- and -ed is no past; a clause set off in commas speaks of something else
    ("The split would be paid on a still unspecified date in January.", "1989-10-26", "1990-01"),
    ("The sale, which had been expected, is part of a plan to pay the loan by February.", "1989-10-30", "1990-02"),
    ("The plant was unveiled in March.", "1989-10-30", "1989-03"),
    ("The company, which had warned of losses in March, said so.", "1989-10-30", "1989-03"),
    # what is put off, or may come as soon as a day, looks ahead
    ("Officials postponed until Tuesday any action on the permit.", "2000-04-03", "2000-04-04"),
    ("The father could come as soon as Tuesday.", "2000-04-03", "2000-04-04"),
    ("The father could come as early as Tuesday.", "2000-04-03", "2000-04-04"),
    ("INS extended its deadline until Tuesday.", "2000-04-03", "2000-04-04"),   # put off, its object between
    ("He stayed until Tuesday.", "2000-04-03", "2000-03-28"),
    # a deadline with no tense; a plan of the past; "a.m." ends no clause
    ("The INS has given the relatives until Tuesday to sign.", "2000-04-03", "2000-04-04"),
    ("Until Monday, the tunnel was the longest.", "2000-04-05", "2000-04-03"),
    ("The offer had been scheduled to expire Friday.", "1989-10-30", "1989-10-27"),
    ("The offer is scheduled to expire Friday.", "1989-10-30", "1989-11-03"),
    ("He will leave at 4 a.m. EDT Thursday, Castro said.", "2000-04-05", "2000-04-06T04:00"),
    # an aside speaks when its clause says nothing; "by" a date is a deadline only right before it
    ("He succeeds James Taylor, who stepped down as chairman, president and chief executive in March.",
     "1989-11-02", "1989-03"),
    ("Moreover, by setting a Jan. 14 return date, the service followed policy.", "2000-01-16", "2000-01-14"),
    ("But by Monday, officials had hardened their stance.", "2000-04-05", "2000-04-03"),
    # "effective" tells when a decision holds, not when it was taken: the nearest such date
    ("U.S. Trust also created an office of the chairman, effective Feb. 1.", "1989-10-26", "1990-02-01"),
    ("The pay rise, agreed in talks, took hold effective June 1.", "1989-07-26", "1989-06-01"),
])
def test_a_date_without_its_year_takes_the_way_its_clause_points(text, date, value):
    assert one(text, "temporal", date=date).value == value


@pytest.mark.parametrize("text, quoted, kind, value, mod", [
    # a year said, as transcripts write it, after a month or a season
    ("He left in January nineteen ninety-seven.", "January nineteen ninety-seven", "DATE", "1997-01", None),
    ("It hit in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "DATE", "1994-WI", None),
    ("It opened on March 3, nineteen oh five.", "March 3, nineteen oh five", "DATE", "1905-03-03", None),
    # a month capitalised at a sentence's start is still cued; "every" and "each" make it recur
    ("In March, the company announced job cuts.", "March", "DATE", "2024-03", None),
    ("The fair is held every March.", "every March", "SET", "XXXX-03", None),
    ("The fair is held each July.", "each July", "SET", "XXXX-07", None),
    # the part of the day written before the day, and a span left vague
    ("The fire started mid-afternoon yesterday.", "mid-afternoon yesterday", "TIME", "2024-11-04TAF", "MID"),
    ("A week or so ago, the firm cut jobs.", "A week or so ago", "DATE", "2024-W44", None),
    ("By mid-afternoon, sources were saying so.", "mid-afternoon", "TIME", "2024-11-05TAF", "MID"),
    ("The judge will rule at midday, the court said.", "midday", "TIME", "2024-11-05T12:00", None),
    ("A hearing is set for the week of March 6, 2025.", "the week of March 6, 2025", "DATE", "2025-W10", None),
    ("For the year, volume was flat.", "the year", "DATE", "2024", None),
    # spans vague or counted in a bigger unit; decades and centuries in years, as ISO 8601 counts them
    ("Rates may fall in coming weeks.", "coming weeks", "DURATION", "PXW", None),
    ("It profited after several quarters of losses.", "several quarters", "DURATION", "PXQ", None),
    ("Output was flat for two decades.", "two decades", "DURATION", "P20Y", None),
    ("Over the next couple of years, we expect growth.", "the next couple of years", "DURATION", "P2Y", None),
    ("Attacks had become routine over the past decade.", "the past decade", "DURATION", "P10Y", None),
    ("In the past, attacks were rare.", "the past", "DATE", "PAST_REF", None),
])
def test_dates_said_recurring_and_vague(text, quoted, kind, value, mod):
    t = one(text, "temporal")
    assert (t.text, t.type, t.value, t.mod) == (quoted, kind, value, mod)


def test_a_person_named_may_after_and_is_no_month():
    assert claims("And May said no. Brian May played.", kind="temporal") == []


@pytest.mark.parametrize("text", [
    "Ministers Janos Martonyi of Hungary and Jan Kavan of the Czech Republic signed.",  # a given name
    'Baker said on ABC\'s "This Week With David Brinkley" that talks failed.',        # programmes
    "Gonzalez said on CBS's ''60 Minutes.'' ''The way they act,'' he said.",
    "A second group of directors sold shares.",                                        # the ordinal
    "It would be a second betrayal, she said.",
    "It was high noon for the party.",                                                 # no time of day
    "He was named coach of the year.",                                                 # no one year
])
def test_names_titles_and_ordinals_that_look_like_times_are_none(text):
    assert claims(text, kind="temporal") == []


@pytest.mark.parametrize("text, quoted, value", [
    ('"Last week, we met," he said.', "Last week", "2024-W44"),  # a quotation opening on a time
    ('"Now we see it," he said.', "Now", "PRESENT_REF"),
    ("He paused for a second and went on.", "a second", "PT1S"),
    ("The plant reopened in April. Ryan Smith said so.", "April", "2024-04"),
])
def test_times_at_a_quotations_start_or_beside_a_name_are_read(text, quoted, value):
    t = one(text, "temporal")
    assert (t.text, t.value) == (quoted, value)


def test_last_years_quarter_is_the_quarter_in_view_a_year_before():
    found = claims("Profit rose in the third quarter. Sales for last year's quarter were $3 million.",
                   date="1989-11-01", kind="temporal")
    assert [(t.text, t.value) for t in found] == [("the third quarter", "1989-Q3"), ("last year's quarter", "1988-Q3")]


@pytest.mark.parametrize("text, time", [
    ("The offer expires at 5 p.m. EST Nov. 9, 2024.", "2024-11-09T17:00"),
    ("Talks start at 10 a.m. on Tuesday, Nov. 12, 2024.", "2024-11-12T10:00"),  # the date, not last Tuesday
    ("He was held at 5 p.m. on Nov. 1 and freed.", "2024-11-01T17:00"),
    ("He was held at 5 p.m. and freed on Nov. 1.", "2024-11-05T17:00"),        # no date beside it: today
])
def test_a_time_is_on_the_day_written_after_it(text, time):
    assert [t.value for t in claims(text, kind="temporal") if t.type == "TIME"] == [time]


def test_without_a_reference_date_relative_dates_are_unread():
    cs = extract_text("It closed yesterday, on Oct. 22 and on Monday. Founded in 1998.")
    assert [u.text for u in cs.unread] == ["yesterday", "Oct. 22", "Monday"]
    assert {u.reason for u in cs.unread} == {NO_REFERENCE_DATE}
    assert [c.value for c in cs.claims if c.kind == "temporal"] == ["1998"]


@pytest.mark.parametrize("text, day", [
    ("a statement dated Monday, Nov. 4, 2024, said", "Monday"),
    ("on Nov. 4, 2024, a Monday, it", "Monday"),
    ("on Monday (Nov. 4, 2024) it", "Monday"),
])
def test_weekdays_are_tied_to_the_date_beside_them(text, day):
    cs = extract_text(text, date="2024-11-05")
    weekday = next(c for c in cs.claims if c.kind == "weekday")
    date = cs.by_id()[weekday.date]
    assert weekday.day == day and date.value == "2024-11-04"


def test_a_lone_weekday_names_no_date():
    assert one("The strike ends on Saturday.", "weekday").date is None


@pytest.mark.parametrize("text, relation, existence, role, subject", [
    ("The U.S.-led coalition's campaign, an effort ongoing since 2003, went on.", "since", True, "appositive",
     "The U.S.-led coalition's campaign"),
    ("The Suez Canal, in operation since 1889, carries trade.", "since", True, "appositive", "The Suez Canal"),
    ("Acme, founded in 1998, grew.", "founded", False, "appositive", "Acme"),
    ("UNHCR, created by the U.N. General Assembly in 1950, says so.", "created", False, "appositive", "UNHCR"),
    ("Trains run through the Channel Tunnel since it opened in 1991.", "opened", False, "pronoun",
     "Trains run through the Channel Tunnel since"),
    ("the largest the UN has seen since its founding in 1948.", "founding", False, "pronoun",
     "the largest the UN has seen since"),
    ("The tunnel was opened in 1994 by the queen.", "opened", False, "clause", "The tunnel"),
])
def test_dated_relations_find_their_subject(text, relation, existence, role, subject):
    rel = one(text, "entity-date")
    assert (rel.relation, rel.existence, rel.subject.role) == (relation, existence, role)
    assert text[rel.subject.span.start:rel.subject.span.end] == subject


def test_a_date_with_nothing_dating_an_entity_is_no_relation():
    assert claims("The vote was held in 2019 and again in 2023.", kind="entity-date") == []


def test_mentions_need_their_context_words():
    story = "The U.S.-led coalition struck ISIS positions."
    assert [m.entity for m in claims(story, kind="mention")] == ["global-coalition-to-defeat-isis"]
    assert claims("The U.S.-led coalition invaded Iraq in 2003.", kind="mention") == []


def test_acronyms_and_single_words_match_only_as_written():
    assert [m.text for m in claims("The WHO said who was ill.", kind="mention")] == ["WHO"]
    assert [m.text for m in claims("the riksbank and the Riksbank's board", kind="mention")] == ["Riksbank"]
    assert [m.text for m in claims("the suez canal and the Suez Canal's banks", kind="mention")] == [
        "suez canal", "Suez Canal"]


@pytest.mark.parametrize("text, quoted, value", [
    ("The day before last Tuesday's hearing, he left.", "The day before last Tuesday", "2024-10-28"),
    ("The day after the Jan. 5 hearing, he spoke.", "The day after the Jan. 5", "2024-01-06"),
    ("Two days before Christmas, he spoke.", "Two days before Christmas", "2023-12-23"),
    ("It rained a week after Feb. 2, 2024.", "a week after Feb. 2, 2024", "2024-02-09"),
])
def test_a_span_before_or_after_a_date_names_the_day_it_reckons_to(text, quoted, value):
    t = one(text, "temporal")
    assert (t.text, t.value) == (quoted, value)


@pytest.mark.parametrize("text", [
    "He earned $5 a day after Jan. 3.",                           # a rate
    "The poll was taken on Oct. 20, 10 days before the Nov. 5 election.",  # two days and the span, to check
])
def test_a_rate_or_a_span_between_two_dates_is_no_offset(text):
    assert all("after" not in t.text and "before" not in t.text for t in claims(text, kind="temporal"))


def test_results_copy_names_its_year_and_its_latest_period():
    text = "Ralston earned $422.5 million for the year ended Sept. 30. Profit rose in the third quarter. Sales in the latest period were $1.76 billion."
    found = [(t.text, t.type, t.value) for t in claims(text, date="1989-10-26", kind="temporal")]
    assert found == [("the year", "DURATION", "P1Y"), ("Sept. 30", "DATE", "1989-09-30"),
                     ("the third quarter", "DATE", "1989-Q3"), ("the latest period", "DATE", "1989-Q3")]
    # the latest quarter named, not the year-earlier one
    text = "Net rose in the third quarter from $5 million in the year-earlier quarter. Sales in the latest period rose."
    assert claims(text, date="1989-10-26", kind="temporal")[-1].value == "1989-Q3"
    text = "Columbia lost money in the third quarter. For the quarter a year ago, it earned $16.3 million."
    assert claims(text, date="1989-10-26", kind="temporal")[-1].text == "the quarter a year ago"
    assert claims(text, date="1989-10-26", kind="temporal")[-1].value == "1988-Q3"
    # with no quarter named, the latest period is no date
    assert claims("Sales in the latest period were $1.76 billion.", date="1989-10-26", kind="temporal") == []
