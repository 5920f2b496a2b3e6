// Where things are on this site, in one place: its root (this file is in assets/), the path of an
// occupation's page (catalog.py's one spelling), and the message that asks the service worker to
// keep pages for reading offline (app.js and offline.js both send it).
export const root = new URL("../", import.meta.url);

// "yrken/<slug>/", from the site's root.
export const occupationPath = (slug) => `yrken/${slug}/`;

// The slug of an occupation page's URL ("…/yrken/<slug>/…"), or the URL itself when it is none.
export const slugFromUrl = (url) => (url.match(/yrken\/([^/?#]+)/) || [null, url])[1];

// The occupation's page as a path on this host ("/yrken/<slug>/", or under the site's sub-path).
export const occupationUrl = (slug) => new URL(occupationPath(slug), root).pathname;

// Ask the service worker to keep `urls` (absolute) for reading offline.
export function keepPages(urls) {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage({ type: "cache-pages", urls }));
}
