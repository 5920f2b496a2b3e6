// "Var bor du?": the visitor's county is shown first in every county table, and its rating
// next to the whole country's. The choice is kept on this device (localStorage), and only
// once the visitor has made it. Without JavaScript the full table is there as it is.
const KEY = "yrken-lan"; // browse.js reads the same key

function storedCounty() {
  try {
    return localStorage.getItem(KEY) || "";
  } catch {
    return ""; // storage may be blocked; then nothing is remembered
  }
}

function store(code) {
  try {
    if (code) localStorage.setItem(KEY, code);
    else localStorage.removeItem(KEY);
  } catch {
    // nothing to do: the choice still applies to this page
  }
}

function show(code) {
  for (const table of document.querySelectorAll("table.counties")) {
    const body = table.tBodies[0];
    const rows = [...body.rows];
    rows.forEach((row, i) => {
      if (!row.dataset.order) row.dataset.order = String(i);
    });
    rows.sort((a, b) => (b.dataset.lan === code) - (a.dataset.lan === code) || a.dataset.order - b.dataset.order);
    for (const row of rows) {
      row.classList.toggle("chosen", row.dataset.lan === code);
      body.append(row);
    }
    const line = table.closest(".prospects")?.querySelector("[data-county-line]");
    const chosen = rows.find((row) => row.dataset.lan === code);
    if (line) {
      line.hidden = !chosen;
      line.textContent = chosen ? `I ${chosen.cells[0].textContent}: ${chosen.cells[1].textContent.toLowerCase()}.` : "";
    }
  }
}

// "Lediga jobb just nu" and "Vilka jobbar": the chosen county's figures from the tables in the
// page, and Platsbanken's link narrowed to that county (l=2:<the county's concept id>).
function showFacts(code) {
  for (const section of document.querySelectorAll("[data-ads]")) {
    const row = section.querySelector(`tr[data-lan="${code}"]`);
    const line = section.querySelector("[data-ads-line]");
    line.hidden = !row;
    line.textContent = row ? `${row.cells[1].textContent} lediga jobb i ${row.cells[0].textContent}.` : "";
    const county = row?.querySelector("a")?.href; // Platsbanken for the group in this county
    for (const link of section.querySelectorAll("[data-platsbanken]")) link.href = county || link.dataset.platsbanken;
  }
  for (const table of document.querySelectorAll("table.employed-counties")) {
    const row = table.querySelector(`tr[data-lan="${code}"]`);
    let line = table.closest(".employed-group").querySelector("[data-employed-line]");
    if (!line) {
      line = document.createElement("p");
      line.dataset.employedLine = "";
      table.closest("details").before(line);
    }
    line.hidden = !row;
    line.textContent = row ? `I ${row.cells[0].textContent}: ${row.cells[1].textContent.toLowerCase()} anställda.` : "";
  }
}

function chooseCounty(code) {
  store(code);
  const select = document.querySelector("[data-county-picker] select");
  if (select) select.value = code;
  show(code);
  showFacts(code);
  for (const tile of document.querySelectorAll("[data-county-map] [data-lan]")) {
    tile.setAttribute("aria-pressed", String(tile.dataset.lan === code));
  }
}

const picker = document.querySelector("[data-county-picker]");
if (picker) {
  const select = picker.querySelector("select");
  const code = storedCounty();
  if ([...select.options].some((option) => option.value === code)) select.value = code;
  picker.hidden = false;
  show(select.value);
  showFacts(select.value);
  select.addEventListener("change", () => chooseCounty(select.value));
} else {
  showFacts(storedCounty());
}
const chosen = storedCounty();
for (const tile of document.querySelectorAll("[data-county-map] [data-lan]")) {
  tile.setAttribute("role", "button");
  tile.setAttribute("tabindex", "0");
  tile.setAttribute("aria-pressed", String(tile.dataset.lan === chosen));
  tile.addEventListener("click", () => chooseCounty(tile.dataset.lan));
  tile.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      chooseCounty(tile.dataset.lan);
    }
  });
}
