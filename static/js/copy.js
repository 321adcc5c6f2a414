// Copy buttons, as progressive enhancement: without JavaScript there is no button and the text
// is selected and copied by hand. An element with data-copy-label (and data-copied,
// data-copy-failed: what to say after) gets a "copy" button at the start of the element
// `${id}-actions`, and what happens is said in the live region `${id}-status`.
for (const source of document.querySelectorAll("[data-copy-label]")) {
  const actions = document.getElementById(`${source.id}-actions`);
  const status = document.getElementById(`${source.id}-status`);
  if (!actions) continue;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "govuk-button govuk-button--secondary";
  button.textContent = source.dataset.copyLabel;
  actions.prepend(button);
  button.addEventListener("click", async () => {
    const text = "value" in source ? source.value : source.textContent;
    let copied = false;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      // No clipboard here (a page over plain http): select the text to make copying easy.
      if (source.select) source.select();
    }
    if (status) status.textContent = copied ? source.dataset.copied : source.dataset.copyFailed;
  });
}
