// What a search means: filter phrases ("utan utbildning"), everyday words and what they stand
// for ("köra" -> förare), and the occupations whose names, groups and tasks fit every part.
// The data comes from the build (generator/stages/search_intent.py, content/search/sokfraser.toml).

export const normalize = (text) => text.normalize("NFC").toLocaleLowerCase("sv").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
export const fold = (text) => text.normalize("NFD").replace(/\p{M}/gu, "");
const hasDiacritics = (word) => fold(word) !== word;

// Endings that inflect a word without changing what it means: "släcka", "släcker"; "bil", "bilar".
const ENDINGS = new Set(["", "a", "e", "n", "r", "s", "t", "en", "er", "ar", "or", "na", "an", "et", "as", "es",
  "at", "de", "te", "ade", "are", "ern", "ens", "ers", "ars", "ets", "arna", "erna", "orna", "ande", "ende", "ning"]);
// Three letters in common are enough only before a short ending: "kör" and "köra", "bil" and
// "bilar", but not "bar" and "barn" or "för" and "förare".
const SHORT_ENDINGS = new Set(["", "a", "e", "ar", "er", "or", "en", "et", "at"]);
const EXPANSION = 0.85; // a word the phrase list adds counts a little less than the one typed
const LONGEST_PHRASE = 5;
const OTHERS = 0.3; // how much the concept's other words that fit add to the best one

function commonPrefix(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

// How well an index word stands for a typed word: 1 the same, 0.9 the same word inflected,
// 0.7 a compound that starts with it ("lastbil" in "lastbilsförare"), 0 not at all.
export function likeness(typed, word) {
  if (typed === word) return 1;
  const p = commonPrefix(typed, word);
  const short = Math.min(typed.length, word.length);
  const [a, b] = [typed.slice(p), word.slice(p)];
  if (p >= 4 && ENDINGS.has(a) && ENDINGS.has(b)) return 0.9;
  if (p === 3 && short === 3 && SHORT_ENDINGS.has(a) && SHORT_ENDINGS.has(b)) return 0.9;
  // Not the end of a compound: "kläder" in "arbetskläder" is mostly about something else. The
  // heads of compound names are in the index as words of their own.
  if (typed.length >= 5 && word.length > typed.length + 2 && word.startsWith(typed)) return 0.7;
  return 0;
}

// The longest phrase of `table` that starts at tokens[i], as [phrase, length], or null.
function phraseAt(tokens, i, table) {
  for (let n = Math.min(LONGEST_PHRASE, tokens.length - i); n >= 1; n--) {
    const phrase = tokens.slice(i, i + n).join(" ");
    if (Object.hasOwn(table, phrase)) return [phrase, n];
  }
  return null;
}

// The query as filters (from the filter phrases, unless `literal`), concepts (a typed word or
// phrase and the words that stand for it), `words`, the typed words that are not filler, and
// `rest`, every typed word that is not part of a filter phrase.
export function parseQuery(text, help, literal = false) {
  const tokens = normalize(text).split(" ").filter(Boolean);
  const fillers = new Set(help.fyllnadsord || []);
  const filters = [];
  const concepts = [];
  const kept = [];
  const rest = [];
  for (let i = 0; i < tokens.length;) {
    const filter = literal ? null : phraseAt(tokens, i, knownFilters(help));
    if (!filter) rest.push(tokens[i]);
    if (filter) {
      const [param, value] = help.filter[filter[0]].split("=");
      filters.push({ phrase: filter[0], param, value });
      i += filter[1];
      continue;
    }
    const phrase = phraseAt(tokens, i, help.ord || {});
    if (phrase && (phrase[1] > 1 || !fillers.has(phrase[0]))) {
      concepts.push({ typed: phrase[0], words: [phrase[0], ...help.ord[phrase[0]]] });
      kept.push(phrase[0]);
      rest.push(...tokens.slice(i + 1, i + phrase[1]));
      i += phrase[1];
      continue;
    }
    if (!fillers.has(tokens[i])) {
      concepts.push({ typed: tokens[i], words: [tokens[i]] });
      kept.push(tokens[i]);
    }
    i += 1;
  }
  // Only filler words ("arbete"): they are what was meant, then.
  if (!concepts.length && !filters.length) {
    for (const token of tokens) concepts.push({ typed: token, words: [token] });
    kept.push(...tokens);
  }
  return { filters, concepts, words: kept.join(" "), rest: rest.join(" ") };
}

// The filter phrases whose filter this site has (no job prospects without labour-market data).
function knownFilters(help) {
  help.known ??= Object.fromEntries(Object.entries(help.filter || {}).filter(([, target]) => {
    const [param, value] = target.split("=");
    const values = help.parametrar?.[param];
    return values && (param === "jobb" ? [...value].every((code) => values.includes(code)) : values.includes(value));
  }));
  return help.known;
}

// The filters by browse parameter, each with its values in order, the defaults added
// ("jobb i Skåne": a county alone comes with stora or medelstora jobbmöjligheter).
function byParam(filters, help) {
  const params = new Map();
  for (const f of filters) params.set(f.param, [...new Set([...(params.get(f.param) || []), f.value])]);
  for (const [param, target] of Object.entries(help.standard || {})) {
    const [extra, value] = target.split("=");
    if (params.has(param) && !params.has(extra) && help.parametrar?.[extra]) params.set(extra, [value]);
  }
  return params;
}

// The occupations whose job prospects in `region` are one of `codes` (the browse page's rule).
function prospectSet(codes, region, help) {
  const i = (help.regioner || []).indexOf(region);
  const held = new Set();
  (help.betyg || []).forEach((ratings, position) => { if (i >= 0 && ratings[i] && codes.includes(ratings[i])) held.add(position); });
  return held;
}

// The facets (which occupations each filter value holds), read into `help` when a query has a filter.
let facetFile = null;
export function loadFacets(help, root) {
  if (!help.filterfil || help.facetter) return Promise.resolve(help);
  facetFile ??= fetch(new URL(`assets/${help.filterfil}`, root)).then((r) => (r.ok ? r.json() : {})).catch(() => ({}))
    .then((data) => Object.assign(help, data));
  return facetFile;
}

// The positions of the occupations every filter holds (values of one filter: any will do), or null
// when none limits them (a sort, say). Job prospects are read in the query's county, else `region`
// (the reader's), so the filter and the ratings on the results agree.
export function filterSet(filters, help, region = "00") {
  let result = null;
  const keep = (held) => { result = result === null ? held : new Set([...result].filter((p) => held.has(p))); };
  const params = byParam(filters, help);
  for (const [param, values] of params) {
    if (param === "jobb") keep(prospectSet(values.join(""), params.get("lan")?.[0] || region, help));
    else if (param !== "lan" && param !== "sortera") keep(new Set(values.flatMap((v) => help.facetter?.[param]?.[v]?.yrken || [])));
  }
  return result;
}

// How the filters order the occupations: by median pay, highest or lowest first, those without last.
export function sortOrder(filters, help) {
  const sort = byParam(filters, help).get("sortera")?.[0];
  if (!sort) return null;
  const pay = help.lon || [];
  return (a, b) => (pay[a] == null) - (pay[b] == null) || (sort === "lon-lag" ? pay[a] - pay[b] : pay[b] - pay[a]);
}

// What "Visar yrken som …" says for the filters, and the /bladdra/ query that shows the same.
export function describeFilters(filters, help, region = "00") {
  const params = byParam(filters, help);
  const facet = (param, value) => help.filtertext?.[`${param}=${value}`] || help.facetter?.[param]?.[value]?.text || value;
  const clauses = [];
  const browse = new URLSearchParams();
  for (const [param, values] of params) {
    if (param === "jobb") {
      const where = params.get("lan")?.[0] || (region !== "00" ? region : "");
      clauses.push(`har ${[...values.join("")].map((c) => facet("jobb", c)).join(" eller ")} jobbmöjligheter`
        + (where ? ` ${facet("lan", where)}` : ""));
    } else if (param !== "lan" && param !== "sortera") {
      clauses.push(values.map((v) => facet(param, v)).join(" eller "));
    }
    browse.set(param, values.join(param === "jobb" ? "" : ","));
  }
  if (params.has("jobb") && !params.has("lan") && region !== "00") browse.set("lan", region);
  const sort = params.get("sortera")?.[0];
  const order = sort ? facet("sortera", sort) : "";
  const tail = order ? `, ${order}` : "";
  const text = clauses.length ? `Visar yrken som ${clauses.join(" och ")}${tail}.` : `Visar yrken ${order}.`;
  return { text, browse: browse.toString() };
}

// The task index is in one file per first letter (å, ä, ö filed under a, o; a word that starts with
// no letter under 0), a large one split by the first two letters or more ("sa", "sk", "skot"); each
// read once.
const shards = new Map();
function loadShard(key, help, root) {
  const name = help.delar?.[key];
  if (!name) return Promise.resolve([]);
  if (!shards.has(key)) {
    // As [word, codes, the word without å, ä and ö (or null)], made once: a search reads each part several times.
    shards.set(key, fetch(new URL(`assets/${name}`, root)).then((r) => (r.ok ? r.json() : {})).catch(() => ({}))
      .then((index) => Object.entries(index).map(([word, codes]) => [word, codes, hasDiacritics(word) ? fold(word) : null])));
  }
  return shards.get(key);
}
const filed = (word) => {
  const folded = fold(word);
  return /^\p{L}/u.test(folded) ? folded : `0${folded}`;
};
// The parts that may hold words like `word` (search_intent.split_shard): those whose key starts it,
// and, for a word of three letters ("bil" finds "bilar"), those whose key starts with it.
function shardsOf(word, help) {
  const f = filed(word);
  return Object.keys(help.delar || {}).filter((key) => f.startsWith(key) || (word.length === 3 && key.startsWith(f)));
}

// For one concept: position -> the best weight times likeness any of its words has there, plus a
// share of what its other words add: an occupation where "djur", "djuren" and "veterinär" all
// stand is more about animals than one whose tasks mention them once.
// A word typed without å, ä or ö also matches words that have them ("lakare" -> "läkare"),
// a little weaker; one typed with them matches only them ("får" never finds "far").
async function conceptScores(concept, help, root) {
  const base = help.viktbas || 8;
  const best = new Map();
  const others = new Map();
  for (const [k, raw] of concept.words.entries()) {
    const word = normalize(raw);
    if (!word || word.includes(" ")) continue;
    const parts = await Promise.all(shardsOf(word, help).map((key) => loadShard(key, help, root)));
    const loose = !hasDiacritics(word);
    const start = word.slice(0, 3); // every likeness needs the first three letters in common
    for (const [candidate, codes, folded] of parts.flat()) {
      let like = candidate.startsWith(start) ? likeness(word, candidate) : 0;
      if (!like && loose && folded?.startsWith(start)) like = 0.9 * likeness(word, folded);
      if (!like) continue;
      const factor = like * (k === 0 ? 1 : EXPANSION);
      for (const code of codes) {
        const position = Math.floor(code / base);
        const score = (code % base) * factor;
        const top = best.get(position) || 0;
        others.set(position, (others.get(position) || 0) + Math.min(score, top));
        if (score > top) best.set(position, score);
      }
    }
  }
  const scores = new Map();
  for (const [position, top] of best) scores.set(position, { top, score: top + Math.min(top / 2, OTHERS * (others.get(position) || 0)) });
  return scores;
}

// The occupations that fit the concepts, best first, as [{position, score, strongest}]:
// those that fit every concept, or, when none does, those that fit the most. Rarer concepts
// count more (a word found in three occupations says more than one found in eighty).
export async function taskMatches(concepts, help, root, total) {
  if (!concepts.length) return [];
  const perConcept = await Promise.all(concepts.map((c) => conceptScores(c, help, root)));
  const found = new Map();
  for (const scores of perConcept) {
    const idf = Math.log(1 + total / Math.max(1, scores.size));
    for (const [position, { top, score }] of scores) {
      const f = found.get(position) || { position, score: 0, parts: 0, strongest: 0 };
      f.score += score * idf;
      f.parts += 1;
      f.strongest = Math.max(f.strongest, top); // the best single place: a name, a group, a task
      found.set(position, f);
    }
  }
  const all = [...found.values()];
  const most = Math.max(0, ...all.map((f) => f.parts));
  return all.filter((f) => f.parts === most)
    .sort((a, b) => b.score - a.score || a.position - b.position);
}

// --- the occupations that fit: names, typos and the task index together ---------------------

// A name, a synonym, its group or SCB's definition of it: more than a word in the work tasks.
const STRONG = 2.5;
// An occupation fits when its score is at least this share of the best one's; below that the
// words are a passing mention, and Pagefind's list of pages that use them has it. On the real
// 2018 texts more of those below four fifths of the best did not fit than did.
const RELATIVE = 0.8;
const NAMING = 4;
// Optimal string alignment distance (Levenshtein, plus swapping two neighbours)
// between `query` and all of `text`, and between `query` and the start of `text`
// that is closest to it; Infinity when above `limit`.
function distances(query, text, limit) {
  const b = text.slice(0, query.length + limit);
  let before = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= query.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (query[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && query[i - 1] === b[j - 2] && query[i - 2] === b[j - 1]) row[j] = Math.min(row[j], before[j - 2] + 1);
    }
    if (Math.min(...row) > limit) return [Infinity, Infinity];
    [before, previous] = [previous, row];
  }
  const whole = text.length === b.length ? previous[b.length] : Infinity;
  const start = Math.min(...previous);
  return [whole <= limit ? whole : Infinity, start <= limit ? start : Infinity];
}

// The occupations the list finds for a query, best first: `direct` by tier (0 the
// name, 1 a synonym, 2 the start of the name, 3 the head of a compound in the
// name, 4 the start of a synonym or of a word in one, 5 the head of a compound
// in a synonym), then A–Ö; `typos` a name, synonym or word of the name one typo away
// (two for six letters or more), closest first, looked for only when no name
// matched or started with the query.
function localMatches(query, entries) {
  const q = normalize(query);
  const direct = [];
  const typos = [];
  if (!q) return { direct, typos };
  const isHead = (term) => term === q || (q.length >= 4 && term.startsWith(q));
  for (const e of entries) {
    const tier = e.name === q ? 0
      : e.synonyms.includes(q) ? 1
      : e.name.startsWith(q) ? 2
      : e.terms.some(isHead) ? 3
      : e.synonyms.some((s) => s.startsWith(q) || s.includes(` ${q}`)) ? 4
      : e.synonymTerms.some(isHead) ? 5
      : null;
    if (tier !== null) direct.push({ entry: e, tier });
  }
  direct.sort((a, b) => a.tier - b.tier || a.entry.index - b.entry.index);
  const limit = q.length < 4 ? 0 : q.length < 6 ? 1 : 2;
  if (limit > 0 && !direct.some((m) => m.tier <= 2)) {
    const matched = new Set(direct.map((m) => m.entry.slug));
    for (const e of entries) {
      if (matched.has(e.slug)) continue;
      let best = Infinity;
      for (const text of [e.name, ...e.synonyms, ...e.words]) {
        const [whole, start] = distances(q, text, limit);
        best = Math.min(best, whole, start + 0.5); // a whole match beats the start of a longer one
      }
      if (best < Infinity) typos.push({ entry: e, distance: best });
    }
    typos.sort((a, b) => a.distance - b.distance || a.entry.index - b.entry.index);
  }
  return { direct, typos: typos.map((m) => m.entry), close: typos.filter((m) => m.distance <= 1).map((m) => m.entry) };
}

// What the list finds for the first of `texts` that a name matches directly; when none does,
// the names one typo away from any of them ("Maskinoperatör inom metallindusstrin" as typed,
// though without its filler words it is far from every name).
function firstMatches(texts, entries) {
  const typos = [];
  const close = [];
  for (const text of texts) {
    const found = localMatches(text, entries);
    if (found.direct.length) return found;
    typos.push(...found.typos);
    close.push(...found.close);
  }
  return { direct: [], typos: [...new Set(typos)], close: [...new Set(close)] };
}

// The occupations the list finds by name, synonym, compound head or typo, for the query as typed
// and without its filler words. A query typed without å, ä and ö is also compared with the names
// without them, when no name starts with it as typed.
function nameMatches(parsed, entries) {
  const texts = [...new Set([parsed.rest, parsed.words])];
  const found = firstMatches(texts, entries);
  const plain = normalize(parsed.words);
  if (!found.direct.some((m) => m.tier <= 2) && plain && fold(plain) === plain && entries.folded) {
    const folded = firstMatches(texts.map(normalize), entries.folded);
    if (folded.direct.length) return folded;
  }
  return found;
}

// Every occupation that fits, best first: by name (the list), then, for one word, names one letter
// away, then those whose names, groups or tasks fit every part of the query, then names one typo
// away, then those that fit only some parts.
// A query that names occupations takes from the tasks only what a name or group says.
export async function fitting(parsed, entries, h, root) {
  if (!parsed.concepts.length) return parsed.filters.length ? entries : [];
  const { direct, typos, close } = nameMatches(parsed, entries);
  const matches = await taskMatches(parsed.concepts, h, root, entries.length);
  // A name, a synonym, the start of a name or the head of a compound in one names the occupation.
  // The start of a synonym ("el" in "Elevassistent", "mat" in "Matros") or a head in one is a weak
  // sign: it is shown only when nothing fits the tasks (which hold the synonyms' words already).
  const byName = direct.filter((m) => m.tier <= 3).map((m) => m.entry);
  const bySynonym = direct.filter((m) => m.tier > 3).map((m) => m.entry);
  const named = byName.length > 0;
  const best = matches.length ? matches[0].score : 0;
  const usable = matches.filter((m) => entries[m.position] && (m.score >= RELATIVE * best || m.strongest >= NAMING) && (!named || m.strongest >= STRONG));
  const complete = usable.filter((m) => m.parts === parsed.concepts.length).map((m) => entries[m.position]);
  const partial = usable.filter((m) => m.parts < parsed.concepts.length).map((m) => entries[m.position]);
  // One word one letter away from a whole name is that name misspelt ("Skötaare"), more likely
  // than an inflection of a word in the tasks ("sköta").
  const misspelt = parsed.concepts.length === 1 && !parsed.concepts[0].typed.includes(" ") ? close : [];
  const all = [...byName, ...misspelt, ...complete, ...(complete.length ? [] : bySynonym), ...typos.slice(0, 20), ...partial];
  return [...new Map(all.map((e) => [e.slug, e])).values()];
}
