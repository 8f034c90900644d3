// Ask for a few statements per screen on wide screens; phones keep one per screen.
(function () {
  "use strict";
  var wide = window.matchMedia && window.matchMedia("(min-width: 48rem)").matches;
  if (!wide) return;
  document.querySelectorAll("form[data-per-screen] input[name=per]").forEach(function (input) {
    input.value = "4";
  });
})();
