// The compose form of notices: a live count of characters, so an officer sees the one-message limit coming.
(function () {
  "use strict";
  document.querySelectorAll("textarea[data-count]").forEach(function (area) {
    var output = document.getElementById(area.getAttribute("data-count"));
    var limit = parseInt(area.getAttribute("maxlength") || "0", 10);
    if (!output) {
      return;
    }
    function show() {
      output.textContent = area.value.length + " / " + limit + " ký tự";
    }
    area.addEventListener("input", show);
    show();
  });
})();
