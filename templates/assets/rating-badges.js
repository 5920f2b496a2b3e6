// The job-prospects badge of every list entry, for the reader's county: the A–Ö index, the area
// pages, Bläddra and the search results. The page says the whole country's rating; an entry
// carries its rating in every region (data-jobb: one code a region, "-" none, in the order of
// the page's county picker), so a badge never says the country's rating under a county.
import { NATIONAL } from "./county-setting.js";

// The build's words for each rating code (formatting.py's RATING_WORDS; a test holds them equal).
export const RATING_WORDS = { 3: "Stora jobbmöjligheter", 2: "Medelstora jobbmöjligheter", 1: "Små jobbmöjligheter" };
const ALL_WORDS = Object.values(RATING_WORDS);
const SEPARATOR = " · ";

// The rating code of `codes` (data-jobb) in `region`, where `regions` is the picker's order.
export function ratingIn(codes, region, regions) {
  const i = regions.indexOf(region || NATIONAL);
  const code = i >= 0 && typeof codes === "string" ? codes[i] : undefined;
  return Object.hasOwn(RATING_WORDS, code ?? "") ? code : "";
}

// Open ads in `region` of `counts` (data-annonser: one count a region, space-separated, "-" none,
// in the picker's order), or null where there is no figure.
export function adsIn(counts, region, regions) {
  const i = regions.indexOf(region || NATIONAL);
  const text = i >= 0 && typeof counts === "string" ? counts.split(" ")[i] : undefined;
  return /^\d+$/.test(text ?? "") ? Number(text) : null;
}

// "Many open ads": at least `many.county` in a county, `many.country` in the whole country.
export function manyAds(count, region, many) {
  return count !== null && count >= ((region || NATIONAL) === NATIONAL ? many.country : many.county);
}

// What the badge shows besides the rating (the pay, on Bläddra), read once from the page's own text.
function otherText(badge) {
  if (badge.dataset.other === undefined) {
    const text = badge.textContent;
    const rating = ALL_WORDS.find((words) => text.startsWith(words));
    badge.dataset.other = rating ? text.slice(rating.length).replace(SEPARATOR, "") : text;
  }
  return badge.dataset.other;
}

// Rewrite the badge of `li` (added after its link when there is none) for `region`.
export function showRating(li, region, regions) {
  let badge = li.querySelector(".badge");
  const code = ratingIn(li.dataset.jobb, region, regions);
  const other = badge ? otherText(badge) : "";
  const text = [code ? RATING_WORDS[code] : "", other].filter(Boolean).join(SEPARATOR);
  if (!badge && !text) return;
  if (!badge) {
    badge = Object.assign(document.createElement("span"), { className: "badge" });
    badge.dataset.other = "";
    li.querySelector("a").after(" ", badge);
  }
  badge.textContent = text;
  badge.hidden = !text;
}
