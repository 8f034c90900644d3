// The pause countdown. The end time comes from the server, so a reload (or a closed tab)
// picks up where it was; when the time is up the page reloads to ask how it went.
(function () {
  "use strict";
  var timer = document.querySelector("[data-ends-in]");
  if (!timer) { return; }
  var endsAt = Date.now() + parseInt(timer.getAttribute("data-ends-in"), 10) * 1000;
  var clock = timer.querySelector(".pause-timer__clock");
  var lastAnnounced = null;
  var live = timer.querySelector(".pause-timer__live");

  function tick() {
    var left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
    var minutes = Math.floor(left / 60);
    var seconds = left % 60;
    clock.textContent = minutes + ":" + (seconds < 10 ? "0" : "") + seconds;
    // Announce once a minute, not every second, so a screen reader is not flooded.
    if (live && minutes !== lastAnnounced) {
      lastAnnounced = minutes;
      live.textContent = minutes > 0 ? "About " + minutes + " minutes left" : "Less than a minute left";
    }
    if (left === 0) {
      window.clearInterval(handle);
      window.setTimeout(function () { window.location.reload(); }, 1000);
    }
  }
  var handle = window.setInterval(tick, 1000);
  tick();
})();
