// Mina yrken: the reader's saved occupations, to reorder, remove, compare, print and share.
// A shared link (mina-yrken/?lan=12#12,34) shows its list, with pay and prospects in the link's
// county, instead of the reader's own, and saves nothing: saving it is a button, and adding it
// to a list the reader already has asks first.
import * as app from "./app.js";
import { countyBar } from "./county-bar.js";
import { NATIONAL } from "./county-setting.js";
import { occupationPath } from "./site.js";
import * as view from "./saved-view.js";

const { element, hiddenText } = view;
const COMPARE_MAX = 4;

const list = document.getElementById("mina-lista");
const status = document.getElementById("mina-status");
const empty = document.getElementById("tom");
const tools = document.getElementById("mina-val");
const shared = document.getElementById("delad");
const sharedList = document.getElementById("delad-lista");
const ask = document.getElementById("delad-fraga");
const shareInput = document.getElementById("dela-lank");
const printLink = document.getElementById("utskrift-lank");
const data = await view.loadPageOccupations(status, "Listan kunde inte visas. Försök igen när du har nät.");

const known = (ids) => ids.filter((id) => data.byId.has(id));
const sharedIds = () => known(view.idsFromHash(location.hash));
let county = NATIONAL;

// The page's address with `path` from the site's root, the county and `ids` in it.
function link(path, ids) {
  const url = new URL(path, app.root);
  if (county !== NATIONAL) url.searchParams.set("lan", county);
  url.hash = ids.join(",");
  return url.href;
}

function facts(o) {
  return view.factList(view.facts(o, data, { county }));
}

function item(o, index, count) {
  const name = o.name;
  const controls = element("p", { class: "item-controls" });
  if (index > 0) controls.append(element("button", { type: "button", "data-move": "-1" }, "Flytta upp", hiddenText(` ${name}`)));
  if (index < count - 1) controls.append(element("button", { type: "button", "data-move": "1" }, "Flytta ner", hiddenText(` ${name}`)));
  controls.append(element("button", { type: "button", "data-remove": "" }, "Ta bort", hiddenText(` ${name}`)));
  return element(
    "li", { class: "saved-item", "data-id": String(o.id) },
    element("h2", {}, view.pageLink(o)),
    o.summary ? element("p", {}, o.summary) : null,
    facts(o),
    controls,
  );
}

function sharedItem(o) {
  return element(
    "li", { class: "saved-item" },
    element("h3", {}, view.pageLink(o)),
    o.summary ? element("p", {}, o.summary) : null,
    facts(o),
  );
}

// A shared list is shown in place of the reader's own: nothing on the page speaks of theirs.
function renderShared(ids) {
  const n = ids.length;
  document.getElementById("delad-text").textContent = `Listan har ${n} ${n === 1 ? "yrke" : "yrken"}. Du kan läsa den här utan att spara något.`;
  sharedList.replaceChildren(...ids.map((id) => sharedItem(data.byId.get(id))));
  printLink.textContent = link("mina-yrken/", ids);
}

function renderOwn() {
  const ids = known(app.savedIds());
  list.replaceChildren(...ids.map((id, index) => item(data.byId.get(id), index, ids.length)));
  empty.hidden = ids.length > 0;
  tools.hidden = ids.length === 0;
  const compare = document.getElementById("jamfor-lank");
  compare.href = link("jamfor/", ids.slice(0, COMPARE_MAX));
  compare.textContent = ids.length > COMPARE_MAX ? `Jämför de ${COMPARE_MAX} första` : "Jämför yrkena";
  shareInput.value = link("mina-yrken/", ids);
  printLink.textContent = shareInput.value; // on the printed sheet
  // Saved on another page or device: keep them for reading offline too.
  app.keepOffline(ids.map((id) => occupationPath(data.byId.get(id).slug)));
}

function render() {
  const ids = sharedIds();
  const showingShared = ids.length > 0;
  shared.hidden = !showingShared;
  list.hidden = showingShared;
  if (showingShared) {
    empty.hidden = tools.hidden = true;
    renderShared(ids);
  } else {
    ask.hidden = true;
    renderOwn();
  }
}

// Move or remove, then put focus back where the reader was: on the same button of the moved
// item, or on the list's next item after a removal.
list.addEventListener("click", (event) => {
  const button = event.target.closest("button");
  const li = button?.closest("li[data-id]");
  if (!li) return;
  const id = Number(li.dataset.id);
  const ids = known(app.savedIds());
  const at = ids.indexOf(id);
  const name = data.byId.get(id).name;
  if (button.hasAttribute("data-remove")) {
    app.setSaved(ids.filter((other) => other !== id));
    status.textContent = `${name} är borttaget från listan.`;
    (list.querySelectorAll("li h2 a")[Math.min(at, list.children.length - 1)] || document.getElementById("innehall")).focus();
    return;
  }
  const to = at + Number(button.dataset.move);
  [ids[at], ids[to]] = [ids[to], ids[at]];
  app.setSaved(ids);
  status.textContent = `${name} är nu nummer ${to + 1}.`;
  const moved = list.querySelector(`li[data-id="${id}"]`);
  (moved.querySelector(`button[data-move="${button.dataset.move}"]`) || moved.querySelector("button[data-move]")).focus();
});

// Back to the reader's own list: the shared one leaves the address.
function closeShared(message) {
  history.replaceState(null, "", location.pathname + location.search);
  render();
  status.textContent = message;
  document.getElementById("innehall").focus();
}

function saveShared() {
  const ids = sharedIds();
  app.setSaved([...known(app.savedIds()), ...ids]);
  closeShared(`Listan är sparad. Du har ${known(app.savedIds()).length} yrken i Mina yrken.`);
}

// Saving is a choice; adding to a list the reader already has asks first.
document.getElementById("spara-delad").addEventListener("click", () => {
  const mine = known(app.savedIds());
  if (!mine.length) return saveShared();
  document.getElementById("delad-fraga-text").textContent = `Du har redan ${mine.length} ${mine.length === 1 ? "yrke" : "yrken"} i Mina yrken. Vill du lägga till yrkena i den delade listan i din lista?`;
  ask.hidden = false;
  document.getElementById("slaihop").focus();
});
document.getElementById("slaihop").addEventListener("click", saveShared);
document.getElementById("inte-ihop").addEventListener("click", () => {
  ask.hidden = true;
  status.textContent = "Listan sparades inte.";
  document.getElementById("spara-delad").focus();
});
document.getElementById("avbryt-delad").addEventListener("click", () => closeShared("Den delade listan sparades inte."));
for (const id of ["skriv-ut", "skriv-ut-delad"]) document.getElementById(id).addEventListener("click", () => print());

document.getElementById("kopiera").addEventListener("click", async () => {
  try {
    await navigator.clipboard.writeText(shareInput.value);
  } catch {
    shareInput.select();
    document.execCommand("copy"); // older browsers, and pages not on https
  }
  status.textContent = "Länken är kopierad.";
});
const shareButton = document.getElementById("dela");
if (navigator.share) {
  shareButton.hidden = false;
  shareButton.addEventListener("click", () => navigator.share({ title: "Mina yrken", url: shareInput.value }).catch(() => {}));
}

document.addEventListener("mina-yrken", render);
addEventListener("hashchange", render);
const bar = document.querySelector("form[data-county-bar]");
if (bar) {
  countyBar(bar, (code) => {
    county = code;
    render();
  });
} else {
  render();
}
