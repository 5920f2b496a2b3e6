// "Lediga jobb just nu", "Vilka jobbar som …" and the county map on an occupation page: the chosen
// county's figures (from the page's data attributes, county-figures.js), Platsbanken's links
// narrowed to that county (l=2:<the county's concept id>), a table of every county, the map's
// second colouring (open ads per 1,000 employed), and the map's tiles as buttons that choose the
// county, the site's one setting (county-setting.js). county.js loads this when the section nears
// the screen. Without JavaScript the page shows the whole country's figures and the prospects table.
import { onCountyChange, pageCounty, setCounty } from "./county-setting.js";
import {
  CODES, countyFile, countyLink, parseFigures, perThousand, quartileClasses, round, sumFigures, swedishNumber,
} from "./county-figures.js";

const section = document.querySelector("[data-ads]");
const ads = parseFigures(section?.dataset.lanAnnonser);
const groups = [...document.querySelectorAll("[data-lan-anstallda]")];
const employed = sumFigures(groups.map((group) => parseFigures(group.dataset.lanAnstallda)));
const svg = document.querySelector("[data-county-map]");
const tiles = svg ? [...svg.querySelectorAll("[data-lan]")] : [];
const file = countyFile();
const count = swedishNumber;
// A county SCB hides (".."), in the words of every other list (formatting.MISSING["employed_short"]).
const HIDDEN = "SCB visar ingen siffra";

function line(parent, attribute, before) {
  let p = parent.querySelector(`[${attribute}]`);
  if (!p) {
    p = document.createElement("p");
    p.setAttribute(attribute, "");
    before.before(p);
  }
  return p;
}

function showAds(code, counties) {
  if (!section) return;
  const name = counties?.namn?.[code];
  const adsLine = section.querySelector("[data-ads-line]");
  const value = ads.get(code);
  adsLine.hidden = !(name && value != null);
  adsLine.textContent = adsLine.hidden ? "" : `${value ? count(value) : "Inga"} lediga jobb i ${name} just nu.`;
  const concept = code ? counties?.begrepp?.[code] : "";
  for (const link of section.querySelectorAll("[data-platsbanken]")) {
    link.href = countyLink(link.dataset.platsbanken, concept);
  }
}

function showEmployed(code, counties) {
  const name = counties?.namn?.[code];
  for (const group of groups) {
    const figures = parseFigures(group.dataset.lanAnstallda);
    const p = line(group, "data-employed-line", group.querySelector(".source"));
    p.hidden = !(name && figures.has(code));
    const value = figures.get(code);
    const figure = value == null ? HIDDEN : count(value) + " anställda";
    p.textContent = p.hidden ? "" : `I ${name}: ${figure}.`;
  }
}

// Every county's open ads (and employed, where the register has the group), folded like the prospects table.
function countyTable(counties) {
  if (!section || ads.size === 0 || !counties?.namn || section.querySelector("[data-county-table]")) return;
  const details = document.createElement("details");
  details.dataset.countyTable = "";
  const summary = document.createElement("summary");
  summary.textContent = "Lediga jobb i varje län";
  const table = document.createElement("table");
  table.className = "county-facts";
  const head = ["Län", "Lediga jobb", ...(employed.size ? ["Anställda"] : [])];
  table.createTHead().insertRow().append(...head.map((text) => cell("th", text, "col")));
  const body = table.createTBody();
  for (const code of CODES) {
    const row = body.insertRow();
    row.dataset.lan = code;
    const e = employed.get(code);
    row.append(cell("th", counties.namn[code], "row"), cell("td", ads.get(code) == null ? "–" : count(ads.get(code))),
      ...(employed.size ? [cell("td", e == null ? HIDDEN : count(e))] : []));
  }
  details.append(summary, table);
  section.querySelector(".source").before(details);
}

function cell(tag, text, scope) {
  const element = document.createElement(tag);
  element.textContent = text;
  if (scope) element.scope = scope;
  return element;
}

// The map's second colouring: open ads per 1,000 employed, in four classes of this occupation's counties,
// light to dark blue (fill, text: each pair 5.9:1 or more; the light tiles get a dark edge), grey for
// no figure. Set here rather than in occupation.css: only this script draws it, and a first visit
// downloads the stylesheet but not this script.
const ADS_COLOURS = [["#595959", "#fff"], ["#deebf7", "#0b0c0c"], ["#9ecae1", "#0b0c0c"], ["#2166ac", "#fff"],
  ["#08306b", "#fff"]];

function mapChoice(counties) {
  if (!svg || ads.size === 0 || employed.size === 0 || !counties?.namn) return;
  const ratios = perThousand(ads, employed);
  const { classes, limits } = quartileClasses(ratios);
  if (limits.length === 0) return;
  const key = svg.closest("figure").querySelector("[data-map-key]");
  const prospectsKey = key.textContent;
  const prospectsTitles = new Map(tiles.map((tile) => [tile, tile.querySelector("title").textContent]));
  const [a, b, c] = limits.map(swedishNumber);
  const adsKey = `Lediga jobb per 1 000 anställda i länet, jämfört med yrkets andra län: ljusast under ${a}, `
    + `sedan ${a}–${b}, ${b}–${c} och mörkast ${c} eller fler. Grått: ingen siffra. Tryck på ett län för att välja det.`;
  const choice = document.createElement("fieldset");
  choice.className = "map-choice";
  choice.innerHTML = "<legend>Färg på kartan</legend>"
    + '<label><input type="radio" name="karta" value="" checked> Jobbmöjligheter</label>'
    + '<label><input type="radio" name="karta" value="annonser"> Lediga jobb per 1 000 anställda</label>';
  svg.before(choice);
  choice.addEventListener("change", (event) => {
    const byAds = event.target.value === "annonser";
    svg.dataset.mode = byAds ? "annonser" : "";
    key.textContent = byAds ? adsKey : prospectsKey;
    for (const tile of tiles) {
      const ratio = ratios.get(tile.dataset.lan);
      const [fill, text] = ADS_COLOURS[classes.get(tile.dataset.lan)];
      tile.querySelector("rect").style.fill = byAds ? fill : "";
      tile.querySelector("rect").style.stroke = byAds && fill !== ADS_COLOURS[0][0] ? "#0b0c0c" : "";
      tile.querySelector("text").style.fill = byAds ? text : "";
      const figure = ratio == null ? "ingen siffra" : swedishNumber(round(ratio)) + " lediga jobb per 1 000 anställda";
      tile.querySelector("title").textContent = byAds ? `${counties.namn[tile.dataset.lan]}: ${figure}` : prospectsTitles.get(tile);
    }
  });
}

function show(code, counties) {
  showAds(code, counties);
  showEmployed(code, counties);
  for (const tile of tiles) tile.setAttribute("aria-pressed", String(tile.dataset.lan === code));
}

for (const tile of tiles) {
  tile.setAttribute("role", "button");
  tile.setAttribute("tabindex", "0");
  tile.addEventListener("click", () => setCounty(tile.dataset.lan));
  tile.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      setCounty(tile.dataset.lan);
    }
  });
}

file.then((counties) => {
  countyTable(counties);
  mapChoice(counties);
  show(pageCounty(), counties);
  onCountyChange((code) => show(code, counties));
});
