// Search page: Pagefind's JS API with our own small, accessible result list.
// Pagefind's excerpts carry <mark> tags; they are turned into DOM nodes here,
// never assigned as HTML, so nothing from the index can become markup.
const script = document.querySelector("script[data-root]");
// Each result gets a Spara button (app.js keeps the reader's list). Not awaited here: the
// search field must listen from the first key.
const appReady = import(script.dataset.app).catch(() => null);
const root = new URL(script.dataset.root || "./", location.href);
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
    await pagefind.options({ baseUrl: root.pathname, noWorker: true, excerptLength: 24, ranking: { termFrequency: 0.4, termSimilarity: 2.0, pageLength: 0.5 } });
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
const normalize = (text) => text.normalize("NFC").toLocaleLowerCase("sv").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const slugOf = (url) => (url.match(/yrken\/([^/?#]+)/) || [null, url])[1];
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
    .catch(() => []); // a list of the wrong shape: Pagefind's ranking alone
  return names;
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

// Optimal string alignment distance (Levenshtein, plus swapping two neighbours)
// between `query` and all of `text`, and between `query` and the start of `text`
// that is closest to it; Infinity when above `limit`.
function distances(query, text, limit) {
  const b = text.slice(0, query.length + limit);
  let before = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= query.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (query[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && query[i - 1] === b[j - 2] && query[i - 2] === b[j - 1]) row[j] = Math.min(row[j], before[j - 2] + 1);
    }
    if (Math.min(...row) > limit) return [Infinity, Infinity];
    [before, previous] = [previous, row];
  }
  const whole = text.length === b.length ? previous[b.length] : Infinity;
  const start = Math.min(...previous);
  return [whole <= limit ? whole : Infinity, start <= limit ? start : Infinity];
}

// The occupations the list finds for a query, best first: `direct` by tier (0 the
// name, 1 a synonym, 2 the start of the name, 3 the head of a compound in the
// name, 4 the start of a synonym or of a word in one, 5 the head of a compound
// in a synonym), then A–Ö; `typos` a name, synonym or word of the name one typo away
// (two for six letters or more), closest first, looked for only when no name
// matched or started with the query.
function localMatches(query, entries) {
  const q = normalize(query);
  const direct = [];
  const typos = [];
  if (!q) return { direct, typos };
  const isHead = (term) => term === q || (q.length >= 4 && term.startsWith(q));
  for (const e of entries) {
    const tier = e.name === q ? 0
      : e.synonyms.includes(q) ? 1
      : e.name.startsWith(q) ? 2
      : e.terms.some(isHead) ? 3
      : e.synonyms.some((s) => s.startsWith(q) || s.includes(` ${q}`)) ? 4
      : e.synonymTerms.some(isHead) ? 5
      : null;
    if (tier !== null) direct.push({ entry: e, tier });
  }
  direct.sort((a, b) => a.tier - b.tier || a.entry.index - b.entry.index);
  const limit = q.length < 4 ? 0 : q.length < 6 ? 1 : 2;
  if (limit > 0 && !direct.some((m) => m.tier <= 2)) {
    const matched = new Set(direct.map((m) => m.entry.slug));
    for (const e of entries) {
      if (matched.has(e.slug)) continue;
      let best = Infinity;
      for (const text of [e.name, ...e.synonyms, ...e.words]) {
        const [whole, start] = distances(q, text, limit);
        best = Math.min(best, whole, start + 0.5); // a whole match beats the start of a longer one
      }
      if (best < Infinity) typos.push({ entry: e, distance: best });
    }
    typos.sort((a, b) => a.distance - b.distance || a.entry.index - b.entry.index);
  }
  return { direct, typos: typos.map((m) => m.entry) };
}

// Results are shown ten at a time: each Pagefind result costs a request for its
// text (about 2 KB), and on a phone ten fill more than a screen.
const PAGE_SIZE = 10;
const more = document.getElementById("sok-fler");
let shown = null;

// What a result shows: Pagefind's title and excerpt, or, for an occupation the
// list found alone, its name and one-line summary.
async function resultData(item) {
  if (item.result) {
    const data = await item.result.data();
    return {
      slug: slugOf(data.url), id: Number(data.meta.id), url: data.url, title: data.meta.title || data.url,
      excerpt: excerptNodes(data.excerpt),
      rating: data.meta.jobb || "", // the whole country's job prospects, where the page has one rating
    };
  }
  const e = item.entry;
  const summary = await loadSummary(e.index);
  return {
    slug: e.slug, id: summary.id, url: new URL(`yrken/${e.slug}/`, root).pathname, title: e.title,
    excerpt: summary.text, rating: summary.rating,
  };
}

function resultItem(data, query, app) {
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
  if (app && data.id) item.append(app.saveButton(data.id, data.slug, data.title));
  return item;
}

// Show the next page of `state`'s queue, skipping occupations already shown
// (the list and Pagefind often find the same one). Returns the links added.
// The first page replaces the last search's results only once it is ready.
async function showMore(state, first = false) {
  const added = [];
  while (added.length < PAGE_SIZE && state.next < state.queue.length) {
    const batch = state.queue.slice(state.next, state.next + PAGE_SIZE - added.length);
    state.next += batch.length;
    // Offline, a result whose text was never kept on this phone is left out.
    const loaded = (await Promise.all(batch.map((item) => resultData(item).catch(() => null)))).filter(Boolean);
    const app = await appReady;
    if (state !== shown) return [];
    for (const data of loaded) {
      if (state.slugs.has(data.slug)) continue;
      state.slugs.add(data.slug);
      added.push(resultItem(data, state.query, app));
    }
  }
  if (first) list.replaceChildren(...added);
  else list.append(...added);
  more.hidden = state.next >= state.queue.length;
  return added.map((item) => item.querySelector("a"));
}

async function run(term) {
  const id = ++latest;
  const query = term.trim();
  if (!query) {
    shown = null;
    list.replaceChildren();
    more.hidden = true;
    status.textContent = "";
    return;
  }
  let entries, search;
  try {
    const [pf, names] = await Promise.all([load(), loadNames()]);
    entries = names;
    search = await pf.debouncedSearch(query, {}, 150);
  } catch {
    // Offline before the search index was ever kept on this phone.
    if (id === latest) status.textContent = "Sökningen fungerar inte just nu. Utan nät fungerar den när du har sökt en gång med nät.";
    pagefind = null;
    return;
  }
  if (search === null || id !== latest) return;
  // The list's own finds first (a name, a synonym, a compound's head, a name one
  // typo away), then Pagefind's. Typos are looked for only when no name starts
  // with the query.
  const { direct, typos } = localMatches(query, entries);
  const found = search.results.map((result) => ({ result }));
  const typoItems = typos.slice(0, 20).map((entry) => ({ entry }));
  const queue = [...direct.map(({ entry }) => ({ entry })), ...typoItems, ...found];
  const state = { query, queue, next: 0, slugs: new Set() };
  shown = state;
  await showMore(state, true);
  if (state !== shown) return;
  searched = true;
  // Names and synonyms are in the pages' text, so Pagefind finds those too; a
  // compound by its head, or a typo, mostly not. So the count is close until
  // every result is shown, and then exact.
  const extra = direct.filter((m) => m.tier === 3 || m.tier === 5).length + typoItems.length;
  const n = more.hidden ? state.slugs.size
    : found.length ? Math.min(found.length + extra, entries.length || Infinity)
    : direct.length + typoItems.length;
  status.textContent = n === 0
    ? `Inga yrken hittades för ”${query}”.`
    : `${n} ${n === 1 ? "yrke" : "yrken"} hittades för ”${query}”.`;
}

// Once the reader has searched, the service worker keeps the whole index for searching
// offline; asked when they leave the page, so it never slows the search itself.
let searched = false;
addEventListener("visibilitychange", () => {
  if (document.visibilityState !== "hidden" || !searched || !navigator.serviceWorker?.controller) return;
  const urls = [new URL(script.dataset.names, location.href), ...summaryFiles.map((f) => new URL(`assets/${f}`, root))];
  navigator.serviceWorker.controller.postMessage({ type: "cache-search", urls: urls.map(String) });
  searched = false;
});

more.addEventListener("click", async () => {
  const links = shown ? await showMore(shown) : [];
  // Keyboard and screen reader users continue at the first new result.
  if (links.length) links[0].focus();
});

// Focus loads Pagefind and its WebAssembly before the first key; each key then
// preloads the index chunks for the term while the search waits out its debounce.
input.addEventListener("focus", () => { load(); loadNames(); }, { once: true });
input.addEventListener("input", () => {
  if (pagefind && input.value.trim()) pagefind.preload(input.value.trim());
  run(input.value);
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  const url = new URL(location.href);
  url.searchParams.set("q", input.value.trim());
  history.replaceState(null, "", url);
  run(input.value);
});

const initial = new URLSearchParams(location.search).get("q");
if (initial) {
  input.value = initial;
  run(initial);
}
