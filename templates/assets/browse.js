// Browse view: filter the server-rendered list by area, education, interests and job prospects,
// and sort it by name, pay or open ads in the reader's county. Everything is in the page already, so filtering is instant and
// works offline; the choices live in the URL so a filtered list can be shared.

import { NATIONAL, onCountyChange, pageCounty, setCounty } from "./county-setting.js";
import { adsIn, manyAds, ratingIn, showRating } from "./rating-badges.js";

const form = document.getElementById("filter");
const list = document.getElementById("yrkeslista");
const items = [...list.children].map((li, index) => ({
  li,
  index,
  areas: li.dataset.areas.split(" ").filter(Boolean),
  levels: li.dataset.levels.split(" ").filter(Boolean),
  interests: li.dataset.interests.split(""),
  prospects: li.dataset.jobb || "",
  pay: li.dataset.lon ? Number(li.dataset.lon) : null,
  ads: li.dataset.annonser || "",
}));
const manyBox = form.elements.manga;
const MANY = manyBox ? { county: Number(manyBox.dataset.county), country: Number(manyBox.dataset.country) } : null;
const status = document.getElementById("antal");
const MAX_INTERESTS = 3;
// The region order of data-jobb: the whole country, then the counties in the picker's order.
const regions = form.elements.lan ? [...form.elements.lan.options].map((option) => option.value) : [];

function readForm() {
  const data = new FormData(form);
  return {
    area: data.get("omrade") || "",
    levels: data.getAll("utbildning"),
    interests: data.getAll("intresse"),
    prospects: data.getAll("jobb"),
    region: data.get("lan") || NATIONAL,
    sort: data.get("sortera") || "",
    many: data.get("manga") === "1",
  };
}

function matches(item, choice) {
  if (choice.area && !item.areas.includes(choice.area)) return false;
  // Any chosen education level or rating will do; every chosen interest must fit.
  if (choice.levels.length && !choice.levels.some((l) => item.levels.includes(l))) return false;
  if (choice.prospects.length && !choice.prospects.includes(ratingIn(item.prospects, choice.region, regions))) return false;
  if (choice.many && !manyAds(adsIn(item.ads, choice.region, regions), choice.region, MANY)) return false;
  return choice.interests.every((letter) => item.interests.includes(letter));
}

function count(choice) {
  return items.filter((item) => matches(item, choice)).length;
}

const KEYS = { utbildning: "levels", intresse: "interests", jobb: "prospects" };

// Most first (or least, `down` false); occupations without a figure last, in A–Ö order.
const byValue = (value, down) => (a, b) => {
  const [x, y] = [value(a), value(b)];
  if (x === null || y === null) return (x === null) - (y === null) || a.index - b.index;
  return (down ? y - x : x - y) || a.index - b.index;
};

function sortList(sort, region) {
  const orders = {
    lon: byValue((item) => item.pay, true),
    "lon-lag": byValue((item) => item.pay, false),
    annonser: byValue((item) => adsIn(item.ads, region, regions), true),
  };
  const sorted = [...items].sort(orders[sort] || ((a, b) => a.index - b.index));
  list.append(...sorted.map((item) => item.li));
}

function writeUrl(choice) {
  const params = new URLSearchParams();
  if (choice.area) params.set("omrade", choice.area);
  if (choice.levels.length) params.set("utbildning", choice.levels.join(","));
  if (choice.interests.length) params.set("intresse", choice.interests.join(""));
  if (choice.prospects.length) params.set("jobb", choice.prospects.join(""));
  if (choice.region !== NATIONAL) params.set("lan", choice.region);
  if (choice.sort) params.set("sortera", choice.sort);
  if (choice.many) params.set("manga", "1");
  const query = params.toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
}

// The county, cleared in one tap: the whole country again, here and on every page.
const clearCounty = form.querySelector("[data-county-clear]");
clearCounty?.addEventListener("click", () => {
  form.elements.lan.value = NATIONAL;
  setCounty("");
  update();
  form.elements.lan.focus();
});

// While the list is filtered or sorted by open ads, each card says its count in the chosen
// region, the figure the filter and sort read.
function showAds(choice) {
  const on = choice.many || choice.sort === "annonser";
  const where = choice.region === NATIONAL ? "hela landet" : form.elements.lan.selectedOptions[0].textContent;
  for (const item of items) {
    let line = item.li.querySelector(".ads-line");
    const count = adsIn(item.ads, choice.region, regions);
    if (!line && !on) continue;
    if (!line) {
      line = Object.assign(document.createElement("span"), { className: "ads-line" });
      item.li.querySelector("a").after(" ", line);
    }
    line.hidden = !on;
    line.textContent = count === null ? manyBox.dataset.missing : `${count.toLocaleString("sv-SE")} lediga jobb i ${where}`;
  }
}

function update() {
  const choice = readForm();
  if (clearCounty) clearCounty.hidden = choice.region === NATIONAL;
  let shown = 0;
  for (const item of items) {
    const visible = matches(item, choice);
    item.li.hidden = !visible;
    if (visible) shown += 1;
    // The card says the rating the filter reads: the same county's.
    if (regions.length) showRating(item.li, choice.region, regions);
  }
  status.textContent = shown === 1 ? "1 yrke." : `${shown} yrken.`;
  // How many there would be with each option added: live counts next to the options.
  for (const span of form.querySelectorAll("[data-count-for]")) {
    const [group, value] = span.dataset.countFor.split(":");
    const key = KEYS[group];
    const with_ = group === "manga" ? { ...choice, many: true }
      : { ...choice, [key]: choice[key].includes(value) ? choice[key] : [...choice[key], value] };
    span.textContent = `(${count(with_)})`;
  }
  // At most three interests: the rest are disabled until one is taken away.
  for (const box of form.querySelectorAll("input[name=intresse]")) {
    box.disabled = !box.checked && choice.interests.length >= MAX_INTERESTS;
  }
  sortList(choice.sort, choice.region);
  if (MANY) showAds(choice);
  writeUrl(choice);
}

function restore() {
  const params = new URLSearchParams(location.search);
  form.elements.omrade.value = params.get("omrade") || "";
  const levels = (params.get("utbildning") || "").split(/[,\s]+/);
  const interests = (params.get("intresse") || "").toUpperCase().split("").slice(0, MAX_INTERESTS);
  for (const box of form.querySelectorAll("input[name=utbildning]")) box.checked = levels.includes(box.value);
  for (const box of form.querySelectorAll("input[name=intresse]")) box.checked = interests.includes(box.value);
  if (!form.elements.lan) return;
  const prospects = (params.get("jobb") || "").split("");
  for (const box of form.querySelectorAll("input[name=jobb]")) box.checked = prospects.includes(box.value);
  // The reader's county (chosen on any page), unless the link says otherwise.
  const region = pageCounty() || NATIONAL;
  form.elements.lan.value = regions.includes(region) ? region : NATIONAL;
  const sort = params.get("sortera") || "";
  form.elements.sortera.value = ["lon", "lon-lag", "annonser"].includes(sort) ? sort : "";
  if (manyBox) manyBox.checked = params.get("manga") === "1";
}

form.addEventListener("change", (event) => {
  // The county here is the site's: chosen in this filter, it holds on every page.
  if (event.target === form.elements.lan) setCounty(form.elements.lan.value);
  update();
});
// Chosen on another page's picker or in another tab.
onCountyChange((code) => {
  if (!form.elements.lan) return;
  form.elements.lan.value = regions.includes(code) ? code : NATIONAL;
  update();
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  update();
});
restore();
update();

// Each occupation in the list gets a Spara button (app.js keeps the reader's list).
Promise.all([import("./app.js"), import("./save-button.js")])
  .then(([app, { saveButton }]) => {
    const saved = new Set(app.savedIds());
    for (const { li } of items) li.append(saveButton(app, Number(li.dataset.id), li.dataset.slug, li.querySelector("a").textContent, saved));
  })
  .catch(() => {}); // without it the list still filters
