// Ask for a few statements per screen on wide screens; phones keep one per screen.
(function () {
  "use strict";
  var wide = window.matchMedia && window.matchMedia("(min-width: 48rem)").matches;
  if (!wide) return;
  document.querySelectorAll("form[data-per-screen] input[name=per]").forEach(function (input) {
    input.value = "4";
  });
  document.querySelectorAll("a[data-per-screen]").forEach(function (link) {
    var url = new URL(link.href, window.location.href);
    url.searchParams.set("per", "4");
    link.href = url.pathname + url.search;
  });
})();
