// Browse view: filter the server-rendered list by area, education and interests.
// Everything is in the page already, so filtering is instant and works offline;
// the choices live in the URL so a filtered list can be shared.
const form = document.getElementById("filter");
const items = [...document.querySelectorAll("#yrkeslista > li")].map((li) => ({
  li,
  areas: li.dataset.areas.split(" ").filter(Boolean),
  levels: li.dataset.levels.split(" ").filter(Boolean),
  interests: li.dataset.interests.split(""),
}));
const status = document.getElementById("antal");
const MAX_INTERESTS = 3;

function readForm() {
  const data = new FormData(form);
  return {
    area: data.get("omrade") || "",
    levels: data.getAll("utbildning"),
    interests: data.getAll("intresse"),
  };
}

function matches(item, choice) {
  if (choice.area && !item.areas.includes(choice.area)) return false;
  // Any chosen education level will do; every chosen interest must fit.
  if (choice.levels.length && !choice.levels.some((l) => item.levels.includes(l))) return false;
  return choice.interests.every((letter) => item.interests.includes(letter));
}

function count(choice) {
  return items.filter((item) => matches(item, choice)).length;
}

function update() {
  const choice = readForm();
  let shown = 0;
  for (const item of items) {
    const visible = matches(item, choice);
    item.li.hidden = !visible;
    if (visible) shown += 1;
  }
  status.textContent = shown === 1 ? "1 yrke." : `${shown} yrken.`;
  // How many there would be with each option added: live counts next to the options.
  for (const span of form.querySelectorAll("[data-count-for]")) {
    const [group, value] = span.dataset.countFor.split(":");
    const key = group === "utbildning" ? "levels" : "interests";
    const with_ = { ...choice, [key]: choice[key].includes(value) ? choice[key] : [...choice[key], value] };
    span.textContent = `(${count(with_)})`;
  }
  // At most three interests: the rest are disabled until one is taken away.
  for (const box of form.querySelectorAll("input[name=intresse]")) {
    box.disabled = !box.checked && choice.interests.length >= MAX_INTERESTS;
  }
  const params = new URLSearchParams();
  if (choice.area) params.set("omrade", choice.area);
  if (choice.levels.length) params.set("utbildning", choice.levels.join(","));
  if (choice.interests.length) params.set("intresse", choice.interests.join(""));
  const query = params.toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
}

function restore() {
  const params = new URLSearchParams(location.search);
  form.elements.omrade.value = params.get("omrade") || "";
  const levels = (params.get("utbildning") || "").split(/[,\s]+/);
  const interests = (params.get("intresse") || "").toUpperCase().split("").slice(0, MAX_INTERESTS);
  for (const box of form.querySelectorAll("input[name=utbildning]")) box.checked = levels.includes(box.value);
  for (const box of form.querySelectorAll("input[name=intresse]")) box.checked = interests.includes(box.value);
}

form.addEventListener("change", update);
form.addEventListener("submit", (event) => {
  event.preventDefault();
  update();
});
restore();
update();
