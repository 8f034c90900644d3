// The pause countdown. The end time comes from the server, so a reload (or a closed tab)
// picks up where it was; when the time is up the page reloads to ask how it went.
(function () {
  "use strict";
  var timer = document.querySelector("[data-ends-in]");
  if (!timer) { return; }
  var endsAt = Date.now() + parseInt(timer.getAttribute("data-ends-in"), 10) * 1000;
  window.innerbaseCountdown(
    timer.querySelector(".pause-timer__clock"),
    timer.querySelector(".pause-timer__live"),
    endsAt,
    function () { window.setTimeout(function () { window.location.reload(); }, 1000); }
  );
})();
