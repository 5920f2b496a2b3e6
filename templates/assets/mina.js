// Mina yrken: the reader's saved occupations, to reorder, remove, compare, print and share.
// A shared link (mina-yrken/#12,34) shows its list and offers to save it.
const script = document.querySelector("script[data-list]");
const app = await import(script.dataset.app);
const view = await import(script.dataset.view);
const { element, hiddenText } = view;
const COMPARE_MAX = 4;

const list = document.getElementById("mina-lista");
const status = document.getElementById("mina-status");
const empty = document.getElementById("tom");
const tools = document.getElementById("mina-val");
const shared = document.getElementById("delad");
const shareInput = document.getElementById("dela-lank");
const data = await view.loadOccupationsOrSay(script.dataset.list, status, "Listan kunde inte visas. Försök igen när du har nät.");

const known = (ids) => ids.filter((id) => data.byId.has(id));
let county = view.countyChoice(document.getElementById("lan"), data, (chosen) => {
  county = chosen;
  render();
});

function item(o, index, count) {
  const name = o.name;
  const controls = element("p", { class: "item-controls" });
  if (index > 0) controls.append(element("button", { type: "button", "data-move": "-1" }, "Flytta upp", hiddenText(` ${name}`)));
  if (index < count - 1) controls.append(element("button", { type: "button", "data-move": "1" }, "Flytta ner", hiddenText(` ${name}`)));
  controls.append(element("button", { type: "button", "data-remove": "" }, "Ta bort", hiddenText(` ${name}`)));
  return element(
    "li", { class: "saved-item", "data-id": String(o.id) },
    element("h2", {}, view.pageLink(o, app.root)),
    o.summary ? element("p", {}, o.summary) : null,
    view.factList(view.facts(o, data, { root: app.root, county })),
    controls,
  );
}

function render() {
  const ids = known(app.savedIds());
  list.replaceChildren(...ids.map((id, index) => item(data.byId.get(id), index, ids.length)));
  empty.hidden = ids.length > 0;
  tools.hidden = ids.length === 0;
  const compare = document.getElementById("jamfor-lank");
  compare.href = new URL(`jamfor/${location.search}#${ids.slice(0, COMPARE_MAX).join(",")}`, app.root).href;
  compare.textContent = ids.length > COMPARE_MAX ? `Jämför de ${COMPARE_MAX} första` : "Jämför yrkena";
  shareInput.value = new URL(`mina-yrken/#${ids.join(",")}`, app.root).href;
  document.getElementById("utskrift-lank").textContent = shareInput.value; // on the printed sheet
  // Saved on another page or phone: keep them for reading offline too.
  app.keepOffline(ids.map((id) => `yrken/${data.byId.get(id).slug}/`));
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

function offerShared() {
  const ids = known(view.idsFromHash(location.hash));
  shared.hidden = ids.length === 0;
  if (!ids.length) return;
  const n = ids.length;
  document.getElementById("delad-text").textContent = `Listan har ${n} ${n === 1 ? "yrke" : "yrken"}. Vill du spara ${n === 1 ? "det" : "dem"} i Mina yrken?`;
  document.getElementById("delad-lista").replaceChildren(...ids.map((id) => {
    const o = data.byId.get(id);
    return element("li", {}, view.pageLink(o, app.root), o.summary ? element("p", {}, o.summary) : null);
  }));
}

function closeShared(message) {
  history.replaceState(null, "", location.pathname + location.search);
  shared.hidden = true;
  status.textContent = message;
  document.getElementById("innehall").focus();
}

document.getElementById("spara-delad").addEventListener("click", () => {
  const ids = known(view.idsFromHash(location.hash));
  app.setSaved([...app.savedIds(), ...ids]);
  closeShared(`Listan är sparad. Du har ${known(app.savedIds()).length} yrken i Mina yrken.`);
});
document.getElementById("avbryt-delad").addEventListener("click", () => closeShared("Listan sparades inte."));
document.getElementById("skriv-ut").addEventListener("click", () => print());

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
addEventListener("hashchange", offerShared);
render();
offerShared();
