// The search's pure logic (templates/assets/search-query.js), in node's own test runner:
// `node --test tests/` (test_node.py runs it as part of pytest).
import assert from "node:assert/strict";
import { test } from "node:test";

import { describeFilters, filterSet, fold, likeness, normalize, parseQuery, sortOrder } from "../templates/assets/search-query.js";

const help = {
  fyllnadsord: ["jag", "vill", "jobb", "som"],
  ord: { köra: ["förare", "chaufför"], "ta hand om": ["vård"] },
  filter: { "utan utbildning": "utbildning=ingen-gymnasieutbildning", "stora jobbmöjligheter": "jobb=3", "i skåne": "lan=12" },
  filtertext: {},
  standard: { lan: "jobb=32" },
  parametrar: { utbildning: ["gymnasieutbildning", "ingen-gymnasieutbildning"], jobb: ["1", "2", "3"], lan: ["01", "12"] },
  regioner: ["00", "01", "12"],
  betyg: ["322", "213", "1-3", ""],
  lon: [30000, null, 45000, 25000],
  facetter: {
    utbildning: { "ingen-gymnasieutbildning": { text: "kräver ingen gymnasieutbildning", yrken: [0, 2] } },
    jobb: { 3: { text: "stora" }, 2: { text: "medelstora" }, 1: { text: "små" } },
    lan: { 12: { text: "i Skåne län" } },
  },
};

test("normalize lowers case and keeps only letters and digits", () => {
  assert.equal(normalize("  Lastbils-FÖRARE, 2026! "), "lastbils förare 2026");
  assert.equal(normalize("Ångström"), "ångström");
});

test("fold takes away å, ä, ö and other marks", () => {
  assert.equal(fold("läkare"), "lakare");
  assert.equal(fold("Överläkare på Åland"), "Overlakare pa Aland");
  assert.equal(fold("café"), "cafe");
});

test("likeness: the same word, inflections, compounds, and no false friends", () => {
  assert.equal(likeness("förare", "förare"), 1);
  assert.equal(likeness("släcka", "släcker"), 0.9);
  assert.equal(likeness("bil", "bilar"), 0.9);
  assert.equal(likeness("bar", "barn"), 0);
  assert.equal(likeness("förare", "för"), 0);
  assert.equal(likeness("lastbil", "lastbilsförare"), 0.7);
  assert.equal(likeness("kläder", "arbetskläder"), 0);
});

test("parseQuery reads filter phrases, everyday words and filler", () => {
  const parsed = parseQuery("Jag vill köra lastbil utan utbildning", help);
  assert.deepEqual(parsed.filters, [{ phrase: "utan utbildning", param: "utbildning", value: "ingen-gymnasieutbildning" }]);
  assert.deepEqual(parsed.concepts.map((c) => c.typed), ["köra", "lastbil"]);
  assert.deepEqual(parsed.concepts[0].words, ["köra", "förare", "chaufför"]);
  assert.equal(parsed.words, "köra lastbil");
  assert.equal(parsed.rest, "jag vill köra lastbil");
  // Word for word: no filter.
  const literal = parseQuery("utan utbildning", help, true);
  assert.deepEqual(literal.filters, []);
  assert.deepEqual(literal.concepts.map((c) => c.typed), ["utan", "utbildning"]);
  // Only filler: the filler is what was meant.
  assert.deepEqual(parseQuery("jobb", help).concepts.map((c) => c.typed), ["jobb"]);
});

test("parseQuery survives any text", () => {
  for (const text of ["", "   ", "%E0%A4%A", "\u0000\uffff", "a".repeat(10000), "🙂 🙂"]) {
    const parsed = parseQuery(text, help);
    assert.ok(Array.isArray(parsed.filters) && Array.isArray(parsed.concepts));
  }
});

test("filterSet: a filter's values any, filters all, prospects in the query's county or the reader's", () => {
  const education = parseQuery("utan utbildning", help).filters;
  assert.deepEqual([...filterSet(education, help)], [0, 2]);
  const big = parseQuery("stora jobbmöjligheter", help).filters;
  assert.deepEqual([...filterSet(big, help)], [0]); // the whole country
  assert.deepEqual([...filterSet(big, help, "12")], [1, 2]); // the reader's county: Skåne
  assert.deepEqual([...filterSet(big, help, "01")], []);
  const inSkane = parseQuery("stora jobbmöjligheter i skåne", help).filters;
  assert.deepEqual([...filterSet(inSkane, help, "01")], [1, 2]); // the query's county wins
  assert.equal(filterSet([], help), null);
});

test("describeFilters says the county the filter reads, and links to the same browse view", () => {
  const big = parseQuery("stora jobbmöjligheter", help).filters;
  const national = describeFilters(big, help);
  assert.equal(national.text, "Visar yrken som har stora jobbmöjligheter.");
  assert.equal(national.browse, "jobb=3");
  const skane = describeFilters(big, help, "12");
  assert.equal(skane.text, "Visar yrken som har stora jobbmöjligheter i Skåne län.");
  assert.equal(skane.browse, "jobb=3&lan=12");
});

test("sortOrder ranks by pay, those without last", () => {
  const order = sortOrder([{ param: "sortera", value: "lon" }], help);
  assert.deepEqual([0, 1, 2, 3].sort(order), [2, 0, 3, 1]);
  const low = sortOrder([{ param: "sortera", value: "lon-lag" }], help);
  assert.deepEqual([0, 1, 2, 3].sort(low), [3, 0, 2, 1]);
  assert.equal(sortOrder([], help), null);
});
