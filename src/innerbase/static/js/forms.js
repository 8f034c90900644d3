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
