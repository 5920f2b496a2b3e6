// Lyssna: the browser reads the page's main text aloud in Swedish, with pause and stop.
// start.js loads this only where the device has a Swedish voice of its own, and passes it;
// the buttons are made here, below Spara and Jämför, so a page without a voice has none.
const actions = document.querySelector(".page-actions");
const synth = globalThis.speechSynthesis;
let panel = null;
let play = null;
let pause = null;
let stop = null;
// The text worth hearing: the name, lead and key facts, then the sections' headings and paragraphs,
// not menus, chips or lists of links (data-pagefind-ignore, unless data-read-aloud), nor what is hidden
// or folded. Each text once, without codes such as "(SSYK 8332)", figures as they are said.
const BLOCKS = "h1, .lead, .glance > div, section h2, section h3, section p, section dt, section dd, section li";
let voice = null;

export function spoken(text) {
  return text
    .replace(/\s*\(SSYK[^)]*\)/g, "")
    .replace(/(\d)[\s\u202f\u00a0](?=\d{3}\b)/g, "$1")
    .replace(/(\d)\s*[–-]\s*(?=\d)/g, "$1 till ")
    .replace(/(^|[\s\u00a0])kr(?=[\s.,;:)]|$)/g, "$1kronor")
    .replace(/\s*\n+\s*/g, ", ")
    .replace(/\s+/g, " ")
    .trim();
}

function texts() {
  const main = document.querySelector("main");
  const seen = new Set();
  return [...main.querySelectorAll(BLOCKS)]
    .filter((el) => !el.closest("nav, [data-listen-skip]") && el.getClientRects().length)
    .filter((el) => !el.closest("[data-pagefind-ignore]") || el.closest("[data-read-aloud]"))
    .filter((el) => !el.parentElement.closest(BLOCKS))
    .map((el) => spoken(el.matches(".glance > div") ? `${el.children[0].innerText}: ${el.children[1].innerText}` : el.innerText))
    .filter((text) => text && !seen.has(text) && seen.add(text));
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
