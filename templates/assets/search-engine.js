// Search page: Pagefind's JS API with our own small, accessible result list. search.js
// loads this when the reader is about to search. Pagefind's excerpts carry <mark> tags; they are turned into DOM nodes here,
// never assigned as HTML, so nothing from the index can become markup.
import { NATIONAL, onCountyChange } from "./county-setting.js";
import { RATING_WORDS, ratingIn } from "./rating-badges.js";
import * as queryModule from "./search-query.js";
import { occupationUrl, root, slugFromUrl } from "./site.js";

const { fold, normalize } = queryModule;
// The search data's file names (not scripts: those are imported by name).
const script = document.querySelector("script[data-names]");
// Each result gets a Spara button (app.js keeps the reader's list). Not awaited here: the
// search field must listen from the first key.
const buttonReady = Promise.all([import("./app.js"), import("./save-button.js")])
  .then(([app, { saveButton }]) => () => {
    const saved = new Set(app.savedIds()); // read once for a page of results
    return (...args) => saveButton(app, ...args, saved);
  })
  .catch(() => null);
const form = document.querySelector(".search-form");
const input = form.querySelector("input[type=search]");
const status = document.getElementById("sok-status");
const list = document.getElementById("sok-resultat");
let pagefind = null;
let latest = 0;

async function load() {
  if (!pagefind) {
    pagefind = await import(new URL(`${(script.dataset.bundles || "pagefind").split(" ")[0]}/pagefind.js`, root).href);
    // Names and synonyms matter more than how often a word recurs in a long text. No worker:
    // searching a few hundred pages is quick, and the worker would be one more download (12 KB).
    // The work tasks weigh more than the long texts (data-pagefind-weight in occupation.html); the
    // picture's URL and its description say nothing about the occupation.
    await pagefind.options({ baseUrl: root.pathname, noWorker: true, excerptLength: 24,
      ranking: { termFrequency: 0.4, termSimilarity: 2.0, pageLength: 0.5, metaWeights: { image: 0, image_alt: 0 } } });
    // A large site is indexed in several bundles; the first is loaded, the others merged in.
    const [, ...extra] = (script.dataset.bundles || "pagefind").split(" ");
    await Promise.all(extra.map((folder) => pagefind.mergeIndex(new URL(folder + "/", root).href)));
    pagefind.init();
  }
  return pagefind;
}

// A <textarea> parses its content as text (RCDATA): entities are decoded, no element is made.
const decoder = document.createElement("textarea");
function decode(html) {
  decoder.innerHTML = html;
  return decoder.value;
}

function excerptNodes(excerpt) {
  const fragment = document.createDocumentFragment();
  excerpt.split(/(<mark>.*?<\/mark>)/).forEach((part) => {
    const marked = part.match(/^<mark>(.*)<\/mark>$/);
    const text = decode(marked ? marked[1] : part);
    if (marked) {
      const mark = document.createElement("mark");
      mark.textContent = text;
      fragment.append(mark);
    } else {
      fragment.append(text);
    }
  });
  return fragment;
}

// What Pagefind cannot do alone is done with a list of every occupation's name,
// synonyms and compound heads (a small JSON file written by the build): a head
// word ("förare") finds the compounds it ends ("Lastbilsförare") before the
// pages that merely use a word that starts the same way ("för"), and a name with
// a typo is still found.
let names = null;

// A JSON list written by the build; without it search still works, with less help.
const fetchList = (url) => fetch(url).then((response) => (response.ok ? response.json() : [])).catch(() => []);

function loadNames() {
  names ??= fetchList(new URL(script.dataset.names, location.href))
    .then((rows) => rows.map(([name, slug, synonyms = [], terms = [], synonymTerms = []], index) => ({
      index,
      slug,
      title: name,
      name: normalize(name),
      synonyms: synonyms.map(normalize),
      words: normalize(name).split(" ").filter((word) => word.length >= 4),
      terms,
      synonymTerms,
    })))
    .then((rows) => { rows.folded = rows.map(foldEntry); return rows; })
    .catch(() => []); // a list of the wrong shape: Pagefind's ranking alone
  return names;
}

// The same entry without å, ä and ö, for a query typed without them ("lakare" finds Läkare).
const foldEntry = (e) => ({ ...e, name: fold(e.name), synonyms: e.synonyms.map(fold), words: e.words.map(fold),
  terms: e.terms.map(fold), synonymTerms: e.synonymTerms.map(fold) });

// The search's understanding of everyday words (search-query.js) and its data, read on first use.
let query = null;
let help = null;
function loadQuery() {
  query ??= Promise.resolve(queryModule);
  help ??= fetchList(new URL(script.dataset.help, location.href)).then((data) => (Array.isArray(data) ? {} : data));
  return Promise.all([query, help]);
}

// The one-line summaries and ids, in the same order, for results found by the list
// alone: in files of `data-per-file` occupations, each read when first needed.
const summaryFiles = (script.dataset.summaries || "").split(" ").filter(Boolean);
const perFile = Number(script.dataset.perFile) || 1;
const summaries = new Map();

function loadSummary(index) {
  const file = Math.floor(index / perFile);
  if (!summaries.has(file)) {
    summaries.set(file, fetchList(new URL(`assets/${summaryFiles[file]}`, root)));
  }
  // An entry is [summary, id], or [summary, id, job prospects in words] for an occupation with one rating.
  return summaries.get(file).then((rows) => {
    const [text = "", id = null, rating = ""] = rows[index % perFile] || [];
    return { text, id, rating };
  });
}

// Results are shown ten at a time: each Pagefind result costs a request for its
// text (about 2 KB), and on a phone ten fill more than a screen.
const PAGE_SIZE = 10;
// Pages Pagefind found cost a request each for their text (about 2 KB): five at a time.
const TEXT_PAGE_SIZE = 5;
const more = document.getElementById("sok-fler");
const mentionsPart = document.getElementById("sok-namnda-del");
const mentionsShow = document.getElementById("sok-namnda-visa");
const mentionsList = document.getElementById("sok-namnda");
const mentionsMore = document.getElementById("sok-namnda-fler");
const filterNote = document.getElementById("sok-filter");
const filterText = document.getElementById("sok-filter-text");
const filterBrowse = document.getElementById("sok-filter-bladdra");
const filterOff = document.getElementById("sok-filter-av");
let shown = null;
let exactDiacritics = false; // Pagefind's default
let literalQuery = null; // the query whose filter phrases were taken back: searched word for word

// What a result shows: Pagefind's title and excerpt, or, for an occupation the
// list found alone, its name and one-line summary.
async function resultData(item) {
  if (item.result) {
    const data = await item.result.data();
    return {
      slug: slugFromUrl(data.url), id: Number(data.meta.id), url: data.url, title: data.meta.title || data.url,
      excerpt: excerptNodes(data.excerpt),
      rating: data.meta.jobb || "", // the whole country's job prospects, where the page has one rating
    };
  }
  const e = item.entry;
  const summary = await loadSummary(e.index);
  return {
    slug: e.slug, id: summary.id, url: occupationUrl(e.slug), title: e.title,
    excerpt: summary.text, rating: summary.rating,
  };
}

function resultItem(data, query, saveButton) {
  const item = document.createElement("li");
  const link = document.createElement("a");
  // The occupation page marks the searched words (highlight.js).
  link.href = `${data.url}?highlight=${encodeURIComponent(query)}`;
  link.textContent = data.title;
  const excerpt = document.createElement("p");
  excerpt.append(data.excerpt);
  item.append(link);
  if (data.rating) {
    const badge = document.createElement("span");
    badge.className = "badge";
    badge.textContent = data.rating;
    item.append(" ", badge);
  }
  item.append(excerpt);
  if (saveButton && data.id) item.append(saveButton(data.id, data.slug, data.title));
  return item;
}

// Show the next page of one list's queue, skipping occupations already shown (the list and
// Pagefind often find the same one) and those a filter leaves out. Returns the links added.
// The first page replaces the last search's results only once it is ready.
async function showMore(part, first = false) {
  const { search } = part;
  const added = [];
  const size = part.queue[0]?.result ? TEXT_PAGE_SIZE : PAGE_SIZE;
  while (added.length < size && part.next < part.queue.length) {
    const batch = part.queue.slice(part.next, part.next + size - added.length);
    part.next += batch.length;
    // Offline, a result whose text was never kept on this phone is left out.
    const loaded = (await Promise.all(batch.map((item) => resultData(item).catch(() => null)))).filter(Boolean);
    const saveButton = (await buttonReady)?.();
    if (search !== shown) return [];
    for (const data of loaded) {
      if (search.slugs.has(data.slug) || !search.allows(data.slug)) continue;
      if (search.rating) data.rating = search.rating(data.slug);
      search.slugs.add(data.slug);
      added.push(resultItem(data, search.words, saveButton));
    }
  }
  if (first) part.list.replaceChildren(...added);
  else part.list.append(...added);
  part.more.hidden = part.next >= part.queue.length;
  return added.map((item) => item.querySelector("a"));
}

function showFilters(parsed, h, q, text, region) {
  filterNote.hidden = !parsed.filters.length;
  if (!parsed.filters.length) return;
  const { text: words, browse } = q.describeFilters(parsed.filters, h, region);
  filterText.textContent = words;
  filterNote.dataset.filters = browse;
  filterBrowse.href = new URL(`bladdra/?${browse}`, root).href;
  filterOff.dataset.query = text;
}

function reset() {
  shown = null;
  list.replaceChildren();
  mentionsList.replaceChildren();
  more.hidden = mentionsShow.hidden = mentionsPart.hidden = filterNote.hidden = document.getElementById("sok-tips").hidden = true;
  status.textContent = "";
}

function statusText(n, text, mentionsOnly) {
  if (mentionsOnly) return `Inga yrken passar ”${text}”. Här är yrken där orden finns i texten.`;
  if (n === 0) return `Inga yrken hittades för ”${text}”.`;
  return `${n} ${n === 1 ? "yrke" : "yrken"} hittades för ”${text}”.`;
}

// Pagefind is read only when the list and the task index find nothing that fits, or when the pages
// that merely mention the words are asked for: most searches never need its 70 KB of WebAssembly
// and index. Pagefind 1.5 folds å, ä and ö by default ("får" found "fartyg" and "färg" first), so
// a query typed with them is matched exactly, and one typed without them ("lakare") folded.
async function pagefindResults(words) {
  const pf = await load();
  const exact = fold(words) !== words;
  if (exact !== exactDiacritics) await pf.options({ exactDiacritics: (exactDiacritics = exact) });
  const search = await pf.search(words);
  return search.results.map((result) => ({ result }));
}

// The reader's county (the page's county bar, set up by search.js), or the whole country.
const county = () => document.getElementById("lan-val")?.value || NATIONAL;

// slug -> the rating words in `region` (the facets' ratings per region), or null for the whole
// country, whose words come with each result.
function countyRating(region, h, bySlug) {
  if (region === NATIONAL || !h.betyg) return null;
  return (slug) => RATING_WORDS[ratingIn(h.betyg[bySlug.get(slug)], region, h.regioner || [])] || "";
}

// Keys typed close together make one search: the first one after a pause of DEBOUNCE_MS.
const DEBOUNCE_MS = 150;
const pause = () => new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS));

async function run(term) {
  const id = ++latest;
  const text = term.trim();
  if (!text) return reset();
  const [entries, [q, h]] = await Promise.all([loadNames(), loadQuery(), pause()]);
  if (id !== latest) return;
  const parsed = q.parseQuery(text, h, text === literalQuery);
  const words = parsed.words || text;
  // The county the ratings and a job-prospects filter read: the query's ("i Skåne"), else the reader's.
  const region = parsed.filters.find((f) => f.param === "lan")?.value || county();
  if (parsed.filters.length || region !== NATIONAL) await q.loadFacets(h, root);
  if (id !== latest) return;
  const allowed = q.filterSet(parsed.filters, h, region);
  const bySlug = new Map(entries.map((e) => [e.slug, e.index]));
  const allows = (slug) => !allowed || allowed.has(bySlug.get(slug));
  const order = q.sortOrder(parsed.filters, h);
  const found = (await q.fitting(parsed, entries, h, root)).filter((e) => allows(e.slug));
  const fits = order ? [...found].sort((a, b) => order(a.index, b.index)) : found;
  if (id !== latest) return;
  // The occupations that fit, then, on request, the pages Pagefind finds that merely use the words;
  // when nothing fits, those pages are the results. The count is of those that fit. With a filter,
  // only what fits: Pagefind's pages would each have to be read to know whether the filter holds them.
  const mentionable = parsed.concepts.length > 0 && !parsed.filters.length;
  let fallback = [];
  try {
    fallback = !fits.length && mentionable ? await pagefindResults(words) : [];
  } catch {
    // Offline before the search index was ever kept on this phone.
    // Offline: names, other names and everyday words are searched on this device; the full texts are not.
    if (id === latest) status.textContent = "Inga yrken hittades på namn eller vanliga ord. Att söka i yrkenas hela texter kräver att din enhet är ansluten till nätet.";
    pagefind = null;
    return;
  }
  if (id !== latest) return;
  const mentionsOnly = fallback.length > 0;
  const state = { words, slugs: new Set(), allows, mentionable, rating: countyRating(region, h, bySlug) };
  state.main = { search: state, list, more, next: 0, queue: mentionsOnly ? fallback : fits.map((entry) => ({ entry })) };
  state.mentions = { search: state, list: mentionsList, more: mentionsMore, next: 0, queue: null };
  shown = state;
  await showMore(state.main, true);
  if (state !== shown) return;
  mentionsList.replaceChildren();
  mentionsPart.hidden = true;
  mentionsShow.hidden = !(mentionable && fits.length);
  showFilters(parsed, h, q, text, region);
  status.textContent = statusText(fits.length, text, mentionsOnly);
  document.getElementById("sok-tips").hidden = fits.length > 0 || mentionsOnly; // what to try when nothing fits
  searched = true;
}

// Once the reader has searched, the service worker keeps the whole index for searching
// offline (the names, summaries, phrases, facets and every part of the task index too);
// asked when they leave the page, so it never slows the search itself.
let searched = false;
addEventListener("visibilitychange", async () => {
  if (document.visibilityState !== "hidden" || !searched || !navigator.serviceWorker?.controller) return;
  searched = false;
  const [, h] = await loadQuery();
  const assets = [...summaryFiles, ...Object.values(h.delar || {}), ...(h.filterfil ? [h.filterfil] : [])];
  const urls = [new URL(script.dataset.names, location.href), new URL(script.dataset.help, location.href),
    new URL("./search-query.js", import.meta.url), ...assets.map((f) => new URL(`assets/${f}`, root))];
  navigator.serviceWorker.controller.postMessage({ type: "cache-search", urls: urls.map(String) });
});

more.addEventListener("click", async () => {
  const links = shown ? await showMore(shown.main) : [];
  // Keyboard and screen reader users continue at the first new result.
  if (links.length) links[0].focus();
});
mentionsMore.addEventListener("click", async () => {
  const links = shown ? await showMore(shown.mentions) : [];
  if (links.length) links[0].focus();
});
mentionsShow.addEventListener("click", async () => {
  if (!shown) return;
  const state = shown;
  state.mentions.queue ??= await pagefindResults(state.words);
  if (state !== shown) return;
  mentionsShow.hidden = true;
  mentionsPart.hidden = false;
  const links = await showMore(state.mentions, true);
  if (links.length) links[0].focus();
  else mentionsList.replaceChildren(Object.assign(document.createElement("li"), { textContent: "Inga fler yrken nämner orden." }));
});
// Taking a filter back searches the same words, the filter phrase included, word for word.
filterOff.addEventListener("click", () => {
  literalQuery = filterOff.dataset.query;
  const url = new URL(location.href);
  url.searchParams.set("q", literalQuery);
  url.searchParams.set("ordagrant", "1");
  history.replaceState(null, "", url);
  run(input.value);
  input.focus();
});

// This loads when the field has the focus: the names and the phrase list come before the
// first key (Pagefind only when needed).
loadNames();
loadQuery();
input.addEventListener("input", () => run(input.value));
// A county chosen on this page, another page or another tab: the results' ratings follow.
onCountyChange(() => {
  if (input.value.trim()) run(input.value);
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  const url = new URL(location.href);
  url.searchParams.set("q", input.value.trim());
  if (input.value.trim() !== literalQuery) url.searchParams.delete("ordagrant");
  history.replaceState(null, "", url);
  run(input.value);
});

const params = new URLSearchParams(location.search);
const initial = params.get("q");
if (initial) {
  input.value = initial;
  if (params.get("ordagrant")) literalQuery = initial.trim();
  run(initial);
} else if (input.value.trim()) {
  run(input.value); // typed while this was loading
}
