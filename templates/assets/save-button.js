// The Spara buttons of the lists of Sök, Bläddra and Jämför. Apart from app.js, which occupation
// pages load with the page, so that they do not download this.
// A Spara toggle for a list of results; `name` tells a screen reader which one. `app` is app.js,
// which keeps the list and handles the button's clicks. `saved`, the saved ids as a Set, is read
// once for a whole list by the caller: a stored list may be long, and is not parsed per button.
export function saveButton(app, id, slug, name, saved = new Set(app.savedIds())) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "save";
  button.dataset.save = String(id);
  button.dataset.slug = slug;
  button.append("Spara");
  if (name) {
    const hidden = document.createElement("span");
    hidden.className = "visually-hidden";
    hidden.textContent = ` ${name}`;
    button.append(hidden);
  }
  button.setAttribute("aria-pressed", String(saved.has(id)));
  return button;
}
