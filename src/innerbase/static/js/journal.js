// The journal's small helpers: save a draft as the person types (and when the tab is hidden),
// add a suggested tag to a comma-separated field with one tap, and keep each folded part's
// line ("Emotions: sad, lonely") true to what is chosen inside it.
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  if (form) {
    var url = form.getAttribute("data-autosave");
    var status = form.querySelector("[data-autosave-status]");
    var timer = null;
    var dirty = false;
    var save = function (keepalive) {
      if (!dirty) return;
      dirty = false;
      fetch(url, { method: "POST", body: new FormData(form), credentials: "same-origin", keepalive: !!keepalive })
        .then(function (response) {
          if (status) status.textContent = response.ok ? "Draft saved." : "";
        })
        .catch(function () { dirty = true; });
    };
    var changed = function () {
      dirty = true;
      if (timer) clearTimeout(timer);
      timer = setTimeout(function () { save(false); }, 1200);
    };
    form.addEventListener("input", changed);
    form.addEventListener("change", changed);
    form.addEventListener("submit", function () { dirty = false; if (timer) clearTimeout(timer); });
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden") save(true);
    });
    window.addEventListener("pagehide", function () { save(true); });
  }
  // Suggestions follow what is being typed: chips matching the unfinished tag come first.
  var SHOWN = 12;
  var tokens = function (value) { return value.split(","); };
  var filter = function (field) {
    var parts = tokens(field.value);
    var typing = parts[parts.length - 1].trim().toLowerCase();
    var have = parts.slice(0, -1).map(function (p) { return p.trim().toLowerCase(); });
    var shown = 0;
    document.querySelectorAll('[data-add-tag="' + field.id + '"]').forEach(function (chip) {
      var tag = chip.getAttribute("data-tag").toLowerCase();
      var fits = have.indexOf(tag) === -1 && (!typing || tag.indexOf(typing) !== -1);
      chip.hidden = !(fits && shown < SHOWN);
      if (!chip.hidden) shown += 1;
    });
  };
  document.querySelectorAll("[data-add-tag]").forEach(function (button) {
    var field = document.getElementById(button.getAttribute("data-add-tag"));
    if (!field.hasAttribute("data-suggests")) {
      field.setAttribute("data-suggests", "");
      field.addEventListener("input", function () { filter(field); });
      filter(field);
    }
    button.addEventListener("click", function () {
      var parts = tokens(field.value).map(function (p) { return p.trim(); });
      parts[parts.length - 1] = button.getAttribute("data-tag");  // finish the unfinished tag
      field.value = parts.filter(Boolean).join(", ") + ", ";
      field.dispatchEvent(new Event("input", { bubbles: true }));
      field.focus();
    });
  });
  // The server writes each folded line; this keeps it true as the person picks and types.
  document.querySelectorAll("details[data-fold]").forEach(function (fold) {
    var chosen = fold.querySelector("[data-fold-chosen]");
    var none = fold.querySelector("[data-fold-none]");
    var update = function () {
      var words = [];
      fold.querySelectorAll("[data-fold-word]").forEach(function (box) {
        if (box.checked) words.push(box.getAttribute("data-fold-word"));
      });
      fold.querySelectorAll("textarea").forEach(function (area) {
        var text = area.value.split(/\s+/).join(" ").trim();
        if (text) words.push(text);
      });
      fold.querySelectorAll("input[type=datetime-local]").forEach(function (input) {
        if (input.value) words.push(input.value.replace("T", " "));
      });
      fold.querySelectorAll("input[type=text]").forEach(function (input) {
        input.value.split(",").forEach(function (part) {
          part = part.trim();
          if (part && words.indexOf(part) === -1) words.push(part);
        });
      });
      chosen.textContent = words.length ? ": " + words.join(", ") : "";
      if (none) none.hidden = words.length > 0;
    };
    fold.addEventListener("input", update);
    fold.addEventListener("change", update);
  });
})();
