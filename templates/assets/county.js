// The county parts of an occupation page load when their section comes near the screen (or is
// there already, e.g. for a link to #jobbmojligheter): a first visit that never scrolls that far
// downloads none of them. The picker ("Var bor du?", county-table.js) with the job prospects (the
// section is watched, not its table, which is folded until the reader opens it); the county's
// open ads, employed and the map's tiles as buttons (county-facts.js) with "Lediga jobb just nu" or
// "Vilka jobbar" (a module runs once however often it is imported).
// `load` imports by a literal name: the build writes the content-hashed name into it.
function loadNear(section, load) {
  if (!section) return;
  if (!("IntersectionObserver" in globalThis)) {
    load();
    return;
  }
  new IntersectionObserver((entries, observer) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    load();
  }).observe(section);
}

loadNear(document.querySelector("[data-county-picker]")?.closest("section"), () => import("./county-table.js").catch(() => {}));
const facts = () => import("./county-facts.js").catch(() => {});
loadNear(document.querySelector("[data-ads], [data-county-map]")?.closest("section"), facts);
loadNear(document.querySelector("[data-lan-anstallda]")?.closest("section"), facts);

// The key facts' county headline (glance.js), once a county is chosen here or on another page.
// The stored choice is read here without county-setting.js, which a first visit (no choice yet)
// would otherwise download only to find nothing: the key is county-setting.js's KEY (a test holds them equal).
const STORED_COUNTY_KEY = "yrken-lan";
if (document.querySelector(".glance [data-lan], .glance [data-glance-ads]")) {
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
