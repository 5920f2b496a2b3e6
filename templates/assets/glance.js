// The key facts at the top of an occupation page: the reader's county's rating as the headline and
// the whole country's beside it, and the county's open ads with the country's. Without a choice, or
// without JavaScript, the page shows the whole country's. county.js loads this once a county is
// chosen (before, or on this page).
import { onCountyChange, pageCounty } from "./county-setting.js";
import { countyFile, parseFigures, swedishNumber } from "./county-figures.js";

const rated = document.querySelector(".glance [data-lan]");
const adsFact = document.querySelector(".glance [data-glance-ads]");
const ads = parseFigures(document.querySelector("[data-lan-annonser]")?.dataset.lanAnnonser);
const WORDS = { 3: "Stora", 2: "Medelstora", 1: "Små" };

function showRating(code, name) {
  const rating = rated.querySelector("[data-glance-rating]");
  const where = rated.querySelector("[data-glance-where]");
  const national = rated.querySelector("[data-glance-national]");
  rating.dataset.national ??= rating.textContent;
  const digit = new RegExp(`(?:^| )${code}:(\\d)`).exec(rated.dataset.lan)?.[1];
  const county = code && digit && name;
  rating.textContent = county ? WORDS[digit] : rating.dataset.national;
  where.textContent = county ? `i ${name}` : "i hela landet";
  national.hidden = !county;
  national.textContent = county ? ` (hela landet: ${rating.dataset.national.toLowerCase()})` : "";
}

function showAds(code, name) {
  const link = adsFact.querySelector("a");
  link.dataset.national ??= link.innerHTML;
  link.dataset.whole ??= link.querySelector("strong")?.textContent ?? "inga";
  const count = ads.get(code);
  if (!(code && name && count != null)) {
    link.innerHTML = link.dataset.national;
    return;
  }
  link.textContent = "";
  const strong = document.createElement("strong");
  strong.textContent = count ? swedishNumber(count) : "Inga";
  link.append(strong, ` i ${name} just nu (hela landet: ${link.dataset.whole})`);
}

async function show(code) {
  const counties = await countyFile();
  // The county's name from the site's county file, or from the prospects table when that file cannot be read.
  const name = counties?.namn?.[code] ?? document.querySelector(`tr[data-lan="${code}"] th`)?.textContent;
  if (rated) showRating(code, name);
  if (adsFact) showAds(code, name);
}

if (rated || adsFact) {
  show(pageCounty());
  onCountyChange(show);
}
