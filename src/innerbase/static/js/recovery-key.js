// Copy and print buttons for the recovery key page.
(function () {
  "use strict";
  var copy = document.getElementById("copy-recovery-key");
  var key = document.getElementById("recovery-key");
  var status = document.getElementById("copy-status");
  if (copy && key && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener("click", function () {
      navigator.clipboard.writeText(key.textContent.trim()).then(function () {
        status.textContent = "Copied. Paste it somewhere safe, such as a password manager.";
      }, function () {
        status.textContent = "Copying did not work here. Please write the key down instead.";
      });
    });
  }
  var print = document.getElementById("print-recovery-key");
  if (print) {
    print.hidden = false;
    print.addEventListener("click", function () { window.print(); });
  }
})();
