// "Var bor du?" on an occupation page: the reader's county is shown first in every county table,
// and its rating next to the whole country's. The choice is the site's one county setting
// (county-setting.js). county.js loads this when the tables come near the screen. Without
// JavaScript the full table is there as it is.
import { onCountyChange, setCounty, storedCounty } from "./county-setting.js";

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
    headline(table.closest(".prospects"), rows.find((row) => row.dataset.lan === code));
  }
}

// The chosen county's rating is the headline, the whole country's beside it (and back without a choice).
function headline(prospects, chosen) {
  const word = prospects?.querySelector(".rating-word");
  const where = word?.nextSibling;
  const line = prospects?.querySelector("[data-county-line]");
  if (!word || !where || !line) return;
  word.dataset.national ??= word.textContent;
  const county = chosen && chosen.dataset.rated === "1";
  word.textContent = county ? `${chosen.cells[1].textContent} jobbmöjligheter` : word.dataset.national;
  where.textContent = county ? ` i ${chosen.cells[0].textContent} just nu.` : " i hela landet just nu.";
  line.hidden = !chosen;
  line.textContent = !chosen ? "" : county ? `I hela landet: ${word.dataset.national.toLowerCase()}.`
    : `I ${chosen.cells[0].textContent}: ${chosen.cells[1].textContent.toLowerCase()}.`;
}

const picker = document.querySelector("[data-county-picker]");
const firstTable = document.querySelector("table.counties");
if (picker && firstTable) {
  const select = picker.querySelector("select");
  // The counties to choose from are the table's rows: the page does not carry them twice.
  for (const row of firstTable.tBodies[0].rows) select.add(new Option(row.cells[0].textContent, row.dataset.lan));
  const code = storedCounty();
  if ([...select.options].some((option) => option.value === code)) select.value = code;
  picker.hidden = false;
  show(select.value);
  select.addEventListener("change", () => setCounty(select.value));
  // Chosen here, on another page's picker or in another tab: the same county everywhere.
  onCountyChange((chosen) => {
    select.value = [...select.options].some((option) => option.value === chosen) ? chosen : "";
    show(select.value);
  });
}
