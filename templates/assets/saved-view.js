// Shared by Mina yrken and Jämför: the build's file of every occupation (id, name, summary,
// education, interests, areas, working hours in brief, similar occupations, and, once the
// build has them, job prospects per county and pay), and small helpers to show them.

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

// "#12,34" -> [12, 34]: the occupation ids of a shared link, at most `limit`.
export function idsFromHash(hash, limit = 100) {
  const ids = decodeURIComponent(hash.replace(/^#/, "")).split(",").map((part) => Number(part.trim()));
  return [...new Set(ids.filter((id) => Number.isInteger(id) && id > 0))].slice(0, limit);
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

export function pageLink(o, root) {
  return element("a", { href: new URL(`yrken/${o.slug}/`, root).pathname }, o.name);
}

const MISSING = "Uppgift saknas";
const kronor = (value) => `${Number(value).toLocaleString("sv-SE")} kr`;

export function interestsText(o, names) {
  return (o.interests || "").split("").filter(Boolean).map((letter) => `${names[letter] || letter} (${letter})`).join(", ");
}

// Job prospects in `county`: one rating code a region on the row, in the order of data.regions.
export function prospectsText(o, data, county) {
  const code = o.prospects ? o.prospects[data.regions.indexOf(county)] : undefined;
  return (code && data.ratings[code]) || MISSING;
}

// Pay (issue 9): {low, median, high} kronor a month before tax.
export function payText(o) {
  const pay = o.pay;
  if (!pay) return MISSING;
  const range = pay.low && pay.high ? `${kronor(pay.low)}–${kronor(pay.high)} i månaden` : "";
  const median = pay.median ? `${range ? "mitten " : ""}${kronor(pay.median)}${range ? "" : " i månaden"}` : "";
  return [range, median].filter(Boolean).join(", ") || MISSING;
}

export const hasProspects = (data) => data.occupations.some((o) => o.prospects);
export const hasPay = (data) => data.occupations.some((o) => o.pay);

// The regions to choose from (the whole country first), when any occupation has prospects.
export function counties(data) {
  return hasProspects(data) ? data.regions || [] : [];
}

// The county for job prospects: a <select>, shown only when the data has prospects, its choice
// kept in the address (?lan=), not in storage. Calls `changed(county)` on every choice.
export function countyChoice(select, data, changed) {
  const names = counties(data);
  select.closest("[hidden]")?.toggleAttribute("hidden", names.length === 0);
  select.replaceChildren(...names.map((name) => element("option", { value: name }, name)));
  const asked = new URLSearchParams(location.search).get("lan");
  select.value = names.includes(asked) ? asked : names[0] || ""; // the whole country unless chosen
  select.addEventListener("change", () => {
    const url = new URL(location.href);
    if (select.value) url.searchParams.set("lan", select.value);
    else url.searchParams.delete("lan");
    history.replaceState(null, "", url);
    changed(select.value);
  });
  return select.value;
}

// The rows both pages show, in one order: [label, text or node].
export function facts(o, data, { root, county, compare = false }) {
  const rows = [
    ["Utbildning", (o.education || []).join(", ") || MISSING],
    ...(compare ? [["Arbetstider", o.hours || MISSING]] : []),
    ["Intressen", interestsText(o, data.interests) || MISSING],
    ...(compare ? [["Yrkesområden", (o.areas || []).join(", ") || MISSING]] : []),
    ...(hasProspects(data) && county ? [[`Jobbmöjligheter, ${county}`, prospectsText(o, data, county)]] : []),
    ...(hasPay(data) ? [["Lön", payText(o)]] : []),
  ];
  if (compare) rows.push(["Liknande yrken", similarList(o, data, root)]);
  return rows;
}

function similarList(o, data, root) {
  const similar = (o.similar || []).map((id) => data.byId.get(id)).filter(Boolean);
  if (!similar.length) return MISSING;
  return element("ul", { class: "plain-list" }, ...similar.map((s) => element("li", {}, pageLink(s, root))));
}

export function factList(rows) {
  return element("dl", { class: "facts" }, ...rows.map(([label, value]) => element("div", {}, element("dt", {}, label), element("dd", {}, value))));
}
