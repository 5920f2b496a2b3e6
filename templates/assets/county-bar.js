// The county bar of the A–Ö index and the area pages ("Jobbmöjligheter i: …"): the reader's
// county for the whole site, shown, changed or cleared in one tap, and every entry's badge
// in that county. Without JavaScript the bar stays hidden and the badges say the whole country.
import { NATIONAL, onCountyChange, pageCounty, setCounty } from "./county-setting.js";
import { showRating } from "./rating-badges.js";

// Sets up the bar `form` (a select of the regions, whole country first, and a clear button);
// calls `changed(code, regions)` now and on every change, `regions` being the select's order.
export function countyBar(form, changed) {
  const select = form.querySelector("select");
  const clear = form.querySelector("[data-county-clear]");
  const regions = [...select.options].map((option) => option.value);
  const apply = (code) => {
    select.value = regions.includes(code) ? code : NATIONAL;
    clear.hidden = select.value === NATIONAL;
    changed(select.value, regions);
  };
  select.addEventListener("change", () => setCounty(select.value));
  clear.addEventListener("click", () => {
    setCounty("");
    select.focus();
  });
  onCountyChange(apply);
  form.addEventListener("submit", (event) => event.preventDefault());
  form.hidden = false;
  apply(pageCounty() || NATIONAL);
}

const bar = document.querySelector("form[data-county-bar][data-list-page]");
if (bar) {
  const items = [...document.querySelectorAll(".occupation-list > li[data-jobb]")];
  countyBar(bar, (code, regions) => {
    for (const li of items) showRating(li, code, regions);
  });
}
