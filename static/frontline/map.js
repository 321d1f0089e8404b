/* Frontline timeline map: started from django-leaflet's map:init event, settings from #map-config.
 *
 * Every text that comes from data (names, quotes, sources, URLs) goes into the page with textContent or
 * setAttribute on a checked http(s) URL, never through innerHTML.
 */
(function () {
  "use strict";

  var config = JSON.parse(document.getElementById("map-config").textContent);
  var T = config.strings;
  var AR = config.lang === "ar";
  var DAY_MS = 86400000;
  var CACHE_SIZE = 40;

  /* ---------- dates (UTC, ISO strings) ---------- */

  function parseISO(s) {
    if (typeof s !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return null;
    var d = new Date(s + "T00:00:00Z");
    return isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s ? null : d;
  }
  function iso(d) { return d.toISOString().slice(0, 10); }
  function clampDate(s) {
    if (s < config.first) return config.first;
    if (s > config.today) return config.today;
    return s;
  }
  function addDays(s, n) { return iso(new Date(parseISO(s).getTime() + n * DAY_MS)); }
  function addMonths(s, n) {
    var d = parseISO(s), day = d.getUTCDate();
    var target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
    var last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(day, last));
    return iso(target);
  }
  function step(s, unit, n) {
    if (unit === "month") return clampDate(addMonths(s, n));
    return clampDate(addDays(s, unit === "week" ? 7 * n : n));
  }
  function dayIndex(s) { return Math.round((parseISO(s) - parseISO(config.first)) / DAY_MS); }
  function daysBetween(a, b) { return Math.round((parseISO(b) - parseISO(a)) / DAY_MS); }

  /* ---------- small DOM helpers ---------- */

  function $(id) { return document.getElementById(id); }
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function safeHref(url) {
    if (typeof url !== "string" || !url) return null;
    try {
      var u = new URL(url, window.location.href);
      return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
    } catch (e) { return null; }
  }
  function isColor(c) { return typeof c === "string" && /^#[0-9a-fA-F]{6}$/.test(c); }
  function swatch(color) {
    var s = el("span", { "class": "swatch", "aria-hidden": "true" });
    if (isColor(color)) s.style.backgroundColor = color;
    return s;
  }
  function dateNode(s) { return el("bdi", { dir: "ltr", "class": "date" }, s); }
  function setStatus(text) { $("map-status").textContent = text || ""; }

  /* ---------- actors ---------- */

  var actors = {};
  config.actors.forEach(function (a) { actors[a.code] = { en: a.name_en, ar: a.name_ar, c: a.color }; });
  function mergeActors(more) {
    Object.keys(more || {}).forEach(function (code) { if (!actors[code]) actors[code] = more[code]; });
  }
  function actorName(code) {
    var a = actors[code];
    if (!a) return code || "";
    return (AR ? a.ar : a.en) || a.en || a.ar || code;
  }
  function actorColor(code) { var a = actors[code]; return a && isColor(a.c) ? a.c : "#777777"; }
  function placeName(p) { return (AR ? p.ar || p.en : p.en || p.ar) || ""; }
  function otherName(p) { return AR ? p.en : p.ar; }

  /* ---------- state and permalinks ---------- */

  var state = { date: config.today, cmp: null, lat: null, lon: null, z: null, place: null, claimed: false };

  function readURL() {
    var q = new URLSearchParams(window.location.search);
    var date = parseISO(q.get("date")) ? clampDate(q.get("date")) : config.today;
    var cmp = parseISO(q.get("cmp")) ? clampDate(q.get("cmp")) : null;
    var lat = parseFloat(q.get("lat")), lon = parseFloat(q.get("lon")), z = parseInt(q.get("z"), 10);
    var place = parseInt(q.get("place"), 10);
    return {
      date: date,
      cmp: cmp,
      lat: isFinite(lat) && Math.abs(lat) <= 90 ? lat : null,
      lon: isFinite(lon) && Math.abs(lon) <= 180 ? lon : null,
      z: isFinite(z) ? z : null,
      place: place > 0 ? place : null,
      claimed: q.get("claimed") === "1",
    };
  }

  function buildQuery(s, extra) {
    var q = new URLSearchParams();
    var current = new URLSearchParams(window.location.search);
    if (current.get("lang")) q.set("lang", current.get("lang"));
    if (config.embed) q.set("embed", "1");
    q.set("date", s.date);
    if (s.cmp) q.set("cmp", s.cmp);
    if (s.lat !== null) { q.set("lat", s.lat.toFixed(4)); q.set("lon", s.lon.toFixed(4)); q.set("z", String(s.z)); }
    if (s.place) q.set("place", String(s.place));
    if (s.claimed) q.set("claimed", "1");
    Object.keys(extra || {}).forEach(function (k) { q.set(k, extra[k]); });
    return q.toString();
  }

  /* ---------- the map ---------- */

  function start(map) {
    var renderer = L.canvas({ padding: 0.3, tolerance: 3 });
    map.createPane("outlines");
    map.getPane("outlines").style.zIndex = 250;
    var outlineRenderer = L.canvas({ pane: "outlines", padding: 0.3 });
    var markers = new Map(); // place id -> {marker, key, props}
    var markerLayer = L.featureGroup().addTo(map);
    var changeLayer = L.featureGroup().addTo(map);
    var selection = null;
    var patterns = {};
    var current = null; // the control collection shown
    var changes = []; // rows of the comparison
    var sortKey = "date", sortDir = 1;
    var cache = new Map();
    var inflight = null;
    var playing = null;

    Object.assign(state, readURL());

    function writeURL(push) {
      var url = window.location.pathname + "?" + buildQuery(state);
      if (url === window.location.pathname + window.location.search) return;
      if (push) window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
      updateShareLinks();
    }


    function radius(kind) { return kind === "city" ? 7 : kind === "town" ? 5.5 : 4; }

    function hatch(a, b) {
      var key = a + b;
      if (!patterns[key]) {
        var c = document.createElement("canvas");
        c.width = c.height = 6;
        var ctx = c.getContext("2d");
        ctx.fillStyle = a; ctx.fillRect(0, 0, 6, 6);
        ctx.strokeStyle = b; ctx.lineWidth = 2.2;
        ctx.beginPath(); ctx.moveTo(-1, 7); ctx.lineTo(7, -1); ctx.moveTo(-1, 1); ctx.lineTo(1, -1);
        ctx.moveTo(5, 7); ctx.lineTo(7, 5); ctx.stroke();
        patterns[key] = ctx.createPattern(c, "repeat");
      }
      return patterns[key];
    }

    function styleFor(p) {
      var color = actorColor(p.a), r = radius(p.k);
      if (p.s === "c") {
        var rival = (p.x || []).filter(function (c) { return c !== p.a; })[0];
        var other = rival ? actorColor(rival) : "#ffffff";
        return { radius: r + 1, color: "#222222", weight: 1, dashArray: null, fill: true, fillColor: hatch(color, other), fillOpacity: 1 };
      }
      if (p.s === "u") {
        return { radius: r, color: color, weight: 2, dashArray: "3 2", fill: true, fillColor: "#ffffff", fillOpacity: 0.5 };
      }
      return { radius: r, color: "#222222", weight: 0.8, dashArray: null, fill: true, fillColor: color, fillOpacity: 0.9 };
    }

    function render(data) {
      performance.mark("frontline-render-start");
      mergeActors(data.actors);
      current = data;
      var seen = new Set();
      var features = data.features;
      for (var i = 0; i < features.length; i++) {
        var f = features[i], p = f.properties, id = f.id;
        var key = p.a + "|" + p.s + "|" + (p.x ? p.x.join(",") : "");
        seen.add(id);
        var entry = markers.get(id);
        if (!entry) {
          var c = f.geometry.coordinates;
          var opts = styleFor(p);
          opts.renderer = renderer;
          var m = L.circleMarker([c[1], c[0]], opts);
          m.placeId = id;
          markers.set(id, { marker: m, key: key, props: p });
          markerLayer.addLayer(m);
        } else {
          if (entry.key !== key) { entry.marker.setStyle(styleFor(p)); entry.key = key; }
          entry.props = p;
        }
      }
      markers.forEach(function (entry, id) {
        if (!seen.has(id)) { markerLayer.removeLayer(entry.marker); markers.delete(id); }
      });
      renderLegend(features);
      if (state.place) renderHolder(state.place);
      performance.mark("frontline-render-end");
      performance.measure("frontline-render", "frontline-render-start", "frontline-render-end");
      // the canvas repaints on the next frame: measure up to there too
      requestAnimationFrame(function () {
        performance.mark("frontline-paint-end");
        performance.measure("frontline-render-paint", "frontline-render-start", "frontline-paint-end");
        document.documentElement.dataset.renderedDate = data.date + (data.include_claimed ? "+claimed" : "");
      });
    }

    function renderLegend(features) {
      var counts = {};
      features.forEach(function (f) { counts[f.properties.a] = (counts[f.properties.a] || 0) + 1; });
      var list = $("legend-actors");
      clear(list);
      Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || (a < b ? -1 : 1); }).forEach(function (code) {
        var li = el("li", { "data-actor": code });
        li.appendChild(swatch(actorColor(code)));
        li.appendChild(el("span", { "class": "name" }, actorName(code)));
        li.appendChild(el("span", { "class": "count" }, counts[code]));
        list.appendChild(li);
      });
      $("legend-date").textContent = state.date;
      if ($("embed-date")) $("embed-date").textContent = state.date;
    }

    /* ----- loading a date ----- */

    function controlURL(fmt) {
      var base = fmt ? config.urls.controlExport.replace("SUFFIX", fmt) : config.urls.control;
      return base + "?date=" + state.date + (state.claimed ? "&include=claimed" : "");
    }

    function fetchJSON(url, signal) {
      return fetch(url, { signal: signal, headers: { Accept: "application/json" } }).then(function (r) {
        if (!r.ok) throw new Error(r.status + " " + url);
        return r.json();
      });
    }

    function loadControl() {
      var url = controlURL();
      if (cache.has(url)) {
        var hit = cache.get(url);
        cache.delete(url); cache.set(url, hit);
        setStatus("");
        render(hit);
        return Promise.resolve(hit);
      }
      if (inflight) inflight.abort();
      inflight = new AbortController();
      setStatus(T.loading);
      return fetchJSON(url, inflight.signal).then(function (data) {
        cache.set(url, data);
        if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value);
        if (url === controlURL()) { setStatus(""); render(data); }
        return data;
      }).catch(function (err) {
        if (err.name !== "AbortError") setStatus(T.loadError);
      });
    }

    function prefetch(date) {
      var url = config.urls.control + "?date=" + date + (state.claimed ? "&include=claimed" : "");
      if (cache.has(url)) return;
      fetchJSON(url).then(function (data) { cache.set(url, data); }).catch(function () {});
    }

    /* ----- timeline controls ----- */

    var dateInput = $("date-input"), slider = $("date-slider");
    slider.max = String(dayIndex(config.today));

    function showDate() {
      dateInput.value = state.date;
      slider.value = String(dayIndex(state.date));
      slider.setAttribute("aria-valuetext", state.date);
    }

    function setDate(date, push) {
      date = clampDate(date);
      if (date === state.date) return Promise.resolve();
      state.date = date;
      showDate();
      writeURL(push);
      var done = loadControl();
      if (state.cmp) loadChanges();
      return done;
    }

    var dragging = false;
    slider.addEventListener("input", function () {
      state.date = clampDate(addDays(config.first, parseInt(slider.value, 10)));
      dateInput.value = state.date;
      slider.setAttribute("aria-valuetext", state.date);
      // one history entry per drag: pushed on its first move, then kept up to date
      writeURL(!dragging);
      dragging = true;
      loadControl();
    });
    slider.addEventListener("change", function () {
      dragging = false;
      if (state.cmp) loadChanges();
    });
    dateInput.addEventListener("change", function () {
      if (parseISO(dateInput.value)) setDate(dateInput.value, true);
      else showDate();
    });
    document.querySelectorAll(".steps button").forEach(function (b) {
      b.addEventListener("click", function () {
        setDate(step(state.date, b.dataset.unit, parseInt(b.dataset.step, 10)), true);
      });
    });

    function stopPlaying() {
      if (!playing) return;
      clearTimeout(playing);
      playing = null;
      $("play").textContent = T.play;
      $("play").setAttribute("aria-pressed", "false");
    }
    function tick() {
      var unit = $("play-unit").value, delay = parseInt($("play-speed").value, 10);
      if (state.date >= config.today) { stopPlaying(); return; }
      var next = step(state.date, unit, 1);
      setDate(next, false).then(function () {
        prefetch(step(next, unit, 1));
        if (playing) playing = setTimeout(tick, delay);
      });
    }
    $("play").addEventListener("click", function () {
      if (playing) { stopPlaying(); return; }
      // the state before playing stays in history; playing then updates one entry
      if (state.date >= config.today) setDate(config.first, true);
      else window.history.pushState(null, "", window.location.href);
      $("play").textContent = T.pause;
      $("play").setAttribute("aria-pressed", "true");
      playing = setTimeout(tick, 0);
    });

    $("show-claimed").addEventListener("change", function (e) {
      state.claimed = e.target.checked;
      writeURL(true);
      loadControl();
      if (state.cmp) loadChanges();
    });

    /* ----- the place panel ----- */

    function historyURL(id) { return config.urls.history.replace(/\/0\/history$/, "/" + id + "/history"); }

    function renderHolder(id) {
      var entry = markers.get(id);
      var holder = $("panel-holder"), age = $("panel-age");
      clear(holder); clear(age);
      if (!entry) { holder.textContent = T.noEvidence; return; }
      var p = entry.props;
      holder.appendChild(document.createTextNode(T.heldBy + " "));
      holder.appendChild(swatch(actorColor(p.a)));
      holder.appendChild(el("strong", { "class": "holder-name" }, actorName(p.a)));
      holder.appendChild(document.createTextNode(" (" + T.markerStatus[p.s] + ")"));
      if (p.x) {
        holder.appendChild(document.createTextNode(" — " + T.contestedWith + " "));
        holder.appendChild(el("span", null, p.x.filter(function (c) { return c !== p.a; }).map(actorName).join(", ")));
      }
      holder.appendChild(document.createTextNode(", "));
      if (p.since) { holder.appendChild(document.createTextNode(T.since + " ")); holder.appendChild(dateNode(p.since)); }
      else holder.appendChild(document.createTextNode(T.sinceUnknown));
      var days = daysBetween(p.last, state.date);
      age.appendChild(document.createTextNode(T.latestEvidence + ": "));
      age.appendChild(dateNode(p.last));
      age.appendChild(document.createTextNode(" — " + (days === 0 ? T.sameDay : days + " " + T.daysBefore)));
      age.dataset.days = String(days);
      age.className = "age" + (days > 365 ? " stale" : "");
    }

    function renderStep(s) {
      var li = el("li", { "class": "step status-" + s.status, "data-claim": s.claim });
      var head = el("p", { "class": "step-head" });
      head.appendChild(dateNode(s.start));
      if (s.end !== s.start) { head.appendChild(document.createTextNode(" – ")); head.appendChild(dateNode(s.end)); }
      head.appendChild(el("span", { "class": "precision" }, " (" + (T.precision[s.precision] || s.precision) + ")"));
      head.appendChild(document.createTextNode(" · " + (T.changes[s.change] || s.change) + " · "));
      head.appendChild(swatch(s.actor.c));
      head.appendChild(el("strong", null, (AR ? s.actor.ar : s.actor.en) || s.actor.code));
      head.appendChild(el("span", { "class": "badge" }, T.claimStatus[s.status] || s.status));
      li.appendChild(head);
      li.appendChild(el("blockquote", { dir: "auto", "class": "quote" }, s.quote));
      li.appendChild(el("p", { "class": "claimed-by" }, T.claimedBy + ": " + s.claimed_by));
      var sources = el("ul", { "class": "sources", "aria-label": T.sources });
      if (!s.reports.length) sources.appendChild(el("li", null, T.noSource));
      s.reports.forEach(function (r) {
        var item = el("li");
        var href = safeHref(r.url);
        var label = r.source + (r.title ? " — " + r.title : "");
        if (href) {
          var a = el("a", { href: href, rel: "noopener nofollow", target: "_blank", dir: "auto" }, label);
          item.appendChild(a);
        } else item.appendChild(el("span", { dir: "auto" }, label));
        if (r.published_at) { item.appendChild(document.createTextNode(" ")); item.appendChild(dateNode(r.published_at)); }
        sources.appendChild(item);
      });
      li.appendChild(sources);
      var review = el("p", { "class": "reviewer" });
      if (s.status === "verified" && s.verified_by) {
        review.appendChild(document.createTextNode(T.verifiedBy + ": "));
        review.appendChild(el("span", { "class": "verifier" }, s.verified_by));
      } else if (s.reviewed_by) {
        review.appendChild(document.createTextNode(T.reviewedBy + ": "));
        review.appendChild(el("span", { "class": "verifier" }, s.reviewed_by));
      } else review.textContent = T.notReviewed;
      if (s.reviewed_at) { review.appendChild(document.createTextNode(" ")); review.appendChild(dateNode(s.reviewed_at)); }
      li.appendChild(review);
      return li;
    }

    var panelRequest = 0;
    function openPlace(id, push) {
      state.place = id;
      if (push !== undefined) writeURL(push);
      var panel = $("place-panel");
      panel.hidden = false;
      panel.dataset.place = String(id);
      $("panel-title").textContent = T.loading;
      $("panel-alt-name").textContent = "";
      clear($("panel-history"));
      renderHolder(id);
      highlight(id);
      var request = ++panelRequest;
      return fetchJSON(historyURL(id)).then(function (data) {
        if (request !== panelRequest) return;
        var p = data.place;
        $("panel-title").textContent = (AR ? p.name_ar || p.name_en : p.name_en || p.name_ar);
        $("panel-title").setAttribute("dir", "auto");
        var alt = $("panel-alt-name");
        alt.textContent = AR ? p.name_en : p.name_ar;
        alt.setAttribute("lang", AR ? "en" : "ar");
        alt.setAttribute("dir", AR ? "ltr" : "rtl");
        var list = $("panel-history");
        clear(list);
        if (!data.steps.length) list.appendChild(el("li", null, T.noHistory));
        data.steps.forEach(function (s) { list.appendChild(renderStep(s)); });
        if (!markers.has(id)) highlightAt(p.lat, p.lon);
        panel.dataset.loaded = String(id);
      }).catch(function () {
        if (request === panelRequest) $("panel-title").textContent = T.loadError;
      });
    }

    function closePlace(push) {
      state.place = null;
      $("place-panel").hidden = true;
      delete $("place-panel").dataset.loaded;
      if (selection) { map.removeLayer(selection); selection = null; }
      if (push !== undefined) writeURL(push);
    }

    function highlightAt(lat, lon) {
      if (selection) map.removeLayer(selection);
      selection = L.circleMarker([lat, lon], { renderer: renderer, radius: 11, color: "#000", weight: 3, fill: false, interactive: false }).addTo(map);
    }
    function highlight(id) {
      var entry = markers.get(id);
      if (entry) { var ll = entry.marker.getLatLng(); highlightAt(ll.lat, ll.lng); }
      else if (selection) { map.removeLayer(selection); selection = null; }
    }

    markerLayer.on("click", function (e) { openPlace(e.layer.placeId, true); });
    markerLayer.on("mouseover", function (e) {
      var entry = markers.get(e.layer.placeId);
      if (!entry) return;
      e.layer.bindTooltip(placeName(entry.props) + " — " + actorName(entry.props.a), { direction: "top" }).openTooltip();
    });
    markerLayer.on("mouseout", function (e) { e.layer.unbindTooltip(); });
    $("panel-close").addEventListener("click", function () { closePlace(true); });

    /* ----- search ----- */

    var searchTimer = null, searchAbort = null;
    var searchInput = $("search-input"), results = $("search-results");
    function runSearch() {
      var q = searchInput.value.trim();
      clear(results);
      if (q.length < 2) return;
      if (searchAbort) searchAbort.abort();
      searchAbort = new AbortController();
      fetchJSON(config.urls.search + "?q=" + encodeURIComponent(q) + "&limit=8", searchAbort.signal).then(function (rows) {
        clear(results);
        if (!rows.length) { results.appendChild(el("li", { "class": "empty" }, T.noResults)); return; }
        rows.forEach(function (c) {
          var li = el("li");
          var b = el("button", { type: "button", "data-place": c.id });
          b.appendChild(el("span", { "class": "name", dir: "auto" }, (AR ? c.name_ar || c.name_en : c.name_en || c.name_ar)));
          var detail = [AR ? c.name_en : c.name_ar, c.admin1].filter(Boolean).join(" · ");
          b.appendChild(el("span", { "class": "detail", dir: "auto" }, detail));
          b.addEventListener("click", function () { goToPlace(c); });
          li.appendChild(b);
          results.appendChild(li);
        });
      }).catch(function (err) { if (err.name !== "AbortError") results.appendChild(el("li", { "class": "empty" }, T.loadError)); });
    }
    function goToPlace(c) {
      clear(results);
      if (typeof c.lat === "number" && typeof c.lon === "number") map.flyTo([c.lat, c.lon], Math.max(map.getZoom(), 11), { duration: 0.8 });
      openPlace(c.id, true);
    }
    searchInput.addEventListener("input", function () { clearTimeout(searchTimer); searchTimer = setTimeout(runSearch, 250); });
    searchInput.addEventListener("keydown", function (e) {
      if (e.key === "Enter") { e.preventDefault(); var first = results.querySelector("button"); if (first) first.click(); else runSearch(); }
    });

    /* ----- compare ----- */

    var compareInput = $("compare-input");
    function comparePair() {
      return state.cmp < state.date ? [state.cmp, state.date] : [state.date, state.cmp];
    }
    function loadChanges() {
      if (!state.cmp) { renderChanges(null); return Promise.resolve(); }
      var pair = comparePair();
      var query = "?from=" + pair[0] + "&to=" + pair[1] + (state.claimed ? "&include=claimed" : "");
      $("compare-csv").href = config.urls.changesExport + query;
      var wanted = state.cmp + state.date + state.claimed;
      return fetchJSON(config.urls.changes + query).then(function (data) {
        if (wanted !== state.cmp + state.date + state.claimed) return;
        mergeActors(data.actors);
        renderChanges(data);
      }).catch(function () { setStatus(T.loadError); });
    }

    function renderChanges(data) {
      changeLayer.clearLayers();
      var table = $("compare-table"), summary = $("compare-summary");
      if (!data) {
        changes = [];
        table.hidden = true; $("compare-csv").hidden = true; summary.textContent = "";
        delete document.documentElement.dataset.compared;
        return;
      }
      changes = data.features.map(function (f) {
        var p = f.properties;
        return { id: f.id, lat: f.geometry.coordinates[1], lon: f.geometry.coordinates[0], p: p,
                 place: placeName(p), from: p.f ? actorName(p.f) : "", to: actorName(p.a), date: p.date };
      });
      changes.forEach(function (c) {
        L.circleMarker([c.lat, c.lon], { renderer: renderer, radius: 9, color: "#ff00cc", weight: 2.5, fill: false, interactive: false })
          .addTo(changeLayer);
      });
      clear(summary);
      if (changes.length) {
        summary.appendChild(document.createTextNode(changes.length + " " + T.changed + " "));
      } else summary.appendChild(document.createTextNode(T.noChanges + " "));
      summary.appendChild(dateNode(data.from));
      summary.appendChild(document.createTextNode(" → "));
      summary.appendChild(dateNode(data.to));
      table.hidden = !changes.length;
      $("compare-csv").hidden = !changes.length;
      renderChangeRows();
      document.documentElement.dataset.compared = data.from + "/" + data.to;
    }

    function renderChangeRows() {
      var body = $("compare-table").tBodies[0];
      clear(body);
      var rows = changes.slice().sort(function (a, b) {
        var x = a[sortKey], y = b[sortKey];
        var cmp = x < y ? -1 : x > y ? 1 : 0;
        return cmp * sortDir || (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id);
      });
      rows.forEach(function (c) {
        var tr = el("tr", { "data-place": c.id });
        var placeCell = el("td");
        var b = el("button", { type: "button", "class": "link", dir: "auto" }, c.place);
        b.addEventListener("click", function () {
          map.flyTo([c.lat, c.lon], Math.max(map.getZoom(), 11), { duration: 0.8 });
          openPlace(c.id, true);
        });
        placeCell.appendChild(b);
        tr.appendChild(placeCell);
        var fromCell = el("td", { "class": "from" });
        if (c.p.f) { fromCell.appendChild(swatch(actorColor(c.p.f))); fromCell.appendChild(el("span", null, c.from)); }
        else fromCell.appendChild(el("span", { "class": "muted" }, T.none));
        tr.appendChild(fromCell);
        var toCell = el("td", { "class": "to" });
        toCell.appendChild(swatch(actorColor(c.p.a)));
        toCell.appendChild(el("span", null, c.to));
        tr.appendChild(toCell);
        var dateCell = el("td");
        dateCell.appendChild(dateNode(c.date));
        tr.appendChild(dateCell);
        var srcCell = el("td");
        c.p.sources.forEach(function (s, i) {
          if (i) srcCell.appendChild(document.createTextNode(", "));
          var href = safeHref(s.url);
          srcCell.appendChild(href ? el("a", { href: href, rel: "noopener nofollow", target: "_blank", dir: "auto" }, s.name)
                                   : el("span", { dir: "auto" }, s.name));
        });
        tr.appendChild(srcCell);
        body.appendChild(tr);
      });
    }

    document.querySelectorAll("#compare-table th button").forEach(function (b) {
      b.addEventListener("click", function () {
        var key = b.dataset.sort;
        sortDir = key === sortKey ? -sortDir : 1;
        sortKey = key;
        document.querySelectorAll("#compare-table th").forEach(function (th) { th.setAttribute("aria-sort", "none"); });
        b.parentNode.setAttribute("aria-sort", sortDir === 1 ? "ascending" : "descending");
        renderChangeRows();
      });
    });
    compareInput.addEventListener("change", function () {
      state.cmp = parseISO(compareInput.value) ? clampDate(compareInput.value) : null;
      compareInput.value = state.cmp || "";
      writeURL(true);
      loadChanges();
    });
    $("compare-clear").addEventListener("click", function () {
      state.cmp = null; compareInput.value = ""; writeURL(true); loadChanges();
    });

    /* ----- share: exports and embed snippet ----- */

    function updateShareLinks() {
      $("export-geojson").href = controlURL("geojson");
      $("export-csv").href = controlURL("csv");
      $("export-kml").href = controlURL("kml");
      var embedURL = window.location.origin + config.urls.page + "?" + buildQuery(state, { embed: "1" });
      var code = '<iframe src="' + embedURL.replace(/&/g, "&amp;").replace(/"/g, "&quot;") +
        '" width="800" height="600" style="border:0" loading="lazy" title="Frontline"></iframe>';
      $("embed-code").value = code;
      if ($("embed-link")) $("embed-link").href = config.urls.page + "?" + buildQuery(state).replace(/(^|&)embed=1/, "");
    }
    $("embed-copy").addEventListener("click", function () {
      var area = $("embed-code");
      area.select();
      var done = function () { $("embed-copy").textContent = T.copied; };
      if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(area.value).then(done, function () {});
      else { try { document.execCommand("copy"); done(); } catch (e) { /* the text stays selected */ } }
    });

    /* ----- applying a state (first load, back/forward) ----- */

    function applyView() {
      if (state.lat !== null && state.z !== null) map.setView([state.lat, state.lon], state.z, { animate: false });
    }
    function applyState() {
      showDate();
      compareInput.value = state.cmp || "";
      $("show-claimed").checked = state.claimed;
      var loaded = loadControl();
      loadChanges();
      if (state.place) openPlace(state.place);
      else closePlace();
      updateShareLinks();
      return loaded;
    }

    map.on("moveend", function () {
      var c = map.getCenter();
      state.lat = Math.round(c.lat * 1e4) / 1e4;
      state.lon = Math.round(c.lng * 1e4) / 1e4;
      state.z = map.getZoom();
      writeURL(false);
    });
    window.addEventListener("popstate", function () {
      stopPlaying();
      Object.assign(state, readURL());
      applyView();
      applyState().then(function () { if (state.place) highlight(state.place); });
    });

    applyView();
    var outlines = fetchJSON(config.urls.outlines).then(function (data) {
      L.geoJSON(data, {
        renderer: outlineRenderer,
        pane: "outlines",
        interactive: false,
        style: function (f) {
          return f.properties.l === 0
            ? { color: "#555", weight: 1.6, fillColor: "#f3efe4", fillOpacity: 0.55 }
            : { color: "#8a8a8a", weight: 0.8, fill: false, dashArray: "4 3" };
        },
      }).addTo(map);
    }).catch(function () {});
    Promise.all([applyState(), outlines]).then(function () {
      if (state.place) highlight(state.place);
      writeURL(false);
      requestAnimationFrame(function () {
        performance.mark("frontline-ready");
        document.documentElement.dataset.ready = "1";
      });
    });
  }

  window.addEventListener("map:init", function (e) { start(e.detail.map); });
})();
