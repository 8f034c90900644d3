// A limit on how many boxes may be ticked ("up to five"), kept before the tap rather than
// refused after it: once the limit is reached, the boxes not ticked are disabled and a short
// note says why and how to change it. The server still checks, for a browser without script.
(function () {
  "use strict";
  document.querySelectorAll("[data-choice-limit]").forEach(function (group) {
    var limit = parseInt(group.getAttribute("data-choice-limit"), 10);
    var name = group.getAttribute("data-choice-name");
    var note = group.querySelector("[data-choice-note]");
    var update = function () {
      var boxes = group.querySelectorAll('input[type=checkbox][name="' + name + '"]');
      var ticked = 0;
      boxes.forEach(function (box) { if (box.checked) ticked += 1; });
      var full = ticked >= limit;
      boxes.forEach(function (box) { if (!box.checked) box.disabled = full; });
      // Over the limit only when the page came back refused: its own message says so then.
      var words = ticked === limit ? note.getAttribute("data-full") : "";
      if (note.textContent !== words) note.textContent = words;
    };
    group.addEventListener("change", update);
    update();
  });
})();
