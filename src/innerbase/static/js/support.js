// The support screen and Help now: "Leave quickly" replaces this page (so Back does not
// return to it), and the message to someone trusted opens the phone's own messages app with
// the words as the person edited them. Nothing here talks to the server.
(function () {
  "use strict";
  document.querySelectorAll("[data-quick-exit]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      window.location.replace(link.href);
    });
  });
  var body = document.querySelector("[data-sms-body]");
  var sms = document.querySelector("[data-sms-link]");
  if (body && sms) {
    var update = function () {
      sms.href = "sms:?&body=" + encodeURIComponent(body.value);
    };
    body.addEventListener("input", update);
    update();
  }
})();
