#!/usr/bin/env python3
"""The classroom page in German, in a real browser (chromium headless + python3-selenium; axe-core from
tests/web, as classroom_a11y_browser.py).

At 390 px (a phone) and 1920 px (a projector), with ?lang=de on the address: the landing page (no code)
is German and sends the language on with the code; then the page itself, in every tab (Live after an
epoch, Step through a step taken, Practice with a diagnosis and a hint, Draw with a drawn stroke's
answer, the projector's join view) and with the class quiz open. In each state:
  - <html lang="de">, and the tabs and a few key strings are the German of resources/i18n/cnnlab_de.ts;
  - no visible text (text node, aria-label, title, placeholder, alt, the document's title) is still the
    English of a string the catalogue translates (/strings.json);
  - the notes' formulas, symbols and numbers are as in English (Step through's first formula), and the
    engine's words the server sends (the example's title and description, the exercise's title) German;
  - nothing spills sideways at 390 px, and axe finds no WCAG 2.1 A/AA violation.
Then a browser that asks for German (Accept-Language: de-DE) without ?lang= gets German, and ?lang=en
English. Saves screenshots of each state at both widths.

usage: classroom_i18n_browser.py CNNLAB_CLI SCREENSHOT_DIR
"""
import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.support.ui import Select, WebDriverWait

from classroom_a11y_browser import AXE, Report
from classroom_browser import FORMULA, browser, full_page_screenshot

# notebook-valid's title and description in the catalogue's German (resources/i18n/cnnlab_de.ts,
# context "engine"): the server sends the engine's words in the page's language.
TITLE_DE = "Kreuzkorrelation (valid): I ★ K"
DESCRIPTION_DE = ("Schiebe den Kernel über die Eingabe, multipliziere die überlappenden Werte, addiere sie. "
                  "Ausgabegröße = 3 − 2 + 1 = 2.")

# Every visible text that is still the English of a string the catalogue translates.
STILL_ENGLISH = """
const strings = arguments[0];
const english = (text) => {
  const key = (text || "").replace(/\\s+/g, " ").trim();
  return key && Object.prototype.hasOwnProperty.call(strings, key) && strings[key] !== key ? key : null;
};
const shown = (element) => {
  const box = element && element.tagName === "OPTION" ? element.closest("select") : element;
  return box && box.getClientRects().length > 0 && getComputedStyle(box).visibility !== "hidden" && !box.closest("[hidden]");
};
const name = (e) => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "");
const out = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const key = english(node.textContent);
  if (key && shown(node.parentElement)) out.push(`${name(node.parentElement)}: ${key}`);
}
for (const e of document.body.querySelectorAll("*")) {
  if (!shown(e)) continue;
  for (const attribute of ["aria-label", "title", "placeholder", "alt"]) {
    const key = english(e.getAttribute(attribute));
    if (key) out.push(`${name(e)} ${attribute}: ${key}`);
  }
}
if (english(document.title)) out.push(`title: ${document.title}`);
return out;
"""


def german_browser(width, height):
    """A browser whose user asks for German (Accept-Language: de-DE,de)."""
    return browser(width, height, flags=("--lang=de-DE",), prefs={"intl.accept_languages": "de-DE,de"})


def strings_of(url):
    """/strings.json?lang=de of the server at `url`: {english: german}."""
    base = url.split("?")[0].rstrip("/")
    with urllib.request.urlopen(base + "/strings.json?lang=de", timeout=30) as reply:
        body = json.loads(reply.read().decode("utf-8"))
    assert body["lang"] == "de" and len(body["strings"]) > 100, body
    return body["strings"]


def with_lang(url, lang):
    return url + ("&" if "?" in url else "?") + "lang=" + lang


class German:
    def __init__(self, driver, width, height, strings, report, shots):
        self.driver, self.width, self.height, self.strings, self.report, self.shots = driver, width, height, strings, report, shots
        # Live redraws its confusion table with every epoch: an element found a moment ago can be gone.
        self.wait = WebDriverWait(driver, 120, poll_frequency=0.25, ignored_exceptions=(StaleElementReferenceException,))

    def de(self, english):
        return self.strings[english]

    def text(self, element_id):
        return self.driver.find_element(By.ID, element_id).text

    def check(self, state):
        """The page as it is now: German throughout, no sideways spill, no axe violation; a screenshot."""
        name = f"{state} at {self.width} px"
        lang = self.driver.execute_script("return document.documentElement.lang")
        assert lang == "de", f"{name}: <html lang={lang!r}>"
        english = self.driver.execute_script(STILL_ENGLISH, self.strings)
        assert not english, f"{name}: still English: " + "; ".join(english)
        overflow = self.driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{name}: the page is {overflow} px wider than the window"
        if self.report:
            self.report.audit(self.driver, name)
        slug = re.sub(r"[^a-z0-9]+", "-", state.lower()).strip("-")
        full_page_screenshot(self.driver, self.width, self.height, os.path.join(self.shots, f"i18n-de-{slug}-{self.width}.png"))

    def tabs_are_german(self):
        tabs = [self.text(f"tab-{key}") for key in ("live", "step", "practice", "draw")]
        assert tabs == [self.de("Live"), self.de("Step through"), self.de("Practice"), self.de("Draw")], tabs
        assert tabs[1:] == ["Schritt für Schritt", "Üben", "Zeichnen"], tabs


def run(cli_url, code, quiz_url, width, height, strings, report, shots):
    driver = browser(width, height)
    page = German(driver, width, height, strings, report, shots)
    wait = page.wait
    try:
        # The landing page, German from ?lang=de; the language goes on with the code.
        driver.get(with_lang(cli_url.split("?")[0], "de"))
        wait.until(lambda d: d.execute_script("return document.documentElement.lang") == "de")
        assert driver.find_element(By.CSS_SELECTOR, ".landing h2").text == "Tritt der Klasse bei"
        assert driver.find_element(By.CSS_SELECTOR, "label[for=code]").text == page.de("The join code your teacher shows")
        hint = page.text("code-hint")
        assert hint.startswith("Buchstaben und Ziffern, etwa k7mq3x.") and "Beamer" in hint, hint
        assert driver.find_element(By.CSS_SELECTOR, "#code-hint .code-sample").text == "k7mq3x"  # its own type kept
        assert driver.title == "cnnlab — der Klasse beitreten", driver.title
        page.check("Landing")
        driver.find_element(By.ID, "code").send_keys(code.upper(), Keys.ENTER)
        wait.until(lambda d: d.find_elements(By.ID, "tab-step"))
        assert "lang=de" in driver.current_url, driver.current_url

        # Live after an epoch.
        wait.until(lambda d: d.execute_script("return document.documentElement.lang") == "de")
        page.tabs_are_german()
        assert driver.title == "cnnlab — Klassenzimmer", driver.title
        wait.until(lambda d: int(d.find_element(By.ID, "live").get_attribute("data-epochs")) >= 1)
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#confusion table"))
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#kernels canvas"))
        wait.until(lambda d: d.find_element(By.ID, "connection").text == page.de("live"))
        assert page.text("status-epoch").startswith("Epoche "), page.text("status-epoch")
        state = page.text("status-state")
        assert state in {page.de(s) for s in ("waiting", "idle", "running", "paused", "diverged", "finished")}, state
        assert page.text("status-loss").startswith("Verlust "), page.text("status-loss")
        wait.until(lambda d: d.find_element(By.CSS_SELECTOR, "#confusion th").text == page.de("true \\ pred"))
        assert driver.find_element(By.ID, "loss-chart").get_attribute("aria-label").startswith("Verlust pro Schritt: von ")
        page.check("Live")

        # Step through: German around the notes' formula, which is as in English.
        driver.find_element(By.ID, "tab-step").click()
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#example option[value='notebook-valid']"))
        Select(driver.find_element(By.ID, "example")).select_by_value("notebook-valid")
        wait.until(lambda d: d.find_element(By.ID, "step-count").text == "Schritt 0 von 4")
        # The engine's words, sent by the server in the page's language (the catalogue's German).
        assert page.text("example-description") == DESCRIPTION_DE, page.text("example-description")
        title = Select(driver.find_element(By.ID, "example")).first_selected_option.text
        assert title == TITLE_DE, title
        assert page.text("formula") == page.de("Press Step to compute the first cell."), page.text("formula")
        assert page.text("play") == "▶ Abspielen" and page.text("forward") == "Schritt ▶", (page.text("play"), page.text("forward"))
        driver.find_element(By.ID, "forward").click()
        wait.until(lambda d: d.find_element(By.ID, "formula").text == FORMULA)
        assert page.text("step-count") == "Schritt 1 von 4"
        if driver.find_element(By.ID, "edit").is_displayed():
            driver.find_element(By.CSS_SELECTOR, "#edit summary").click()
            wait.until(lambda d: d.find_element(By.ID, "edit-input").is_displayed())
            options = [o.text for o in driver.find_elements(By.CSS_SELECTOR, "#edit-op option")]
            assert options == ["korrelieren ★", "falten *"], options
            assert [o.text for o in driver.find_elements(By.CSS_SELECTOR, "#edit-mode option")] == ["valid", "full"]
        page.check("Step through")

        # Practice: a wrong answer's diagnosis (the engine's words) and a German hint button.
        driver.find_element(By.ID, "tab-practice").click()
        Select(driver.find_element(By.ID, "practice-level")).select_by_value("1")
        wait.until(lambda d: ": Was ist " in d.find_element(By.ID, "practice-question").text)
        assert page.text("practice-title").startswith("Stufe 1: "), page.text("practice-title")
        assert driver.find_element(By.CSS_SELECTOR, "#practice-form button").text == "Prüfen"
        assert page.text("practice-new") == "Neue Aufgabe"
        driver.find_element(By.ID, "practice-answer").send_keys("123456", Keys.ENTER)
        wait.until(lambda d: d.find_element(By.ID, "practice-reply").text.startswith("✗ "))
        wait.until(lambda d: d.find_element(By.ID, "practice-hint").is_displayed())
        assert page.text("practice-hint") == "Tipp", page.text("practice-hint")
        driver.find_element(By.ID, "practice-hint").click()
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#practice-hints li"))
        page.check("Practice")

        # Draw: the network's answer to a stroke.
        driver.find_element(By.ID, "tab-draw").click()
        wait.until(lambda d: d.find_element(By.ID, "draw-model").text != "")
        assert page.text("draw-model") in (page.de("The network is the teacher's, as it trains now."),
                                           page.de("There is no network yet: the teacher has not built or loaded one.")), page.text("draw-model")
        assert page.text("draw-clear") == "Leeren"
        pad = driver.find_element(By.ID, "draw-pad")
        side = pad.size["width"]
        actions = ActionChains(driver, duration=20)
        actions.move_to_element_with_offset(pad, 0, -int(side * 0.35)).click_and_hold()
        for _ in range(7):
            actions.move_by_offset(0, int(side * 0.1))
        actions.release().perform()
        wait.until(lambda d: d.find_element(By.ID, "draw-label").text != "")
        assert driver.find_element(By.CSS_SELECTOR, ".draw-answer").text.startswith("Das Netz sagt ")
        assert page.text("draw-values-title") in (page.de("Probabilities"), page.de("Outputs (each a sigmoid: its own probability)"))
        page.check("Draw")

        # The projector's join view.
        driver.get(with_lang(cli_url, "de") + "#join")
        wait.until(lambda d: d.find_element(By.ID, "join-code").text == code)
        assert page.text("join-heading") == "Tritt der Klasse bei", page.text("join-heading")
        assert driver.find_element(By.ID, "join-qr").get_attribute("alt") == "QR-Code der Beitrittsadresse"
        page.check("Join view")

        # The class quiz, open.
        driver.get(with_lang(quiz_url, "de"))
        wait.until(lambda d: d.find_element(By.ID, "quiz").is_displayed())
        wait.until(lambda d: d.find_element(By.ID, "quiz-state").text == "offen")
        assert re.search(r": Was ist \w+\[0\]\[0\]\?$", page.text("quiz-statement")), page.text("quiz-statement")
        assert page.text("quiz-submit") == "Senden"
        assert driver.find_element(By.CSS_SELECTOR, "label:has(#quiz-answer)").text.startswith("Deine Antwort")
        page.check("Quiz open")

        # ?lang=en: the page's own English.
        driver.get(with_lang(cli_url, "en"))
        wait.until(lambda d: d.find_element(By.ID, "tab-step").text == "Step through")
        time.sleep(0.5)
        assert driver.execute_script("return document.documentElement.lang") == "en"
        assert driver.find_element(By.ID, "tab-practice").text == "Practice"
    finally:
        driver.quit()

    # A browser that asks for German, and an address without ?lang=.
    driver = german_browser(width, height)
    try:
        driver.get(cli_url)
        WebDriverWait(driver, 60, poll_frequency=0.25).until(
            lambda d: d.execute_script("return document.documentElement.lang") == "de")
        German(driver, width, height, strings, None, shots).tabs_are_german()
    finally:
        driver.quit()


def main(cli, shots):
    started = time.monotonic()
    report = None
    if os.path.isfile(AXE):
        with open(AXE, encoding="utf-8") as f:
            report = Report(f.read())
    else:
        print(f"{AXE} is missing (npm ci --prefix tests/web): German checked without axe")
    servers = []
    try:
        for args in (["--train"], ["--quiz", "1"]):
            server = subprocess.Popen([cli, "serve", "--port", "0", "--json", *args], stdout=subprocess.PIPE, text=True)
            servers.append((server, json.loads(server.stdout.readline())))
        train, quiz = servers[0][1], servers[1][1]
        strings = strings_of(train["url"])
        for width, height in ((390, 844), (1920, 1080)):
            run(train["url"], train["code"], quiz["url"], width, height, strings, report, shots)
    finally:
        for server, _ in servers:
            server.send_signal(signal.SIGTERM)
        for server, _ in servers:
            assert server.wait(timeout=30) == 0, "cnnlab-cli serve did not stop cleanly"
    if report:
        for state, counts in report.by_state:
            print(f"  {state}: " + (", ".join(f"{rule}: {n}" for rule, n in sorted(counts.items())) or "no violation"))
        if report.problems:
            print(f"{len(report.problems)} problems:", *report.problems, sep="\n  ")
            sys.exit("the German page fails WCAG 2.1 AA")
    print(f"classroom page in German (?lang=de and Accept-Language) at 390 and 1920 px: every state German, "
          f"formulas unchanged, nothing clipped{', axe: no violation' if report else ''} ({time.monotonic() - started:.0f} s)")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    os.makedirs(sys.argv[2], exist_ok=True)
    main(sys.argv[1], sys.argv[2])
