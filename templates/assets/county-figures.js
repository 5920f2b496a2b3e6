// Every county's figures on an occupation page, read from compact data attributes the build
// writes (data-lan-annonser, data-lan-anstallda: one figure per county in the counties' order,
// "-" where there is none), and the site's county file (assets/lan.<hash>.json: the counties'
// names and JobTech concept ids, as JobSearch's answers gave them). Pure, but for `countyFile`.

// The counties' two-digit codes in the order the build writes their figures (COUNTIES).
export const CODES = ["01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14", "17", "18", "19",
  "20", "21", "22", "23", "24", "25"];

// "12 0 - 7" -> Map { "01" => 12, "03" => 0, "04" => null, "05" => 7 }; an attribute of another
// length (a damaged page) gives an empty map rather than figures under the wrong county.
export function parseFigures(text) {
  const parts = String(text ?? "").trim().split(/\s+/);
  if (parts.length !== CODES.length) return new Map();
  return new Map(CODES.map((code, i) => [code, /^\d+$/.test(parts[i]) ? Number(parts[i]) : null]));
}

// Figures per county summed over several groups; a county any group lacks has none.
export function sumFigures(maps) {
  if (!maps.length || maps.some((map) => map.size === 0)) return new Map();
  return new Map(CODES.map((code) => {
    const values = maps.map((map) => map.get(code));
    return [code, values.includes(null) ? null : values.reduce((a, b) => a + b, 0)];
  }));
}

// Open ads per 1,000 employed in each county: null where either figure is missing or none are employed.
export function perThousand(ads, employed) {
  return new Map(CODES.map((code) => {
    const a = ads.get(code);
    const e = employed.get(code);
    return [code, a == null || e == null || e === 0 ? null : (a * 1000) / e];
  }));
}

// Four classes by the quartiles of the counties' values (1 the fewest, 4 the most; 0 no figure),
// and the limits between them, rounded as they are shown. Relative to this occupation's own
// counties: how its ads are spread, not how it compares with another occupation.
export function quartileClasses(values) {
  const known = [...values.values()].filter((v) => v != null).sort((a, b) => a - b);
  const at = (share) => known[Math.min(known.length - 1, Math.floor(share * known.length))];
  const limits = known.length ? [at(0.25), at(0.5), at(0.75)].map(round) : [];
  const classes = new Map([...values].map(([code, v]) => {
    if (v == null) return [code, 0];
    return [code, 1 + limits.filter((limit) => round(v) >= limit).length];
  }));
  return { classes, limits };
}

// One decimal below 10, whole numbers above: what the map's key and titles show.
export function round(value) {
  return value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
}

// 12400 -> "12 400", 1.5 -> "1,5": as the build writes numbers (a narrow no-break space between
// thousands, formatting.number), which Intl's Swedish does not (it uses a no-break space).
export function swedishNumber(value) {
  const [whole, fraction] = String(Math.round(value * 10) / 10).split(".");
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f") + (fraction ? `,${fraction}` : "");
}

// Platsbanken's search for a group narrowed to a county: `link` is the group's link (p=5:...).
export function countyLink(link, concept) {
  return concept ? `${link}&l=2:${concept}` : link;
}

let file = null;

// The site's county file that the page names (data-lan-fil), fetched once per page; null when the
// page names none or it cannot be read (e.g. offline before the service worker kept it), and the
// page then names no county it has no name for.
export function countyFile() {
  const url = document.querySelector("[data-lan-fil]")?.dataset.lanFil;
  file ??= url ? fetch(url).then((response) => (response.ok ? response.json() : null)).catch(() => null)
    : Promise.resolve(null);
  return file;
}
