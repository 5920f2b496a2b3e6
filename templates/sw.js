// Service worker of Yrken A–Ö: reading offline. Written by the build; VERSION is a hash of
// the build's files, so every new build is a new worker, which the pages offer as an update.
// One cache per build keeps pages, scripts and search files from the same build together.
const VERSION = {{ version | tojson }};
const SHELL = {{ shell | tojson }};
const SEARCH_BUNDLES = {{ search_bundles | list | tojson }};
const CACHE = `yrken-${VERSION}`;
const SCOPE = new URL("./", self.location.href).href; // works under any sub-path
const OFFLINE_PAGE = new URL("offline.html", SCOPE).href;
// How long a page may take from the network before a kept copy is shown instead.
const NETWORK_WAIT_MS = 4000;

const keyOf = (url) => url.split(/[?#]/)[0];
const fresh = (url) => new Request(url, { cache: "no-cache", credentials: "same-origin" });

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL.map((path) => fresh(new URL(path, SCOPE).href)))));
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const old = (await caches.keys()).filter((name) => name.startsWith("yrken-") && name !== CACHE);
    for (const name of old) await carryOver(await caches.open(name));
    await Promise.all(old.map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

// A new build: the pages the reader kept are fetched again from it (never copied, so that
// pages, scripts and search files stay of one build), and so is the search index if it was kept.
async function carryOver(oldCache) {
  const urls = (await oldCache.keys()).map((request) => request.url);
  const pages = urls.filter((url) => url.endsWith("/") || url.endsWith(".html"));
  await keepAll(pages);
  if (urls.some((url) => url.endsWith("/pagefind.js"))) await keepSearch([]);
}

self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type === "skip-waiting") self.skipWaiting();
  else if (data.type === "cache-pages") event.waitUntil(keepAll(data.urls || []));
  else if (data.type === "cache-search") event.waitUntil(keepSearch(data.urls || []));
});

// Keep each URL of this site not kept yet; one that fails is simply left out.
async function keepAll(urls) {
  const cache = await caches.open(CACHE);
  for (const url of new Set(urls.map(String).filter((u) => u.startsWith(SCOPE)).map(keyOf))) {
    if (await cache.match(url)) continue;
    try {
      const response = await fetch(fresh(url));
      if (response.ok && !response.redirected) await cache.put(url, response);
    } catch {
      // offline again: the rest waits for the next time
    }
  }
}

// Search over the whole index offline: every file of each bundle but the per-page texts,
// which are kept as results are shown. `urls`: the search page's own lists of names.
async function keepSearch(urls) {
  const files = [...urls];
  for (const bundle of SEARCH_BUNDLES) {
    try {
      const list = await (await fetch(fresh(new URL(`${bundle}/offline-files.json`, SCOPE).href))).json();
      files.push(...list.files.map((file) => new URL(`${bundle}/${file}`, SCOPE).href));
    } catch {
      return;
    }
  }
  await keepAll(files);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(SCOPE)) return; // nothing else is ours
  if (request.mode === "navigate") event.respondWith(page(request));
  else event.respondWith(file(request));
});

// Pages: from the network when it answers (a new build shows at once), else the kept copy,
// else a page that says so.
async function page(request) {
  const cache = await caches.open(CACHE);
  const key = keyOf(request.url);
  const network = fetch(request).then(async (response) => {
    if (response.ok && response.type === "basic" && !response.redirected) await cache.put(key, response.clone());
    return response;
  });
  const kept = await cache.match(key);
  if (!kept) return network.catch(() => offlinePage(cache));
  const slow = new Promise((resolve) => setTimeout(() => resolve(kept), NETWORK_WAIT_MS));
  return Promise.race([network.catch(() => kept), slow]);
}

// The offline page answers at any address: a <base> makes its relative links start from the site's root.
async function offlinePage(cache) {
  const kept = await cache.match(OFFLINE_PAGE);
  if (!kept) return Response.error();
  const html = (await kept.text()).replace("<head>", `<head>\n<base href="${SCOPE}">`);
  return new Response(html, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

// Files: hashed names never change, so a kept copy is used at once; the few fixed names
// (Pagefind's entry file and script) are asked for again and kept copies used offline.
const HASHED = /\/assets\/|\/bilder\/|\/(index|fragment|filter)\/|\.pf_meta$/;

async function file(request) {
  const cache = await caches.open(CACHE);
  const key = keyOf(request.url);
  const kept = await cache.match(key);
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
