// Register the service worker that keeps the help pages for use without a connection.
// Its URL carries the person's country (data-worker), so the kept helplines are theirs.
(function () {
  "use strict";
  var script = document.currentScript;
  var worker = script && script.getAttribute("data-worker");
  if (!worker || !("serviceWorker" in navigator)) { return; }
  navigator.serviceWorker.register(worker, { scope: "/", updateViaCache: "none" }).catch(function () {
    // Offline, or a browser that refuses workers: the site works the same, only not offline.
  });
})();
