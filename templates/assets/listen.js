// Lyssna: the browser reads the page's main text aloud in Swedish, with pause and stop.
// app.js loads this only where the device has a Swedish voice of its own, and passes it.
const panel = document.querySelector("[data-listen]");
const synth = globalThis.speechSynthesis;
const play = panel?.querySelector("[data-listen-play]");
const pause = panel?.querySelector("[data-listen-pause]");
const stop = panel?.querySelector("[data-listen-stop]");
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

// Shows the buttons, which read with `swedishVoice`.
export function setUp(swedishVoice) {
  if (voice || !panel) return;
  voice = swedishVoice;
  panel.hidden = false;
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
