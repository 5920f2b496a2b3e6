// county.js reads the stored county itself (so a first visit need not download county-setting.js):
// its key and event name must stay the ones county-setting.js writes and sends.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { EVENT, KEY } from "../templates/assets/county-setting.js";

test("county.js reads the county under county-setting.js's key and listens for its event", () => {
  const source = readFileSync(new URL("../templates/assets/county.js", import.meta.url), "utf8");
  const key = /const STORED_COUNTY_KEY = "([^"]+)";/.exec(source)?.[1];
  assert.equal(key, KEY);
  assert.equal(EVENT, KEY); // county.js listens for the change event by the same name
});
