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

export const MISSING = "Uppgift saknas";
const kronor = (value) => `${Number(value).toLocaleString("sv-SE")} kr`;

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
  return (code && data.ratings[code]) || MISSING;
}

// Pay (SCB): {low, median, high} kronor a month before tax.
export function payText(o) {
  const pay = o.pay;
  if (!pay || !(pay.median || (pay.low && pay.high))) return MISSING;
  const range = pay.low && pay.high ? `de flesta ${kronor(pay.low)}–${kronor(pay.high)}` : "";
  if (!pay.median) return `${range} i månaden`;
  const within = range ? ` (${range})` : "";
  return `${kronor(pay.median)} i månaden${within}`;
}

export const hasProspects = (data) => data.occupations.some((o) => o.prospects);
export const hasPay = (data) => data.occupations.some((o) => o.pay);

// The facts both pages show, in one order, as [label, text or node]: the same rows on every
// occupation, so they line up in Jämför's table.
export function facts(o, data, { county, compare = false }) {
  const rows = [
    ...(hasPay(data) ? [["Lön", payText(o)]] : []),
    ...(hasProspects(data) ? [[`Jobbmöjligheter i ${regionName(data, county).replace(/^Hela/, "hela")}`, prospectsText(o, data, county)]] : []),
    ...(hasProspects(data) ? [["Om fem år", o.outlook || MISSING]] : []),
    ["Utbildning", (o.education || []).join(", ") || MISSING],
    ...(compare ? [["Arbetstider", o.hours || MISSING]] : []),
    ["Intressen", interestsText(o, data.interests) || MISSING],
    ...(compare ? [["Yrkesområden", (o.areas || []).join(", ") || MISSING]] : []),
  ];
  if (compare) rows.push(["Liknande yrken", similarList(o, data)]);
  return rows;
}

function similarList(o, data) {
  const similar = (o.similar || []).map((id) => data.byId.get(id)).filter(Boolean);
  if (!similar.length) return MISSING;
  return element("ul", { class: "plain-list" }, ...similar.map((s) => element("li", {}, pageLink(s))));
}

export function factList(rows) {
  return element("dl", { class: "facts" }, ...rows.map(([label, value]) => element("div", {}, element("dt", {}, label), element("dd", {}, value))));
}
