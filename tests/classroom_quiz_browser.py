#!/usr/bin/env python3
"""The class quiz in a real browser (Debian's chromium, headless, driven by python3-selenium).

For each level 1-7: starts `cnnlab-cli serve --quiz LEVEL --port 0 --json`, opens the page with the
join code, checks that the quiz card shows every given of `cnnlab-cli exercise new LEVEL --json`
with its name and numbers, sends the right answer (at level 1 with a nickname that looks like
markup), reloads and is refused a second answer. Saves the page at 390 px for levels 1 and 7.

usage: classroom_quiz_browser.py CNNLAB_CLI SCREENSHOT_DIR
"""
import json
import os
import signal
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait


def page_givens(driver):
    """The givens as the page draws them: {caption: [[numbers]]}."""
    shown = {}
    for table in driver.find_elements(By.CSS_SELECTOR, "#quiz-grids table"):
        name = table.find_element(By.TAG_NAME, "caption").text
        rows = [[float(td.text.replace("−", "-")) for td in tr.find_elements(By.TAG_NAME, "td")]
                for tr in table.find_elements(By.TAG_NAME, "tr")]
        shown[name] = [row for row in rows if row]
    return shown


def main(cli, shots):
    os.makedirs(shots, exist_ok=True)
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=390,1200", "--hide-scrollbars",
                 f"--user-data-dir={tempfile.mkdtemp(prefix='cnnlab-chromium-')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
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
                driver.find_element(By.ID, "quiz-answer").send_keys(f"{expected:.12g}")
                driver.find_element(By.ID, "quiz-submit").click()
                wait.until(lambda d: "your answer is in" in d.find_element(By.ID, "quiz-reply").text)
                button = driver.find_element(By.ID, "quiz-submit")
                assert button.text == "Sent ✓" and not button.is_enabled(), button.text
                assert driver.find_element(By.ID, "quiz-answer").size["height"] >= 44
                # One answer per student per question, also after a reload (the token is kept).
                driver.refresh()
                wait.until(lambda d: d.find_element(By.ID, "quiz").is_displayed())
                driver.find_element(By.ID, "quiz-answer").send_keys("1")
                driver.find_element(By.ID, "quiz-submit").click()
                wait.until(lambda d: "already" in d.find_element(By.ID, "quiz-reply").text)
                assert not driver.find_elements(By.CSS_SELECTOR, "#quiz b")  # nothing typed became markup
                if shots and level in (1, 7):
                    driver.save_screenshot(os.path.join(shots, f"quiz-page-level{level}.png"))
            finally:
                server.send_signal(signal.SIGTERM)
                assert server.wait(timeout=30) == 0, "cnnlab-cli serve did not stop cleanly"
    finally:
        driver.quit()
    print("quiz of every level 1-7 shown with all its givens, answered once, refused after a reload")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "")
