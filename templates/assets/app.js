// The reader's own list of occupations (Mina yrken) and the Spara buttons: on occupation
// pages, and imported by the scripts of Sök, Bläddra, Mina yrken and Jämför (whose lists make
// their buttons with save-button.js).
// The list is a JSON array of occupation ids in localStorage, written only when
// the reader presses a button. Nothing is sent anywhere.
import { keepPages, occupationPath, root } from "./site.js";

export { root };
const KEY = "mina-yrken";

export function savedIds() {
  try {
    const ids = JSON.parse(localStorage.getItem(KEY) || "[]");
    return Array.isArray(ids) ? [...new Set(ids.filter(Number.isInteger))] : [];
  } catch {
    return []; // storage blocked or damaged: an empty list
  }
}

export function setSaved(ids) {
  try {
    localStorage.setItem(KEY, JSON.stringify([...new Set(ids)]));
  } catch {
    // Private mode or full storage: the list lasts only as long as this page.
  }
  syncButtons();
  document.dispatchEvent(new CustomEvent("mina-yrken"));
}

function syncButtons() {
  const ids = new Set(savedIds());
  for (const button of document.querySelectorAll("button[data-save]")) {
    button.setAttribute("aria-pressed", String(ids.has(Number(button.dataset.save))));
  }
}

function announce(text) {
  const status = document.getElementById("spara-status");
  if (status) status.textContent = text;
}

document.addEventListener("click", (event) => {
  const button = event.target.closest("button[data-save]");
  if (!button) return;
  const id = Number(button.dataset.save);
  const ids = savedIds();
  const saving = !ids.includes(id);
  setSaved(saving ? [...ids, id] : ids.filter((other) => other !== id));
  if (saving && button.dataset.slug) keepOffline([occupationPath(button.dataset.slug)]);
  announce(saving ? "Sparat i Mina yrken." : "Borttaget från Mina yrken.");
});
// Another tab changed the list.
addEventListener("storage", (event) => {
  if (event.key === KEY) {
    syncButtons();
    document.dispatchEvent(new CustomEvent("mina-yrken"));
  }
});
for (const element of document.querySelectorAll("[data-needs-js]")) element.hidden = false;
syncButtons();

// Ask the service worker to keep these pages (paths from the site's root) for offline reading.
export function keepOffline(paths) {
  keepPages(paths.map((path) => new URL(path, root).href));
}


