// county-figures.js: the compact per-county figures an occupation page carries, and the map's
// second colouring (open ads per 1,000 employed).
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  CODES, countyLink, parseFigures, perThousand, quartileClasses, round, sumFigures, swedishNumber,
} from "../templates/assets/county-figures.js";

const attribute = (values) => values.join(" ");

test("figures are read in the counties' order, with '-' as no figure and never 0", () => {
  const values = CODES.map((_, i) => (i === 2 ? "-" : String(i * 10)));
  const figures = parseFigures(attribute(values));
  assert.equal(figures.get("01"), 0);
  assert.equal(figures.get("03"), 10);
  assert.equal(figures.get("04"), null);
  assert.equal(figures.get("25"), 200);
  assert.equal(figures.size, 21);
});

test("an attribute of the wrong length or a missing one gives no figures, not misplaced ones", () => {
  assert.equal(parseFigures("1 2 3").size, 0);
  assert.equal(parseFigures(undefined).size, 0);
  assert.equal(parseFigures(attribute(CODES.map(() => "1")) + " 5").size, 0);
});

test("groups are summed per county, and a county one group hides has no sum", () => {
  const a = parseFigures(attribute(CODES.map((_, i) => (i === 0 ? "-" : "2"))));
  const b = parseFigures(attribute(CODES.map(() => "3")));
  const sum = sumFigures([a, b]);
  assert.equal(sum.get("01"), null);
  assert.equal(sum.get("03"), 5);
  assert.equal(sumFigures([a, new Map()]).size, 0);
  assert.equal(sumFigures([]).size, 0);
});

test("ads per 1,000 employed: no figure where either is missing or nobody is employed", () => {
  const ads = parseFigures(attribute(CODES.map((_, i) => String(i))));
  const employed = parseFigures(attribute(CODES.map((_, i) => (i === 1 ? "-" : i === 2 ? "0" : "1000"))));
  const ratio = perThousand(ads, employed);
  assert.equal(ratio.get("01"), 0);
  assert.equal(ratio.get("03"), null);
  assert.equal(ratio.get("04"), null);
  assert.equal(ratio.get("25"), 20);
});

test("four classes by quartile, 0 for no figure, and the limits as shown", () => {
  const values = new Map(CODES.map((code, i) => [code, i < 20 ? i + 1 : null]));
  const { classes, limits } = quartileClasses(values);
  assert.deepEqual(limits, [6, 11, 16]);
  assert.equal(classes.get("01"), 1); // 1, the fewest
  assert.equal(classes.get("24"), 4); // 20, the most
  assert.equal(classes.get("25"), 0); // no figure
  assert.equal(classes.get(CODES[5]), 2); // 6: at a limit counts above it
  const none = quartileClasses(new Map(CODES.map((code) => [code, null])));
  assert.deepEqual(none.limits, []);
});

test("one decimal below 10, whole numbers above", () => {
  assert.equal(round(1.234), 1.2);
  assert.equal(round(12.6), 13);
});

test("Platsbanken's link is narrowed to a county only when its concept id is known", () => {
  const link = "https://arbetsformedlingen.se/platsbanken/annonser?p=5:yyF7_jsW_EeP";
  assert.equal(countyLink(link, "CaRE_1nn_cSU"), `${link}&l=2:CaRE_1nn_cSU`);
  assert.equal(countyLink(link, undefined), link);
});

test("numbers as the build writes them: a narrow no-break space between thousands, a decimal comma", () => {
  assert.equal(swedishNumber(4717), "4\u202f717");
  assert.equal(swedishNumber(1234567), "1\u202f234\u202f567");
  assert.equal(swedishNumber(12), "12");
  assert.equal(swedishNumber(1.25), "1,3");
  assert.equal(swedishNumber(0), "0");
});
