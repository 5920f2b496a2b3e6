// Jämför: two to four occupations side by side (cards in one column on a phone, with the
// same rows in the same order). The occupations come from the link (jamfor/#12,34) or,
// without one, from Mina yrken; the link follows every change, so a comparison can be shared.
const script = document.querySelector("script[data-list]");
const app = await import(script.dataset.app);
const { saveButton } = await import(script.dataset.saveButton);
const view = await import(script.dataset.view);
const { element, hiddenText } = view;
const MAX = 4;

const area = document.getElementById("jamforelse");
const status = document.getElementById("jamfor-status");
const form = document.getElementById("jamfor-val");
const add = document.getElementById("lagg-till");
const countySelect = document.getElementById("lan");
const data = await view.loadOccupationsOrSay(script.dataset.list, status, "Jämförelsen kunde inte visas. Försök igen när du har nät.");

const known = (ids) => ids.filter((id) => data.byId.has(id)).slice(0, MAX);
let ids = known(location.hash.length > 1 ? view.idsFromHash(location.hash) : app.savedIds());
let county = view.countyChoice(countySelect, data, (chosen) => {
  county = chosen;
  render();
});

function card(o, rows) {
  const facts = view.factList(rows);
  const section = element(
    "section", { class: "compare-card", "aria-labelledby": `jamfor-${o.id}` },
    element("h2", { id: `jamfor-${o.id}` }, view.pageLink(o, app.root)),
    facts,
    element("p", { class: "item-controls" }, saveButton(app, o.id, o.slug, o.name),
      element("button", { type: "button", "data-drop": String(o.id) }, "Ta bort", hiddenText(` ${o.name} från jämförelsen`))),
  );
  // Every card spans the same rows of the page's grid, so the rows line up side by side.
  section.style.gridRow = `span ${rows.length + 2}`;
  facts.style.gridRow = `span ${rows.length}`;
  return section;
}

function fillChoices() {
  const first = element("option", { value: "" }, "Välj ett yrke");
  add.replaceChildren(first, ...data.occupations.filter((o) => !ids.includes(o.id)).map((o) => element("option", { value: String(o.id) }, o.name)));
  form.hidden = false;
  form.querySelector("button[type=submit]").disabled = add.disabled = ids.length >= MAX;
}

function render() {
  const cards = ids.map((id) => data.byId.get(id)).map((o) => card(o, view.facts(o, data, { root: app.root, county, compare: true })));
  area.replaceChildren(...cards);
  area.dataset.count = String(cards.length);
  status.textContent = ids.length === 0 ? "Välj två till fyra yrken att jämföra."
    : ids.length === 1 ? "Välj minst ett yrke till att jämföra med."
    : ids.length === MAX ? `Du jämför ${MAX} yrken. Ta bort ett om du vill lägga till ett annat.` : "";
  const hash = ids.length ? `#${ids.join(",")}` : "";
  history.replaceState(null, "", `${location.pathname}${location.search}${hash}`);
  fillChoices();
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const id = Number(add.value);
  if (!data.byId.has(id) || ids.includes(id) || ids.length >= MAX) return;
  ids = [...ids, id];
  render();
  status.textContent = `${data.byId.get(id).name} är tillagt.`;
  add.focus();
});
area.addEventListener("click", (event) => {
  const button = event.target.closest("button[data-drop]");
  if (!button) return;
  const id = Number(button.dataset.drop);
  ids = ids.filter((other) => other !== id);
  render();
  status.textContent = `${data.byId.get(id).name} är borttaget från jämförelsen.`;
  (area.querySelector("h2 a") || add).focus();
});
addEventListener("hashchange", () => {
  ids = known(view.idsFromHash(location.hash));
  render();
});
render();
