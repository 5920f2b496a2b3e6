// Marks the words a reader searched for when they arrive from the search page
// (?highlight=...), and scrolls the first one into view. Text nodes only: the
// page's markup is never rebuilt from strings.
const term = new URLSearchParams(location.search).get("highlight");
const main = document.querySelector("main");
const words = (term || "").toLocaleLowerCase("sv").split(/\s+/).filter((w) => w.length >= 2);

function mark(node, pattern) {
  const text = node.nodeValue;
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return;
  const fragment = document.createDocumentFragment();
  let last = 0;
  pattern.lastIndex = 0;
  for (const match of text.matchAll(pattern)) {
    fragment.append(text.slice(last, match.index));
    const hit = document.createElement("mark");
    hit.textContent = match[0];
    fragment.append(hit);
    last = match.index + match[0].length;
  }
  fragment.append(text.slice(last));
  node.replaceWith(fragment);
}

if (main && words.length) {
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  // Whole words and the starts of words, as Pagefind matches them.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})[\\p{L}\\p{N}]*`, "giu");
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  nodes.forEach((node) => mark(node, pattern));
  main.querySelector("mark")?.scrollIntoView({ block: "center" });
}
