"""OCR throughput side by side: raw Tesseract (the bound), OCRmyPDF and `minutes ingest` on the same scans.

    python bench/bench_ocr.py [--pages 20] [--repeat 1] [--memory-pages 200] [--text-pages 1000] [--settings 4]

One image-only PDF of dense grey 300-dpi scans is made from the project's own material (`bench/scanned.py`)
and read four ways: `tesseract -l swe` on its page images, one process per core (OMP_THREAD_LIMIT=1: the
bound); `ocrmypdf --force-ocr -l swe --sidecar`; `minutes ingest` into a fresh archive; and, for reference, the
Tesseract library minutes uses (tesserocr's) on the same images, one thread per core with no pipeline around
it. Each gets pages/min (wall), CPU seconds per page (user + system, so other people's load on the machine
shows in wall time but hardly in CPU) and word error rate against the printed text (`wer.py`'s score(), the
project's fixed scorer). Then: repair words/s on one core once loaded, cold start of `minutes repair`, where
minutes' CPU goes (Tesseract's share timed per call, in its threads), peak memory per worker (the worker
process, Tesseract inside it, plus any Tesseract program it runs, sampled) and time per page as the page
count grows. `--settings N`
adds Tesseract settings that trade accuracy for speed, judged by WER on N pages. Prints rich tables and
writes bench/RESULTS.md; all inputs are made in a temporary folder (`--work` keeps them for a rerun).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import psutil
import pypdfium2 as pdfium
from PIL import Image
from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
import scanned  # noqa: E402

ROOT = scanned.ROOT
BIN = Path(sys.executable).parent
SEED_003 = next((ROOT / "eval" / "seeds").glob("003_*.txt"))
DPI = 300


@dataclass
class Run:
    wall: float
    cpu: float
    text: str = ""
    peaks: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0])
    """Peak MB: a worker with any Tesseract programs it runs, the worker alone (tesserocr's Tesseract inside),
    the largest Tesseract program (none unless MINUTES_TESSERACT=program)."""
    repaired: str = ""


def cores() -> int:
    return len(os.sched_getaffinity(0))


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def load_wer(path: Path):
    spec = importlib.util.spec_from_file_location("wer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


# ------------------------------------------------------------------ inputs


def make_inputs(work: Path, pages: int) -> tuple[Path, str]:
    """The scanned PDF and its truth, made once per work folder (the recipe is deterministic)."""
    pdf, truth = work / f"scan-{pages}.pdf", work / f"scan-{pages}.truth.txt"
    if not pdf.exists():
        texts = scanned.page_texts(pages)
        scanned.write_scanned_pdf(scanned.scans(texts, DPI), pdf, DPI)
        truth.write_text("\f".join(texts), encoding="utf-8")
    return pdf, truth.read_text(encoding="utf-8")


def page_images(pdf: Path, folder: Path, dpi: int = DPI) -> list[Path]:
    """The page images as PNG with their dpi: the scans inside the PDF as they are (what `pdfimages`
    gives an archivist, and what `minutes` reads from a plain scanned page), or, at another resolution,
    pdfium's 8-bit grey rendering of the page."""
    folder.mkdir(parents=True, exist_ok=True)
    document = pdfium.PdfDocument(pdf)
    paths = []
    try:
        for index in range(len(document)):
            path = folder / f"page-{index + 1:04}.png"
            if not path.exists():
                page = document[index]
                if dpi == DPI:
                    (scan,) = page.get_objects(max_depth=1)
                    image = scan.get_bitmap(render=False).to_pil()
                else:
                    image = page.render(scale=dpi / 72, grayscale=True).to_pil()
                image.convert("L").save(path, dpi=(dpi, dpi), compress_level=1)
            paths.append(path)
    finally:
        document.close()
    return paths


# ------------------------------------------------------------------ the three readers


def raw_tesseract(images: list[Path], jobs: int, dpi: int = DPI, extra: tuple[str, ...] = ()) -> Run:
    """One `tesseract` per page, `jobs` at a time (a new page as soon as a core is free): the bound."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}

    def one(image: Path) -> str:
        command = ["tesseract", str(image), "stdout", "-l", "swe", "--dpi", str(dpi), *extra]
        return subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout

    cpu, start = children_cpu(), time.perf_counter()
    with ThreadPoolExecutor(jobs) as pool:
        texts = list(pool.map(one, images))
    return Run(time.perf_counter() - start, children_cpu() - cpu, "\f".join(texts))


def raw_library(images: list[Path], jobs: int, dpi: int = DPI) -> Run:
    """tesserocr's Tesseract on the same page images, `jobs` threads with a model each: what minutes'
    engine costs with no pipeline around it."""
    import tesserocr
    from ingest.ocr import _tessdata

    folder, models = _tessdata("tesseract"), threading.local()

    def one(image: Path) -> str:
        if not hasattr(models, "api"):
            models.api = tesserocr.PyTessBaseAPI(path=folder, lang="swe")
        with Image.open(image) as page:
            models.api.SetImage(page)
        models.api.SetSourceResolution(dpi)
        return models.api.GetUTF8Text()

    os.environ["OMP_THREAD_LIMIT"] = "1"
    cpu, start = self_cpu(), time.perf_counter()
    with ThreadPoolExecutor(jobs) as pool:
        texts = list(pool.map(one, images))
    return Run(time.perf_counter() - start, self_cpu() - cpu, "\f".join(texts))


def ocrmypdf(pdf: Path, out: Path) -> Run:
    """OCRmyPDF as archivists run it; it picks its own job count (all cores) and Tesseract threads."""
    env = {k: v for k, v in os.environ.items() if k != "OMP_THREAD_LIMIT"}
    sidecar = out / "ocrmypdf.txt"
    command = [str(BIN / "ocrmypdf"), "--force-ocr", "-l", "swe", "--sidecar", str(sidecar), str(pdf),
               str(out / "ocrmypdf.pdf")]
    cpu, start = children_cpu(), time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return Run(time.perf_counter() - start, children_cpu() - cpu, sidecar.read_text(encoding="utf-8"))


def _rss(process: psutil.Process) -> int:
    try:
        return process.memory_info().rss
    except psutil.Error:  # ended between listing and reading
        return 0


def minutes_ingest(pdf: Path, archive: Path, document: bool = True) -> Run:
    """`minutes ingest` into a fresh archive, with the peak memory of its pool workers and their Tesseracts
    sampled every 50 ms (the resource tracker, a child of the CLI too, counts as a worker: it is tiny)."""
    shutil.rmtree(archive, ignore_errors=True)
    command = [str(BIN / "minutes"), "ingest", str(pdf), "--archive", str(archive)]
    cpu, start = children_cpu(), time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = [0, 0, 0]  # a worker with its Tesseracts, a worker alone, one Tesseract
    while process.poll() is None:
        try:
            for worker in process.children():
                own, tesseracts = _rss(worker), [_rss(child) for child in worker.children(recursive=True)]
                peak = [max(peak[0], own + sum(tesseracts)), max(peak[1], own), max([peak[2], *tesseracts])]
        except psutil.Error:
            pass
        time.sleep(0.05)
    wall, cpu = time.perf_counter() - start, children_cpu() - cpu
    if process.returncode:
        raise SystemExit(f"bench: minutes ingest {pdf.name} failed ({process.returncode})")
    peaks = [value / 2**20 for value in peak]
    if not document:
        return Run(wall, cpu, peaks=peaks)
    (made,) = (json.loads(p.read_text(encoding="utf-8")) for p in (archive / "documents").glob("*.json"))
    return Run(wall, cpu, made["original_text"], peaks, made["text"])


# ------------------------------------------------------------------ the rest


def self_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class TimedModel:
    """A pipeline model whose recognition and OSD calls add the CPU they take in their thread to `spent`:
    Tesseract runs in the pipeline's own threads, so its share is timed call by call."""
    TIMED = ("GetTSVText", "DetectOrientationScript")
    lock = threading.Lock()
    spent = [0.0]

    def __init__(self, api) -> None:
        self.api = api

    def __getattr__(self, name: str):
        call = getattr(self.api, name)
        if name not in self.TIMED:
            return call

        def timed(*args):
            start = time.thread_time()
            try:
                return call(*args)
            finally:
                with self.lock:
                    self.spent[0] += time.thread_time() - start
        return timed


def cpu_split(pdf: Path, work: Path) -> list[list[str]]:
    """Where the CPU goes: the pipeline run in this process, stage by stage, Tesseract's CPU (timed in its
    threads, plus any child process) apart from the rest (Python, rendering). Both sides come from the same
    run, so the share is not blurred by the machine's load as a difference of two runs is. Start-up is a
    `minutes ingest` of a two-line text file: interpreter, imports, dictionary, one worker."""
    from contextlib import contextmanager

    from ingest import ocr
    from ingest.pipeline import Options, lexicon, read, repaired
    from ingest.segment import segment

    model = ocr._model

    @contextmanager
    def timed_model(language: str):
        with model(language) as api:
            yield TimedModel(api)

    ocr._model = timed_model
    options, data = Options(), pdf.read_bytes()
    lexicon()  # a worker loads it once, for its first document; start-up below counts it
    state: dict = {}
    stages = (("extract: render, OCR, parse", lambda: state.update(extraction=read(data, pdf.name, options))),
              ("repair (first document in the process)", lambda: state.update(fixed=repaired(state["extraction"], options))),
              ("segment", lambda: segment(state["fixed"].text)))
    spent: list[tuple[str, float, float]] = []
    try:
        for name, call in stages:
            inside = TimedModel.spent[0]
            own, tesseract = self_cpu() - inside, children_cpu() + inside
            call()
            inside = TimedModel.spent[0]
            spent.append((name, self_cpu() - inside - own, children_cpu() + inside - tesseract))
    finally:
        ocr._model = model
    tiny = work / "tiny" / "protokoll.txt"
    tiny.parent.mkdir(exist_ok=True)
    tiny.write_text("Protokoll\n§ 1 Mötets öppnande\n", encoding="utf-8")
    spent.append(("start-up: `minutes ingest` of a 2-line text file",
                  minutes_ingest(tiny, work / "archive-tiny", document=False).cpu, 0.0))
    total = sum(own + tesseract for _, own, tesseract in spent)
    spent.append(("all", sum(own for _, own, _ in spent), sum(tesseract for _, _, tesseract in spent)))
    return [[name, f"{own:.2f}", f"{tesseract:.2f}", f"{own / total:.1%}"] for name, own, tesseract in spent]


REPAIR_SPEED = """
import sys, time
from ingest.pipeline import lexicon
from ingest.repair import TOKEN, repair
repair(open(sys.argv[2], encoding="utf-8").read(), lexicon=lexicon())
text = open(sys.argv[1], encoding="utf-8").read()
start = time.process_time()
repair(text, lexicon=lexicon())
print(len(TOKEN.findall(text)), time.process_time() - start)
"""


def repair_speed(text: str, work: Path) -> tuple[int, float]:
    """Words and CPU seconds to repair `text` on one core, in a fresh process with the lexicon loaded and
    warmed on seed 003 (not on this text, whose words would then be cached)."""
    path = work / "repair-input.txt"
    path.write_text(text, encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", REPAIR_SPEED, str(path), str(SEED_003)], check=True,
                         capture_output=True, text=True, cwd=ROOT).stdout.split()
    return int(out[0]), float(out[1])


def cold_repair(repeats: int = 3) -> tuple[float, float]:
    """Best wall and CPU of `minutes repair` on seed 003 in a fresh process."""
    best = (float("inf"), 0.0)
    for _ in range(repeats):
        cpu, start = children_cpu(), time.perf_counter()
        subprocess.run([str(BIN / "minutes"), "repair", str(SEED_003)], check=True, capture_output=True)
        best = min(best, (time.perf_counter() - start, children_cpu() - cpu))
    return best


class Report:
    """Rich tables on the terminal and the same rows as Markdown for RESULTS.md."""

    def __init__(self) -> None:
        self.console = Console(width=150)
        self.markdown: list[str] = []

    def table(self, title: str, columns: list[str], rows: list[list[str]], note: str = "") -> None:
        table = Table(title=title, caption=note or None)
        for n, column in enumerate(columns):
            table.add_column(column, justify="left" if n == 0 else "right")
        for row in rows:
            table.add_row(*row)
        self.console.print(table)
        self.markdown += [f"### {title}", "", "| " + " | ".join(columns) + " |",
                          "|" + "|".join(["---"] + ["---:"] * (len(columns) - 1)) + "|"]
        self.markdown += ["| " + " | ".join(row) + " |" for row in rows]
        self.markdown += ["", note, ""] if note else [""]


def versions() -> list[str]:
    def out(command: list[str]) -> str:
        try:
            return subprocess.run(command, capture_output=True, text=True).stdout.strip().splitlines()[0]
        except (OSError, IndexError):
            return "not found"

    import pytesseract
    import tesserocr

    model = ", ".join(f"{path.name} {path.stat().st_size / 1e6:.1f} MB"
                      for path in Path("/usr/share").glob("tesseract-ocr/*/tessdata/swe.traineddata"))

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    return [
        f"- date: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; load average at start {os.getloadavg()[0]:.1f}",
        f"- machine: {cpu}, {cores()} cores, {psutil.virtual_memory().total / 2**30:.0f} GB, {platform.platform()}",
        f"- program (the bound, OCRmyPDF): {out(['tesseract', '--version'])}; minutes: "
        f"{tesserocr.tesseract_version().split()[1]} in tesserocr {tesserocr.__version__}; model {model}",
        f"- pytesseract {pytesseract.__version__}, OCRmyPDF {out([str(BIN / 'ocrmypdf'), '--version'])}, "
        f"Python {platform.python_version()}",
        f"- minutes at commit {out(['git', '-C', str(ROOT), 'rev-parse', '--short', 'HEAD'])}",
    ]


def rate(pages: int, run: Run) -> list[str]:
    return [f"{run.wall:.1f}", f"{pages / run.wall * 60:.1f}", f"{run.cpu:.1f}", f"{run.cpu / pages:.2f}"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=20, help="pages of the side-by-side PDF")
    parser.add_argument("--scaling", default="10", help="more scanned page counts for time per page, comma-separated")
    parser.add_argument("--memory-pages", type=int, default=200, help="scanned PDF for peak memory per worker; 0 skips")
    parser.add_argument("--text-pages", type=int, default=1000, help="text-layer PDF for the pipeline's own scaling; 0 skips")
    parser.add_argument("--settings", type=int, default=0, help="judge Tesseract speed settings on this many pages")
    parser.add_argument("--jobs", type=int, default=cores(), help="Tesseract processes for the bound")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each reader on the side-by-side PDF; the fastest counts")
    parser.add_argument("--wer", type=Path, default=Path("/work/shared/tools/wer.py"), help="the scorer")
    parser.add_argument("--work", type=Path, help="keep inputs here (default: a temporary folder)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS.md")
    args = parser.parse_args(argv)
    score = load_wer(args.wer)
    report = Report()
    header = versions()
    with tempfile.TemporaryDirectory(prefix="minutes-bench-ocr-") as temp:
        work = args.work or Path(temp)
        work.mkdir(parents=True, exist_ok=True)
        pdf, truth = make_inputs(work, args.pages)
        images = page_images(pdf, work / f"pages-{pdf.stem}-{DPI}")
        wer = lambda text: f"{score(truth, text)['wer']:.2%}"  # noqa: E731

        runs: dict[str, list[Run]] = {"bound": [], "other": [], "ours": [], "library": []}
        for _ in range(args.repeat):  # interleaved, so a change in the machine's load hits all alike
            runs["bound"].append(raw_tesseract(images, args.jobs))
            runs["other"].append(ocrmypdf(pdf, work))
            runs["ours"].append(minutes_ingest(pdf, work / "archive"))
            runs["library"].append(raw_library(images, args.jobs))
        bound, other, ours, library = (min(runs[name], key=lambda run: run.wall) for name in runs)
        columns = ["reader", "wall s", "pages/min", "CPU s", "CPU s/page", "WER", "vs OCRmyPDF", "vs bound"]
        rows = []
        for name, run, text in ((f"tesseract -l swe, {args.jobs} processes (bound)", bound, bound.text),
                                ("ocrmypdf --force-ocr -l swe --sidecar", other, other.text),
                                ("minutes ingest (OCR text)", ours, ours.text),
                                (f"for reference: tesserocr's Tesseract, {args.jobs} threads, no pipeline", library,
                                 library.text)):
            rows.append([name, *rate(args.pages, run), wer(text), f"{other.wall / run.wall:.2f}×",
                         f"{bound.wall / run.wall:.2f}×"])
        rows.insert(3, ["minutes ingest (repaired text)", "", "", "", "", wer(ours.repaired), "", ""])
        report.table(f"{args.pages} scanned pages (grey, {DPI} dpi, image-only PDF), {cores()} cores", columns, rows,
                     f"fastest of {args.repeat} interleaved runs each" if args.repeat > 1 else "")
        words, seconds = repair_speed(ours.text, work)
        cold_wall, cold_cpu = cold_repair()
        rows = [["repair words/s, one core, loaded (this OCR text)", f"{words / seconds:,.0f}"],
                ["repair CPU per page / Tesseract CPU per page", f"{seconds / (bound.cpu or 1):.2%}"],
                [f"cold `minutes repair {SEED_003.relative_to(ROOT)}` wall / CPU", f"{cold_wall:.2f} s / {cold_cpu:.2f} s"]]
        report.table("repair", ["measure", "value"], rows)
        report.table(f"where minutes' CPU goes, {args.pages} pages, one run in this process",
                     ["stage", "Python CPU s", "Tesseract CPU s", "Python share of all CPU"], cpu_split(pdf, work))

        scaling = [(args.pages, ours)]
        for pages in (int(n) for n in args.scaling.split(",") if n):
            scaling.append((pages, minutes_ingest(make_inputs(work, pages)[0], work / "archive")))
        if args.memory_pages:
            big_pdf = make_inputs(work, args.memory_pages)[0]
            big = minutes_ingest(big_pdf, work / "archive")
            scaling.append((args.memory_pages, big))
            report.table(f"peak memory per worker, {args.memory_pages} scanned pages "
                         f"({big_pdf.stat().st_size / 2**20:.0f} MB PDF, which the worker reads from disk as it goes)",
                         ["worker with any Tesseract programs MB", "worker alone MB (Tesseract inside)",
                          "largest Tesseract program MB"],
                         [[f"{value:.0f}" for value in big.peaks]])
        rows = [[f"{pages} scanned", *rate(pages, run), f"{run.wall / pages:.2f}", f"{run.peaks[0]:.0f}"]
                for pages, run in sorted(scaling, key=lambda item: item[0])]
        if args.text_pages:
            texts = scanned.page_texts(args.text_pages)
            text_pdf = work / f"text-{args.text_pages}.pdf"
            scanned.write_text_pdf(texts, text_pdf)
            run = minutes_ingest(text_pdf, work / "archive")
            rows.append([f"{args.text_pages} text-layer (no OCR)", *rate(args.text_pages, run),
                         f"{run.wall / args.text_pages:.3f}", f"{run.peaks[0]:.0f}"])
        report.table("minutes ingest as pages grow (one PDF)",
                     ["PDF", "wall s", "pages/min", "CPU s", "CPU s/page", "wall s/page", "peak MB/worker"], rows)

        if args.settings:
            report.table(*settings_table(work, pdf, truth, args.settings, args.jobs, score))
    header.append(f"- load average at end {os.getloadavg()[0]:.1f}")
    args.out.write_text("# OCR benchmark\n\n`.venv/bin/python bench/bench_ocr.py " + " ".join(argv or sys.argv[1:])
                        + "`\n\n" + "\n".join(header) + "\n\n" + "\n".join(report.markdown), encoding="utf-8")
    report.console.print(f"wrote {args.out}")


SETTINGS = (
    ("default (psm 3, 300 dpi)", DPI, ()),
    ("psm 6: one uniform block", DPI, ("--psm", "6")),
    ("psm 4: one column", DPI, ("--psm", "4")),
    ("no inverted retry (tessedit_do_invert=0)", DPI, ("-c", "tessedit_do_invert=0")),
    ("scale 0.75 (rendered at 225 dpi)", 225, ()),
    ("scale 0.67 (rendered at 200 dpi)", 200, ()),
)


def settings_table(work: Path, pdf: Path, truth: str, pages: int, jobs: int, score):
    """Raw Tesseract on the densest `pages` pages under each setting: speed and WER side by side."""
    truths = truth.split("\f")
    dense = sorted(sorted(range(len(truths)), key=lambda i: -len(truths[i].split()))[:pages])
    reference = "\f".join(truths[i] for i in dense)
    rows = []
    for name, dpi, extra in SETTINGS:
        images = page_images(pdf, work / f"pages-{pdf.stem}-{dpi}", dpi)
        run = raw_tesseract([images[i] for i in dense], jobs, dpi, extra)
        rows.append([name, *rate(len(dense), run), f"{score(reference, run.text)['wer']:.2%}"])
    return (f"Tesseract settings, raw tesseract on the {len(dense)} densest pages",
            ["setting", "wall s", "pages/min", "CPU s", "CPU s/page", "WER"], rows)


if __name__ == "__main__":
    main()
