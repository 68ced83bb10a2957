#!/usr/bin/env python3
"""The class quiz in a real browser (Debian's chromium, headless, driven by python3-selenium).

Starts `cnnlab-cli serve --quiz 1 --port 0 --json`, opens the page with the join code, waits for
the quiz card, types a nickname that looks like markup and the right answer, sends it, and checks
the server's reply; a second answer is refused. Saves the page at 390 px as quiz-page.png.

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


def main(cli, shots):
    os.makedirs(shots, exist_ok=True)
    server = subprocess.Popen([cli, "serve", "--quiz", "1", "--port", "0", "--json"], stdout=subprocess.PIPE, text=True)
    try:
        first = json.loads(server.stdout.readline())
        expected = first["quiz"]["expected"]
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=390,1200", "--hide-scrollbars",
                     f"--user-data-dir={tempfile.mkdtemp(prefix='cnnlab-chromium-')}"):
            options.add_argument(flag)
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        try:
            driver.get(first["url"])
            wait = WebDriverWait(driver, 60, poll_frequency=0.25)
            wait.until(lambda d: d.find_element(By.ID, "quiz").is_displayed())
            assert "[0][0]" in driver.find_element(By.ID, "quiz-statement").text
            assert len(driver.find_elements(By.CSS_SELECTOR, "#quiz-grids table")) == 2
            driver.find_element(By.ID, "quiz-nickname").send_keys("<b>me</b>")
            driver.find_element(By.ID, "quiz-answer").send_keys(str(int(expected)))
            driver.find_element(By.ID, "quiz-submit").click()
            wait.until(lambda d: "your answer is in" in d.find_element(By.ID, "quiz-reply").text)
            # One answer per client per question.
            driver.find_element(By.ID, "quiz-submit").click()
            wait.until(lambda d: "already" in d.find_element(By.ID, "quiz-reply").text)
            assert not driver.find_elements(By.CSS_SELECTOR, "#quiz b")  # nothing typed became markup
            if shots:
                driver.save_screenshot(os.path.join(shots, "quiz-page.png"))
        finally:
            driver.quit()
    finally:
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=30) == 0, "cnnlab-cli serve did not stop cleanly"
    print("quiz answered in the browser")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "")
