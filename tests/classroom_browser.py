#!/usr/bin/env python3
"""The classroom page in a real browser (Debian's chromium, headless, driven by python3-selenium).

Starts `cnnlab-cli serve --train --port 0 --json`, opens the page through the landing page,
typing the code (at both widths), waits for live data after an epoch, opens notebook-valid,
clicks Step, finds the notes' first formula, opens the projector's join view (/#join, the QR code),
and saves screenshots at phone (390 px) and projector (1920 px) widths.

usage: classroom_browser.py CNNLAB_CLI SCREENSHOT_DIR
"""
import atexit
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

FORMULA = "a = 1×1 + 6×2 + 5×(−1) + 3×0 = 8"


def browser(width, height, flags=(), prefs=None):
    """Headless Chromium at width×height CSS pixels, on a profile of its own that quit() removes
    (a test run left one 2.7 MB profile in /tmp per browser)."""
    profile = tempfile.mkdtemp(prefix="cnnlab-chromium-")
    atexit.register(shutil.rmtree, profile, True)  # also when the test fails before quit()
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 f"--window-size={width},{height}", "--hide-scrollbars", "--force-device-scale-factor=1",
                 f"--user-data-dir={profile}", *flags):
        options.add_argument(flag)
    if prefs:
        options.add_experimental_option("prefs", prefs)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    quit_browser = driver.quit

    def quit_and_remove_profile():
        try:
            quit_browser()
        finally:
            shutil.rmtree(profile, ignore_errors=True)

    driver.quit = quit_and_remove_profile
    try:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    except BaseException:
        quit_and_remove_profile()  # no Chromium left running on a profile being deleted
        raise
    return driver


def _exit_on_sigterm(signum, frame):
    """ctest's timeout ends a test with SIGTERM: exit normally, so that atexit removes the profiles."""
    sys.exit(128 + signum)


signal.signal(signal.SIGTERM, _exit_on_sigterm)


def full_page_screenshot(driver, width, height, path):
    """The whole page at exactly `width` CSS pixels (a phone's or a projector's), top to bottom."""
    driver.execute_script("window.scrollTo(0, 0)")
    metrics = {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    full = driver.execute_script("return document.documentElement.scrollHeight")
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {**metrics, "height": min(max(full, height), 4000)})
    driver.execute_script("window.dispatchEvent(new Event('resize'))")
    driver.execute_script("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    driver.save_screenshot(path)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)


def check(cli, shots):
    server = subprocess.Popen([cli, "serve", "--train", "--port", "0", "--json"], stdout=subprocess.PIPE, text=True)
    try:
        first = json.loads(server.stdout.readline())
        url, code = first["url"], first["code"]
        assert len(code) >= 6 and url.endswith("?code=" + code), first
        for width, height, name in ((1920, 1080, "classroom-projector"), (390, 844, "classroom-phone")):
            driver = browser(width, height)
            try:
                wait = WebDriverWait(driver, 120, poll_frequency=0.25)
                # A student who typed the address: the landing page's one field, typed as a phone
                # capitalises it; then the page itself (at both widths).
                driver.get(url.split("?")[0])
                field = wait.until(lambda d: d.find_element(By.ID, "code"))
                assert field.size["height"] >= 44, f"the code field is {field.size['height']} px tall"
                full_page_screenshot(driver, width, height, os.path.join(shots, f"{name}-landing.png"))
                field.send_keys(code.upper())
                driver.find_element(By.CSS_SELECTOR, ".join-form button").click()
                wait.until(lambda d: d.find_elements(By.ID, "tab-step"))
                # Live data after an epoch: the accuracy curve has a point and the confusion matrix is drawn.
                wait.until(lambda d: int(d.find_element(By.ID, "live").get_attribute("data-epochs")) >= 1)
                wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#confusion table"))
                wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#kernels canvas"))
                assert "epoch" in driver.find_element(By.ID, "status-epoch").text
                assert driver.find_element(By.ID, "connection").text == "live"
                full_page_screenshot(driver, width, height, os.path.join(shots, f"{name}-live.png"))

                driver.find_element(By.ID, "tab-step").click()
                wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#example option[value='notebook-valid']"))
                Select(driver.find_element(By.ID, "example")).select_by_value("notebook-valid")
                wait.until(lambda d: d.find_element(By.ID, "step-count").text.endswith("of 4"))
                driver.find_element(By.ID, "forward").click()
                wait.until(lambda d: d.find_element(By.ID, "formula").text == FORMULA)
                full_page_screenshot(driver, width, height, os.path.join(shots, f"{name}-step.png"))
                if width < 600:  # every control a finger taps is at least 44 px tall
                    for control in driver.find_elements(By.CSS_SELECTOR, "#step button, #step select, nav button"):
                        if control.is_displayed():
                            assert control.size["height"] >= 44, f"{control.get_attribute('id')} is {control.size['height']} px tall"
                # Nothing spills sideways on a phone: the page is no wider than the screen.
                overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
                assert overflow <= 1, f"{name}: the page is {overflow} px wider than the window"
                # Your turn on the page: a level-1 exercise; a wrong answer gets the engine's diagnosis
                # and a hint, then the answer worked out from the grids the page shows is right.
                driver.find_element(By.ID, "tab-practice").click()
                Select(driver.find_element(By.ID, "practice-level")).select_by_value("1")
                wait.until(lambda d: "Level 1" in d.find_element(By.ID, "practice-title").text)
                grids = {t.find_element(By.TAG_NAME, "caption").text:
                         [[float(td.text.replace("−", "-")) for td in tr.find_elements(By.TAG_NAME, "td")]
                          for tr in t.find_elements(By.TAG_NAME, "tr") if tr.find_elements(By.TAG_NAME, "td")]
                         for t in driver.find_elements(By.CSS_SELECTOR, "#practice-grids table")}
                question = driver.find_element(By.ID, "practice-question").text
                row, col = (int(x) for x in question.split("[", 1)[1].rstrip("?").replace("][", ",").rstrip("]").split(","))
                I, K = grids["I"], grids["K"]
                right = sum(I[row + i][col + j] * K[i][j] for i in range(len(K)) for j in range(len(K[0])))
                answer = driver.find_element(By.ID, "practice-answer")
                answer.send_keys(f"{right + 1000:g}")
                driver.find_element(By.CSS_SELECTOR, "#practice-form button").click()
                wait.until(lambda d: d.find_element(By.ID, "practice-reply").text.startswith("✗ "))
                driver.find_element(By.ID, "practice-hint").click()
                wait.until(lambda d: "The window: rows" in d.find_element(By.ID, "practice-hints").text)
                answer.clear()
                answer.send_keys(f"{right:g}")
                driver.find_element(By.CSS_SELECTOR, "#practice-form button").click()
                wait.until(lambda d: d.find_element(By.ID, "practice-reply").text == f"✓ Right: {right:g}".replace("-", "−"))
                full_page_screenshot(driver, width, height, os.path.join(shots, f"{name}-practice.png"))
                overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
                assert overflow <= 1, f"{name}: the practice page is {overflow} px wider than the window"
                if width < 600:
                    for control in driver.find_elements(By.CSS_SELECTOR, "nav button, #practice button:not([hidden]), #practice input, #practice select"):
                        assert control.size["height"] >= 44, f"{control.get_attribute('id')} is {control.size['height']} px tall"
                if width >= 600:
                    # The projector's join view: the QR code of the join address, large, and the code.
                    driver.get(url + "#join")
                    wait.until(lambda d: d.execute_script(
                        "const i = document.getElementById('join-qr'); return i.complete && i.naturalWidth > 0"))
                    wait.until(lambda d: d.find_element(By.ID, "join-code").text == code)
                    side = driver.find_element(By.ID, "join-qr").size["width"]
                    assert side >= 0.6 * height, f"the QR code is {side} px wide on a {height} px projector"
                    full_page_screenshot(driver, width, height, os.path.join(shots, f"{name}-join.png"))
            finally:
                driver.quit()
        print("classroom page: live data after an epoch, Step shows", FORMULA)
    finally:
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=30) == 0, "cnnlab-cli serve did not stop cleanly"


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    os.makedirs(sys.argv[2], exist_ok=True)
    check(sys.argv[1], sys.argv[2])
