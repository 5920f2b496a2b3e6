// Search page: the search itself (search_engine.js) loads when the reader is about to search:
// when the field gets the focus or a key, or at once for a link with ?q=. A visit that only
// looks at the page downloads just this. Without script, the form asks the server for sok/?q=.
const script = document.querySelector("script[data-engine]");
const input = document.querySelector(".search-form input[type=search]");
let engine = null;
const start = () => (engine ??= import(new URL(script.dataset.engine, location.href).href));

input.addEventListener("focus", start, { once: true });
input.addEventListener("input", start, { once: true });
if (new URLSearchParams(location.search).get("q") || document.activeElement === input) start();
