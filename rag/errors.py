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


def human_size(n: int, *, exact: bool = False) -> str:
    """``31.2 MB``; ``exact`` drops a ``.0`` so round limits read as ``25 MB``. MB are MiB, as
    ``CLAIMBOT_MAX_FILE_MB`` counts them: a 25 MB limit is never shown as "26 MB"."""
    if n < 1024:
        return f"{n} bytes"
    value, unit = (n / 1024, "KB") if n < 1024 * 1024 else (n / (1024 * 1024), "MB")
    text = f"{value:.1f}"
    if exact and text.endswith(".0"):
        text = text[:-2]
    return f"{text} {unit}"


def too_large(filename: str, size: int | None, limit: int) -> IngestError:
    """The one refusal for a file over the size limit (CLI, engine and Slack downloads alike);
    ``size`` is ``None`` when a download is stopped at the limit, before its end."""
    what = human_size(size) if size is not None else f"larger than {human_size(limit, exact=True)}"
    return IngestError(filename, "too_large", f"the file is {what}; the limit is {human_size(limit, exact=True)}")


class UnknownClaimError(LookupError):
    """A claim id was asked for that no document in reach mentions."""

    def __init__(self, claim_id: str, known: list[str]) -> None:
        self.claim_id = claim_id
        self.known = known
        self.suggestions = closest_claims(claim_id, known)
        self.suggestion = self.suggestions[0] if self.suggestions else None
        if self.suggestions:
            options = " or ".join(self.suggestions)
            super().__init__(f"I don't have {claim_id} on file \u2014 did you mean {options}?")
        else:
            listed = ", ".join(known[:10]) if known else "none yet"
            super().__init__(f"No documents for claim {claim_id} here. Claims on file: {listed}.")

    def __reduce__(self) -> tuple[type, tuple[str, list[str]]]:
        return (type(self), (self.claim_id, self.known))


def closest_claims(claim_id: str, known: list[str]) -> list[str]:
    """The claims on file whose number is nearly ``claim_id`` (see :func:`rag.resolve.closest_claims`)."""
    from rag.resolve import closest_claims as closest

    return closest(claim_id, known)


def closest_claim(claim_id: str, known: list[str]) -> str | None:
    """The one claim on file whose number is nearly ``claim_id`` (a digit mistyped, swapped, left
    out or added: ``CLM-1043`` for ``CLM-1042``), or None (none, or several as close). ``known``
    are only the claims in reach of the asker, so a suggestion never reveals another channel's claim."""
    found = closest_claims(claim_id, known)
    return found[0] if len(found) == 1 else None
