// Lyssna: the browser reads the page's main text aloud in Swedish, with pause and stop.
// start.js loads this only where the device has a Swedish voice of its own, and passes it;
// the buttons are made here, below Spara and Jämför, so a page without a voice has none.
const actions = document.querySelector(".page-actions");
const synth = globalThis.speechSynthesis;
let panel = null;
let play = null;
let pause = null;
let stop = null;
// The text worth hearing: headings and paragraphs, not menus, chips or lists of links.
const BLOCKS = "h1, .lead, section h2, section h3, section p, section dt, section dd, section li";
let voice = null;

function texts() {
  const main = document.querySelector("main");
  return [...main.querySelectorAll(BLOCKS)]
    .filter((el) => !el.closest("[data-pagefind-ignore], nav"))
    .map((el) => el.textContent.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

function show(state) {
  play.hidden = state !== "idle";
  pause.hidden = stop.hidden = state === "idle";
  pause.textContent = state === "paused" ? "Fortsätt" : "Pausa";
}

function start() {
  synth.cancel();
  const parts = texts();
  // One utterance a block: long ones are cut off by some browsers.
  parts.forEach((text, index) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = "sv-SE";
    utterance.voice = voice;
    if (index === parts.length - 1) utterance.addEventListener("end", () => show("idle"));
    synth.speak(utterance);
  });
  show("speaking");
  pause.focus();
}

function button(text, hidden) {
  const element = document.createElement("button");
  element.type = "button";
  element.textContent = text;
  element.hidden = hidden;
  panel.append(element);
  return element;
}

// Shows the buttons, which read with `swedishVoice`.
export function setUp(swedishVoice) {
  if (voice || !actions) return;
  voice = swedishVoice;
  panel = document.createElement("div");
  panel.className = "listen";
  panel.dataset.listen = "";
  play = button("Lyssna", false);
  pause = button("Pausa", true);
  stop = button("Stoppa", true);
  actions.append(panel);
  play.addEventListener("click", start);
  pause.addEventListener("click", () => {
    if (synth.paused) synth.resume();
    else synth.pause();
    show(synth.paused ? "paused" : "speaking");
  });
  stop.addEventListener("click", () => {
    synth.cancel();
    show("idle");
    play.focus();
  });
  addEventListener("pagehide", () => synth.cancel());
}
