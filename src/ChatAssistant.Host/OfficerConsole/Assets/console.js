// The console's only script: small progressive enhancements. Every page works without it.
(function () {
  "use strict";

  // On a phone the menu starts folded, so the page's own content comes first (without the script it stays open).
  var menu = document.querySelector("nav.menu details");
  if (menu && window.matchMedia("(max-width: 899px)").matches) {
    menu.removeAttribute("open");
  }

  // <form data-confirm="Huỷ thông báo này?">: ask before an action that cannot be undone.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var question = form.getAttribute("data-confirm") ||
      (event.submitter && event.submitter.getAttribute("data-confirm"));
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });

  // <select data-autosubmit>: the account picker and filters apply as soon as a choice is made.
  document.addEventListener("change", function (event) {
    var target = event.target;
    if (target.hasAttribute && target.hasAttribute("data-autosubmit") && target.form) {
      target.form.submit();
    }
  });

  // <div data-poll="/console/..." data-poll-seconds="2">: the element's content is replaced by the HTML fragment the URL
  // returns, every few seconds, until the fragment carries data-poll-done. Progress bars and the TV display use it.
  // With data-poll-reload the whole page reloads once the fragment is done.
  // The X-Console-Poll header tells the server this is not the officer at work: it does not extend their session.
  function poll(element) {
    var url = element.getAttribute("data-poll");
    var seconds = parseFloat(element.getAttribute("data-poll-seconds") || "3");
    function tick() {
      fetch(url, { credentials: "same-origin", headers: { "Accept": "text/html", "X-Console-Poll": "1" } })
        .then(function (response) {
          if (response.status === 401 || response.redirected) {
            window.location.reload();
            return null;
          }
          return response.ok ? response.text() : null;
        })
        .then(function (html) {
          if (html !== null) {
            element.innerHTML = html;
          }
          if (!element.querySelector("[data-poll-done]")) {
            window.setTimeout(tick, seconds * 1000);
          } else if (element.hasAttribute("data-poll-reload")) {
            // The rest of the page (its buttons) belongs to the state that just ended: show the new one.
            window.location.reload();
          }
        })
        .catch(function () { window.setTimeout(tick, seconds * 2000); });
    }
    if (!element.querySelector("[data-poll-done]")) {
      window.setTimeout(tick, seconds * 1000);
    }
  }
  document.querySelectorAll("[data-poll]").forEach(poll);
})();
