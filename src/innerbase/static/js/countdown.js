// One countdown for the pause and the quiet timer: shows m:ss, tells a screen reader the
// minutes once a minute (not every second, so it is not flooded), and calls `done` at zero.
// Returns a function that stops it.
window.innerbaseCountdown = function (clock, live, endsAt, done) {
  "use strict";
  var lastAnnounced = null;
  var handle = null;
  function tick() {
    var left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
    var minutes = Math.floor(left / 60);
    var seconds = left % 60;
    clock.textContent = minutes + ":" + (seconds < 10 ? "0" : "") + seconds;
    if (live && minutes !== lastAnnounced) {
      lastAnnounced = minutes;
      live.textContent = minutes > 0 ? "About " + minutes + " minutes left" : "Less than a minute left";
    }
    if (left === 0) {
      window.clearInterval(handle);
      done();
    }
  }
  handle = window.setInterval(tick, 1000);
  tick();
  return function () { window.clearInterval(handle); };
};
