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
  var stopCountdown = function () {};

  function show(part) {
    [form, running, done].forEach(function (each) { each.hidden = each !== part; });
  }

  form.hidden = false;
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var chosen = form.querySelector("input[name=minutes]:checked");
    var endsAt = Date.now() + parseInt(chosen ? chosen.value : "10", 10) * 60 * 1000;
    show(running);
    stopCountdown = window.innerbaseCountdown(clock, live, endsAt, function () {
      show(done);
      done.focus();
    });
    stop.focus();
  });
  function backToStart() {
    stopCountdown();
    show(form);
    form.querySelector("button").focus();
  }
  stop.addEventListener("click", backToStart);
  again.addEventListener("click", backToStart);
})();
