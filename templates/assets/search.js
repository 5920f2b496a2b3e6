// Search page: Pagefind's JS API with our own small, accessible result list.
// Pagefind's excerpts carry <mark> tags; they are turned into DOM nodes here,
// never assigned as HTML, so nothing from the index can become markup.
const script = document.querySelector("script[data-root]");
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
    // Names and synonyms matter more than how often a word recurs in a long text.
    await pagefind.options({ baseUrl: root.pathname, excerptLength: 24, ranking: { termFrequency: 0.4, termSimilarity: 2.0, pageLength: 0.5 } });
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

const fold = (text) => text.toLocaleLowerCase("sv").trim();

// Pagefind ranks by the text; a job seeker who types a name expects that
// occupation first. Exact names, then exact synonyms, then names that start
// with the query, each keeping Pagefind's order within its tier.
function rerank(query, results) {
  const q = fold(query);
  const tier = (data) => {
    const title = fold(data.meta.title || "");
    const synonyms = (data.meta.synonyms || "").split("|").map(fold);
    if (title === q) return 0;
    if (synonyms.includes(q)) return 1;
    if (title.startsWith(q)) return 2;
    return 3;
  };
  return results.map((data, i) => [tier(data), i, data]).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map((x) => x[2]);
}

async function run(term) {
  const id = ++latest;
  const query = term.trim();
  if (!query) {
    list.replaceChildren();
    status.textContent = "";
    return;
  }
  const pf = await load();
  const search = await pf.debouncedSearch(query, {}, 150);
  if (search === null || id !== latest) return;
  const results = rerank(query, await Promise.all(search.results.slice(0, 30).map((r) => r.data()))).slice(0, 20);
  if (id !== latest) return;
  list.replaceChildren(...results.map((data) => {
    const item = document.createElement("li");
    const link = document.createElement("a");
    // The occupation page marks the searched words (highlight.js).
    link.href = `${data.url}?highlight=${encodeURIComponent(query)}`;
    link.textContent = data.meta.title || data.url;
    const excerpt = document.createElement("p");
    excerpt.append(excerptNodes(data.excerpt));
    item.append(link, excerpt);
    return item;
  }));
  const n = search.results.length;
  status.textContent = n === 0
    ? `Inga yrken hittades för ”${query}”.`
    : `${n} ${n === 1 ? "yrke" : "yrken"} hittades för ”${query}”.`;
}

// Focus loads Pagefind and its WebAssembly before the first key; each key then
// preloads the index chunks for the term while the search waits out its debounce.
input.addEventListener("focus", () => { load(); }, { once: true });
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
