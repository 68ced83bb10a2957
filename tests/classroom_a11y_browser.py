#!/usr/bin/env python3
"""The classroom page against WCAG 2.1 A and AA, in a real browser (chromium headless + python3-selenium
+ axe-core, pinned in tests/web/package-lock.json and installed by .ci/setup: `npm ci --prefix tests/web`).

At 390 px (a phone) and 1920 px (a projector), in every state of the page: the landing page (no code),
Live (a finished run: curves, kernels, confusion matrix, a test image), Step through (a step taken, "Your
own numbers" open; then full mode, the window over the padding), Your turn/Practice (a wrong answer's
diagnosis and a hint), Draw (a drawn digit's answer), the projector's join view, and a quiz open,
answered and revealed. In each it
  - injects axe.min.js and runs axe with the tags wcag2a, wcag2aa, wcag21a and wcag21aa: every
    violation is listed (state, rule, impact, target, summary) and fails the test, and so does a
    contrast axe measured below the required ratio but left "for review" (one-character text);
  - tabs through the page with the keyboard alone: every visible control must receive focus, and
    show a focus ring (an outline of 2 px or more, or a box-shadow, by getComputedStyle);
  - checks that every canvas shown is role="img" with an aria-label.
It switches tabs with the arrow keys, takes steps (to the last, where the focus must move to Back),
sends answers and opens a hint with Enter, and checks the polite live regions: a new quiz, the quiz
reply, the practice diagnosis, the network's answer, a revealed answer and the finished run are
announced. The confusion matrix's text colour is checked at 4.5:1 on every share 0 … 100 %.

The server is cnnlab-cli serve --train (the seed-binary preset) and cnnlab-cli serve --quiz 1. The CLI
has no way to reveal a quiz (the teacher's desktop does), so the revealed state is the page's own quiz
message (live.js hands every quiz message to quiz.js as a "cnnlab-quiz" event) with the question as the
server sent it plus the expected answer that serve --json printed.

usage: classroom_a11y_browser.py CNNLAB_CLI SCREENSHOT_DIR
"""
import json
import os
import re
import signal
import subprocess
import sys
import time

from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

from classroom_browser import browser, full_page_screenshot

AXE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "web", "node_modules", "axe-core", "axe.min.js")
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# The violations, and the contrast checks axe left for review (a one-character cell, "0", is "too
# short to determine"): those whose measured ratio is below the one required count as violations too.
RUN_AXE = """
const [tags, done] = arguments;
axe.run(document, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations", "incomplete"]}).then(
  (r) => done({version: axe.version,
    violations: r.violations.map((v) => ({id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({target: n.target.join(" "), summary: n.failureSummary}))})),
    review: r.incomplete.filter((v) => v.id === "color-contrast").flatMap((v) => v.nodes.map((n) => ({
      target: n.target.join(" "), impact: v.impact, help: v.help,
      data: (n.any.find((c) => c.data && c.data.contrastRatio !== undefined) || {}).data || {},
      summary: n.failureSummary || ""})))}),
  (e) => done({error: String(e)}));
"""


def measured_too_low(data):
    """A contrast axe measured but could not decide on: below the required ratio ("4.5:1", "3:1")?"""
    if not data.get("fgColor") or not data.get("bgColor"):  # not measured (the text is off screen or covered)
        return False
    try:
        return float(data["contrastRatio"]) < float(str(data["expectedContrastRatio"]).split(":")[0])
    except (KeyError, TypeError, ValueError):
        return False


# Every control the keyboard must reach: shown, enabled, in the tab order. Each is marked with its
# index, so the walk knows which one has the focus.
FOCUSABLES = """
const out = [];
for (const e of document.querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex]")) {
  delete e.dataset.a11yKey;
  if (e.disabled || e.tabIndex < 0 || !e.getClientRects().length || getComputedStyle(e).visibility === "hidden") continue;
  e.dataset.a11yKey = String(out.length);
  out.push(e.id ? "#" + e.id : e.tagName.toLowerCase() + (e.textContent ? " '" + e.textContent.trim().slice(0, 30) + "'" : ""));
}
return out;
"""

FOCUSED = """
const e = document.activeElement;
if (!e || e === document.body || e === document.documentElement) return null;
const s = getComputedStyle(e);
const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2;
const shadow = s.boxShadow !== "none" && s.boxShadow !== "";
return {key: e.dataset.a11yKey ?? null, ring: outline || shadow, focusVisible: e.matches(":focus-visible"),
        style: `outline: ${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}; box-shadow: ${s.boxShadow}`};
"""

# Every canvas shown is an image with its content in words (role="img", aria-label).
UNNAMED_CANVASES = """
return [...document.querySelectorAll("canvas")].filter((c) => c.getClientRects().length)
  .filter((c) => c.getAttribute("role") !== "img" || !(c.getAttribute("aria-label") || "").trim())
  .map((c) => c.id ? "#" + c.id : c.parentElement.textContent.trim() || "canvas");
"""

# The confusion matrix's text colour (chart.js's inkOn) on every share 0 … 100 % of the sequential scale.
CONFUSION_INKS = """
const done = arguments[0];
import("./chart.js").then((m) => done([...Array(101).keys()].map((p) => {
  const background = m.sequential(p / 100, 1);
  return [p, background, m.inkOn(background)];
}))).catch((e) => done(String(e)));
"""

SETTLED = "return document.getAnimations().every((a) => a.playState !== 'running')"


class Report:
    def __init__(self, axe_source):
        self.axe_source = axe_source
        self.problems = []
        self.by_state = []  # (state, {rule: nodes})
        self.axe_version = ""

    def audit(self, driver, state):
        """axe on the page as it is now: every WCAG 2.1 A/AA violation becomes a problem."""
        WebDriverWait(driver, 10, poll_frequency=0.1).until(lambda d: d.execute_script(SETTLED))
        if not driver.execute_script("return typeof window.axe === 'object'"):
            driver.execute_script(self.axe_source)
        result = driver.execute_async_script(RUN_AXE, TAGS)
        if "error" in result:
            self.problems.append(f"{state}: axe failed: {result['error']}")
            return
        self.axe_version = result["version"]
        counts = {}
        for v in result["violations"]:
            counts[v["id"]] = len(v["nodes"])
            for node in v["nodes"]:
                summary = " ".join(node["summary"].split())
                self.problems.append(f"{state}: axe {v['id']} ({v['impact']}): {node['target']}: {v['help']}. {summary}")
        for node in result["review"]:
            d = node["data"]
            if measured_too_low(d):
                counts["color-contrast (needs review, measured too low)"] = counts.get("color-contrast (needs review, measured too low)", 0) + 1
                self.problems.append(f"{state}: axe color-contrast, left for review ({node['impact']}): {node['target']}: "
                                     f"{d.get('fgColor')} on {d.get('bgColor')} is {d.get('contrastRatio')}:1, "
                                     f"{d.get('fontSize')} {d.get('fontWeight')} needs {d.get('expectedContrastRatio')}")
        self.by_state.append((state, counts))

    def keyboard(self, driver, state):
        """Tab through the page: every control receives the focus, each with a visible ring."""
        controls = driver.execute_script(FOCUSABLES)
        driver.execute_script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)")
        reached = {}
        for _ in range(2 * len(controls) + 6):
            ActionChains(driver).send_keys(Keys.TAB).perform()
            focused = driver.execute_script(FOCUSED)
            if focused and focused["key"] is not None:
                reached.setdefault(int(focused["key"]), focused)
            if len(reached) == len(controls):
                break
        for i, name in enumerate(controls):
            if i not in reached:
                self.problems.append(f"{state}: keyboard: Tab never reaches {name}")
            elif not reached[i]["ring"] or not reached[i]["focusVisible"]:
                self.problems.append(f"{state}: keyboard: {name} has no visible focus ring ({reached[i]['style']})")
        return len(controls)

    def canvases(self, driver, state):
        for name in driver.execute_script(UNNAMED_CANVASES):
            self.problems.append(f"{state}: the canvas {name} is not role=img with an aria-label")

    def eventually(self, driver, condition, message, timeout=5):
        try:
            WebDriverWait(driver, timeout, poll_frequency=0.1).until(condition)
        except TimeoutException:
            self.problems.append(message)

    def require(self, condition, message):
        if not condition:
            self.problems.append(message)


def contrast(a, b):
    """WCAG 2.1's contrast ratio of two colours, each [r, g, b] or "#rgb"/"#rrggbb"."""
    def luminance(colour):
        if isinstance(colour, str):
            h = colour.lstrip("#")
            h = "".join(c * 2 for c in h) if len(h) == 3 else h
            colour = [int(h[i:i + 2], 16) for i in (0, 2, 4)]
        lin = [v / 255 / 12.92 if v / 255 <= 0.04045 else ((v / 255 + 0.055) / 1.055) ** 2.4 for v in colour]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def live_region(driver, element_id):
    return driver.execute_script(
        "const e = document.getElementById(arguments[0]); return e && e.getAttribute('aria-live')", element_id)


def announced(driver):
    return driver.execute_script("const e = document.getElementById('announcer'); return e ? e.textContent : ''")


def tab_by_keyboard(driver, wait, report, name):
    """The selected tab has the focus; the arrow keys move along the tabs until `name` is shown."""
    driver.execute_script("document.querySelector('[role=tab][aria-selected=true]').focus()")
    for _ in range(4):
        if driver.find_element(By.ID, "tab-" + name).get_attribute("aria-selected") == "true":
            break
        ActionChains(driver).send_keys(Keys.ARROW_RIGHT).perform()
    active = driver.execute_script("return document.activeElement.id")
    shown = driver.find_element(By.ID, name).is_displayed()
    if not shown or active != "tab-" + name:
        report.problems.append(f"keyboard: the arrow keys on the tabs do not open {name} (focus on {active!r})")
        driver.find_element(By.ID, "tab-" + name).click()
    wait.until(lambda d: d.find_element(By.ID, name).is_displayed())


def states(driver, width, height, train, quiz, report, shots):
    wait = WebDriverWait(driver, 60, poll_frequency=0.2)
    driver.set_script_timeout(60)

    def check(state):
        name = f"{state} at {width} px"
        report.audit(driver, name)
        report.keyboard(driver, name)
        report.canvases(driver, name)
        if shots:
            slug = re.sub(r"[^a-z0-9]+", "-", state.lower()).strip("-")
            full_page_screenshot(driver, width, height, os.path.join(shots, f"a11y-{slug}-{width}.png"))

    # The landing page: a student who typed the address without the code.
    driver.get(train["url"].split("?")[0])
    wait.until(lambda d: d.find_element(By.ID, "code"))
    check("Landing")
    # The code typed and sent with Enter; Live once the run has finished (seed-binary: a few seconds).
    field = driver.find_element(By.ID, "code")
    field.send_keys(train["code"].upper(), Keys.ENTER)
    wait.until(lambda d: d.find_elements(By.ID, "tab-step"))
    wait.until(lambda d: d.find_element(By.ID, "status-state").text == "finished")
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#confusion table"))
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#kernels canvas"))
    report.require(live_region(driver, "announcer") == "polite", f"{width} px: #announcer is not aria-live=polite")
    report.eventually(driver, lambda d: "finished" in announced(d), f"{width} px: the finished run was not announced: {announced(driver)!r}")
    # The accuracy chart says the last epoch's test accuracy, as the status line shows it.
    accuracy = driver.find_element(By.ID, "status-accuracy").text.rsplit(" ", 2)[-2:]
    report.require(" ".join(accuracy) in (driver.find_element(By.ID, "accuracy-chart").get_attribute("aria-label") or ""),
                   f"{width} px: the accuracy chart's label does not say {' '.join(accuracy)}")
    # Any share of the confusion matrix, not only this run's: its text reads at 4.5:1 or more.
    inks = driver.execute_async_script(CONFUSION_INKS)
    if isinstance(inks, str):
        report.problems.append(f"{width} px: chart.js's inkOn: {inks}")
    else:
        for share, background, ink in inks:
            report.require(contrast(background, ink) >= 4.5, f"confusion matrix: {ink} on rgb{tuple(background)} ({share} %) is "
                                                             f"{contrast(background, ink):.2f}:1")
    check("Live")

    tab_by_keyboard(driver, wait, report, "step")
    wait.until(lambda d: d.find_element(By.ID, "step-count").text.startswith("step 0 of"))
    driver.find_element(By.ID, "forward").send_keys(Keys.ENTER)
    wait.until(lambda d: d.find_element(By.ID, "step-count").text.startswith("step 1 of"))
    if driver.find_element(By.ID, "edit").is_displayed():
        driver.find_element(By.CSS_SELECTOR, "#edit summary").send_keys(Keys.ENTER)
        wait.until(lambda d: d.find_element(By.ID, "edit-input").is_displayed())
    check("Step through")
    # Step to the end with Enter: the Step button, disabled at the last step, hands the focus to Back.
    driver.execute_script("document.getElementById('forward').focus()")
    for _ in range(10):
        if not driver.find_element(By.ID, "forward").is_enabled():
            break
        ActionChains(driver).send_keys(Keys.ENTER).perform()
    focused = driver.execute_script("return document.activeElement.id")
    report.require(focused == "back", f"{width} px: after the last step the focus is on {focused!r}, not on #back")
    # Full mode: the padding's zeros around the input, the window over them at the first step.
    Select(driver.find_element(By.ID, "example")).select_by_value("notebook-full")
    wait.until(lambda d: d.find_element(By.ID, "step-count").text.startswith("step 0 of 16"))
    driver.find_element(By.ID, "forward").send_keys(Keys.ENTER)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#grids td.pad.window"))
    check("Step through (full mode: padding)")

    tab_by_keyboard(driver, wait, report, "practice")
    wait.until(lambda d: "Level 1" in d.find_element(By.ID, "practice-title").text)
    driver.find_element(By.ID, "practice-answer").send_keys("123456", Keys.ENTER)
    wait.until(lambda d: d.find_element(By.ID, "practice-reply").text.startswith("✗ "))
    report.require(live_region(driver, "practice-reply") == "polite", f"{width} px: #practice-reply is not aria-live=polite")
    driver.find_element(By.ID, "practice-hint").send_keys(Keys.ENTER)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#practice-hints li"))
    check("Practice (a diagnosis and a hint)")

    tab_by_keyboard(driver, wait, report, "draw")
    wait.until(lambda d: d.find_element(By.ID, "draw-model").text != "")
    pad = driver.find_element(By.ID, "draw-pad")
    side = pad.size["width"]
    actions = ActionChains(driver, duration=20)
    actions.move_to_element_with_offset(pad, 0, -int(side * 0.35)).click_and_hold()
    for _ in range(7):
        actions.move_by_offset(0, int(side * 0.1))
    actions.release().perform()
    wait.until(lambda d: d.find_element(By.ID, "draw-label").text != "")
    report.eventually(driver, lambda d: "The network says " + d.find_element(By.ID, "draw-label").text in announced(d),
                      f"{width} px: the network's answer was not announced: {announced(driver)!r}")
    check("Draw (the network's answer)")

    driver.get(train["url"] + "#join")
    wait.until(lambda d: d.find_element(By.ID, "join-code").text == train["code"])
    check("Join view")

    # The class quiz: open, answered (with Enter), revealed.
    driver.get(quiz["url"])
    wait.until(lambda d: d.find_element(By.ID, "quiz").is_displayed())
    report.eventually(driver, lambda d: "quiz" in announced(d).lower(), f"{width} px: the new quiz was not announced: {announced(driver)!r}")
    check("Quiz open")
    driver.find_element(By.ID, "quiz-answer").send_keys(f"{quiz['quiz']['expected']:.12g}", Keys.ENTER)
    wait.until(lambda d: "your answer is in" in d.find_element(By.ID, "quiz-reply").text)
    report.require(live_region(driver, "quiz-reply") == "polite", f"{width} px: #quiz-reply is not aria-live=polite")
    check("Quiz answered")
    question = driver.execute_async_script("""
        const done = arguments[0];
        const socket = new WebSocket("ws://" + location.host + "/live" + location.search);
        socket.binaryType = "arraybuffer";
        socket.onmessage = (event) => {
          const m = JSON.parse(typeof event.data === "string" ? event.data : new TextDecoder().decode(event.data));
          if (m.type === "quiz") { socket.close(); done(m.question); }
        };
        socket.onerror = () => done(null);""")
    assert question and question["id"] == quiz["quiz"]["id"], question
    driver.execute_script("""
        const q = Object.assign(arguments[0], {answer: arguments[1], open: false});
        window.dispatchEvent(new CustomEvent("cnnlab-quiz", {detail: {type: "quiz", question: q}}));""",
                          question, quiz["quiz"]["expected"])
    wait.until(lambda d: d.find_element(By.ID, "quiz-state").text == "revealed")
    report.eventually(driver, lambda d: "answer" in announced(d).lower(), f"{width} px: the revealed answer was not announced: {announced(driver)!r}")
    check("Quiz revealed")


def serve(cli, *args):
    server = subprocess.Popen([cli, "serve", "--port", "0", "--json", *args], stdout=subprocess.PIPE, text=True)
    return server, json.loads(server.stdout.readline())


def main(cli, shots):
    started = time.monotonic()
    if not os.path.isfile(AXE):
        sys.exit(f"{AXE} is missing: install the pinned axe-core with `npm ci --prefix tests/web` (.ci/setup does)")
    with open(AXE, encoding="utf-8") as f:
        report = Report(f.read())
    servers = []
    try:
        train_server, train = serve(cli, "--train")
        servers.append(train_server)
        quiz_server, quiz = serve(cli, "--quiz", "1")
        servers.append(quiz_server)
        for width, height in ((390, 844), (1920, 1080)):
            driver = browser(width, height)
            try:
                states(driver, width, height, train, quiz, report, shots)
            finally:
                driver.quit()
    finally:
        for server in servers:
            server.send_signal(signal.SIGTERM)
        for server in servers:
            assert server.wait(timeout=30) == 0, "cnnlab-cli serve did not stop cleanly"
    print(f"axe-core {report.axe_version}, tags {', '.join(TAGS)}: violations (rule: elements) per state")
    for state, counts in report.by_state:
        print(f"  {state}: " + (", ".join(f"{rule}: {n}" for rule, n in sorted(counts.items())) or "none"))
    if report.problems:
        print(f"{len(report.problems)} problems:", *report.problems, sep="\n  ")
        sys.exit(f"the classroom page fails WCAG 2.1 AA or the keyboard check ({time.monotonic() - started:.0f} s)")
    print(f"classroom page: no WCAG 2.1 A/AA violation, every control reached by Tab with a visible focus ring, "
          f"live regions announce ({time.monotonic() - started:.0f} s)")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    os.makedirs(sys.argv[2], exist_ok=True)
    main(sys.argv[1], sys.argv[2])
