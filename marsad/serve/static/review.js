// marsad review UI: the review queue, action buttons (with keyboard shortcuts) and the history on the event
// detail. Like app.js: untrusted text reaches the DOM through textContent only; no inline script or style.
(function () {
  "use strict";

  var KEYS = { c: "confirm", e: "edit", r: "reject", m: "merge", s: "split" };
  var EDITABLE = ["fatalities", "fatalities_low", "fatalities_high", "injured", "event_date", "event_type",
    "sub_event_type", "actor1", "actor2", "location", "admin1", "admin2", "country", "geo_precision", "time_precision",
    "latitude", "longitude"];
  var current = null, previous = null, m = null;

  function $(id) { return document.getElementById(id); }
  function token() { return sessionStorage.getItem("marsad-editor-token") || ""; }

  function post(eventId, body) {
    return fetch("/api/events/" + encodeURIComponent(eventId) + "/decisions", {
      method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json",
        Authorization: "Bearer " + token() }, body: JSON.stringify(body)
    }).then(function (r) {
      return r.json().then(function (b) {
        if (!r.ok) throw (b && b.error) || { code: "http_" + r.status, message: r.statusText };
        return b;
      });
    });
  }

  function loadQueue() {
    var list = $("review-queue");
    return m.getJSON("/api/review/queue?limit=30").then(function (d) {
      m.clear(list);
      if (!d.queue.length) list.appendChild(m.el("li", "muted", "nothing to review"));
      d.queue.forEach(function (q) {
        var li = m.el("li", null, (q.event_date || "undated") + " " + (q.event_type || "") + " · " + (q.location || "?"));
        li.setAttribute("data-event-id", q.id);
        li.appendChild(m.el("span", "why", q.why + (q.confidence !== null ? " (" + q.confidence + ")" : "")));
        li.addEventListener("click", function () { m.showDetail(q.id); });
        list.appendChild(li);
      });
    }).catch(m.showError);
  }

  function decide(body, after) {
    if (!current) return;
    if (!token()) { m.setStatus("Give the editor token first (review panel)."); $("review-token").focus(); return; }
    var reason = $("review-reason");
    if (reason && reason.value.trim()) body.reason = reason.value.trim();
    m.setStatus("recording " + body.action + "…");
    post(current.id, body).then(function (res) {
      m.setStatus("recorded: " + res.entry.action + " by " + res.entry.reviewer);
      document.body.setAttribute("data-reviewed", res.entry.id);
      var next = res.event && res.event.id;
      return Promise.all([m.refresh(), loadQueue()]).then(function () {
        if (after === "hide" || !next) return;
        return m.showDetail(next);
      });
    }).catch(m.showError);
  }

  function form(action) {
    var box = $("review-form");
    m.clear(box);
    var submit = m.el("button", null, action);
    submit.type = "button";
    submit.id = "review-submit";
    if (action === "edit") {
      var sel = m.el("select"); sel.id = "review-field";
      EDITABLE.forEach(function (f) { var o = m.el("option", null, f); o.value = f; sel.appendChild(o); });
      var val = m.el("input"); val.id = "review-value"; val.size = 16;
      sel.addEventListener("change", function () { val.value = current[sel.value] === null ? "" : String(current[sel.value]); });
      val.value = current.fatalities === null || current.fatalities === undefined ? "" : String(current.fatalities);
      var l1 = m.el("label", null, "field "); l1.appendChild(sel);
      var l2 = m.el("label", null, "new value "); l2.appendChild(val);
      box.appendChild(l1); box.appendChild(l2);
      submit.addEventListener("click", function () {
        var f = {}; f[sel.value] = val.value.trim() === "" ? null : val.value.trim();
        decide({ action: "edit", fields: f });
      });
      val.focus();
    } else if (action === "merge") {
      var other = m.el("input"); other.id = "review-with"; other.size = 24;
      other.value = previous && previous !== current.id ? previous : "";
      var l = m.el("label", null, "merge with event id (default: the event you viewed before) ");
      l.appendChild(other);
      box.appendChild(l);
      submit.addEventListener("click", function () {
        if (other.value.trim()) decide({ action: "merge", "with": [other.value.trim()] });
      });
    } else if (action === "split") {
      box.appendChild(m.el("div", null, "take these reports out:"));
      (current.sources || []).forEach(function (s) {
        var l = m.el("label"), cb = m.el("input");
        cb.type = "checkbox"; cb.value = s.event_id; cb.className = "split-source";
        l.appendChild(cb); l.appendChild(document.createTextNode(" " + (s.title || s.doc_id)));
        box.appendChild(l);
      });
      submit.addEventListener("click", function () {
        var out = Array.prototype.map.call(box.querySelectorAll(".split-source:checked"), function (c) { return c.value; });
        if (out.length) decide({ action: "split", "with": out });
      });
    } else {
      decide({ action: action }, action === "reject" ? "hide" : null);
      return;
    }
    box.appendChild(submit);
  }

  function history(ev, box) {
    return m.getJSON("/api/events/" + encodeURIComponent(ev.id) + "/history").then(function (h) {
      var st = h.state || {};
      var line = m.el("div", "review-state" + (st.queued ? " queued" : ""),
        st.status ? "reviewed: " + st.status + " by " + st.reviewer + " at " + st.at + (st.queued ? " — machine output changed since; review again" : "")
          : (st.queued ? "machine output changed since review: review again" : "not reviewed yet"));
      box.appendChild(line);
      var ol = m.el("ol", "review-history");
      h.entries.forEach(function (e) {
        var txt = e.at + " " + e.reviewer + ": " + e.action;
        if (e.fields_after && e.action === "edit") txt += " " + JSON.stringify(e.fields_before) + " → " + JSON.stringify(e.fields_after);
        if (e.reason) txt += " (" + e.reason + ")";
        ol.appendChild(m.el("li", null, txt));
      });
      box.appendChild(m.el("h3", null, "History"));
      box.appendChild(h.entries.length ? ol : m.el("p", "muted", "no decisions yet"));
    }).catch(m.showError);
  }

  function onDetail(e) {
    var ev = e.detail;
    if (current && current.id !== ev.id) previous = current.id;
    current = ev;
    var detail = $("detail");
    var box = m.el("div", "review-actions");
    box.id = "review-actions";
    Object.keys(KEYS).forEach(function (k) {
      var b = m.el("button", null, KEYS[k]);
      b.type = "button";
      b.setAttribute("data-action", KEYS[k]);
      b.title = "key: " + k;
      b.appendChild(m.el("kbd", null, k));
      b.addEventListener("click", function () { form(KEYS[k]); });
      box.appendChild(b);
    });
    var rl = m.el("label", null, "reason "), reason = m.el("input");
    reason.id = "review-reason"; reason.size = 30;
    rl.appendChild(reason);
    box.appendChild(rl);
    var f = m.el("div", "review-form"); f.id = "review-form";
    box.appendChild(f);
    setTimeout(function () {           // after app.js has drawn the detail head
      var h2 = detail.querySelector("h2");
      if (h2 && h2.nextSibling) detail.insertBefore(box, h2.nextSibling.nextSibling); else detail.appendChild(box);
      history(ev, box);
    }, 0);
  }

  function onKey(e) {
    var t = e.target && e.target.tagName;
    if (!current || e.ctrlKey || e.metaKey || e.altKey || t === "INPUT" || t === "SELECT" || t === "TEXTAREA") return;
    var action = KEYS[e.key];
    if (action && $("review-actions")) { e.preventDefault(); form(action); }
  }

  function start() {
    m = window.marsad;
    var input = $("review-token");
    input.value = token();
    input.addEventListener("change", function () { sessionStorage.setItem("marsad-editor-token", input.value.trim()); });
    document.addEventListener("marsad:detail", onDetail);
    document.addEventListener("keydown", onKey);
    loadQueue();
  }
  document.addEventListener("DOMContentLoaded", start);
})();
