"""rasd: Arabic conflict-event extraction with every field tied to the characters of the text."""

__version__ = "0.1.0"
EXTRACTOR = f"rasd {__version__}"
