"""Lyssna: the page read aloud by the browser's speech synthesis, in Swedish.

Headless Chromium's voices differ from machine to machine, so the browser's synthesis is
replaced by a recorder with the voices each test needs; the page's own script is the real one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

FAKE_SPEECH = """(() => {
  const voices = %s;
  const log = (window.__speech = { spoken: [], calls: [] });
  const synth = {
    paused: false,
    getVoices: () => voices,
    speak(u) { log.spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.name }); },
    pause() { this.paused = true; log.calls.push("pause"); },
    resume() { this.paused = false; log.calls.push("resume"); },
    cancel() { log.calls.push("cancel"); },
    addEventListener() {},
  };
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } addEventListener() {} };
})();"""
SWEDISH = {"name": "Svenska", "lang": "sv-SE", "localService": True}


@pytest.fixture
def listening_page(browser, serve_site, sample_site: Path):
    """listening_page(voices) -> a phone page whose browser has these voices."""
    base = serve_site(sample_site)
    contexts = []

    def make(voices: list[dict]):
        context = browser.new_context(viewport={"width": 360, "height": 800})
        contexts.append(context)
        context.add_init_script(FAKE_SPEECH % json.dumps(voices))
        page = context.new_page()
        page.base = base
        return page

    yield make
    for context in contexts:
        context.close()


def spoken(page) -> list[dict]:
    return page.evaluate("window.__speech.spoken")


def test_lyssna_reads_the_main_text_in_swedish_with_pause_and_stop(listening_page, sample_catalog) -> None:
    occupation = next(o for o in sample_catalog.occupations if o.tasks and o.summary)
    page = listening_page([{"name": "English", "lang": "en-GB", "localService": True}, SWEDISH])
    page.goto(f"{page.base}yrken/{occupation.slug}/")
    play = page.get_by_role("button", name="Lyssna")
    play.wait_for(state="visible")  # the script that shows it loads after the page
    play.click()
    texts = [u["text"] for u in spoken(page)]
    assert texts[0] == occupation.name and occupation.tasks[0] in texts and occupation.summary[0] in texts
    assert {(u["lang"], u["voice"]) for u in spoken(page)} == {("sv-SE", "Svenska")}
    assert not any("Platsbanken" in t or t == "Sammanfattning Arbetsuppgifter" for t in texts)  # not the menus
    assert page.evaluate("document.activeElement.textContent") == "Pausa"
    page.get_by_role("button", name="Pausa").click()
    assert page.get_by_role("button", name="Fortsätt").is_visible()
    page.get_by_role("button", name="Fortsätt").click()
    page.get_by_role("button", name="Stoppa").click()
    assert page.evaluate("window.__speech.calls") == ["cancel", "pause", "resume", "cancel"]
    assert play.is_visible() and page.evaluate("document.activeElement.textContent") == "Lyssna"


@pytest.mark.parametrize("voices", [[], [{"name": "English", "lang": "en-US", "localService": True}],
                                    [{"name": "Online", "lang": "sv-SE", "localService": False}]])
def test_lyssna_is_hidden_without_a_swedish_voice_on_the_device(listening_page, sample_catalog, voices) -> None:
    page = listening_page(voices)
    page.goto(f"{page.base}yrken/{sample_catalog.occupations[0].slug}/")
    page.wait_for_selector("button.save:visible")  # the page's scripts have run
    assert page.is_hidden("[data-listen]") and page.get_by_role("button", name="Lyssna").count() == 0


def test_without_javascript_no_dead_button_is_shown(browser, serve_site, sample_site: Path, sample_catalog) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{serve_site(sample_site)}yrken/{sample_catalog.occupations[0].slug}/")
    visible = [b.inner_text() for b in page.locator("main button").all() if b.is_visible()]
    context.close()
    assert visible == []


def test_lyssna_reads_the_key_facts_prospects_and_pay_in_words_once_and_no_codes(listening_page, sample_catalog) -> None:
    from generator.snapshot.store import read_snapshot
    from generator.config import SAMPLE_SNAPSHOT
    from generator.sources.labour import LabourData

    data = LabourData.from_snapshot(read_snapshot(SAMPLE_SNAPSHOT))
    occupation, facts = next((o, f) for o in sample_catalog.occupations if (f := data.for_occupation(o))
                             and len(f.prospects) == 1 and f.prospects[0].rating and len(f.salaries) == 1
                             and f.salaries[0].median and f.salaries[0].p10 and o.education_levels)
    page = listening_page([SWEDISH])
    page.goto(f"{page.base}yrken/{occupation.slug}/")
    page.get_by_role("button", name="Lyssna").click()
    texts = [u["text"] for u in spoken(page)]
    median = str(facts.salaries[0].median)
    # The key facts, as one sentence each, right after the name and lead.
    assert any(t.startswith("Lön: ") and f"{median} kronor i månaden" in t for t in texts[:4]), texts[:6]
    assert any(t.startswith("Jobbmöjligheter: ") and "i hela landet" in t for t in texts[:5]), texts[:6]
    assert any(t.startswith("Utbildning: ") for t in texts[:6]), texts[:6]
    # The sections Jobbmöjligheter and Lön, with pay in words.
    assert "Jobbmöjligheter" in texts and "Lön" in texts
    assert f"Medianlönen är {median} kronor i månaden. Hälften tjänar mer, hälften mindre." in texts
    assert facts.prospects[0].texts[0] in texts
    # No codes, nothing twice, no figure split at its thousands, nothing hidden (the county picker, the folded table).
    assert not any("SSYK" in t for t in texts)
    assert len(texts) == len(set(texts))
    assert [t for t in texts if "\u202f" in t or " kr " in t or t.endswith(" kr")] == []
    assert not any(t.startswith("Var bor du") or t == "Län" for t in texts)
