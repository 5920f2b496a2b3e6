// Shared by Mina yrken and Jämför: the build's file of every occupation (id, name, summary,
// education, interests, areas, working hours in brief, similar occupations, and, once the
// build has them, job prospects per county, the five-year outlook and pay), and small helpers
// to show them.
import { NATIONAL } from "./county-setting.js";
import { occupationUrl } from "./site.js";

export async function loadOccupations(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const data = await response.json();
  data.byId = new Map(data.occupations.map((o) => [o.id, o]));
  return data;
}

// The occupations for a page of saved lists, or `message` in its status line (and an error
// that stops the page's script) when they cannot be read, e.g. offline before they were kept.
export async function loadOccupationsOrSay(url, status, message) {
  try {
    return await loadOccupations(url);
  } catch {
    status.textContent = message;
    throw new Error("the list of occupations could not be read");
  }
}

// A page of saved lists starts here: the occupations from the file its script names (data-list),
// with the sources line shown, or `message` in `status` when they cannot be read.
export async function loadPageOccupations(status, message) {
  const script = document.querySelector("script[data-list]");
  const data = await loadOccupationsOrSay(script.dataset.list, status, message);
  showSources(data);
  return data;
}

// Longer than any list of real ids: a longer hash is cut, not read, so its cost is bounded.
const HASH_LIMIT = 4000;

// "#12,34" -> [12, 34]: the occupation ids of a shared link, at most `limit`. Any hash is read
// without an error: a malformed escape ("#%E0%A4%A") is read as typed.
export function idsFromHash(hash, limit = 100) {
  let text = String(hash || "").slice(0, HASH_LIMIT).replace(/^#/, "");
  try {
    text = decodeURIComponent(text);
  } catch {
    // not an escape sequence: the digits and commas as they are
  }
  const ids = text.split(",", limit * 4).map((part) => Number(part.trim()));
  return [...new Set(ids.filter((id) => Number.isSafeInteger(id) && id > 0))].slice(0, limit);
}

export function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

export function hiddenText(text) {
  return element("span", { class: "visually-hidden" }, text);
}

export function pageLink(o) {
  return element("a", { href: occupationUrl(o.slug) }, o.name);
}

// The site's one wording for each kind of missing figure, from the data file ("missing"), the
// occupation pages' words (generator/site/formatting.py MISSING); MISSING when the file has none.
export const MISSING = "Uppgift saknas";
export const missing = (data, kind) => ((data && data.missing) || {})[kind] || ((data && data.missing) || {}).other || MISSING;
const number = (value) => Number(value).toLocaleString("sv-SE");
const kronor = (value) => `${number(value)} kr`;

export function interestsText(o, names) {
  return (o.interests || "").split("").filter(Boolean).map((letter) => `${names[letter] || letter} (${letter})`).join(", ");
}

// The region's name ("Skåne län", "Hela Sverige") for a county code.
export function regionName(data, county) {
  const i = (data.codes || []).indexOf(county || NATIONAL);
  return (data.regions || [])[i] || (data.regions || [])[0] || "";
}

// Job prospects in `county` (a code): one rating code a region on the row, in the order of data.codes.
export function prospectsText(o, data, county) {
  const i = (data.codes || []).indexOf(county || NATIONAL);
  const code = o.prospects && i >= 0 ? o.prospects[i] : undefined;
  return (code && data.ratings[code]) || missing(data, o.prospects ? "rating" : "prospects");
}

// Open ads (JobSearch) in `county` (a code, "" or "00" the whole country), as the source counted
// them: o.ads holds the whole country, then each county in the order of data.codes. null: no figure.
export function adsIn(o, data, county) {
  const i = (data.codes || []).indexOf(county || NATIONAL);
  const count = o.ads && i >= 0 ? o.ads[i] : undefined;
  return Number.isInteger(count) ? count : null;
}

export function adsText(o, data, county) {
  const count = adsIn(o, data, county);
  return count === null ? missing(data, "ads") : number(count);
}

// People employed in the occupation's groups (SCB), the year in the file.
export function employedText(o, data) {
  return Number.isInteger(o.employed) ? number(o.employed) : missing(data, "employed");
}

// "Källa: …" for the figures the page shows, with the date the ads were counted and SCB's year.
export function sourcesText(data) {
  const parts = [];
  const counted = data.adsCounted ? ", räknat " + swedishDate(data.adsCounted) : "";
  const year = data.employedYear ? " " + data.employedYear : "";
  const sample = data.sample ? " (här: påhittade exempeluppgifter)" : "";
  if (hasAds(data)) parts.push(`Lediga jobb: Källa: Arbetsförmedlingen (JobSearch)${counted}${sample}.`);
  if (hasEmployed(data)) parts.push(`Anställda: Källa: SCB, yrkesregistret${year}${sample}.`);
  return parts.join(" ");
}

// Every [data-sources] line of the page says the sources, shown where the file has their figures.
export function showSources(data, root = document) {
  const text = sourcesText(data);
  for (const line of root.querySelectorAll("[data-sources]")) {
    line.textContent = text;
    line.hidden = !text;
  }
}

const MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];
// "2026-12-01" -> "1 december 2026" (as the occupation pages write dates); anything else as it is.
export function swedishDate(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso));
  if (!match || !MONTHS[Number(match[2]) - 1]) return String(iso);
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

// Pay (SCB): {low, median, high} kronor a month before tax.
export function payText(o, data) {
  const pay = o.pay;
  if (!pay || !(pay.median || (pay.low && pay.high))) return missing(data, "pay");
  const range = pay.low && pay.high ? `de flesta ${kronor(pay.low)}–${kronor(pay.high)}` : "";
  if (!pay.median) return `${range} i månaden`;
  const within = range ? ` (${range})` : "";
  return `${kronor(pay.median)} i månaden${within}`;
}

export const hasProspects = (data) => data.occupations.some((o) => o.prospects);
export const hasPay = (data) => data.occupations.some((o) => o.pay);
export const hasAds = (data) => data.occupations.some((o) => o.ads);
export const hasEmployed = (data) => data.occupations.some((o) => Number.isInteger(o.employed));
const inRegion = (data, county) => regionName(data, county).replace(/^Hela Sverige$/, "hela landet");

// The facts both pages show, in one order, as [label, text or node]: the same rows on every
// occupation, so they line up in Jämför's table.
export function facts(o, data, { county, compare = false }) {
  const other = missing(data, "other");
  const local = (county || NATIONAL) !== NATIONAL;
  const rows = [
    ...(hasPay(data) ? [["Lön", payText(o, data)]] : []),
    ...(hasProspects(data) ? [[`Jobbmöjligheter i ${regionName(data, county).replace(/^Hela/, "hela")}`, prospectsText(o, data, county)]] : []),
    ...(hasProspects(data) ? [["Om fem år", o.outlook || missing(data, "outlook")]] : []),
    ...(hasAds(data) ? [[`Lediga jobb i ${inRegion(data, county)}`, adsText(o, data, county)]] : []),
    ...(hasAds(data) && compare && local ? [["Lediga jobb i hela landet", adsText(o, data, NATIONAL)]] : []),
    ...(hasEmployed(data) && compare ? [["Anställda", employedText(o, data)]] : []),
    ["Utbildning", (o.education || []).join(", ") || other],
    ...(compare ? [["Arbetstider", o.hours || other]] : []),
    ["Intressen", interestsText(o, data.interests) || other],
    ...(compare ? [["Yrkesområden", (o.areas || []).join(", ") || other]] : []),
  ];
  if (compare) rows.push(["Liknande yrken", similarList(o, data)]);
  return rows;
}

function similarList(o, data) {
  const similar = (o.similar || []).map((id) => data.byId.get(id)).filter(Boolean);
  if (!similar.length) return missing(data, "other");
  return element("ul", { class: "plain-list" }, ...similar.map((s) => element("li", {}, pageLink(s))));
}

export function factList(rows) {
  return element("dl", { class: "facts" }, ...rows.map(([label, value]) => element("div", {}, element("dt", {}, label), element("dd", {}, value))));
}
