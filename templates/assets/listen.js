// Lyssna: the browser reads the page's main text aloud in Swedish, with pause and stop.
// Shown only where the browser has a Swedish voice on the device itself (localService):
// a voice from a server would send the text away, and nothing is to leave the phone.
const panel = document.querySelector("[data-listen]");
const synth = globalThis.speechSynthesis;
const play = panel?.querySelector("[data-listen-play]");
const pause = panel?.querySelector("[data-listen-pause]");
const stop = panel?.querySelector("[data-listen-stop]");
// The text worth hearing: headings and paragraphs, not menus, chips or lists of links.
const BLOCKS = "h1, .lead, section h2, section h3, section p, section dt, section dd, section li";
let voice = null;

function swedishVoice() {
  return synth.getVoices().find((v) => v.localService && /^sv([-_]|$)/i.test(v.lang)) || null;
}

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

function setUp() {
  if (voice || !(voice = swedishVoice())) return;
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

if (panel && synth) {
  setUp();
  // Voices often arrive a moment after the page.
  synth.addEventListener?.("voiceschanged", setUp);
}
