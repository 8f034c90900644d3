// Live feedback on a new passphrase. Only a hint: the server's checks decide.
(function () {
  "use strict";
  var COMMON = ["password", "passphrase", "123456", "qwerty", "letmein", "iloveyou", "welcome", "admin"];

  function estimateBits(value) {
    var pool = 0;
    if (/[a-z]/.test(value)) { pool += 26; }
    if (/[A-Z]/.test(value)) { pool += 26; }
    if (/[0-9]/.test(value)) { pool += 10; }
    if (/[^a-zA-Z0-9]/.test(value)) { pool += 33; }
    var unique = new Set(value.split("")).size;
    var bits = Math.log2(Math.max(pool, 1)) * Math.min(value.length, unique * 2);
    var lower = value.toLowerCase();
    COMMON.forEach(function (word) { if (lower.indexOf(word) !== -1) { bits -= 20; } });
    if (/(.)\1\1/.test(value)) { bits -= 10; }
    return Math.max(bits, 0);
  }

  function describe(value, minLength) {
    if (!value) { return [0, "Use at least " + minLength + " characters. A few unrelated words work well."]; }
    if (value.length < minLength) {
      return [1, (minLength - value.length) + " more characters needed."];
    }
    var bits = estimateBits(value);
    if (bits < 50) { return [2, "Fair. Another word or two would make it much stronger."]; }
    if (bits < 70) { return [3, "Strong."]; }
    return [4, "Very strong."];
  }

  document.querySelectorAll("input[data-strength-meter]").forEach(function (input) {
    var minLength = parseInt(input.getAttribute("minlength"), 10) || 12;
    var box = document.createElement("div");
    box.className = "strength";
    var meter = document.createElement("meter");
    meter.min = 0; meter.max = 4; meter.low = 2; meter.high = 3; meter.optimum = 4; meter.value = 0;
    meter.id = input.id + "-meter";
    var text = document.createElement("span");
    text.className = "strength__text";
    text.id = input.id + "-strength";
    text.setAttribute("aria-live", "polite");
    var label = document.createElement("label");
    label.className = "visually-hidden";
    label.htmlFor = meter.id;
    label.textContent = "Passphrase strength";
    box.appendChild(label);
    box.appendChild(meter);
    box.appendChild(text);
    input.insertAdjacentElement("afterend", box);
    function update() {
      var result = describe(input.value, minLength);
      meter.value = result[0];
      text.textContent = result[1];
    }
    input.addEventListener("input", update);
    update();
  });
})();
