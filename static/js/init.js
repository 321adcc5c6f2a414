import { initAll } from "../govuk/govuk-frontend.min.js";

initAll();

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
