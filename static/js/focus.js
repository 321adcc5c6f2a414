// Where focus goes after htmx swaps part of a page: the one rule, used by every htmx form.
//
// 1. An error summary in what was swapped in (the form's errors, or a conflict) takes focus.
// 2. Otherwise an element the server marked with `data-focus-after-swap` (the new form after
//    "Add…", an item's form after "Change") takes it.
// 3. Otherwise, if focus was lost with the element that held it (it is on <body> or on
//    something no longer in the page), the updated region's heading takes it.
// Focus that survived the swap (htmx keeps it on an element with the same id, as on a ticked
// checkbox) is left where it is. Anything focused that is not focusable gets tabindex="-1".

const HEADINGS = "h1, h2, h3, h4, h5, h6";

function lost(active) {
  return !active || active === document.body || !active.isConnected;
}

function give(element) {
  if (!element) return false;
  if (!element.matches("a[href], button, input, select, textarea, [tabindex]")) {
    element.setAttribute("tabindex", "-1");
  }
  element.focus();
  return document.activeElement === element;
}

export function focusAfterSwap(region) {
  if (!region || !region.isConnected) return;
  const summary = region.matches(".govuk-error-summary")
    ? region
    : region.querySelector(".govuk-error-summary");
  if (summary && give(summary)) return;
  const marked = document.querySelector("[data-focus-after-swap]");
  if (marked) {
    marked.removeAttribute("data-focus-after-swap");
    if (give(marked)) return;
  }
  if (lost(document.activeElement)) {
    give(region.matches(HEADINGS) ? region : region.querySelector(HEADINGS) || region);
  }
}

// A mark drawn with a whole page (no swap yet) is not for this helper.
for (const stale of document.querySelectorAll("[data-focus-after-swap]")) {
  stale.removeAttribute("data-focus-after-swap");
}

// The target's id is noted before the swap: an outerHTML swap replaces the element itself.
// Only what a person did (a form sent, a link or button followed) moves focus: a swap that
// polls (a report being built) must never take focus from where it is, or from the page.
let pendingTarget = null;

function byPerson(source) {
  return source instanceof Element && (source.matches("form, a, button") || !!source.closest("form"));
}

document.body.addEventListener("htmx:beforeSwap", (event) => {
  const target = event.detail.target;
  // htmx fires this on the target; the element that asked is in the request config.
  const source = event.detail.requestConfig && event.detail.requestConfig.elt;
  pendingTarget = byPerson(source) && target && target.id ? target.id : null;
});

// afterSettle fires once per element settled (out-of-band ones too); decide once, when they
// all have.
document.body.addEventListener("htmx:afterSettle", () => {
  if (pendingTarget === null) return;
  const id = pendingTarget;
  pendingTarget = null;
  queueMicrotask(() => focusAfterSwap(document.getElementById(id)));
});
