// Paragraf editor: live preview while typing, and problem links that move the cursor to the
// line. The page works without this script ("Förhandsgranska" posts the form instead).
"use strict";
(function () {
  var text = document.getElementById("text");
  var frame = document.getElementById("forhandsvisning");
  var list = document.getElementById("kontroll");
  var status = document.getElementById("forhandsstatus");
  var meta = document.querySelector('meta[name="csrf-token"]');
  if (!text || !frame || !list || !meta || !text.dataset.dok) {
    return;
  }
  var url = "/api/dokument/" + encodeURIComponent(text.dataset.dok) + "/forhandsgranska";
  var timer = null;
  var sent = 0;
  var dirty = false;

  function problems(items) {
    list.textContent = "";
    if (items.length === 0) {
      var ok = document.createElement("p");
      ok.className = "inga-problem";
      ok.textContent = "✓ Kontrollen hittade inga problem.";
      list.appendChild(ok);
      return;
    }
    var ul = document.createElement("ul");
    ul.className = "problem";
    items.forEach(function (p) {
      var li = document.createElement("li");
      li.className = "problem-" + p.allvar;
      var a = document.createElement("a");
      a.href = "#rad-" + p.rad;
      a.dataset.rad = p.rad;
      a.dataset.kolumn = p.kolumn;
      a.textContent = "Rad " + p.rad + ":" + p.kolumn;
      var strong = document.createElement("strong");
      strong.textContent = p.allvar + ":";
      li.appendChild(a);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(strong);
      li.appendChild(document.createTextNode(" " + p.meddelande));
      ul.appendChild(li);
    });
    list.appendChild(ul);
  }

  function summary(items) {
    var fel = items.filter(function (p) { return p.fel; }).length;
    var varningar = items.length - fel;
    return fel + " fel, " + varningar
        + (varningar === 1 ? " varning" : " varningar");
  }

  function preview() {
    var id = ++sent;
    fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": meta.content },
      body: JSON.stringify({ text: text.value })
    }).then(function (r) {
      return r.json().then(function (body) { return { ok: r.ok, body: body }; });
    }).then(function (res) {
      if (id !== sent) {
        return; // a newer request is on its way
      }
      if (!res.ok) {
        status.textContent = res.body.fel || "Förhandsvisningen misslyckades.";
        return;
      }
      if (res.body.html) {
        frame.srcdoc = res.body.html;
      }
      problems(res.body.problem || []);
      status.textContent = "Förhandsvisningen är uppdaterad: " + summary(res.body.problem || []) + ".";
    }).catch(function () {
      status.textContent = "Förhandsvisningen kunde inte uppdateras (ingen kontakt med servern).";
    });
  }

  text.addEventListener("input", function () {
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(preview, 400);
  });

  // A problem link puts the cursor at its line and column and scrolls the textarea there.
  list.addEventListener("click", function (e) {
    var a = e.target.closest("a[data-rad]");
    if (!a) {
      return;
    }
    e.preventDefault();
    var line = parseInt(a.dataset.rad, 10) || 1;
    var col = parseInt(a.dataset.kolumn, 10) || 1;
    var lines = text.value.split("\n");
    var offset = 0;
    for (var i = 0; i < line - 1 && i < lines.length; i++) {
      offset += lines[i].length + 1;
    }
    offset += Math.min(col - 1, (lines[line - 1] || "").length);
    text.focus();
    text.setSelectionRange(offset, offset);
    var lineHeight = parseFloat(getComputedStyle(text).lineHeight) || 20;
    text.scrollTop = Math.max(0, (line - 1) * lineHeight - text.clientHeight / 3);
  });

  var form = document.getElementById("redigera-form");
  if (form) {
    form.addEventListener("submit", function () { dirty = false; });
  }
  window.addEventListener("beforeunload", function (e) {
    if (dirty) {
      e.preventDefault();
      e.returnValue = "";
    }
  });
})();
