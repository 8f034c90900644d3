// After a form comes back with problems (the GOV.UK error summary): the title says so, focus
// moves to the summary so it is read out first, and a link in it puts focus in its field with
// the field's question (label or legend) in view.
(function () {
  "use strict";
  var summary = document.querySelector("[data-error-summary]");
  if (!summary) { return; }
  if (document.title.indexOf("Error: ") !== 0) { document.title = "Error: " + document.title; }
  summary.focus();
  summary.addEventListener("click", function (event) {
    var link = event.target.closest("a[href^='#']");
    var field = link && document.getElementById(link.getAttribute("href").slice(1));
    if (!field) { return; }
    event.preventDefault();
    // A group is linked by its container: focus goes to its first choice.
    if (!field.matches("input, select, textarea, button")) {
      field = field.querySelector("input:not([type=hidden]), select, textarea") || field;
    }
    var fieldset = field.closest("fieldset");
    var question = (fieldset && fieldset.querySelector("legend")) ||
      document.querySelector("label[for='" + field.id + "']");
    (question || field).scrollIntoView();
    field.focus({ preventScroll: true });
  });
})();

// Errors that no longer apply go away as the person fixes them (a field now filled in, a
// passphrase now long enough, two that now match), here and in the summary, and come back if
// the fix is undone. Only checks the page can see are made: the server still decides.
(function () {
  "use strict";
  var CHECKS = {
    "filled": function (controls) {
      return controls.some(function (c) {
        return (c.type === "checkbox" || c.type === "radio") ? c.checked : c.value.trim() !== "";
      });
    },
    "long-enough": function (controls) {
      var c = controls[0];
      return c.value.length > 0 && c.value.length >= (parseInt(c.getAttribute("minlength"), 10) || 0);
    },
    "matches": function (controls) {
      var c = controls.filter(function (each) { return each.hasAttribute("data-matches"); })[0];
      var other = c && c.form && c.form.elements.namedItem(c.getAttribute("data-matches"));
      return Boolean(other) && c.value !== "" && c.value === other.value;
    }
  };

  function describedBy(control, id, on) {
    var ids = (control.getAttribute("aria-describedby") || "").split(/\s+/).filter(Boolean);
    ids = ids.filter(function (each) { return each !== id; });
    if (on) { ids.push(id); }
    if (ids.length) { control.setAttribute("aria-describedby", ids.join(" ")); }
    else { control.removeAttribute("aria-describedby"); }
  }

  function refresh(list) {
    var group = list.closest(".form-group");
    if (!group) { return; }
    var controls = Array.prototype.slice.call(group.querySelectorAll("input, select, textarea"));
    list.querySelectorAll("li[data-clears]").forEach(function (item) {
      var check = CHECKS[item.getAttribute("data-clears")];
      item.hidden = Boolean(check && controls.length && check(controls));
      var inSummary = document.querySelector("[data-error-summary] li[data-error='" + item.id + "']");
      if (inSummary) { inSummary.hidden = item.hidden; }
    });
    var showing = Array.prototype.some.call(list.children, function (item) { return !item.hidden; });
    list.hidden = !showing;
    group.classList.toggle("form-group--error", showing);
    // What pointed at the errors stops doing so while they are hidden (a hidden description
    // is still read out), and points again when they come back.
    if (!list.describers) {
      list.describers = Array.prototype.slice.call(
        group.querySelectorAll("[aria-describedby~='" + list.id + "']"));
      if ((group.getAttribute("aria-describedby") || "").split(/\s+/).indexOf(list.id) !== -1) {
        list.describers.push(group);
      }
    }
    list.describers.forEach(function (element) { describedBy(element, list.id, showing); });
    controls.forEach(function (c) {
      if (c.hasAttribute("aria-invalid")) { c.setAttribute("aria-invalid", showing ? "true" : "false"); }
    });
    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
      summary.hidden = !Array.prototype.some.call(
        summary.querySelectorAll("li"), function (item) { return !item.hidden; });
    }
  }

  function refreshForm(form) {
    form.querySelectorAll(".errorlist").forEach(function (list) {
      if (list.querySelector("li[data-clears]")) { refresh(list); }
    });
  }

  ["input", "change"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      if (event.target.form) { refreshForm(event.target.form); }
    });
  });
})();

// Send the browser's time zone with forms that ask for it, so days and times are the person's own.
(function () {
  "use strict";
  var zone = "";
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { zone = ""; }
  document.querySelectorAll("input[name=time_zone]").forEach(function (input) {
    if (zone) { input.value = zone; }
  });
})();

// Offline, a form that sends (POST) could only reach the offline page, and going back may not
// bring what was typed with it. So the page stays as it is, with a calm word about why.
(function () {
  "use strict";
  var NOTE = "You're offline, so this can't be sent yet. What you've written is still here: " +
    "send it again when you're back online.";
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (navigator.onLine !== false || (form.getAttribute("method") || "").toLowerCase() !== "post") {
      return;
    }
    event.preventDefault();
    var note = form.querySelector(".offline-form-note");
    if (!note) {
      note = document.createElement("p");
      note.className = "offline-note offline-form-note";
      note.setAttribute("role", "status");
      var after = event.submitter && event.submitter.parentNode;
      if (after && after !== form && form.contains(after)) {
        after.parentNode.insertBefore(note, after.nextSibling);
      } else {
        form.appendChild(note);
      }
    }
    // Set the words once the live region is in the page, so a screen reader announces them.
    note.textContent = "";
    window.setTimeout(function () { note.textContent = NOTE; }, 50);
  });
  window.addEventListener("online", function () {
    document.querySelectorAll(".offline-form-note").forEach(function (note) { note.remove(); });
  });
})();
