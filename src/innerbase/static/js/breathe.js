// The paced-breathing guide. The circle grows on the in-breath and shrinks on the out-breath;
// each phase is also written out and announced to screen readers. With reduced motion the
// circle stays still and the words and a progress bar carry the rhythm.
(function () {
  "use strict";
  var guide = document.querySelector(".breathing");
  if (!guide) { return; }
  var phases = [
    { name: "in", seconds: parseInt(guide.dataset.in, 10), text: guide.dataset.phaseIn },
    { name: "hold", seconds: parseInt(guide.dataset.hold, 10), text: guide.dataset.phaseHold },
    { name: "out", seconds: parseInt(guide.dataset.out, 10), text: guide.dataset.phaseOut }
  ].filter(function (phase) { return phase.seconds > 0; });
  var total = parseInt(guide.dataset.seconds, 10);
  var circle = guide.querySelector(".breathing__circle");
  var label = guide.querySelector(".breathing__phase");
  var progress = guide.querySelector(".breathing__progress");
  var start = guide.querySelector(".breathing__start");
  var stop = guide.querySelector(".breathing__stop");
  var after = document.querySelector(".breathing__after");
  var ticker = null;
  var phaseTimer = null;
  var elapsed = 0;

  function showPhase(index) {
    var phase = phases[index % phases.length];
    label.textContent = phase.text + " · " + phase.seconds;
    circle.style.transitionDuration = phase.seconds + "s";
    circle.setAttribute("data-phase", phase.name);
    phaseTimer = window.setTimeout(function () { showPhase(index + 1); }, phase.seconds * 1000);
  }

  function finish(completed) {
    window.clearInterval(ticker);
    window.clearTimeout(phaseTimer);
    circle.removeAttribute("data-phase");
    start.hidden = false;
    stop.hidden = true;
    start.textContent = "Start again";
    label.textContent = completed ? "Well done. Notice how you feel." : "Stopped. You can start again any time.";
    if (after) { after.hidden = false; }
  }

  start.addEventListener("click", function () {
    elapsed = 0;
    progress.value = 0;
    start.hidden = true;
    stop.hidden = false;
    stop.focus();
    showPhase(0);
    ticker = window.setInterval(function () {
      elapsed += 1;
      progress.value = elapsed;
      progress.textContent = elapsed;
      if (elapsed >= total) { finish(true); }
    }, 1000);
  });
  stop.addEventListener("click", function () { finish(false); start.focus(); });
})();
