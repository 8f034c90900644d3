// The distress check (templates/stop_rule/_distress_check.html): the folded line shows the
// number picked, and picking the calming threshold or more (core/distress.py, given in
// data-calming-from) reveals the calming offer at once. Without this script the same line is
// drawn by the server and the offer follows the save. Each check is bound once, though the
// include loads this file once per check.
(function () {
  "use strict";
  document.querySelectorAll("[data-distress]:not([data-distress-bound])").forEach(function (box) {
    box.setAttribute("data-distress-bound", "");
    var chosen = box.querySelector("[data-distress-chosen]");
    var offer = box.querySelector("[data-calming-offer]");
    var from = Number(box.getAttribute("data-calming-from"));
    function show(input) {
      chosen.textContent = "· " + input.value + " " + box.getAttribute("data-chosen");
      if (offer) { offer.hidden = Number(input.value) < from; }
    }
    box.addEventListener("change", function (event) {
      if (event.target.type === "radio" && event.target.checked) { show(event.target); }
    });
    var picked = box.querySelector("input[type=radio]:checked");
    if (picked) { show(picked); }  // a page drawn again after a problem elsewhere
  });
})();
