#!/usr/bin/env python3
"""The class quiz in a real browser (Debian's chromium, headless, driven by python3-selenium).

At 390 and 1920 px, for each level 1-7: starts `cnnlab-cli serve --quiz LEVEL --port 0 --json`, opens the page with the
join code, checks that the quiz card shows every given of `cnnlab-cli exercise new LEVEL --json`
with its name and numbers, works the asked cell out from the page alone (statement, title and
grids) and checks it is the server's answer, sends it (at level 1 with a nickname that looks like
markup), reloads and is refused a second answer. Saves the page at 390 px for levels 1 and 7.

usage: classroom_quiz_browser.py CNNLAB_CLI SCREENSHOT_DIR
"""
import json
import re
import os
import signal
import subprocess
import sys
import tempfile

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from classroom_browser import browser, full_page_screenshot


def page_givens(driver):
    """The givens as the page draws them: {caption: [[numbers]]}."""
    shown = {}
    for table in driver.find_elements(By.CSS_SELECTOR, "#quiz-grids table"):
        name = table.find_element(By.TAG_NAME, "caption").text
        rows = [[float(td.text.replace("−", "-")) for td in tr.find_elements(By.TAG_NAME, "td")]
                for tr in table.find_elements(By.TAG_NAME, "tr")]
        shown[name] = [row for row in rows if row]
    return shown


def answer_from_page(statement, title, givens, row, col):
    """The asked cell worked out from what the page shows, as a student would: the statement
    ("Y = I ★ K: what is Y[0][1]?"), the title (mode, padding, stride) and the givens' grids."""
    if "−a·Δw²" in statement:  # level 7: −a·Δw²_ij = −a·α¹_i·δ²_j
        a = givens["a (learning rate)"][0][0]
        return -a * givens["α¹ (hidden activations)"][row][0] * givens["δ² = ∂E/∂z²"][col][0]
    equation = statement.split(":")[0]
    left, _, rest = equation.split(" = ", 1)[1].partition(" ★ ") if " ★ " in equation else equation.split(" = ", 1)[1].partition(" ∗ ")
    convolve = " ∗ " in equation or "convolve" in title
    kernel_name = rest.split(" (")[0]
    I, K = givens[left], givens[kernel_name]
    if convolve:
        K = [row_[::-1] for row_ in K[::-1]]  # rotate 180°
    kh, kw = len(K), len(K[0])
    full = "full" in equation or "full" in title
    padding = int(title.split("padding ")[1].split(",")[0].split(" ")[0]) if "padding " in title else 0
    stride = int(title.split("stride ")[1].split(",")[0].split(" ")[0].rstrip(")")) if "stride " in title else 1
    ph, pw = (kh - 1, kw - 1) if full else (padding, padding)
    at = lambda r, c: I[r - ph][c - pw] if 0 <= r - ph < len(I) and 0 <= c - pw < len(I[0]) else 0.0
    return sum(at(row * stride + i, col * stride + j) * K[i][j] for i in range(kh) for j in range(kw))


def main(cli, shots):
    os.makedirs(shots, exist_ok=True)
    for width, height in ((390, 844), (1920, 1080)):
        run_levels(cli, shots, browser(width, height), width)
    print("quiz of every level 1-7 at 390 and 1920 px: all givens shown, answered from them, refused after a reload")


def run_levels(cli, shots, driver, width):
    try:
        for level in range(1, 8):
            # What cnnlab-cli exercise new lists for this level (seed 0, as serve --quiz asks it).
            exercise = json.loads(subprocess.run([cli, "exercise", "new", str(level), "--json"], capture_output=True,
                                                 text=True, check=True).stdout)
            server = subprocess.Popen([cli, "serve", "--quiz", str(level), "--port", "0", "--json"],
                                      stdout=subprocess.PIPE, text=True)
            try:
                first = json.loads(server.stdout.readline())
                expected = first["quiz"]["expected"]
                driver.get(first["url"])
                wait = WebDriverWait(driver, 60, poll_frequency=0.25)
                wait.until(lambda d: d.find_element(By.ID, "quiz").is_displayed())
                assert "[0][0]" in driver.find_element(By.ID, "quiz-statement").text
                # Every given, named and valued as exercise new has it (level 7: α¹, δ² and a).
                shown = page_givens(driver)
                assert sorted(shown) == sorted(exercise["givens"]), (level, sorted(shown), sorted(exercise["givens"]))
                for name, matrix in exercise["givens"].items():
                    assert shown[name] == [[float(v) for v in row] for row in matrix], (level, name, shown[name], matrix)
                if level == 1:
                    driver.find_element(By.ID, "quiz-nickname").send_keys("<b>me</b>")
                # The answer a student works out from the page alone is the server's.
                statement = driver.find_element(By.ID, "quiz-statement").text
                row, col = (int(x) for x in re.search(r"\[(\d+)\]\[(\d+)\]\?$", statement).groups())
                worked = answer_from_page(statement, driver.find_element(By.ID, "quiz-title").text, shown, row, col)
                assert abs(worked - expected) <= 1e-9 + 1e-9 * abs(expected), (level, statement, worked, expected)
                driver.find_element(By.ID, "quiz-answer").send_keys(f"{worked:.12g}")
                driver.find_element(By.ID, "quiz-submit").click()
                wait.until(lambda d: "your answer is in" in d.find_element(By.ID, "quiz-reply").text)
                button = driver.find_element(By.ID, "quiz-submit")
                assert button.text == "Sent ✓" and not button.is_enabled(), button.text
                assert driver.find_element(By.ID, "quiz-answer").size["height"] >= 44
                overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
                assert overflow <= 1, f"level {level} at {width} px: the page is {overflow} px wider than the window"
                # One answer per student per question, also after a reload (the token is kept).
                driver.refresh()
                wait.until(lambda d: d.find_element(By.ID, "quiz").is_displayed())
                driver.find_element(By.ID, "quiz-answer").send_keys("1")
                driver.find_element(By.ID, "quiz-submit").click()
                wait.until(lambda d: "already" in d.find_element(By.ID, "quiz-reply").text)
                assert not driver.find_elements(By.CSS_SELECTOR, "#quiz b")  # nothing typed became markup
                if shots and level in (1, 7):
                    full_page_screenshot(driver, width, 844 if width < 600 else 1080,
                                         os.path.join(shots, f"quiz-page-level{level}-{width}.png"))
            finally:
                server.send_signal(signal.SIGTERM)
                assert server.wait(timeout=30) == 0, "cnnlab-cli serve did not stop cleanly"
    finally:
        driver.quit()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "")
