"""Errors the engine raises, each saying what went wrong and what the user can do."""

from __future__ import annotations

from typing import Literal

IngestReason = Literal[
    "unsupported_type",
    "too_large",
    "corrupt",
    "encrypted",
    "empty",
    "no_text_layer",
    "too_complex",
]

_ADVICE: dict[str, str] = {
    "unsupported_type": "Share a PDF, DOCX, TXT, MD or EML file.",
    "too_large": "Split the file or share a smaller export.",
    "corrupt": "Re-export or re-scan the file and share it again.",
    "encrypted": "Remove the password (print to PDF) and share it again.",
    "empty": "The file has no text to read.",
    "no_text_layer": "It looks like a scan: run OCR on it and share the searchable PDF.",
    "too_complex": "Save it again as a PDF or plain text (or split it) and share it again.",
}


class IngestError(Exception):
    """A file was refused. Nothing already stored was changed.

    ``reason`` is a stable code surfaces can branch on; ``str(err)`` is a sentence that names
    the file, says why, and says what to do.
    """

    def __init__(self, filename: str, reason: IngestReason, detail: str = "") -> None:
        self.filename = filename
        self.reason = reason
        self.detail = detail
        super().__init__(self.message)

    def __reduce__(self) -> tuple[type, tuple[str, str, str]]:
        # Exceptions pickle as ``cls(*args)``; these take other arguments than their message.
        return (type(self), (self.filename, self.reason, self.detail))

    @property
    def message(self) -> str:
        why = self.detail or self.reason.replace("_", " ")
        return f"Could not ingest {self.filename}: {why}. {_ADVICE[self.reason]}"


class UnknownClaimError(LookupError):
    """A claim id was asked for that no document in reach mentions."""

    def __init__(self, claim_id: str, known: list[str]) -> None:
        self.claim_id = claim_id
        self.known = known
        listed = ", ".join(known[:10]) if known else "none yet"
        super().__init__(f"No documents for claim {claim_id} here. Claims on file: {listed}.")

    def __reduce__(self) -> tuple[type, tuple[str, list[str]]]:
        return (type(self), (self.claim_id, self.known))
