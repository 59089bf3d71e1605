"""Make docs/graph-page.png: the graph page with the founding example loaded and one of its
conflicts chosen. Needs ../shared (the founding example) and Debian's Chromium.

    .venv/bin/python docs/make_screenshot.py
"""
from __future__ import annotations

import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from stakegraph import api
from stakegraph.web import create_app

ROOT = Path(__file__).resolve().parent.parent
FOUNDING = ROOT.parent / "shared" / "examples" / "musk-openai-thrive.de.txt"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


def main(out: Path = ROOT / "docs" / "graph-page.png", port: int = 8391) -> None:
    if not FOUNDING.exists():
        sys.exit(f"the founding example is not at {FOUNDING}")
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "founding.db"
        api.ingest([FOUNDING], db)
        server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port,
                                               log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.1)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
            page = browser.new_page(viewport={"width": 1400, "height": 820})
            page.goto(f"http://127.0.0.1:{port}/")
            page.wait_for_selector("body[data-ready=true]")
            # The conflict the founding example is known for: Thrive on both sides of a lawsuit.
            page.locator("#conflict-list button", has_text="litigation_exposure: Thrive").first.click()
            page.wait_for_selector("#conflict-summary")
            page.wait_for_timeout(600)
            page.screenshot(path=str(out))
            browser.close()
        server.should_exit = True
        thread.join()
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
