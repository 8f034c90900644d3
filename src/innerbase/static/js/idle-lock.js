// Lock the app after a quiet spell, so an open phone or laptop does not show private writing.
// Typing counts as activity: while someone writes, the server is told now and then that they
// are still here, so a long entry is never locked away mid-sentence.
(function () {
  "use strict";
  var form = document.getElementById("lock-form");
  if (!form) { return; }
  var limitMs = parseInt(document.body.getAttribute("data-idle-lock-seconds"), 10) * 1000;
  if (!limitMs) { return; }
  var pingUrl = form.getAttribute("data-still-here-url");
  var token = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  var lastActivity = Date.now();
  var lastPing = Date.now();
  var PING_EVERY_MS = Math.min(4 * 60 * 1000, limitMs / 3);

  function noteActivity() {
    lastActivity = Date.now();
    if (lastActivity - lastPing > PING_EVERY_MS) {
      lastPing = lastActivity;
      var body = new FormData();
      body.append("csrfmiddlewaretoken", token);
      fetch(pingUrl, { method: "POST", body: body, credentials: "same-origin" }).catch(function () {});
    }
  }

  ["keydown", "pointerdown", "input", "scroll", "touchstart"].forEach(function (name) {
    window.addEventListener(name, noteActivity, { passive: true, capture: true });
  });

  // Submit once: a second submit while the first is in flight would replace it and post a
  // token from the session the first one just ended.
  var timer = window.setInterval(function () {
    if (Date.now() - lastActivity >= limitMs) {
      window.clearInterval(timer);
      form.querySelector("input[name=next]").value = window.location.pathname;
      form.submit();
    }
  }, 15000);
})();
