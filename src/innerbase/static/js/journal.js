// The journal's small helpers: save a draft as the person types (and when the tab is hidden),
// and add a suggested tag to a comma-separated field with one tap.
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
  document.querySelectorAll("[data-add-tag]").forEach(function (button) {
    button.addEventListener("click", function () {
      var field = document.getElementById(button.getAttribute("data-add-tag"));
      var tag = button.getAttribute("data-tag");
      var parts = field.value.split(",").map(function (p) { return p.trim(); }).filter(Boolean);
      if (parts.map(function (p) { return p.toLowerCase(); }).indexOf(tag.toLowerCase()) === -1) parts.push(tag);
      field.value = parts.join(", ");
      field.dispatchEvent(new Event("input", { bubbles: true }));
    });
  });
})();
