// The task index's ranking (templates/assets/search-query.js), with the index served by a stub fetch.
import assert from "node:assert/strict";
import { test } from "node:test";

import { fitting, parseQuery, taskMatches } from "../templates/assets/search-query.js";

const BASE = 8; // help.viktbas: a code is position * BASE + weight
const index = {
  lastbil: [0 * BASE + 7, 2 * BASE + 2], // a name (0), a passing mention (2)
  lastbilar: [1 * BASE + 5],
  kör: [0 * BASE + 4, 1 * BASE + 4],
};
globalThis.fetch = async () => ({ ok: true, json: async () => index });
const help = { viktbas: BASE, delar: { l: "l.json", k: "k.json" }, ord: {}, filter: {}, fyllnadsord: [] };
const root = new URL("http://example.test/");

test("taskMatches ranks the strongest place first and keeps those that fit every concept", async () => {
  const concepts = parseQuery("lastbil", help).concepts;
  const found = await taskMatches(concepts, help, root, 10);
  assert.deepEqual(found.map((f) => f.position), [0, 1, 2]);
  assert.ok(found[0].score > found[1].score && found[1].score > found[2].score);
  const both = await taskMatches(parseQuery("lastbil kör", help).concepts, help, root, 10);
  assert.deepEqual(both.map((f) => f.position), [0, 1]); // 2 fits only one of the two
});

test("fitting puts a name first and leaves out passing mentions", async () => {
  const entries = ["Lastbilsförare", "Budbilsförare", "Lagerarbetare"].map((name, i) => ({
    index: i, slug: name.toLowerCase(), title: name, name: name.toLowerCase(), synonyms: [],
    words: [name.toLowerCase()], terms: [], synonymTerms: [],
  }));
  const found = await fitting(parseQuery("lastbil", help), entries, help, root);
  assert.equal(found[0].title, "Lastbilsförare");
  assert.ok(!found.some((e) => e.title === "Lagerarbetare"));
});
