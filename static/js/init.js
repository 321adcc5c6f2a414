import { initAll } from "../govuk/govuk-frontend.min.js";
import "./focus.js";

initAll();

// What htmx swaps in gets the same components as the page: above all, a new form's button keeps
// preventing a double click (data-prevent-double-click). Parts of the page already set up are
// left as they are (GOV.UK Frontend refuses to set one up twice; that refusal is not an error).
document.body.addEventListener("htmx:load", (event) => {
  if (event.detail.elt !== document.body) {
    initAll({ scope: event.detail.elt, onError: () => {} });
  }
});

// htmx 2 does not swap error responses: say so, rather than leave a change that looks saved.
document.body.addEventListener("htmx:responseError", (event) => {
  const target = event.detail.target;
  const message = document.createElement("p");
  message.className = "govuk-error-message";
  message.setAttribute("role", "alert");
  message.textContent =
    document.documentElement.lang === "cy"
      ? "Ni chafodd hyn ei gadw. Ail-lwythwch y dudalen a rhowch gynnig arall arni."
      : "This was not saved. Reload the page and try again.";
  target.insertAdjacentElement("afterend", message);
});
