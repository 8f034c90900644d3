// Show a slider's number beside its label as it moves (the number is the answer, not the bar).
(function () {
  "use strict";
  document.querySelectorAll("input[type=range][data-shows]").forEach(function (input) {
    var output = document.getElementById(input.getAttribute("data-shows"));
    function show() { output.textContent = input.value; }
    input.addEventListener("input", show);
    show();
  });
})();
