// Service worker of Yrken A–Ö: reading offline. Written by the build; VERSION is a hash of
// the build's files, so every new build is a new worker, which the pages offer as an update.
// One cache per build keeps pages, scripts and search files from the same build together.
const VERSION = {{ version | tojson }};
// What the build lists: the shell (pages, every script and stylesheet) and the search page's data
// (names, summaries, phrases, the task index), so search by name and everyday words works offline.
const SHELL = {{ shell | tojson }};
const SEARCH = {{ search | tojson }};
const SEARCH_BUNDLES = {{ search_bundles | list | tojson }};
const CACHE = `yrken-${VERSION}`;
const SCOPE = new URL("./", self.location.href).href; // works under any sub-path
const OFFLINE_PAGE = new URL("offline.html", SCOPE).href;
// How long a page may take from the network before a kept copy is shown instead.
const NETWORK_WAIT_MS = 4000;
// Keeping files never holds anything up for long: a few requests at a time, each within a time
// limit, and one round of re-fetching within a minute (the rest waits for the next round).
const PARALLEL = 4;
const REQUEST_MS = 10000;
const ROUND_MS = 60000;
const RETRY_AFTER_MS = 30000;

const keyOf = (url) => url.split(/[?#]/)[0];
const absolute = (path) => new URL(path, SCOPE).href;
const isPage = (url) => url.endsWith("/") || url.endsWith(".html");
const fresh = (url, signal) => new Request(url, { cache: "no-cache", credentials: "same-origin", signal });
// Files whose names carry a content hash: the same name holds the same bytes in every build.
const HASHED = /\/assets\/|\/bilder\/|\/(index|fragment|filter)\/|\.pf_meta$/;
const isOldCache = (name) => name.startsWith("yrken-") && name !== CACHE;

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const deadline = Date.now() + ROUND_MS;
    await keepAll(SHELL.map(absolute), { deadline });
    const cache = await caches.open(CACHE);
    for (const url of SHELL.map(absolute)) {
      if (!(await cache.match(url))) throw new Error(`not kept: ${url}`); // the browser tries again later
    }
    await keepAll(SEARCH.map(absolute), { deadline }); // what fails now is kept in a later round
  })());
});

// Activating waits on nothing from the network: the pages are taken over at once, and the pages
// the reader kept are fetched from the new build in the background (`settle`). The older caches
// stay until the new one holds every page they hold, so no kept page is ever lost to an update,
// also one that takes effect offline.
self.addEventListener("activate", (event) => {
  event.waitUntil(self.clients.claim());
  settle();
});

let settling = null;
let settled = false;
let nextRound = 0;

// One round of `carryOver` at a time; none while the last one failed less than half a minute ago.
function settle() {
  if (settled || settling || Date.now() < nextRound) return settling || Promise.resolve();
  settling = carryOver()
    .then((done) => { settled = done; })
    .catch(() => {})
    .finally(() => { settling = null; if (!settled) nextRound = Date.now() + RETRY_AFTER_MS; });
  return settling;
}

// The shell and search files this build lists, then each older cache's pages, fetched from this
// build (never copied, so that pages, scripts and search files stay of one build), and the search
// index if it was kept. An older cache goes only when this one holds all its pages. True when done.
async function carryOver() {
  const deadline = Date.now() + ROUND_MS;
  const own = await keepAll([...SHELL, ...SEARCH].map(absolute), { deadline });
  let done = own.failed.length === 0;
  for (const name of (await caches.keys()).filter(isOldCache)) {
    const oldCache = await caches.open(name);
    const urls = (await oldCache.keys()).map((request) => request.url);
    const pages = await keepAll(urls.filter(isPage), { deadline, from: oldCache });
    if (urls.some((url) => url.endsWith("/pagefind.js"))) await keepSearch([], deadline);
    if (pages.failed.length) done = false;
    else await caches.delete(name);
  }
  return done;
}

self.addEventListener("message", (event) => {
  const data = event.data || {};
  const urls = Array.isArray(data.urls) ? data.urls : [];
  if (data.type === "skip-waiting") self.skipWaiting();
  else if (data.type === "settle") { // the page is back online: try again now
    nextRound = 0;
    event.waitUntil(settle());
  }
  else if (data.type === "cache-pages") event.waitUntil(keepAll(urls, { deadline: Date.now() + ROUND_MS }));
  else if (data.type === "cache-search") event.waitUntil(keepSearch(urls, Date.now() + ROUND_MS));
});

// Keep each URL of this site not kept yet, PARALLEL at a time, until `deadline`. Returns the URLs
// that failed (no answer, a server error, or the deadline came): they stay for a later round.
// A page that this build no longer has keeps its copy from `from`, the older cache, if any.
async function keepAll(urls, { deadline, from = null }) {
  const cache = await caches.open(CACHE);
  const queue = [...new Set(urls.map(String).filter((u) => u.startsWith(SCOPE)).map(keyOf))];
  const failed = [];
  const seen = new Set(queue);
  const add = (url) => { if (url.startsWith(SCOPE) && !seen.has(url)) { seen.add(url); queue.push(url); } };
  const worker = async () => {
    while (queue.length) {
      const url = queue.shift();
      if (Date.now() >= deadline || !(await keepOne(cache, url, deadline, from, add))) failed.push(url);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return { failed };
}

// One URL: true when it is settled (kept, or not there to keep), false when it should be tried again.
async function keepOne(cache, url, deadline, from, add) {
  if (await cache.match(url)) return true;
  if (HASHED.test(url)) {
    const copy = await caches.match(url); // the same bytes, from an older build's cache
    if (copy) return cache.put(url, copy).then(() => true, () => false);
  }
  let response;
  try {
    response = await fetchWithin(url, Math.min(REQUEST_MS, deadline - Date.now()));
  } catch {
    return false; // offline, or too slow: the rest waits for the next round
  }
  if (response.ok && !response.redirected && response.type === "basic") {
    if (isPage(url)) followRefresh(await response.clone().text(), url, add);
    return cache.put(url, response).then(() => true, () => false);
  }
  if (response.status >= 500 || response.status === 408 || response.status === 429) return false;
  // Not in this build (or moved by the host): a kept copy stays readable, never dropped.
  const old = from && (await from.match(url));
  if (!old) return true;
  followAssets(await old.clone().text(), url, add); // its stylesheet and scripts, from the older cache
  return cache.put(url, old).then(() => true, () => false);
}

function followAssets(html, url, add) {
  for (const [, path] of html.matchAll(/(?:href|src)="([^"]*assets\/[^"]+)"/g)) add(keyOf(new URL(path, url).href));
}

// A renamed occupation's old address is a page that sends the browser on: keep where it sends it too.
function followRefresh(html, url, add) {
  const target = /<meta [^>]*refresh[^>]*content="0; url=([^"]+)"/i.exec(html.slice(0, 4096));
  if (target) add(keyOf(new URL(target[1].replace(/&amp;/g, "&"), url).href));
}

async function fetchWithin(url, ms) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), Math.max(ms, 0));
  try {
    return await fetch(fresh(url, controller.signal));
  } finally {
    clearTimeout(timer);
  }
}

// Search over the whole index offline: every file of each bundle but the per-page texts,
// which are kept as results are shown. `urls`: the search page's own lists of names.
async function keepSearch(urls, deadline) {
  const files = [...urls];
  for (const bundle of SEARCH_BUNDLES) {
    try {
      const list = await (await fetchWithin(absolute(`${bundle}/offline-files.json`), REQUEST_MS)).json();
      files.push(...list.files.map((file) => absolute(`${bundle}/${file}`)));
    } catch {
      return;
    }
  }
  await keepAll(files, { deadline });
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(SCOPE)) return; // nothing else is ours
  if (request.mode === "navigate") event.respondWith(page(request));
  else event.respondWith(file(request));
  // A round of re-fetching that is due runs beside the reader's requests (never before them).
  if (!settled) event.waitUntil(settle());
});

// A kept copy: this build's, else one an older build's cache still holds (until it is replaced).
async function keptCopy(cache, key) {
  return (await cache.match(key)) || (await caches.match(key));
}

// Pages: from the network when it answers (a new build shows at once), else the kept copy,
// else a page that says so.
async function page(request) {
  const cache = await caches.open(CACHE);
  const key = keyOf(request.url);
  const network = fetch(request).then(async (response) => {
    if (response.ok && response.type === "basic" && !response.redirected) await cache.put(key, response.clone());
    return response;
  });
  const kept = await keptCopy(cache, key);
  if (!kept) return network.catch(() => offlinePage(cache));
  const slow = new Promise((resolve) => setTimeout(() => resolve(kept), NETWORK_WAIT_MS));
  return Promise.race([network.catch(() => kept), slow]);
}

// The offline page answers at any address: a <base> makes its relative links start from the site's root.
async function offlinePage(cache) {
  const kept = await keptCopy(cache, OFFLINE_PAGE);
  if (!kept) return Response.error();
  const html = (await kept.text()).replace("<head>", `<head>\n<base href="${SCOPE}">`);
  return new Response(html, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

// Files: hashed names never change, so a kept copy is used at once; the few fixed names
// (Pagefind's entry file and script) are asked for again and kept copies used offline.
async function file(request) {
  const cache = await caches.open(CACHE);
  const key = keyOf(request.url);
  const kept = await keptCopy(cache, key);
  if (kept && HASHED.test(key)) return kept;
  try {
    const response = await fetch(request);
    if (response.ok && response.type === "basic") await cache.put(key, response.clone());
    return response;
  } catch (error) {
    if (kept) return kept;
    throw error;
  }
}
