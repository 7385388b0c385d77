// marsad dashboard. Untrusted text (titles, article text, actors, URLs) only ever reaches the DOM through
// textContent and createElement; never innerHTML. Map popups get DOM nodes. Links: http/https only.
(function () {
  "use strict";

  var TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
    "Strategic developments"];
  var COLOURS = ["#c0392b", "#e67e22", "#8e44ad", "#2980b9", "#16a085", "#7f8c8d"];
  var FILTERS = ["since", "until", "country", "admin1", "type", "actor", "precision", "min_confidence"];
  var COLUMNS = [
    ["event_date", "date"], ["event_type", "type"], ["sub_event_type", "sub-type"], ["actor1", "actor 1"],
    ["actor2", "actor 2"], ["country", "country"], ["admin1", "admin1"], ["location", "location"],
    ["geo_precision", "precision"], ["fatalities", "fatalities"], ["number_of_sources", "sources"],
    ["confidence", "confidence"], ["review", "review"]];
  var NUMERIC = { geo_precision: 1, fatalities: 1, number_of_sources: 1, confidence: 1 };
  var TABLE_ROWS = 2000;   // rows drawn in the table; the map and the downloads take every event

  var state = { events: [], sort: { key: "event_date", dir: 1 }, selected: null };
  var map, pointLayer, regionLayer, countryLayer, chart;

  // -- small DOM helpers ----------------------------------------------------------------------------
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function $(id) { return document.getElementById(id); }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function safeHref(u) {
    if (typeof u !== "string") return null;
    try {
      var x = new URL(u);
      return (x.protocol === "http:" || x.protocol === "https:") ? x.href : null;
    } catch (e) { return null; }
  }
  function link(url, text) {
    var href = safeHref(url);
    if (!href) return el("span", null, text);
    var a = el("a", null, text);
    a.href = href;
    a.rel = "noopener noreferrer nofollow";
    a.target = "_blank";
    return a;
  }
  function setStatus(msg) { $("status").textContent = msg || ""; }
  function typeIndex(t) { var i = TYPES.indexOf(t); return i < 0 ? 5 : i; }
  function colour(t) { return COLOURS[typeIndex(t)]; }

  // -- filters in the URL -----------------------------------------------------------------------------
  function currentParams() {
    var p = new URLSearchParams(window.location.search), out = new URLSearchParams();
    FILTERS.forEach(function (k) { var v = p.get(k); if (v) out.set(k, v); });
    return out;
  }
  function fillForm(params) {
    FILTERS.forEach(function (k) {
      var input = document.querySelector('#filters [name="' + k + '"]');
      if (input) input.value = params.get(k) || "";
    });
  }
  function readForm() {
    var out = new URLSearchParams();
    FILTERS.forEach(function (k) {
      var input = document.querySelector('#filters [name="' + k + '"]');
      if (input && input.value.trim()) out.set(k, input.value.trim());
    });
    return out;
  }
  function pushParams(params) {
    var q = params.toString();
    window.history.replaceState(null, "", q ? "?" + q : window.location.pathname);
    refresh();
  }

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) {
          var e = (body && body.error) || { code: "http_" + r.status, message: r.statusText };
          throw e;
        }
        return body;
      });
    });
  }
  function showError(e) {
    setStatus("Error [" + (e.code || "error") + "]: " + (e.message || String(e)) + (e.remedy ? " — " + e.remedy : ""));
  }

  // -- data -------------------------------------------------------------------------------------------
  function loadEvents(params) {
    var all = [];
    function page(cursor) {
      var p = new URLSearchParams(params);
      p.set("limit", "5000");
      if (cursor) p.set("cursor", cursor);
      return getJSON("/api/events?" + p.toString()).then(function (body) {
        all = all.concat(body.events);
        if (body.next_cursor && all.length < 50000) return page(body.next_cursor);
        return all;
      });
    }
    return page(null);
  }

  function refresh() {
    var params = currentParams();
    fillForm(params);
    var dl = new URLSearchParams(params); dl.set("download", "true");
    dl.set("format", "csv"); $("dl-csv").href = "/api/events?" + dl.toString();
    dl.set("format", "geojson"); $("dl-geojson").href = "/api/events?" + dl.toString();
    setStatus("loading…");
    return Promise.all([loadEvents(params), getJSON("/api/events/series?" + params.toString())])
      .then(function (res) {
        state.events = res[0];
        setStatus("");
        drawMap(state.events);
        drawTable(state.events);
        drawTimeline(res[1].series);
        document.body.setAttribute("data-loaded", String(Date.now()));
        document.dispatchEvent(new CustomEvent("marsad:loaded"));
      })
      .catch(showError);
  }

  // -- map --------------------------------------------------------------------------------------------
  function initMap() {
    map = L.map("map", { worldCopyJump: true, minZoom: 2, maxZoom: 14 }).setView([30, 30], 3);
    var tiles = document.body.getAttribute("data-tiles-url");
    if (tiles && safeHref(tiles.replace("{s}", "a").replace("{z}", "0").replace("{x}", "0").replace("{y}", "0"))) {
      L.tileLayer(tiles, { maxZoom: 18, attribution: "map tiles: see configuration (tiles_url)" }).addTo(map);
    }
    countryLayer = L.geoJSON(null, { style: { color: "#8a94a6", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 },
      interactive: false }).addTo(map);
    regionLayer = L.geoJSON(null, { style: regionStyle, onEachFeature: onRegion }).addTo(map);
    pointLayer = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40, chunkedLoading: true });
    map.addLayer(pointLayer);
    getJSON("/api/boundaries/countries").then(function (fc) { countryLayer.addData(fc); countryLayer.bringToBack(); })
      .catch(showError);
    addLegend();
  }

  function addLegend() {   // beside the map, never over its points
    (function () {
      var box = $("legend");
      box.appendChild(el("strong", null, "event type:"));
      TYPES.forEach(function (t, i) {
        var row = el("span", "item"); row.appendChild(el("span", "sw t" + i)); row.appendChild(document.createTextNode(t));
        box.appendChild(row);
      });
      box.appendChild(el("br"));
      box.appendChild(el("strong", null, "precision:"));
      [["solid", "1: town (solid)"], ["hollow", "2: near / part of (hollow, halo)"],
        ["region", "3: region only (shaded, never a point)"]].forEach(function (x) {
        var row = el("span", "item"); row.appendChild(el("span", "sw " + x[0])); row.appendChild(document.createTextNode(x[1]));
        box.appendChild(row);
      });
      box.appendChild(el("span", "item muted", "size: fatalities"));
    })();
  }

  var regionCounts = {};
  function regionStyle(f) {
    var n = regionCounts[f.id] || 0;
    return { color: n ? "#8c3b12" : "#b9bfca", weight: n ? 1.5 : 0.6, fillColor: "#b65d2e",
      fillOpacity: n ? Math.min(0.75, 0.25 + 0.12 * n) : 0 };
  }
  function onRegion(f, layer) {
    layer.bindTooltip(function () {
      var box = el("div");
      box.appendChild(el("strong", null, f.properties.name));
      var n = regionCounts[f.id] || 0;
      box.appendChild(el("div", null, n + " event(s) located only to this region"));
      return box;
    });
  }

  function pointSize(f) { return Math.round(13 + Math.min(22, 5 * Math.sqrt(Math.max(0, f || 0)))); }

  function popupFor(ev) {
    return function () {
      var box = el("div", "popup");
      box.appendChild(el("strong", null, ev.sub_event_type));
      box.appendChild(el("div", null, (ev.event_date || "undated") + " · " + (ev.location || ev.admin1 || ev.country || "")));
      box.appendChild(el("div", null, "fatalities: " + (ev.fatalities === null ? "unknown" : ev.fatalities)));
      var more = el("button", null, "details");
      more.type = "button";
      more.addEventListener("click", function () { showDetail(ev.id); });
      box.appendChild(more);
      return box;
    };
  }

  function drawMap(events) {
    pointLayer.clearLayers();
    regionCounts = {};
    var countries = {}, bounds = [], markers = [];
    events.forEach(function (ev) {
      if (ev.country_code) countries[ev.country_code] = 1;
      if (ev.region_level) {
        if (ev.admin1_boundary) regionCounts[ev.admin1_boundary] = (regionCounts[ev.admin1_boundary] || 0) + 1;
        return;   // never a point
      }
      var size = pointSize(ev.fatalities);
      var dot = el("div", "marsad-point p" + (ev.geo_precision === 1 ? 1 : 2) + (ev.review ? " reviewed" : ""));
      dot.setAttribute("data-event-id", ev.id);
      dot.style.width = size + "px"; dot.style.height = size + "px";
      if (ev.geo_precision === 1) dot.style.background = colour(ev.event_type);
      else dot.style.borderColor = colour(ev.event_type);
      var icon = L.divIcon({ html: dot, className: "marsad-icon", iconSize: [size, size] });
      var m = L.marker([ev.latitude, ev.longitude], { icon: icon, title: ev.sub_event_type, keyboard: true });
      m.bindPopup(popupFor(ev));
      markers.push(m);
      bounds.push([ev.latitude, ev.longitude]);
    });
    pointLayer.addLayers(markers);
    drawRegions(Object.keys(countries), events, bounds);
    if (bounds.length) map.fitBounds(bounds, { maxZoom: 8, padding: [30, 30] });
  }

  function drawRegions(codes, events, pointBounds) {
    var list = $("region-list");
    clear(list);
    var byRegion = {};
    events.forEach(function (ev) {
      if (!ev.region_level) return;
      var key = ev.located_only_to || "unknown";
      (byRegion[key] = byRegion[key] || []).push(ev);
    });
    Object.keys(byRegion).sort().forEach(function (name) {
      var li = el("li", null, "located only to " + name + ": ");
      byRegion[name].forEach(function (ev, i) {
        var a = el("a", "region-event", (ev.event_date || "undated") + " " + ev.sub_event_type);
        a.href = "#";
        a.setAttribute("data-event-id", ev.id);
        a.addEventListener("click", function (e) { e.preventDefault(); showDetail(ev.id); });
        if (i) li.appendChild(document.createTextNode("; "));
        li.appendChild(a);
      });
      list.appendChild(li);
    });
    if (!Object.keys(byRegion).length) list.appendChild(el("li", "muted", "none under this filter"));
    regionLayer.clearLayers();
    codes = codes.filter(function (c) { return /^[A-Z]{2}$/.test(c); });
    if (!codes.length) return;
    getJSON("/api/boundaries/admin1?country=" + codes.join(",")).then(function (fc) {
      regionLayer.clearLayers();
      regionLayer.addData(fc);
      var shaded = L.latLngBounds(pointBounds);
      regionLayer.eachLayer(function (layer) {
        var id = layer.feature.id;
        if (regionCounts[id]) shaded.extend(layer.getBounds());
        if (layer.getElement && layer.getElement()) {
          layer.getElement().setAttribute("data-admin1", id);
          if (regionCounts[id]) layer.getElement().classList.add("shaded");
        }
      });
      if (shaded.isValid()) map.fitBounds(shaded, { maxZoom: 8, padding: [30, 30] });   // points and shaded regions
    }).catch(showError);
  }

  // -- timeline (uPlot) ---------------------------------------------------------------------------------
  function day(ts) { return new Date(ts * 1000).toISOString().slice(0, 10); }
  function drawTimeline(series) {
    var box = $("timeline");
    if (chart) { chart.destroy(); chart = null; }
    clear(box);
    if (!series.length) { box.appendChild(el("p", "muted", "no dated events under this filter")); return; }
    var xs = [], ys = [], fs = [];
    series.forEach(function (s) {
      xs.push(Date.parse(s.date + "T00:00:00Z") / 1000); ys.push(s.events); fs.push(s.fatalities);
    });
    if (xs.length === 1) { xs.unshift(xs[0] - 86400); ys.unshift(0); fs.unshift(0); }
    var opts = {
      width: Math.max(300, box.clientWidth - 4), height: 170,
      cursor: { drag: { x: true, y: false, setScale: false } },
      scales: { x: { time: true } },
      series: [{}, { label: "events", stroke: "#2c3e50", fill: "rgba(44,62,80,.15)", points: { show: true } },
        { label: "fatalities", stroke: "#c0392b", scale: "f" }],
      axes: [{}, { label: "events" }, { side: 1, scale: "f", grid: { show: false }, label: "fatalities" }],
      hooks: {
        setSelect: [function (u) {
          if (u.select.width < 3) return;
          var a = u.posToVal(u.select.left, "x"), b = u.posToVal(u.select.left + u.select.width, "x");
          var p = currentParams();
          p.set("since", day(a)); p.set("until", day(b));
          u.setSelect({ left: 0, width: 0, top: 0, height: 0 }, false);
          pushParams(p);
        }]
      }
    };
    chart = new uPlot(opts, [xs, ys, fs], box);
    chart.over.addEventListener("dblclick", function () {
      var p = currentParams(); p.delete("since"); p.delete("until"); pushParams(p);
    });
  }

  // -- table --------------------------------------------------------------------------------------------
  function drawTable(events) {
    var head = document.querySelector("#events thead tr"), body = document.querySelector("#events tbody");
    clear(head); clear(body);
    COLUMNS.forEach(function (c) {
      var th = el("th", null, c[1]);
      th.setAttribute("data-key", c[0]);
      if (state.sort.key === c[0]) th.className = state.sort.dir > 0 ? "sorted-asc" : "sorted-desc";
      th.addEventListener("click", function () {
        state.sort = { key: c[0], dir: state.sort.key === c[0] ? -state.sort.dir : 1 };
        drawTable(state.events);
      });
      head.appendChild(th);
    });
    var k = state.sort.key, d = state.sort.dir;
    var rows = events.slice().sort(function (a, b) {
      var x = a[k], y = b[k];
      if (x === y) return a.id < b.id ? -1 : 1;
      if (x === null || x === undefined) return 1;
      if (y === null || y === undefined) return -1;
      return (x < y ? -1 : 1) * d;
    });
    var shown = rows.slice(0, TABLE_ROWS);
    shown.forEach(function (ev) {
      var tr = el("tr");
      tr.setAttribute("data-event-id", ev.id);
      if (ev.review) tr.setAttribute("data-review", ev.review);
      if (state.selected === ev.id) tr.className = "selected";
      COLUMNS.forEach(function (c) {
        var v = ev[c[0]];
        if (c[0] === "location" && ev.region_level) v = "located only to " + (ev.located_only_to || "?");
        if (c[0] === "number_of_sources" && v === undefined) v = 1;
        tr.appendChild(el("td", NUMERIC[c[0]] ? "num" : null, v === null || v === undefined ? "" : v));
      });
      tr.addEventListener("click", function () { showDetail(ev.id); });
      body.appendChild(tr);
    });
    $("count").textContent = "(" + events.length + (events.length > TABLE_ROWS ?
      "; the first " + TABLE_ROWS + " in this order are shown: narrow the filter, or download them all)" : ")");
  }

  // -- event detail -------------------------------------------------------------------------------------
  function highlighted(text, evidence) {
    // Marks every field's evidence span in the text (nested spans split into segments).
    var spans = (evidence || []).filter(function (s) {
      return s.field !== "sentence" && !s.inferred && s.end > s.start && s.start >= 0 && s.end <= text.length;
    });
    var cuts = [0, text.length];
    spans.forEach(function (s) { cuts.push(s.start, s.end); });
    cuts = cuts.filter(function (v, i, a) { return a.indexOf(v) === i; }).sort(function (a, b) { return a - b; });
    var box = el("div", "source-text"), first = null;
    for (var i = 0; i + 1 < cuts.length; i++) {
      var a = cuts[i], b = cuts[i + 1], seg = text.slice(a, b);
      var fields = spans.filter(function (s) { return s.start <= a && s.end >= b; }).map(function (s) { return s.field; });
      if (!fields.length) { box.appendChild(document.createTextNode(seg)); continue; }
      var m = el("mark", "ev " + fields.map(function (f) { return "f-" + f.replace(/[^\w-]/g, ""); }).join(" "), seg);
      m.title = fields.join(", ");
      m.setAttribute("data-fields", fields.join(" "));
      box.appendChild(m);
      if (!first) first = m;
    }
    return { box: box, first: first };
  }

  function fatalityTable(ev) {
    var t = el("table", "fatalities"), h = el("tr");
    ["source", "low", "best", "high"].forEach(function (x) { h.appendChild(el("th", null, x)); });
    t.appendChild(h);
    (ev.sources || []).forEach(function (s) {
      var tr = el("tr");
      tr.appendChild(el("td", null, s.title || s.doc_id));
      [s.fatalities_low, s.fatalities, s.fatalities_high].forEach(function (v) {
        tr.appendChild(el("td", "num", v === null || v === undefined ? "" : v));
      });
      t.appendChild(tr);
    });
    var tr = el("tr");
    tr.appendChild(el("th", null, "fused"));
    [ev.fatalities_low, ev.fatalities, ev.fatalities_high].forEach(function (v) {
      tr.appendChild(el("th", "num", v === null || v === undefined ? "" : v));
    });
    t.appendChild(tr);
    return t;
  }

  function showDetail(id) {
    state.selected = id;
    document.querySelectorAll("#events tbody tr").forEach(function (tr) {
      tr.className = tr.getAttribute("data-event-id") === id ? "selected" : "";
    });
    var box = $("detail");
    clear(box);
    box.appendChild(el("h2", null, "Event"));
    box.appendChild(el("p", "muted", "loading…"));
    return getJSON("/api/events/" + encodeURIComponent(id)).then(function (ev) {
      clear(box);
      document.dispatchEvent(new CustomEvent("marsad:detail", { detail: ev }));
      box.setAttribute("data-event-id", ev.id);
      box.appendChild(el("h2", null, ev.sub_event_type + " · " + (ev.event_date || "undated")));
      var head = el("div", "detail-head");
      head.appendChild(el("span", "tag", ev.event_type));
      head.appendChild(el("span", "tag", "precision " + (ev.geo_precision || "?")));
      head.appendChild(el("span", "tag sources-count", ev.number_of_sources + " source(s)"));
      box.appendChild(head);
      var where = ev.region_level ? "located only to " + (ev.located_only_to || "?")
        : [ev.location, ev.admin1, ev.country].filter(Boolean).join(", ");
      box.appendChild(el("div", null, "where: " + where));
      box.appendChild(el("div", null, "actors: " + (ev.actor1 || "?") + (ev.actor2 ? " vs " + ev.actor2 : "")));
      box.appendChild(el("div", null, "confidence: " + (ev.confidence === null || ev.confidence === undefined ? "?" : ev.confidence)));
      box.appendChild(el("h3", null, "Fatalities by source"));
      box.appendChild(fatalityTable(ev));
      var legend = el("div", "ev-legend");
      ["event", "event_date", "location", "fatalities", "actor1"].forEach(function (f) {
        var m = el("mark", "ev f-" + f, f.replace("_", " ")); legend.appendChild(m); legend.appendChild(document.createTextNode(" "));
      });
      box.appendChild(el("h3", null, "Sources (evidence highlighted)"));
      box.appendChild(legend);
      return Promise.all((ev.sources || []).map(function (s) {
        var div = el("div", "source");
        var title = el("div");
        title.appendChild(link(s.url, s.title || s.doc_id));
        div.appendChild(title);
        div.appendChild(el("div", "muted", [s.published, s.site, s.location, "fatalities " + (s.fatalities === null ? "?" : s.fatalities)]
          .filter(Boolean).join(" · ")));
        box.appendChild(div);
        return getJSON("/api/documents/" + encodeURIComponent(s.doc_id)).then(function (doc) {
          div.appendChild(highlighted(doc.text || "", s.evidence).box);
        });
      }));
    }).catch(showError);
  }

  // -- panels -------------------------------------------------------------------------------------------
  function simpleTable(columns, rows) {
    var t = el("table"), h = el("tr");
    columns.forEach(function (c) { h.appendChild(el("th", null, c[1])); });
    t.appendChild(h);
    rows.forEach(function (r) {
      var tr = el("tr");
      columns.forEach(function (c) {
        var v = typeof c[0] === "function" ? c[0](r) : r[c[0]];
        tr.appendChild(el("td", null, v === null || v === undefined ? "" : v));
      });
      t.appendChild(tr);
    });
    return t;
  }
  function panel(id, url, render) {
    var body = document.querySelector("#" + id + " .body");
    return getJSON(url).then(function (data) { clear(body); body.appendChild(render(data)); })
      .catch(function (e) { clear(body); body.appendChild(el("p", "muted", (e && e.message) || "not available")); });
  }
  function loadPanels() {
    panel("panel-claims", "/api/claims?kind=aggregate&limit=200", function (d) {
      if (!d.claims.length) return el("p", "muted", "no aggregate claims stored");
      return simpleTable([["text", "claim"], ["claimant", "claimant"],
        [function (r) { return (r.period_start || "?") + " – " + (r.period_end || "?"); }, "period"],
        [function (r) { return (r.scope && r.scope.place) || ""; }, "place"],
        ["quantity", "claimed"], ["marsad_events", "marsad events"], ["marsad_fatalities", "marsad fatalities"]], d.claims);
    });
    panel("panel-quotes", "/api/quotes?summary=true", function (d) {
      if (!d.by_speaker.length) return el("p", "muted", "no quotes stored");
      return simpleTable([[function (r) { return r.speaker || "(unnamed)"; }, "speaker"], ["anonymity", "anonymity"],
        ["quotes", "quotes"]], d.by_speaker);
    });
    panel("panel-drivers", "/api/drivers?quotes=1", function (d) {
      if (!d.drivers.length) return el("p", "muted", "no causal claims stored");
      return simpleTable([["label", "driver"], ["region", "region"], ["period", "period"], ["sources", "sources"],
        [function (r) { return (r.claimants || []).join("; "); }, "claimants"]], d.drivers);
    });
    panel("panel-trends", "/api/trends?level=admin1", function (d) {
      var box = el("div");
      box.appendChild(el("p", "muted", "change test, " + d.before.label + " → " + d.after.label + " (rate ratio, Benjamini–Hochberg q)"));
      if (!d.trends.length) { box.appendChild(el("p", "muted", "no events in either period")); return box; }
      box.appendChild(simpleTable([["unit", "unit"], ["country", "country"], ["before", "before"], ["after", "after"],
        ["rate_ratio", "ratio"], ["q_value", "q"], ["direction", "change"],
        ["flags", "flags"]], d.trends));
      return box;
    });
  }

  // -- start ----------------------------------------------------------------------------------------------
  function start() {
    var sel = $("f-type");
    TYPES.forEach(function (t) { var o = el("option", null, t); o.value = t; sel.appendChild(o); });
    $("filters").addEventListener("submit", function (e) { e.preventDefault(); pushParams(readForm()); });
    $("reset").addEventListener("click", function () { pushParams(new URLSearchParams()); });
    initMap();
    refresh();
    loadPanels();
  }
  window.marsad = { showDetail: showDetail, refresh: refresh, getJSON: getJSON, showError: showError, el: el,
    clear: clear, setStatus: setStatus };   // for review.js
  document.addEventListener("DOMContentLoaded", start);
})();
