// Reading offline: registers the service worker (sw.js, in the site's root) and offers a
// new build quietly ("Ny version finns – uppdatera"). start.js loads this only after the
// page has loaded, so a first visit downloads nothing of it while the page loads.
import { keepPages } from "./site.js";

let reloading = false;

function offerUpdate(worker) {
  if (!navigator.serviceWorker.controller || document.getElementById("ny-version")) return;
  const bar = document.createElement("p");
  bar.id = "ny-version";
  bar.className = "update-bar";
  bar.setAttribute("role", "status");
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = "uppdatera";
  button.addEventListener("click", () => {
    reloading = true;
    worker.postMessage({ type: "skip-waiting" });
  });
  bar.append("Ny version finns – ", button);
  (document.querySelector(".site-header") || document.body.firstElementChild).after(bar);
}

function watchForUpdates(registration) {
  if (registration.waiting) offerUpdate(registration.waiting);
  registration.addEventListener("updatefound", () => {
    const worker = registration.installing;
    worker?.addEventListener("statechange", () => {
      if (worker.state === "installed") offerUpdate(worker);
    });
  });
  // A phone keeps a page open for days: look for a new build when the reader returns to it.
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") registration.update().catch(() => {});
  });
}

export function start() {
  navigator.serviceWorker.register(new URL("../sw.js", import.meta.url).href).then(watchForUpdates).catch(() => {});
  // This page came before the worker: it is kept too (later ones the worker keeps itself).
  keepPages([location.href]);
  // Back online: the worker fetches now what an update left to fetch (kept pages from the new build).
  addEventListener("online", () => navigator.serviceWorker.controller?.postMessage({ type: "settle" }));
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (reloading) location.reload();
  });
}
