// The county picker of an occupation page ("Var bor du?", county-table.js) loads when the job
// prospects' section comes near the screen (or is there already, e.g. for a link to
// #jobbmojligheter): a first visit that never scrolls that far downloads none of it.
// The section is watched, not the table: the table is folded (<details>) until the reader opens it.
const table = document.querySelector("[data-county-picker]")?.closest("section") || null;
if (table) {
  const load = () => import("./county-table.js").catch(() => {});
  if ("IntersectionObserver" in globalThis) {
    new IntersectionObserver((entries, observer) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      load();
    }).observe(table);
  } else {
    load();
  }
}

// The key facts' county headline (glance.js), once a county is chosen here or on another page.
// The stored choice is read here without county-setting.js, which a first visit (no choice yet)
// would otherwise download only to find nothing: the key is county-setting.js's KEY (a test holds them equal).
const STORED_COUNTY_KEY = "yrken-lan";
if (document.querySelector(".glance [data-lan]")) {
  const glance = () => import("./glance.js").catch(() => {});
  let stored = null;
  try {
    stored = localStorage.getItem(STORED_COUNTY_KEY);
  } catch {
    // storage blocked: a choice made on this page still shows (below)
  }
  if (stored || /[?&]lan=/.test(location.search)) glance();
  else document.addEventListener(STORED_COUNTY_KEY, glance, { once: true }); // county-setting.js's EVENT
}
