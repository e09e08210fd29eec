"""ALTO XML 4.4 of a document: the repaired words where they were read, for digitised collections (METS/ALTO).

A pure function of the document and its normalized pages, so the archive makes it from the kept extraction
(never OCR again) and the same input and version give the same bytes: no clock, no random ids. Coordinates
are pixels of the page image as the file holds it (`Page.size`, the image OCR was given before it was levelled
or turned), each word's box as `placed` maps it back. A page that was not OCR'd (a PDF's text layer, a text
file) has no boxes to give: its words are written without positions, which the schema allows (every position
and size is optional in ALTO 4), rather than invented ones, and such a page has no WIDTH and HEIGHT either.

The schema (`ingest/schemas/alto-4-4.xsd`, and the XLink schema it imports) ships with the package, so the
output can be validated without the network (`tests/test_alto.py` does, with xmlschema).
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from itertools import groupby

from ingest.boxes import union
from ingest.models import Document, Page
from ingest.placed import PlacedWord, TextWord, placed, text_words

NAMESPACE = "http://www.loc.gov/standards/alto/ns-v4#"
SCHEMA_LOCATION = "http://www.loc.gov/standards/alto/v4/alto-4-4.xsd"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
OCR_STEP, REPAIR_STEP = "OCR", "REPAIR"
"""The ids of the two processing steps; a String the repair changed refers to the second."""

Word = PlacedWord | TextWord
Pixels = tuple[int, int, int, int]
"""left, top, right, bottom"""


def alto(document: Document, pages: list[Page]) -> bytes:
    """The ALTO XML of `document`, whose normalized extraction has `pages` (`normalize(raw).pages`): one Page
    per page, a TextBlock per paragraph, a TextLine per line, a String per word."""
    root = ET.Element("alto", {"xmlns": NAMESPACE, "xmlns:xsi": XSI,
                               "xsi:schemaLocation": f"{NAMESPACE} {SCHEMA_LOCATION}", "SCHEMAVERSION": "4.4"})
    root.append(_description(document))
    layout = ET.SubElement(root, "Layout")
    boxed = placed(pages, document.corrections)
    plain = text_words(pages, document.corrections)
    for page, with_boxes, without in zip(pages, boxed, plain):
        layout.append(_page(page, with_boxes or without))
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True) + b"\n"


def _description(document: Document) -> ET.Element:
    """Where the text was read from and by what: Tesseract's step (when OCR ran) and the repair's. ALTO 4's
    `Processing` rather than `OCRProcessing`, which it deprecates."""
    description = ET.Element("Description")
    ET.SubElement(description, "MeasurementUnit").text = "pixel"
    ET.SubElement(ET.SubElement(description, "sourceImageInformation"), "fileName").text = document.source.path
    pipeline = document.pipeline
    if pipeline.ocr_engine:
        name, _, version = pipeline.ocr_engine.partition(" ")
        _step(description, OCR_STEP, "contentGeneration", f"language {pipeline.ocr_language}",
              name.capitalize(), version)
    _step(description, REPAIR_STEP, "contentModification", f"dictionary {pipeline.dictionary_version}",
          "minutes", pipeline.version,
          "Swedish OCR repair: å, ä and ö restored, OCR damage mended; each String the repair changed keeps the "
          "text as read as its ALTERNATIVE")
    return description


def _step(description: ET.Element, step: str, category: str, settings: str, software: str, version: str,
          about: str | None = None) -> None:
    processing = ET.SubElement(description, "Processing", {"ID": step})
    ET.SubElement(processing, "processingCategory").text = category
    if about:
        ET.SubElement(processing, "processingStepDescription").text = about
    ET.SubElement(processing, "processingStepSettings").text = settings
    program = ET.SubElement(processing, "processingSoftware")
    ET.SubElement(program, "softwareName").text = software
    ET.SubElement(program, "softwareVersion").text = version


def _page(page: Page, words: list[Word]) -> ET.Element:
    number = page.number
    attributes = {"ID": f"P{number}", "PHYSICAL_IMG_NR": str(number)}
    if page.size:
        attributes |= {"WIDTH": str(page.size[0]), "HEIGHT": str(page.size[1])}
    element = ET.Element("Page", attributes)
    scale = page.size if words and isinstance(words[0], PlacedWord) else None
    space = ET.SubElement(element, "PrintSpace")
    # a page OCR turned to read holds its text turned the other way: ALTO's ROTATION is counter-clockwise
    turned = {"ROTATION": str((360 - page.rotation) % 360)} if page.rotation and scale else {}
    spans: list[Pixels | None] = []
    for b, (_, block_words) in enumerate(groupby(words, key=lambda w: w.block), start=1):
        block = ET.SubElement(space, "TextBlock", {"ID": f"P{number}_B{b}", **turned})
        lines = [list(line) for _, line in groupby(block_words, key=lambda w: w.line)]
        boxes = [_line(block, f"P{number}_B{b}_L{n}", line, scale) for n, line in enumerate(lines, start=1)]
        _position(block, union(boxes))
        spans += boxes
    _position(space, union(spans))
    return element


def _line(block: ET.Element, line_id: str, words: list[Word], scale: tuple[int, int] | None) -> Pixels | None:
    """A TextLine of `words`, its box the union of theirs; a word hyphenated over the line's end is its first
    part (HypPart1) and a HYP, and its second part (HypPart2) begins the next line."""
    line = ET.SubElement(block, "TextLine", {"ID": line_id})
    boxes = [_pixels(word.box, scale) if scale else None for word in words]
    previous: Pixels | None = None
    for index, (word, box) in enumerate(zip(words, boxes), start=1):
        if index > 1:
            ET.SubElement(line, "SP", _gap(previous, box))
        string = ET.SubElement(line, "String", {"ID": f"{line_id}_S{index}"})
        _position(string, box)
        content = word.text
        part = word.part if isinstance(word, PlacedWord) else 0
        if part == 1 and index == len(words):
            content = content.removesuffix("-")
            string.attrib |= {"SUBS_TYPE": "HypPart1"}
        elif part == 2 and index == 1:
            string.attrib |= {"SUBS_TYPE": "HypPart2"}
        string.set("CONTENT", content)
        if isinstance(word, PlacedWord):
            string.set("WC", f"{min(max(word.confidence, 0.0), 100.0) / 100:.2f}")
        if word.text != word.read:
            string.set("PROCESSINGREFS", REPAIR_STEP)
            ET.SubElement(string, "ALTERNATIVE", {"PURPOSE": "OCR" if scale else "source"}).text = word.read
        previous = box
    if string.get("SUBS_TYPE") == "HypPart1":
        ET.SubElement(line, "HYP", {"CONTENT": "-"})
    box = union(boxes)
    _position(line, box)
    return box


def _pixels(box: tuple[float, float, float, float], size: tuple[int, int]) -> Pixels:
    width, height = size
    left, top = round(box[0] * width), round(box[1] * height)
    return left, top, max(round(box[2] * width), left + 1), max(round(box[3] * height), top + 1)


def _gap(before: Pixels | None, after: Pixels | None) -> dict[str, str]:
    """The space between two words on a line, where they do not overlap."""
    if before is None or after is None or after[0] <= before[2]:
        return {}
    return {"HPOS": str(before[2]), "VPOS": str(min(before[1], after[1])), "WIDTH": str(after[0] - before[2])}


def _position(element: ET.Element, box: Pixels | None) -> None:
    if box is not None:
        left, top, right, bottom = box
        element.attrib |= {"HPOS": str(left), "VPOS": str(top), "WIDTH": str(right - left),
                           "HEIGHT": str(bottom - top)}
