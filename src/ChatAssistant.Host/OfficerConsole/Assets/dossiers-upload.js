// The dossier import form: sends the file with XMLHttpRequest so a progress bar follows the upload, then shows the
// report the server returns. Without this script the form posts as a plain form and the page shows the same report.
(function () {
  "use strict";

  var form = document.querySelector("form[data-upload]");
  if (!form || !window.XMLHttpRequest || !window.FormData || !window.DOMParser) {
    return;
  }
  var bar = form.querySelector("[data-upload-progress]");
  var status = form.querySelector("[data-upload-status]");
  var button = form.querySelector("button[type=submit]");

  function show(percent, text) {
    bar.hidden = false;
    bar.value = percent;
    bar.textContent = percent + "%";
    status.textContent = text;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var token = form.querySelector("input[name=__RequestVerificationToken]");
    var request = new XMLHttpRequest();
    request.open("POST", form.action);
    request.setRequestHeader("X-Console-Antiforgery", token ? token.value : "");
    request.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) {
        var percent = Math.floor((e.loaded / e.total) * 100);
        show(percent, "Đang tải lên: " + percent + "%");
      }
    });
    request.upload.addEventListener("load", function () {
      show(100, "Đã tải lên 100%. Đang kiểm tra và nhập từng dòng…");
    });
    request.addEventListener("load", function () {
      button.disabled = false;
      var page = new DOMParser().parseFromString(request.responseText, "text/html");
      var result = page.getElementById("import-result");
      var target = document.getElementById("import-result");
      if (result && target) {
        target.innerHTML = result.innerHTML;
        status.textContent = request.status === 200 ? "Hoàn tất." : "Chưa nhập được.";
      } else {
        status.textContent = "Máy chủ trả lời lỗi " + request.status + ". Hãy thử lại.";
      }
    });
    request.addEventListener("error", function () {
      button.disabled = false;
      status.textContent = "Mất kết nối khi tải lên. Hãy thử lại.";
    });
    button.disabled = true;
    show(0, "Đang tải lên: 0%");
    request.send(new FormData(form));
  });
})();
