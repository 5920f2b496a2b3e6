// The reader's county, one setting for the whole site: chosen on any page, it applies on every
// page (ratings in lists, the browse filter, Mina yrken, Jämför, the occupation page's facts).
// Kept on this device only, under "yrken-lan", as the county's two-digit code ("12" Skåne län);
// no value means the whole country. Nothing is stored until the reader chooses.
export const KEY = "yrken-lan";
export const NATIONAL = "00";
export const EVENT = "yrken-lan"; // dispatched on document when the choice changes, here or in another tab

// A county code, or "" for anything else (a damaged or hostile stored value counts as none).
export const clean = (code) => (typeof code === "string" && /^(0[1-9]|1\d|2[0-5])$/.test(code) ? code : "");

export function storedCounty() {
  try {
    return clean(localStorage.getItem(KEY));
  } catch {
    return ""; // storage may be blocked; then nothing is remembered
  }
}

// Store the choice (or forget it for "" or the whole country) and tell the page.
export function setCounty(code) {
  const county = clean(code);
  try {
    if (county) localStorage.setItem(KEY, county);
    else localStorage.removeItem(KEY);
  } catch {
    // nothing to do: the choice still applies to this page
  }
  document.dispatchEvent(new CustomEvent(EVENT, { detail: county }));
}

// Calls `changed(code)` whenever the county changes, on this page or in another tab.
export function onCountyChange(changed) {
  document.addEventListener(EVENT, (event) => changed(event.detail));
  addEventListener("storage", (event) => {
    if (event.key === KEY || event.key === null) changed(storedCounty());
  });
}

// The county a page shows: the link's (?lan=, a shared link) if it names one, else the stored one.
export function pageCounty(search = location.search) {
  let asked = "";
  try {
    asked = new URLSearchParams(search).get("lan") || "";
  } catch {
    asked = "";
  }
  return asked === NATIONAL ? "" : clean(asked) || storedCounty();
}
