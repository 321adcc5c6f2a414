import { CharacterCount, createAll, initAll } from "../govuk/govuk-frontend.min.js";
import "./focus.js";

// Numbers are written one way on every page: 1,000. GOV.UK Frontend's character count formats
// its live count for the page's language, and Welsh there has no thousands separator ("Mae
// gennych 1000 nod ar ôl"). On Welsh pages each count therefore formats its numbers as en-GB;
// its words and its plural forms (chosen before the number is put in) stay Welsh.
const WELSH = document.documentElement.lang === "cy";

function numbersWithCommas(count) {
  const i18n = count.i18n;
  const replacePlaceholders = i18n.replacePlaceholders.bind(i18n);
  i18n.replacePlaceholders = (text, options) => {
    const locale = i18n.locale;
    i18n.locale = "en-GB";
    try {
      return replacePlaceholders(text, options);
    } finally {
      i18n.locale = locale;
    }
  };
  count.updateCountMessage();
}

// Set up the components in `scope` (the page, or what htmx swapped in). On Welsh pages the
// character counts come first; initAll then finds them set up already, which is expected.
function setUp(scope, onError) {
  if (WELSH) {
    createAll(CharacterCount, undefined, { scope, onError }).forEach(numbersWithCommas);
    const reported = onError;
    onError = (error, context) => {
      if (error.name !== "InitError") (reported || console.log)(error, context);
    };
  }
  initAll(onError ? { scope, onError } : { scope });
}

setUp(document);

// What htmx swaps in gets the same components as the page: above all, a new form's button keeps
// preventing a double click (data-prevent-double-click). Parts of the page already set up are
// left as they are (GOV.UK Frontend refuses to set one up twice; that refusal is not an error).
document.body.addEventListener("htmx:load", (event) => {
  if (event.detail.elt !== document.body) {
    setUp(event.detail.elt, () => {});
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
