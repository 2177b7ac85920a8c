"""What a file is: its extension, confirmed (or, without one, decided) by its first bytes."""

from __future__ import annotations

from pathlib import PurePath

from rag.errors import IngestError

SUPPORTED_EXTENSIONS: tuple[str, ...] = (".pdf", ".docx", ".txt", ".md", ".markdown", ".eml")

KIND_BY_EXTENSION = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".eml": "eml",
}

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"BM", "a bitmap image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office file"),
    (b"MZ", "a Windows program"),
    (b"\x7fELF", "a program"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"{\\rtf", "an RTF document"),
)


def sniff(data: bytes) -> str | None:
    """What the bytes are by their signature, in words, or None when unknown."""
    head = data[:16]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    return None


def extension(name: str) -> str:
    return PurePath(name).suffix.lower()


def check_extension(display: str, name_for_type: str) -> None:
    """Refuse names we cannot parse; files without an extension are sniffed later."""
    ext = extension(name_for_type)
    if ext and ext not in KIND_BY_EXTENSION:
        raise IngestError(display, "unsupported_type", f"{ext} files are not supported")


def kind_of(data: bytes, display: str, name_for_type: str) -> str:
    """The parser to use: by extension, confirmed (or, without extension, decided) by content."""
    ext = extension(name_for_type)
    sniffed = sniff(data)
    if not ext:
        if sniffed == "a PDF":
            return "pdf"
        if sniffed == "a ZIP archive" and b"word/document.xml" in data:
            return "docx"
        raise IngestError(display, "unsupported_type", "the file type could not be recognised")
    kind = KIND_BY_EXTENSION[ext]
    if kind == "pdf":
        if b"%PDF-" in data[:1024]:
            return kind
        if sniffed:
            raise IngestError(display, "unsupported_type", f"the file is named {ext} but is {sniffed}")
        raise IngestError(display, "corrupt", "the file is not a valid PDF (no PDF header)")
    if kind == "docx":
        if sniffed == "a ZIP archive":
            return kind
        if sniffed == "a legacy Office file":
            if "EncryptedPackage".encode("utf-16-le") in data:
                raise IngestError(display, "encrypted", "the document is password-protected")
            raise IngestError(
                display, "unsupported_type", "it is an old-format Word file (.doc), not .docx"
            )
        if sniffed:
            raise IngestError(display, "unsupported_type", f"the file is named {ext} but is {sniffed}")
        raise IngestError(display, "corrupt", "the file is not a valid Word document")
    # Text kinds: refuse binaries dressed up as text.
    if sniffed and sniffed not in ("a Windows program", "a bitmap image"):
        raise IngestError(display, "unsupported_type", f"the file is named {ext} but is {sniffed}")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError(display, "unsupported_type", "the file contains binary data, not text")
    return kind
