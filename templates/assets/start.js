// On every page: loads the other scripts only where they do something, so a first visit
// downloads no more than it needs: the service worker and its update prompt (offline.js)
// after the page has loaded; the highlighting of searched words (highlight.js) on a page
// opened from a search result; Lyssna (listen.js) where the device has a Swedish voice.
// They are imported by name; the build writes their content-hashed names in (site/scripts.py).

// The worker waits for the page's load event and then its first paint (buffered: it may have
// come first): a request made before the page is on the screen competes with it on a slow phone.
// A browser without paint timing ignores the type, and a page opened in the background paints
// only when shown, so the worker comes three seconds after load at the latest.
if ("serviceWorker" in navigator && location.protocol.startsWith("http")) {
  addEventListener("load", () => new Promise((painted) => {
    new PerformanceObserver(painted).observe({ type: "paint", buffered: true });
    setTimeout(painted, 3000);
  }).then(() => import("./offline.js")).then((module) => module.start()).catch(() => {}));
}
// An occupation page (the one with Spara, Jämför and Lyssna) opened from a search result.
const occupationPage = document.querySelector(".page-actions");
if (occupationPage && new URLSearchParams(location.search).has("highlight")) import("./highlight.js").catch(() => {});

// Lyssna only with a voice on the device itself (localService): a voice from a server
// would send the text away, and nothing is to leave the phone.
const synth = globalThis.speechSynthesis;
let listening = false;

function listen() {
  const voice = !listening && synth.getVoices().find((v) => v.localService && /^sv([-_]|$)/i.test(v.lang));
  if (!voice) return;
  listening = true;
  import("./listen.js").then((module) => module.setUp(voice)).catch(() => {});
}

if (occupationPage && synth) {
  listen();
  // Voices often arrive a moment after the page.
  synth.addEventListener?.("voiceschanged", listen);
}
