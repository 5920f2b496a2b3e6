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

const picker = document.querySelector("[data-county-picker]");
if (picker) {
  const select = picker.querySelector("select");
  const code = storedCounty();
  if ([...select.options].some((option) => option.value === code)) select.value = code;
  picker.hidden = false;
  show(select.value);
  select.addEventListener("change", () => {
    store(select.value);
    show(select.value);
  });
}
