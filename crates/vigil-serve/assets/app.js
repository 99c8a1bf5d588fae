// vigil dashboard: plain JS + SVG, no build step, no network beyond this server.
"use strict";

const $ = (id) => document.getElementById(id);
const SVGNS = "http://www.w3.org/2000/svg";
const PAGE = 50;
const MAP_W = 960, MAP_H = 480;
// ACLED event types (shared/taxonomy.md); types seen in the data are added.
const EVENT_TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians",
  "Protests", "Riots", "Strategic developments"];
// Natural Earth short names that differ from the gazetteer's country names.
const NE_ALIASES = {
  "Dem. Rep. Congo": "Democratic Republic of the Congo", "Central African Rep.": "Central African Republic",
  "S. Sudan": "South Sudan", "Bosnia and Herz.": "Bosnia and Herzegovina", "Dominican Rep.": "Dominican Republic",
  "Eq. Guinea": "Equatorial Guinea", "W. Sahara": "Western Sahara", "Côte d'Ivoire": "Ivory Coast",
  "United States of America": "United States", "Solomon Is.": "Solomon Islands", "Palestine": "Palestinian Territory",
  "Myanmar": "Myanmar", "Somaliland": "Somalia", "N. Cyprus": "Cyprus", "eSwatini": "Eswatini",
};

const state = { offset: 0, total: 0, world: null, countries: [], openId: null, view: null, seq: 0 };

// ---------- helpers ----------
function el(tag, attrs, ...kids) {
  const ns = ["svg", "path", "circle", "g", "rect", "line", "text", "title"].includes(tag);
  const e = ns ? document.createElementNS(SVGNS, tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "onclick") e.addEventListener("click", v);
    else if (k === "text") e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const k of kids) if (k !== null && k !== undefined) e.append(k);
  return e;
}
const fmt = (n) => (n === null || n === undefined) ? "–" : Number(n).toLocaleString("en-US");
const esc = (s) => s === null || s === undefined ? "" : String(s);

let pending = 0;
function busy(delta) {
  pending += delta;
  document.body.dataset.pending = String(pending);
}
async function api(path) {
  busy(1);
  try {
    const r = await fetch(path);
    const body = await r.json().catch(() => ({ error: "unreadable response" }));
    if (!r.ok) throw new Error(body.error || ("HTTP " + r.status));
    return body;
  } finally { busy(-1); }
}

function filterParams(withKind) {
  const p = new URLSearchParams();
  const set = (k, v) => { if (v && v.trim()) p.set(k, v.trim()); };
  set("country", $("f-country").value);
  set("actor", $("f-actor").value);
  set("type", $("f-type").value);
  set("since", $("f-since").value);
  set("until", $("f-until").value);
  if (withKind) p.set("kind", $("f-kind").value);
  return p;
}

// ---------- TopoJSON → SVG paths (equirectangular) ----------
const px = (lon) => (lon + 180) / 360 * MAP_W;
const py = (lat) => (90 - lat) / 180 * MAP_H;

function decodeArcs(topo) {
  const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
  return topo.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
}

function ringPath(arcs, ring) {
  let d = "", prev = null;
  ring.forEach((i, n) => {
    let pts = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
    if (n > 0) pts = pts.slice(1);
    for (const [lon, lat] of pts) {
      // A jump across the antimeridian (Russia, Fiji) starts a new piece
      // instead of drawing a line across the whole map.
      const cmd = d === "" || (prev !== null && Math.abs(lon - prev) > 180) ? "M" : "L";
      d += cmd + px(lon).toFixed(1) + " " + py(lat).toFixed(1);
      prev = lon;
    }
  });
  return d + "Z";
}

function countryShapes(topo) {
  const arcs = decodeArcs(topo);
  return topo.objects.countries.geometries.map((g) => {
    const polys = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
    const d = polys.map((rings) => rings.map((r) => ringPath(arcs, r)).join("")).join("");
    const name = (g.properties && g.properties.name) || "";
    return { name, canonical: NE_ALIASES[name] || name, d };
  });
}

// ---------- map ----------
function drawMap(items, countryRows) {
  const host = $("map");
  host.textContent = "";
  const svg = el("svg", { viewBox: `0 0 ${MAP_W} ${MAP_H}`, role: "img", "aria-label": "Map of events",
    preserveAspectRatio: "xMidYMid meet" });
  const grat = el("g", {});
  for (let lon = -150; lon <= 150; lon += 30) grat.append(el("line", { class: "graticule", x1: px(lon), x2: px(lon), y1: 0, y2: MAP_H }));
  for (let lat = -60; lat <= 60; lat += 30) grat.append(el("line", { class: "graticule", y1: py(lat), y2: py(lat), x1: 0, x2: MAP_W }));
  svg.append(grat);
  const byName = new Map(countryRows.map((c) => [c.country.toLowerCase(), c]));
  const selected = $("f-country").value.toLowerCase();
  const land = el("g", {});
  for (const s of state.world || []) {
    const row = byName.get(s.canonical.toLowerCase()) || byName.get(s.name.toLowerCase());
    const cls = "country" + (row ? " has" : "") + (selected && row && row.country.toLowerCase() === selected ? " selected" : "");
    const p = el("path", { class: cls, d: s.d, "data-name": row ? row.country : s.canonical });
    p.addEventListener("mousemove", (ev) => tip(ev, row ? `<b>${h(row.country)}</b><br>${fmt(row.events)} events · ${fmt(row.claims)} claims · ${fmt(row.fatalities)} deaths` : h(s.canonical)));
    p.addEventListener("mouseleave", untip);
    p.addEventListener("click", () => {
      if (!row) return;
      $("f-country").value = $("f-country").value === row.country ? "" : row.country;
      refresh();
    });
    land.append(p);
  }
  svg.append(land);
  const dots = el("g", {});
  const located = items.filter((i) => i.latitude !== null && i.longitude !== null);
  for (const i of located) {
    const r = 2.2 + Math.min(6, Math.sqrt(i.fatalities || 0));
    const c = el("circle", { class: "ev" + (i.kind === "claim" ? " claim" : ""), cx: px(i.longitude).toFixed(2),
      cy: py(i.latitude).toFixed(2), r: r, "data-r": r, "data-id": i.id });
    c.addEventListener("mousemove", (ev) => tip(ev, `<b>${h(i.sub_event_type || i.event_type || i.kind)}</b><br>${h(i.date || "undated")} · ${h([i.location, i.country].filter(Boolean).join(", "))}${i.fatalities ? "<br>" + fmt(i.fatalities) + " killed" : ""}`));
    c.addEventListener("mouseleave", untip);
    c.addEventListener("click", () => openDetail(i.id));
    dots.append(c);
  }
  svg.append(dots);
  host.append(svg);
  state.located = located;
  setView(state.view || "fit");
  $("map-note").textContent = `${fmt(located.length)} located of ${fmt(items.length)} shown` +
    (state.total > items.length ? ` (newest ${fmt(items.length)} of ${fmt(state.total)})` : "");
}

// Zooms to the events (theatres are small on a world map) or to the world.
function setView(mode) {
  state.view = mode;
  const svg = $("map").querySelector("svg");
  if (!svg) return;
  let [x0, y0, w, hgt] = [0, 20, MAP_W, MAP_H - 80];
  const pts = state.located || [];
  if (mode === "fit" && pts.length) {
    const xs = pts.map((i) => px(i.longitude)), ys = pts.map((i) => py(i.latitude));
    let minx = Math.min(...xs), maxx = Math.max(...xs), miny = Math.min(...ys), maxy = Math.max(...ys);
    // At least ~25° wide so a single town still shows its country and neighbours.
    w = Math.max(maxx - minx, 66) * 1.35; hgt = Math.max(maxy - miny, 33) * 1.45;
    if (w / hgt > 2) hgt = w / 2; else w = hgt * 2;
    x0 = (minx + maxx) / 2 - w / 2; y0 = (miny + maxy) / 2 - hgt / 2;
  }
  svg.setAttribute("viewBox", `${x0.toFixed(1)} ${y0.toFixed(1)} ${w.toFixed(1)} ${hgt.toFixed(1)}`);
  // Keep dots the same size on screen whatever the zoom.
  const k = w / MAP_W;
  for (const c of svg.querySelectorAll("circle.ev")) c.setAttribute("r", (Number(c.dataset.r) * k * 1.4).toFixed(3));
}

// ---------- theatres ----------
function drawTheatres(rows) {
  const tb = $("theatres").querySelector("tbody");
  tb.textContent = "";
  const top = rows.slice().sort((a, b) => b.events - a.events || b.claims - a.claims).slice(0, 10);
  const max = Math.max(1, ...top.map((c) => c.events));
  for (const c of top) {
    const tr = el("tr", { "data-country": c.country, title: "Filter to " + c.country },
      el("td", { text: c.country }), el("td", { class: "num", text: fmt(c.events) }),
      el("td", { class: "num", text: fmt(c.fatalities) }), el("td", { class: "num", text: fmt(c.claims) }),
      el("td", {}, el("div", { class: "spark", style: `width:${(100 * c.events / max).toFixed(1)}%` })));
    tr.addEventListener("click", () => { $("f-country").value = $("f-country").value === c.country ? "" : c.country; refresh(); });
    tb.append(tr);
  }
  if (!top.length) tb.append(el("tr", {}, el("td", { class: "empty", colspan: 5, text: "No located events for these filters." })));
  $("theatre-note").textContent = rows.length > top.length ? `top ${top.length} of ${rows.length} countries` : `${rows.length} ${rows.length === 1 ? "country" : "countries"}`;
}

// ---------- tooltip ----------
function h(s) { return esc(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c])); }
function tip(ev, html) {
  const t = $("tooltip");
  t.innerHTML = html; t.hidden = false;
  t.style.left = (ev.clientX + 14) + "px"; t.style.top = (ev.clientY + 12) + "px";
}
function untip() { $("tooltip").hidden = true; }

// ---------- trends ----------
// Clicking a series' name narrows every view to it, when a filter exists
// for what the series is grouped by.
function filterToGroup(by, key) {
  if (by === "actor") { $("f-actor").value = key; refresh(); return; }
  if (by === "country" && [...$("f-country").options].some((o) => o.value === key)) { $("f-country").value = key; refresh(); }
}

const TREND_WHAT = { country: "largest theatres", actor: "most active actors", admin1: "busiest provinces" };

function drawTrends(data) {
  const host = $("trends");
  host.textContent = "";
  if (!data.series.length) { host.append(el("p", { class: "note", text: "No dated events for these filters." })); return; }
  for (const s of data.series) {
    const res = s.resurgence;
    const sig = res ? res.signal : "none";
    const pv = (p) => p < 0.001 ? "<0.001" : p.toFixed(3);
    const label = !res ? "too short to test"
      : sig === "insufficient" ? "too few to test"
      : ({ rising: "▲ rising", falling: "▼ falling", stable: "no significant change" }[sig] || sig) + ` · p = ${pv(res.q_value)}`;
    const unit = $("f-kind").value === "claim" ? "claims" : "events";
    const head = el("div", { class: "trend-head" },
      el("span", {}, el("span", { class: "k", text: s.key, title: "Filter to " + s.key, onclick: () => filterToGroup(data.by, s.key) }),
        el("span", { class: "note", text: ` ${fmt(s.total)} ${unit}` })),
      el("span", { class: "badge " + sig, title: res ? res.summary : "", text: label }));
    const max = Math.max(1, ...s.points.map((p) => p.count));
    // Left margin wide enough for the largest count label.
    const W = 400, H = 86, L = 10 + 6.5 * fmt(max).length, B = 16, T = 6;
    const n = s.points.length, bw = (W - L) / Math.max(n, 1);
    const win = res ? Math.min(n, res.window_periods) : 0, base = res ? Math.min(n - win, res.baseline_periods) : 0;
    const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: "none", role: "img",
      "aria-label": `${s.key}: ${s.total} ${unit} over ${n} ${data.period}s` });
    if (base) svg.append(el("rect", { class: "baseline", x: L + (n - win - base) * bw, y: T, width: base * bw, height: H - B - T }));
    if (win) svg.append(el("rect", { class: "window " + sig, x: L + (n - win) * bw, y: T, width: win * bw, height: H - B - T }));
    s.points.forEach((p, i) => {
      const bh = (H - B - T) * p.count / max;
      const bar = el("rect", { class: "bar" + (i >= n - win ? " recent " + sig : ""), x: (L + i * bw + bw * 0.1).toFixed(2),
        y: (H - B - bh).toFixed(2), width: Math.max(0.5, bw * 0.8).toFixed(2), height: bh.toFixed(2) });
      bar.append(el("title", { text: `${data.period} of ${p.start}: ${p.count} ${unit}` }));
      svg.append(bar);
    });
    svg.append(el("line", { class: "axis", x1: L, x2: W, y1: H - B, y2: H - B }));
    svg.append(el("line", { class: "axis", x1: L, x2: L, y1: T, y2: H - B }));
    svg.append(el("text", { x: L - 4, y: T + 8, "text-anchor": "end", text: fmt(max) }));
    svg.append(el("text", { x: L - 4, y: H - B, "text-anchor": "end", text: "0" }));
    if (n) {
      svg.append(el("text", { x: L, y: H - 3, text: s.points[0].start }));
      svg.append(el("text", { x: W, y: H - 3, "text-anchor": "end", text: s.points[n - 1].start }));
    }
    host.append(el("div", { class: "trend", "data-key": s.key }, head, svg));
  }
}

// ---------- table ----------
function drawTable(page) {
  const tb = $("events-table").querySelector("tbody");
  tb.textContent = "";
  const kind = $("f-kind").value;
  $("table-title").textContent = kind === "claim" ? "Claims" : "Events";
  if (!page.items.length) {
    tb.append(el("tr", {}, el("td", { class: "empty", colspan: 7, text: "Nothing matches these filters." })));
  }
  for (const i of page.items) {
    const actors = [i.actor1, i.actor2].filter(Boolean).join(" vs ");
    const tr = el("tr", { "data-id": i.id, class: state.openId === i.id ? "open" : null, title: i.text },
      el("td", { text: i.date || "–" }),
      el("td", { text: esc(i.country) || "–" }),
      el("td", { text: esc(i.location || i.admin1) || "–" }),
      el("td", { text: esc(i.sub_event_type || i.event_type) || (kind === "claim" ? "claim" : "–") }),
      el("td", { text: actors || "–" }),
      el("td", { class: "num", text: i.fatalities === null ? "–" : fmt(i.fatalities) }),
      el("td", {}, esc(i.source || i.publisher) || "–",
        i.reports > 1 ? el("span", { class: "reports", title: "reports merged into this event", text: ` · ${i.reports} reports` }) : null));
    tr.addEventListener("click", () => openDetail(i.id));
    tb.append(tr);
  }
  const from = page.total ? page.offset + 1 : 0, to = page.offset + page.items.length;
  $("table-count").textContent = `${fmt(from)}–${fmt(to)} of ${fmt(page.total)}`;
  $("p-prev").disabled = page.offset === 0;
  $("p-next").disabled = to >= page.total;
}

// ---------- detail ----------
async function openDetail(id) {
  state.openId = id;
  for (const tr of document.querySelectorAll("#events-table tbody tr")) tr.classList.toggle("open", Number(tr.dataset.id) === id);
  const body = $("d-body");
  body.textContent = "loading…";
  $("detail").hidden = false;
  writeHash();
  let d;
  try { d = await api("/api/events/" + encodeURIComponent(id)); } catch (e) { body.textContent = "Could not load: " + e.message; return; }
  if (state.openId !== id) return;
  const e = d.event;
  body.textContent = "";
  body.dataset.id = String(e.id);
  const where = [e.location, e.admin1, e.country].filter(Boolean).join(", ");
  body.append(el("h3", { text: e.sub_event_type || e.event_type || (e.kind === "claim" ? "Claim" : "Event") }));
  body.append(el("div", { class: "sub", text: [e.date ? e.date + (e.date_precision && e.date_precision !== "day" ? ` (±${e.date_precision})` : "") : "undated", where || "unlocated"].join(" · ") }));
  const nReports = 1 + d.merged.length;
  body.append(el("h4", { text: (d.sentences.length > 1 ? `Sentences (${d.sentences.length})` : "Sentence") +
    (nReports > 1 ? ` · ${nReports} reports` : "") }));
  const pubOf = new Map(d.sources.map((s) => [s.article_id, s]));
  for (const s of d.sentences) {
    const src = pubOf.get(s.article_id);
    body.append(el("blockquote", { class: "sentence", "data-record": s.record_id }, s.text,
      el("span", { class: "by", text: "— " + ((src && (src.publisher || src.title)) || "article " + s.article_id.slice(0, 8)) + (src && src.published ? ", " + src.published : "") })));
  }
  body.append(el("h4", { text: "Attribution" }));
  body.append(el("dl", {},
    el("dt", { text: "According to" }), el("dd", { text: d.attribution.source || "not attributed in the text" }),
    el("dt", { text: "Reported by" }), el("dd", { text: d.attribution.publisher || "unknown outlet" })));
  body.append(el("h4", { text: "Details" }));
  const fat = e.fatalities_low !== null && e.fatalities_high !== null && e.fatalities_low !== e.fatalities_high
    ? `${fmt(e.fatalities)} (reported ${fmt(e.fatalities_low)}–${fmt(e.fatalities_high)})` : fmt(e.fatalities);
  const rows = [["Kind", e.kind], ["Type", [e.event_type, e.sub_event_type].filter(Boolean).join(" / ") || "–"],
    ["Actor 1", e.actor1 || "–"], ["Actor 2", e.actor2 || "–"], ["Deaths", fat], ["Wounded", fmt(e.wounded)],
    ["Detained", fmt(e.detained)], ["Place", where ? `${where} (${e.geo_precision || "?"})` : "–"],
    ["Coordinates", e.latitude !== null ? `${e.latitude.toFixed(3)}, ${e.longitude.toFixed(3)}` : "–"],
    ["CAMEO", e.cameo || "–"], ["Confidence", e.confidence.toFixed(2)], ["Record id", String(e.id) + (e.event_id !== null ? ` · event ${e.event_id}` : "")]];
  body.append(el("dl", {}, ...rows.flatMap(([k, v]) => [el("dt", { text: k }), el("dd", { text: v })])));
  body.append(el("h4", { text: `Sources (${d.sources.length})` }));
  body.append(el("ul", {}, ...d.sources.map((s) => el("li", {},
    el("b", { text: s.publisher || "unknown outlet" }), s.published ? " · " + s.published : "", el("br"),
    // Only web links become anchors: a `javascript:` URL from an ingested
    // feed must not run in the analyst's browser.
    s.url && /^https?:\/\//i.test(s.url) ? el("a", { href: s.url, rel: "noreferrer noopener", target: "_blank", text: s.title || s.url })
      : (s.title || s.url || "article " + s.article_id.slice(0, 12))))));
  if (d.merge && d.merge.per_source && d.merge.per_source.length > 1) {
    body.append(el("h4", { text: "Casualty figures by source" }));
    body.append(el("ul", {}, ...d.merge.per_source.map((p) => el("li", {},
      el("b", { text: p.source }), ": " + (p.fatalities === null ? "no figure" : fmt(p.fatalities) + " killed") +
      (p.low !== null && p.high !== null && p.low !== p.high ? ` (range ${fmt(p.low)}–${fmt(p.high)})` : "")))));
  }
  body.append(el("h4", { text: `Merged reports (${d.merged.length})` }));
  if (!d.merged.length) body.append(el("p", { class: "note", text: "No other report of this incident was merged with this one." }));
  else body.append(el("ul", {}, ...d.merged.map((m) => el("li", {},
    el("a", { href: "#", onclick: (ev) => { ev.preventDefault(); openDetail(m.id); }, text: `#${m.id}` }),
    ` ${m.publisher || ""} · ${m.date || "undated"}${m.fatalities === null ? "" : " · " + fmt(m.fatalities) + " killed"}`,
    ...(d.merge ? d.merge.links.filter((l) => l.report === m.id || l.matched === m.id).slice(0, 1).map((l) => el("div", { class: "note",
      text: `why: ${l.comparison.distance_km === null ? "no coordinates" : l.comparison.distance_km.toFixed(1) + " km apart"}, ` +
        `${l.comparison.day_gap} day(s) apart, score ${l.comparison.score.toFixed(2)}` })) : [])))));
  if (d.merge && d.merged.length) body.append(el("p", { class: "note", text: "Merge rule: " + d.merge.rule }));
}
function closeDetail() {
  $("detail").hidden = true; state.openId = null;
  writeHash();
  for (const tr of document.querySelectorAll("#events-table tbody tr.open")) tr.classList.remove("open");
}

// ---------- loading ----------
async function loadTable() {
  const p = filterParams(true);
  p.set("limit", PAGE); p.set("offset", state.offset);
  const page = await api("/api/events?" + p);
  state.total = page.total;
  drawTable(page);
}

// The view (filters and open event) lives in the URL hash, so a view can be
// bookmarked or sent to a colleague: #country=Iraq&kind=event&event=42
const HASH_FIELDS = { country: "f-country", actor: "f-actor", type: "f-type", kind: "f-kind", since: "f-since", until: "f-until", trend: "t-by" };
function writeHash() {
  const p = new URLSearchParams();
  for (const [k, id] of Object.entries(HASH_FIELDS)) {
    const v = $(id).value;
    if (v && !(k === "kind" && v === "event") && !(k === "trend" && v === "country")) p.set(k, v);
  }
  if (state.openId !== null) p.set("event", state.openId);
  const h = p.toString();
  history.replaceState(null, "", h ? "#" + h : location.pathname);
}
function readHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  for (const [k, id] of Object.entries(HASH_FIELDS)) {
    const v = p.get(k);
    if (v === null) continue;
    const e = $(id);
    // A country missing from the list still filters (the API decides).
    if (e.tagName === "SELECT" && ![...e.options].some((o) => o.value === v)) e.append(el("option", { value: v, text: v }));
    e.value = v;
  }
  const ev = Number(p.get("event"));
  return Number.isInteger(ev) && ev > 0 ? ev : null;
}

async function refresh() {
  writeHash();
  const seq = ++state.seq;
  $("f-error").textContent = "";
  state.offset = 0;
  const p = filterParams(true);
  const mp = new URLSearchParams(p); mp.set("limit", "1000");
  const by = $("t-by").value;
  const tp = new URLSearchParams(p); tp.set("by", by); tp.set("top", "6");
  $("t-what").textContent = TREND_WHAT[by] || by;
  // "auto": weekly unless that gives more than two years of bars.
  const period = $("t-period").value;
  tp.set("period", period === "auto" ? "week" : period);
  try {
    const [mapPage, countries, trends] = await Promise.all([
      api("/api/events?" + mp), api("/api/countries?" + filterParams(false)), api("/api/trends?" + tp), loadTable()]);
    if (seq !== state.seq) return; // a newer filter change won the race
    const active = countries.filter((c) => c.events > 0 || c.claims > 0);
    drawMap(mapPage.items, active);
    drawTheatres(active);
    let tr = trends;
    if (period === "auto" && tr.series.length && tr.series[0].points.length > 104) {
      tp.set("period", "month");
      tr = await api("/api/trends?" + tp);
      if (seq !== state.seq) return;
    }
    drawTrends(tr);
  } catch (e) {
    $("f-error").textContent = e.message;
  }
}

async function init() {
  try {
    const [topo, countries, sources, actors, evTotal, clTotal] = await Promise.all([
      api("/world-110m.json"), api("/api/countries"), api("/api/sources"), api("/api/trends?by=actor&top=100"),
      api("/api/events?limit=0"), api("/api/claims?limit=0")]);
    state.world = countryShapes(topo);
    state.countries = countries;
    const sel = $("f-country");
    for (const c of countries) sel.append(el("option", { value: c.country, text: `${c.country} (${fmt(c.events)})` }));
    const types = new Set(EVENT_TYPES);
    const ts = $("f-type");
    for (const t of types) ts.append(el("option", { value: t, text: t }));
    const dl = $("actor-list");
    for (const s of actors.series) dl.append(el("option", { value: s.key }));
    const ev = evTotal.total, cl = clTotal.total;
    $("summary").innerHTML = `<b>${fmt(ev)}</b> events · <b>${fmt(cl)}</b> claims · <b>${fmt(countries.length)}</b> countries · <b>${fmt(sources.length)}</b> sources`;
  } catch (e) {
    $("summary").textContent = "Could not load: " + e.message;
  }
  for (const id of ["f-country", "f-type", "f-kind", "f-since", "f-until", "t-period", "t-by"]) $(id).addEventListener("change", refresh);
  let t = null;
  $("f-actor").addEventListener("input", () => { clearTimeout(t); t = setTimeout(refresh, 300); });
  $("f-reset").addEventListener("click", () => { $("filters").reset(); $("f-kind").value = "event"; refresh(); });
  $("p-prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); loadTable().catch((e) => { $("f-error").textContent = e.message; }); });
  $("p-next").addEventListener("click", () => { state.offset += PAGE; loadTable().catch((e) => { $("f-error").textContent = e.message; }); });
  $("d-close").addEventListener("click", closeDetail);
  document.addEventListener("keydown", (e) => { if (e.key === "Escape") closeDetail(); });
  $("map-world").addEventListener("click", () => setView("world"));
  $("map-fit").addEventListener("click", () => setView("fit"));
  const linked = readHash();
  await refresh();
  if (linked !== null) await openDetail(linked);
  document.body.dataset.ready = "1";
}

init();
