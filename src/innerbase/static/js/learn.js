// A lesson (learn/lesson.html): remembers the paragraph at the top of the screen, so the
// lesson opens there next time (on any device), and reads the lesson aloud with the
// browser's own speech synthesis (nothing is sent anywhere). Without JavaScript the lesson
// reads as a plain page.
(function () {
  "use strict";
  var lesson = document.querySelector("[data-lesson]");
  if (!lesson) { return; }
  var body = lesson.querySelector("[data-lesson-body]");
  var blocks = Array.prototype.slice.call(body.children);
  var token = lesson.querySelector("[name=csrfmiddlewaretoken]");
  var url = lesson.getAttribute("data-place-url");
  var saved = parseInt(lesson.getAttribute("data-place"), 10) || 0;

  function placeNow() {
    for (var i = 0; i < blocks.length; i++) {
      if (blocks[i].getBoundingClientRect().bottom > 0) { return i; }
    }
    return blocks.length - 1;
  }

  function form(place) {
    var data = new FormData();
    data.append("place", String(place));
    if (token) { data.append("csrfmiddlewaretoken", token.value); }
    return data;
  }

  function save(useBeacon) {
    var place = placeNow();
    if (place === saved || !url) { return; }
    saved = place;
    if (useBeacon && navigator.sendBeacon) { navigator.sendBeacon(url, form(place)); return; }
    fetch(url, { method: "POST", body: form(place), credentials: "same-origin" }).catch(function () {});
  }

  if (saved > 0 && saved < blocks.length && !window.location.hash) {
    blocks[saved].scrollIntoView({ block: "start" });
  }
  var timer = null;
  window.addEventListener("scroll", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { save(false); }, 800);
  }, { passive: true });
  window.addEventListener("pagehide", function () { save(true); });

  var listen = lesson.querySelector("[data-listen]");
  var speech = window.speechSynthesis;
  if (!listen || !speech || typeof window.SpeechSynthesisUtterance !== "function") { return; }
  var startLabel = listen.textContent;
  var note = lesson.querySelector("[data-listen-note]");
  var speaking = false;

  function stop() {
    speaking = false;
    speech.cancel();
    blocks.forEach(function (block) { block.classList.remove("is-spoken"); });
    listen.textContent = startLabel;
    listen.setAttribute("aria-pressed", "false");
  }

  // One utterance a paragraph: long utterances stop short in some browsers, and the
  // paragraph being read can be marked so the eye can follow.
  function speakFrom(index) {
    blocks.forEach(function (block) { block.classList.remove("is-spoken"); });
    if (!speaking || index >= blocks.length) { stop(); return; }
    var utterance = new window.SpeechSynthesisUtterance(blocks[index].textContent);
    utterance.lang = document.documentElement.lang || "en";
    utterance.onend = function () { speakFrom(index + 1); };
    utterance.onerror = function (event) {
      // "interrupted" and "canceled" are Stop itself; anything else means no voice came.
      if (event.error !== "interrupted" && event.error !== "canceled" && note) {
        note.textContent = note.getAttribute("data-failed");
      }
      stop();
    };
    blocks[index].classList.add("is-spoken");
    speech.speak(utterance);
  }

  listen.hidden = false;
  listen.addEventListener("click", function () {
    if (speaking) { stop(); return; }
    speaking = true;
    if (note) { note.textContent = ""; }
    listen.textContent = listen.getAttribute("data-stop-label");
    listen.setAttribute("aria-pressed", "true");
    speakFrom(placeNow());
  });
  window.addEventListener("pagehide", stop);
})();
