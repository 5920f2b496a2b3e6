// The key facts at the top of an occupation page: the reader's county's rating as the headline and
// the whole country's beside it. Without a choice, or without JavaScript, the page shows the whole
// country's. county.js loads this once a county is chosen (before, or on this page).
import { onCountyChange, pageCounty } from "./county-setting.js";

const dd = document.querySelector(".glance [data-lan]");
const WORDS = { 3: "Stora", 2: "Medelstora", 1: "Små" };

function show(code) {
  const rating = dd.querySelector("[data-glance-rating]");
  const where = dd.querySelector("[data-glance-where]");
  const national = dd.querySelector("[data-glance-national]");
  rating.dataset.national ??= rating.textContent;
  const digit = new RegExp(`(?:^| )${code}:(\\d)`).exec(dd.dataset.lan)?.[1];
  const name = document.querySelector(`tr[data-lan="${code}"] th`)?.textContent;
  const county = code && digit && name;
  rating.textContent = county ? WORDS[digit] : rating.dataset.national;
  where.textContent = county ? `i ${name}` : "i hela landet";
  national.hidden = !county;
  national.textContent = county ? ` (hela landet: ${rating.dataset.national.toLowerCase()})` : "";
}

if (dd) {
  show(pageCounty());
  onCountyChange(show);
}
