// The header's menu is a <details>, so it opens and closes without this file. This only adds
// what people expect of a menu: Escape closes it (focus back on "Menu"), and so does a tap
// outside it or moving focus away.
(function () {
  "use strict";
  var menu = document.querySelector("[data-site-menu]");
  if (!menu) { return; }
  var button = menu.querySelector("summary");
  function close(returnFocus) {
    if (!menu.open) { return; }
    menu.open = false;
    if (returnFocus) { button.focus(); }
  }
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && menu.open) { close(menu.contains(document.activeElement)); }
  });
  document.addEventListener("click", function (event) {
    if (!menu.contains(event.target)) { close(false); }
  });
  menu.addEventListener("focusout", function (event) {
    if (event.relatedTarget && !menu.contains(event.relatedTarget)) { close(false); }
  });
})();
