// A live preview beside each Markdown field in the admin that asks for one
// (`data-markdown-preview`: the URL that renders it, cohorts/content_admin.py). The server
// renders and sanitises the text exactly as the participant's page does (nh3), so what is shown
// here is what participants will see; nothing is run from it, and nothing is saved by it.
// Without JavaScript the field is as before.
(function () {
  "use strict";

  var DELAY = 300; // milliseconds after the last key press

  function csrfToken(textarea) {
    var form = textarea.form || document;
    var input = form.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function setUp(textarea) {
    // The inline formset's blank template row is copied by "Add another": set up the copy.
    if (textarea.dataset.previewReady || textarea.name.indexOf("__prefix__") !== -1) return;
    textarea.dataset.previewReady = "1";

    var panel = document.createElement("div");
    panel.className = "infuse-md-preview";
    var label = document.createElement("p");
    label.className = "infuse-md-preview__label";
    label.id = textarea.id + "-preview-label";
    label.textContent = textarea.dataset.previewLabel || "Preview";
    var body = document.createElement("div");
    body.className = "infuse-md-preview__body";
    body.id = textarea.id + "-preview";
    body.setAttribute("role", "region");
    body.setAttribute("aria-labelledby", label.id);
    body.setAttribute("aria-live", "polite");
    panel.appendChild(label);
    panel.appendChild(body);

    var wrap = document.createElement("div");
    wrap.className = "infuse-md-preview-wrap";
    textarea.parentNode.insertBefore(wrap, textarea);
    wrap.appendChild(textarea);
    wrap.appendChild(panel);

    var timer = null;
    var latest = 0;

    function refresh() {
      var asked = ++latest;
      var data = new FormData();
      data.append("text", textarea.value);
      data.append("language", textarea.dataset.previewLanguage || "en");
      fetch(textarea.dataset.markdownPreview, {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { "X-CSRFToken": csrfToken(textarea) },
      })
        .then(function (response) {
          if (!response.ok) throw new Error("HTTP " + response.status);
          return response.text();
        })
        .then(function (html) {
          // Only the answer to the latest text is shown, whatever order answers arrive in.
          // The HTML was sanitised on the server; scripts in innerHTML never run anyway.
          if (asked === latest) body.innerHTML = html;
        })
        .catch(function () {
          if (asked === latest) body.textContent = textarea.dataset.previewError || "";
        });
    }

    textarea.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(refresh, DELAY);
    });
    refresh();
  }

  function setUpAll(scope) {
    var fields = scope.querySelectorAll("textarea[data-markdown-preview]");
    for (var i = 0; i < fields.length; i++) setUp(fields[i]);
  }

  document.addEventListener("DOMContentLoaded", function () {
    setUpAll(document);
  });
  // A row added to an inline formset ("Add another Material").
  document.addEventListener("formset:added", function (event) {
    setUpAll(event.target);
  });
})();
