// Jämför: two to four occupations side by side in one table: a row per fact (pay, prospects in
// the reader's county, outlook, education, working hours…), a column per occupation, its name
// the column's heading. Two fit a phone's width; with more, the table scrolls in its box with
// the facts' names pinned. The occupations come from the link (jamfor/#12,34) or, without one,
// from Mina yrken; the link follows every change, so a comparison can be shared.
import * as app from "./app.js";
import { countyBar } from "./county-bar.js";
import { NATIONAL } from "./county-setting.js";
import { saveButton } from "./save-button.js";
import * as view from "./saved-view.js";

const { element, hiddenText } = view;
const MAX = 4;

const area = document.getElementById("jamforelse");
const status = document.getElementById("jamfor-status");
const form = document.getElementById("jamfor-val");
const add = document.getElementById("lagg-till");
const choices = document.getElementById("yrken-att-valja");
const data = await view.loadPageOccupations(status, "Jämförelsen kunde inte visas. Försök igen när du har nät.");

const known = (ids) => ids.filter((id) => data.byId.has(id)).slice(0, MAX);
const fromHash = () => known(view.idsFromHash(location.hash));
let ids = location.hash.length > 1 ? fromHash() : known(app.savedIds());
let county = NATIONAL;

function heading(o, saved) {
  return element(
    "th", { scope: "col", id: `jamfor-${o.id}` },
    view.pageLink(o),
    element("span", { class: "item-controls" }, saveButton(app, o.id, o.slug, o.name, saved),
      element("button", { type: "button", "data-drop": String(o.id) }, "Ta bort", hiddenText(` ${o.name} från jämförelsen`))),
  );
}

// Where the facts' names may break in a narrow column ("Jobb-möjligheter"), as soft hyphens.
const BREAKS = [["Jobbmöjligheter", "Jobb\u00admöjlig\u00adheter"], ["Arbetstider", "Arbets\u00adtider"],
  ["Yrkesområden", "Yrkes\u00adområden"], ["Utbildning", "Utbild\u00adning"], ["Intressen", "Intres\u00adsen"]];
const breakable = (label) => BREAKS.reduce((text, [word, split]) => text.replace(word, split), label);

function table(occupations) {
  const saved = new Set(app.savedIds());
  const columns = occupations.map((o) => view.facts(o, data, { county, compare: true }));
  const labels = columns[0].map(([label]) => label);
  const names = occupations.map((o) => o.name).join(", ");
  return element(
    "table", { class: "compare-table" },
    element("caption", { class: "visually-hidden" }, `Jämförelse: ${names}`),
    element("thead", {}, element("tr", {}, element("td", {}), ...occupations.map((o) => heading(o, saved)))),
    element("tbody", {}, ...labels.map((label, row) => element(
      "tr", {}, element("th", { scope: "row" }, breakable(label)), ...columns.map((facts) => element("td", {}, facts[row][1])),
    ))),
  );
}

function fillChoices() {
  choices.replaceChildren(...data.occupations.filter((o) => !ids.includes(o.id)).map((o) => element("option", { value: o.name })));
  form.hidden = false;
  form.querySelector("button[type=submit]").disabled = add.disabled = ids.length >= MAX;
}

function render() {
  const occupations = ids.map((id) => data.byId.get(id));
  area.replaceChildren(...(occupations.length ? [table(occupations)] : []));
  area.dataset.count = String(occupations.length);
  // A table wider than the screen scrolls in its box: reachable by keyboard, named for a screen reader.
  const scrolls = occupations.length > 2;
  for (const [name, value] of [["tabindex", "0"], ["role", "region"], ["aria-label", "Jämförelsen, rulla i sidled"]]) {
    if (scrolls) area.setAttribute(name, value);
    else area.removeAttribute(name);
  }
  status.textContent = ids.length === 0 ? "Välj två till fyra yrken att jämföra."
    : ids.length === 1 ? "Välj minst ett yrke till att jämföra med."
    : ids.length === MAX ? `Du jämför ${MAX} yrken. Ta bort ett om du vill lägga till ett annat.` : "";
  const url = new URL(location.href);
  if (county === NATIONAL) url.searchParams.delete("lan");
  else url.searchParams.set("lan", county);
  url.hash = ids.length ? ids.join(",") : "";
  history.replaceState(null, "", url.hash ? url : url.href.replace(/#$/, ""));
  fillChoices();
}

// The occupation the field names: its exact name (any case), or the only one that starts so.
function chosen(text) {
  const typed = text.trim().toLocaleLowerCase("sv");
  if (!typed) return null;
  const open = data.occupations.filter((o) => !ids.includes(o.id));
  const exact = open.find((o) => o.name.toLocaleLowerCase("sv") === typed);
  const starts = open.filter((o) => o.name.toLocaleLowerCase("sv").startsWith(typed));
  return exact || (starts.length === 1 ? starts[0] : null);
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const o = chosen(add.value);
  if (!o) {
    status.textContent = add.value.trim() ? `Inget yrke heter ”${add.value.trim()}”. Skriv början av namnet och välj i listan.` : "Skriv namnet på ett yrke.";
    add.focus();
    return;
  }
  if (ids.length >= MAX) return;
  ids = [...ids, o.id];
  add.value = "";
  render();
  status.textContent = `${o.name} är tillagt.`;
  add.focus();
});
area.addEventListener("click", (event) => {
  const button = event.target.closest("button[data-drop]");
  if (!button) return;
  const id = Number(button.dataset.drop);
  ids = ids.filter((other) => other !== id);
  render();
  status.textContent = `${data.byId.get(id).name} är borttaget från jämförelsen.`;
  (area.querySelector("th a") || add).focus();
});
addEventListener("hashchange", () => {
  ids = fromHash();
  render();
});
const bar = document.querySelector("form[data-county-bar]");
if (bar) {
  countyBar(bar, (code) => {
    county = code;
    render();
  });
} else {
  render();
}
