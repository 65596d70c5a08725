"""Prints a web page to PDF with headless Chromium, for the blind renderers: a profile of its
own each time, no header or footer line. The caller fixes the dates Chromium stamps."""
import subprocess
import tempfile


def print_to_pdf(page, target, env=None):
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--user-data-dir={profile}", f"--print-to-pdf={target}", page.resolve().as_uri()],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
        )
