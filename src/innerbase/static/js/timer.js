// The quiet timer: a countdown that runs on this page alone. It sends nothing and keeps
// nothing (not even in the browser's storage), so it works offline and closing the page ends it.
(function () {
  "use strict";
  var timer = document.querySelector("[data-quiet-timer]");
  if (!timer) { return; }
  var form = timer.querySelector(".quiet-timer__choose");
  var running = timer.querySelector(".quiet-timer__running");
  var done = timer.querySelector(".quiet-timer__done");
  var clock = timer.querySelector(".quiet-timer__clock");
  var live = timer.querySelector(".quiet-timer__live");
  var stop = timer.querySelector(".quiet-timer__stop");
  var again = timer.querySelector(".quiet-timer__again");
  var handle = null;
  var endsAt = 0;
  var lastAnnounced = null;

  function show(part) {
    [form, running, done].forEach(function (each) { each.hidden = each !== part; });
  }

  function tick() {
    var left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
    var minutes = Math.floor(left / 60);
    var seconds = left % 60;
    clock.textContent = minutes + ":" + (seconds < 10 ? "0" : "") + seconds;
    // Announce once a minute, not every second, so a screen reader is not flooded.
    if (minutes !== lastAnnounced) {
      lastAnnounced = minutes;
      live.textContent = minutes > 0 ? "About " + minutes + " minutes left" : "Less than a minute left";
    }
    if (left === 0) {
      window.clearInterval(handle);
      show(done);
      done.focus();
    }
  }

  form.hidden = false;
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var chosen = form.querySelector("input[name=minutes]:checked");
    endsAt = Date.now() + parseInt(chosen ? chosen.value : "10", 10) * 60 * 1000;
    lastAnnounced = null;
    show(running);
    tick();
    handle = window.setInterval(tick, 1000);
    stop.focus();
  });
  function backToStart() {
    window.clearInterval(handle);
    show(form);
    form.querySelector("button").focus();
  }
  stop.addEventListener("click", backToStart);
  again.addEventListener("click", backToStart);
})();
