// The timer of a toolkit exercise (toolkit/use.html) and of a talk's rehearsal
// (conversations/rehearse.html): a start button, the time left as m:ss (no motion, so
// nothing to reduce), minutes told to a screen reader once a minute, and a quiet line at
// zero. The countdown itself is countdown.js, shared with the pause and the quiet timer.
(function () {
  "use strict";
  var timer = document.querySelector("[data-exercise-timer]");
  if (!timer) { return; }
  var seconds = parseInt(timer.getAttribute("data-seconds"), 10);
  var clock = timer.querySelector("[data-timer-clock]");
  var live = timer.querySelector("[data-timer-live]");
  var done = timer.querySelector("[data-timer-done]");
  var start = timer.querySelector("[data-timer-start]");
  var stop = timer.querySelector("[data-timer-stop]");
  var full = clock.textContent;
  var stopCountdown = function () {};

  timer.querySelector("[data-timer-actions]").hidden = false;
  start.addEventListener("click", function () {
    done.hidden = true;
    start.hidden = true;
    stop.hidden = false;
    stopCountdown = window.innerbaseCountdown(clock, live, Date.now() + seconds * 1000, function () {
      stop.hidden = true;
      start.hidden = false;
      done.hidden = false;
      done.focus();
    });
    stop.focus();
  });
  stop.addEventListener("click", function () {
    stopCountdown();
    clock.textContent = full;
    stop.hidden = true;
    start.hidden = false;
    start.focus();
  });
})();
