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
    }, { rootMargin: "300px 0px" }).observe(table);
  } else {
    load();
  }
}

// The key facts' county headline (glance.js), once a county is chosen here or on another page.
if (document.querySelector(".glance [data-lan]")) {
  import("./county-setting.js").then(({ pageCounty, onCountyChange }) => {
    const glance = () => import("./glance.js").catch(() => {});
    if (pageCounty()) glance();
    else onCountyChange(glance);
  }).catch(() => {});
}
