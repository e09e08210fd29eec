#!/usr/bin/env bash
# Set up minutes on a Debian machine and run one job: `demo` (ingest samples/), `test` (the whole suite) or
# `bench` (OCRmyPDF and its Debian dependencies, then the OCR benchmark, bench/bench_ocr.py).
# Safe to run again: every step checks what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

job="${1:-demo}"
case "$job" in demo|test|setup|bench) ;; *) echo "usage: bash scripts/setup.sh [demo|test|setup|bench]" >&2; exit 2 ;; esac

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

need_apt=()
command -v tesseract >/dev/null 2>&1 || need_apt+=(tesseract-ocr)
for lang in swe osd; do
  if ! tesseract --list-langs 2>/dev/null | grep -qx "$lang"; then need_apt+=("tesseract-ocr-$lang"); fi
done
python3 -c 'import ensurepip, venv' 2>/dev/null || need_apt+=(python3-venv)
if [ "$job" = test ]; then  # tests/test_review_browser.py drives the review page in a headless Chromium
  command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || need_apt+=(chromium-driver)
  # tests/test_pdfa.py reads the PDFs minutes makes with poppler's pdftotext (scripts/pdf_picture.py: pdftoppm)
  command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)
fi
if [ "${#need_apt[@]}" -gt 0 ]; then
  echo "setup: installing ${need_apt[*]} (apt)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  python3 -m venv .venv
fi
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
  echo "setup: pip install -e '.[dev]'"
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -e '.[dev]'
  rm -f .venv/.installed-*
  touch "$stamp"
fi

case "$job" in
  setup) echo "setup: done; the command is .venv/bin/minutes" ;;
  demo)
    archive="${ARCHIVE:-archive}"
    status=0
    .venv/bin/minutes ingest samples/ --archive "$archive" || status=$?
    echo "demo: one JSON document per sample in $archive/documents/, catalog in $archive/catalog.sqlite"
    echo "demo: try  .venv/bin/minutes status $archive  and  .venv/bin/minutes export $archive"
    exit "$status"
    ;;
  test)
    export OMP_THREAD_LIMIT=1
    .venv/bin/python -m pytest -n auto -q
    ;;
  bench)
    if ! command -v gs >/dev/null 2>&1; then
      echo "setup: installing ghostscript (apt), which OCRmyPDF needs"
      as_root apt-get update -qq
      DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends ghostscript >/dev/null
    fi
    .venv/bin/python -m pip install -q -e '.[dev,bench]'
    .venv/bin/python bench/bench_ocr.py
    ;;
esac
