// After a form comes back with problems, move focus to the summary so it is read out first.
(function () {
  "use strict";
  var summary = document.querySelector("[data-error-summary]");
  if (summary) { summary.focus(); }
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
