"""minutes: OCR clean-up and ingestion of Swedish meeting minutes."""

__version__ = "0.1.0"
