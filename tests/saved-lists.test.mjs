// The pure parts of the list pages' scripts: shared-link ids, the county value, ratings per region.
import assert from "node:assert/strict";
import { test } from "node:test";

import { clean, pageCounty } from "../templates/assets/county-setting.js";
import { adsIn as adsInRegion, manyAds, ratingIn } from "../templates/assets/rating-badges.js";
import { adsIn, adsText, employedText, idsFromHash, payText, prospectsText, swedishDate } from "../templates/assets/saved-view.js";
import { occupationPath, slugFromUrl } from "../templates/assets/site.js";

test("idsFromHash reads any hash without throwing, bounded", () => {
  assert.deepEqual(idsFromHash("#12,34,12"), [12, 34]);
  assert.deepEqual(idsFromHash("#12%2C34"), [12, 34]);
  assert.deepEqual(idsFromHash("#%E0%A4%A"), []);
  assert.deepEqual(idsFromHash("#%"), []);
  assert.deepEqual(idsFromHash("#%,5"), [5]);
  assert.deepEqual(idsFromHash("#-1,0,1.5,1e999,9007199254740993,7"), [7]);
  assert.deepEqual(idsFromHash(undefined), []);
  assert.equal(idsFromHash(`#${Array.from({ length: 600000 }, (_, i) => i + 1).join(",")}`).length, 100);
});

test("a county value is a two-digit county code or nothing", () => {
  for (const code of ["01", "12", "14", "25"]) assert.equal(clean(code), code);
  for (const bad of ["00", "26", "1", "012", " 12", "<b>", null, undefined, 12, "%"]) assert.equal(clean(bad), "");
  globalThis.localStorage = { getItem: () => "12" };
  assert.equal(pageCounty("?lan=14"), "14"); // the link's county
  assert.equal(pageCounty("?lan=00"), ""); // the link says the whole country
  assert.equal(pageCounty("?lan=%"), "12"); // a broken one: the stored county
  assert.equal(pageCounty(""), "12");
  delete globalThis.localStorage;
  assert.equal(pageCounty(""), ""); // storage blocked: none
});

test("ratingIn reads one region of a ratings string, and nothing else", () => {
  const regions = ["00", "01", "14"];
  assert.equal(ratingIn("23-", "14", regions), "");
  assert.equal(ratingIn("231", "14", regions), "1");
  assert.equal(ratingIn("231", "", regions), "2"); // the whole country
  assert.equal(ratingIn("231", "99", regions), "");
  assert.equal(ratingIn(undefined, "01", regions), "");
  assert.equal(ratingIn("2x1", "01", regions), "");
});

test("prospects and pay in words, missing said once", () => {
  const data = { codes: ["00", "14"], regions: ["Hela Sverige", "Västra Götalands län"], ratings: { 3: "Stora jobbmöjligheter" } };
  assert.equal(prospectsText({ prospects: "-3" }, data, "14"), "Stora jobbmöjligheter");
  assert.equal(prospectsText({ prospects: "-3" }, data, ""), "Uppgift saknas");
  assert.equal(prospectsText({}, data, "14"), "Uppgift saknas");
  assert.match(payText({ pay: { low: 25000, median: 28000, high: 32000 } }), /^28\s000 kr i månaden \(de flesta 25\s000 kr–32\s000 kr\)$/);
  assert.equal(payText({ pay: {} }), "Uppgift saknas");
});

test("one spelling of an occupation's path", () => {
  assert.equal(occupationPath("lakare"), "yrken/lakare/");
  assert.equal(slugFromUrl("/sub/yrken/lakare/?highlight=x"), "lakare");
});

test("open ads per region and employed, as the file has them; each missing kind in the file's words", () => {
  const data = { codes: ["00", "01", "12"], regions: ["Hela Sverige", "Stockholms län", "Skåne län"], ratings: {},
    occupations: [], missing: { ads: "Inga siffror om lediga jobb", employed: "SCB visar ingen siffra", pay: "Ingen lönestatistik", prospects: "Ingen bedömning", rating: "Inte bedömt" } };
  const o = { ads: [1200, null, 45], employed: 31000 };
  assert.equal(adsIn(o, data, "12"), 45);
  assert.equal(adsIn(o, data, ""), 1200);
  assert.equal(adsIn(o, data, "01"), null);
  assert.equal(adsIn({ ads: [7] }, data, "12"), null); // no county figures
  assert.match(adsText(o, data, "00"), /^1\s200$/);
  assert.equal(adsText(o, data, "01"), "Inga siffror om lediga jobb");
  assert.match(employedText(o, data), /^31\s000$/);
  assert.equal(employedText({}, data), "SCB visar ingen siffra");
  assert.equal(payText({}, data), "Ingen lönestatistik");
  assert.equal(prospectsText({}, data, "12"), "Ingen bedömning");
  assert.equal(prospectsText({ prospects: "3--" }, data, "12"), "Inte bedömt");
  assert.equal(swedishDate("2026-12-01"), "1 december 2026");
  assert.equal(swedishDate("i går"), "i går");
});

test("Bläddra: open ads in a region of data-annonser, and the rule for many", () => {
  const regions = ["00", "01", "12"];
  assert.equal(adsInRegion("1200 - 45", "12", regions), 45);
  assert.equal(adsInRegion("1200 - 45", "", regions), 1200);
  assert.equal(adsInRegion("1200 - 45", "01", regions), null);
  assert.equal(adsInRegion("1200", "12", regions), null);
  assert.equal(adsInRegion(undefined, "12", regions), null);
  assert.equal(adsInRegion("0 0 0", "99", regions), null);
  const many = { county: 20, country: 200 };
  assert.equal(manyAds(20, "12", many), true);
  assert.equal(manyAds(19, "12", many), false);
  assert.equal(manyAds(199, "00", many), false);
  assert.equal(manyAds(200, "", many), true);
  assert.equal(manyAds(null, "12", many), false);
});
