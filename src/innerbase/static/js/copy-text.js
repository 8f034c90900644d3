// A "Copy it" button beside a read-only text (conversations/statement.html). Without
// JavaScript, or where the clipboard is not allowed, the text can still be selected by hand.
(function () {
  "use strict";
  var source = document.querySelector("[data-copy-source]");
  var actions = document.querySelector("[data-copy-actions]");
  if (!source || !actions || !navigator.clipboard) { return; }
  var done = actions.querySelector("[data-copy-done]");
  actions.hidden = false;
  actions.querySelector("[data-copy-button]").addEventListener("click", function () {
    navigator.clipboard.writeText(source.value).then(
      function () { done.textContent = "Copied."; },
      function () { source.select(); done.textContent = "Select the text and copy it."; }
    );
  });
})();
