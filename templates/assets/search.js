// Search page: the search itself (search-engine.js) loads when the reader is about to search:
// when the field gets the focus or a key, or at once for a link with ?q=. A visit that only
// looks at the page downloads just this and the county bar. Without script, the form asks the
// server for sok/?q=.
import { countyBar } from "./county-bar.js";

const input = document.querySelector(".search-form input[type=search]");
let engine = null;
const start = () => (engine ??= import("./search-engine.js"));

// The reader's county, for the ratings on the results (search-engine.js reads the bar's choice).
const bar = document.querySelector("form[data-county-bar]");
if (bar) countyBar(bar, () => {});

input.addEventListener("focus", start, { once: true });
input.addEventListener("input", start, { once: true });
if (new URLSearchParams(location.search).get("q") || document.activeElement === input) start();
