// On every page: loads the other scripts only where they do something, so a first visit
// downloads no more than it needs: the service worker and its update prompt (offline.js)
// after the page has loaded; the highlighting of searched words (highlight.js) on a page
// opened from a search result; Lyssna (listen.js) where the device has a Swedish voice; the
// reader's county in an occupation's key facts (glance.js) once a county is chosen.
// Their content-hashed names (in assets/, beside this file) come with this script's element.
const names = document.querySelector("script[data-offline]")?.dataset || {};
const load = (name) => import(new URL(names[name], import.meta.url).href);

// The worker waits for the page's load event and then its first paint (buffered: it may have
// come first): a request made before the page is on the screen competes with it on a slow phone.
// A browser without paint timing ignores the type, and a page opened in the background paints
// only when shown, so the worker comes three seconds after load at the latest.
if (names.offline && "serviceWorker" in navigator && location.protocol.startsWith("http")) {
  addEventListener("load", () => new Promise((painted) => {
    new PerformanceObserver(painted).observe({ type: "paint", buffered: true });
    setTimeout(painted, 3000);
  }).then(() => load("offline")).then((module) => module.start()).catch(() => {}));
}
if (names.highlight && new URLSearchParams(location.search).has("highlight")) load("highlight").catch(() => {});
if (names.glance) {
  const glance = () => load("glance").catch(() => {});
  let chosen = "";
  try {
    chosen = localStorage.getItem("yrken-lan"); // county.js keeps the choice there
  } catch {
    // storage blocked: a choice made on this page still shows
  }
  if (chosen) glance();
  else document.addEventListener("change", (event) => event.target.id === "valj-lan" && glance());
}

// Lyssna only with a voice on the device itself (localService): a voice from a server
// would send the text away, and nothing is to leave the phone.
const synth = globalThis.speechSynthesis;
let listening = false;

function listen() {
  const voice = !listening && synth.getVoices().find((v) => v.localService && /^sv([-_]|$)/i.test(v.lang));
  if (!voice) return;
  listening = true;
  load("lyssna").then((module) => module.setUp(voice)).catch(() => {});
}

if (names.lyssna && synth) {
  listen();
  // Voices often arrive a moment after the page.
  synth.addEventListener?.("voiceschanged", listen);
}
