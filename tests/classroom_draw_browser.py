#!/usr/bin/env python3
"""The network as a web application, in a real browser (chromium headless + python3-selenium).

Trains a small digit model with cnnlab-cli, serves it with `cnnlab-cli serve --model FILE`, opens the
page's Draw tab at phone (390 px) and projector (1920 px) widths, draws a "1" on the canvas with
pointer events, and checks that the network's answer appears: the class by name, a bar per class,
and what the network saw. At 390 px nothing spills sideways and every button is at least 44 px tall.

usage: classroom_draw_browser.py CNNLAB_CLI SCREENSHOT_DIR
"""
import atexit
import json
import os
import signal
import shutil
import subprocess
import sys
import tempfile

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from classroom_browser import browser, full_page_screenshot


def check(cli, shots):
    work = tempfile.mkdtemp(prefix="cnnlab-draw-")
    atexit.register(shutil.rmtree, work, True)
    model = os.path.join(work, "digits.cnnlab")
    subprocess.run([cli, "train", "--per-class", "60", "--epochs", "2", "--seed", "2", "--save", model],
                   check=True, capture_output=True, timeout=300)
    server = subprocess.Popen([cli, "serve", "--model", model, "--port", "0", "--json"], stdout=subprocess.PIPE, text=True)
    try:
        first = json.loads(server.stdout.readline())
        assert first["model"] == model, first
        for width, height, name in ((1920, 1080, "classroom-projector"), (390, 844, "classroom-phone")):
            driver = browser(width, height)
            try:
                wait = WebDriverWait(driver, 60, poll_frequency=0.25)
                driver.get(first["url"] + "#draw")
                wait.until(lambda d: "digits.cnnlab" in d.find_element(By.ID, "draw-model").text)
                # The student says which digit they draw (the teacher's gallery and data set use it).
                wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#draw-meant option")) == 3)
                Select(driver.find_element(By.ID, "draw-meant")).select_by_visible_text("1")
                pad = driver.find_element(By.ID, "draw-pad")
                side = pad.size["width"]
                # A vertical stroke down the middle, as a finger draws a one: pointer down, moves, up.
                actions = ActionChains(driver, duration=20)
                actions.move_to_element_with_offset(pad, 0, -int(side * 0.35)).click_and_hold()
                for step in range(1, 8):
                    actions.move_by_offset(0, int(side * 0.1))
                actions.release().perform()
                wait.until(lambda d: d.find_element(By.ID, "draw-label").text != "")
                assert driver.find_element(By.ID, "draw-label").text == "1", driver.find_element(By.ID, "draw-label").text
                bars = driver.find_elements(By.CSS_SELECTOR, "#draw-bars .bar-row")
                assert len(bars) == 2, len(bars)
                assert "✓ 1" in driver.find_element(By.CSS_SELECTOR, "#draw-bars .bar-row.best").text
                lit = driver.execute_script("""
                    const c = document.getElementById('draw-input'), d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                    let n = 0; for (let i = 0; i < d.length; i += 4) if (d[i] > 128) n++; return n;""")
                assert lit > 10, f"what the network saw has {lit} light pixels"
                overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
                assert overflow <= 1, f"{name}: the page is {overflow} px wider than the window"
                if width < 600:
                    for button in driver.find_elements(By.CSS_SELECTOR, "#draw button, #draw input, #draw select"):
                        assert button.size["height"] >= 44, f"{button.get_attribute('id')} is {button.size['height']} px tall"
                full_page_screenshot(driver, width, height, os.path.join(shots, f"{name}-draw.png"))
            finally:
                driver.quit()
        print("draw page: a drawn 1 is classified as 1 by the served model")
    finally:
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=30) == 0, "cnnlab-cli serve did not stop cleanly"


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    os.makedirs(sys.argv[2], exist_ok=True)
    check(sys.argv[1], sys.argv[2])
