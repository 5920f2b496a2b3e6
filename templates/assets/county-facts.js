// "Lediga jobb just nu", "Vilka jobbar som …" and the county map on an occupation page: the chosen
// county's figures from the tables in the page, Platsbanken's link narrowed to that county
// (l=2:<the county's concept id>), and the map's tiles as buttons that choose the county, the
// site's one setting (county-setting.js). county.js loads this when the section nears the screen.
import { onCountyChange, pageCounty, setCounty } from "./county-setting.js";

function showAds(code) {
  for (const section of document.querySelectorAll("[data-ads]")) {
    const row = code ? section.querySelector(`tr[data-lan="${code}"]`) : null;
    const line = section.querySelector("[data-ads-line]");
    if (line) {
      line.hidden = !row;
      line.textContent = row ? `${row.cells[1].textContent} lediga jobb i ${row.cells[0].textContent}.` : "";
    }
    const county = row?.querySelector("a")?.href; // Platsbanken for the group in this county
    for (const link of section.querySelectorAll("[data-platsbanken]")) link.href = county || link.dataset.platsbanken;
  }
}

function showEmployed(code) {
  for (const table of document.querySelectorAll("table.employed-counties")) {
    const row = code ? table.querySelector(`tr[data-lan="${code}"]`) : null;
    const group = table.closest(".employed-group");
    let line = group?.querySelector("[data-employed-line]");
    if (!line && group) {
      line = document.createElement("p");
      line.dataset.employedLine = "";
      (table.closest("details") || table).before(line);
    }
    if (!line) continue;
    line.hidden = !row;
    line.textContent = row ? `I ${row.cells[0].textContent}: ${row.cells[1].textContent.toLowerCase()} anställda.` : "";
  }
}

const tiles = [...document.querySelectorAll("[data-county-map] [data-lan]")];

function show(code) {
  showAds(code);
  showEmployed(code);
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
show(pageCounty());
onCountyChange(show);
