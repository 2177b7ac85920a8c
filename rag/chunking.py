"""Parsed documents -> a hierarchy of llama-index nodes (2048/512/128 tokens by default).

Each section (a PDF page, a heading's section, an email body or attachment) is chunked on its
own, so every chunk has exactly one page and one section to cite. Every node carries the
document's identity (``doc_id``, ``version_id``, ``scope``) and its location as metadata; only
the document name and section heading are embedded with the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from llama_index.core.node_parser import HierarchicalNodeParser, NodeParser, SentenceSplitter, get_leaf_nodes
from llama_index.core.schema import BaseNode, Document

from rag.documents import ParsedDocument, Section

_EMBEDDED_KEYS = ("document", "section")


def _child_id(index: int, parent: BaseNode) -> str:
    """Deterministic ids (``<version>.s3.0.2``): the same bytes always make the same nodes."""
    return f"{parent.id_}.{index}"


def root_id(node_id: str) -> str:
    """The id of the top-level chunk a node belongs to (``<version>.s3.0.2.1`` -> ``<version>.s3.0``).

    Ids are ``<version_id>.s<section>`` for a section, then one ``.<index>`` per level down
    (see :func:`_child_id`); version ids contain no dots.
    """
    return ".".join(node_id.split(".")[:3])


def make_parser(chunk_sizes: Sequence[int], overlap: int = 16) -> HierarchicalNodeParser:
    ids = [f"chunk_size_{size}" for size in chunk_sizes]
    splitters: dict[str, NodeParser] = {
        parser_id: SentenceSplitter(chunk_size=size, chunk_overlap=overlap, id_func=_child_id)
        for parser_id, size in zip(ids, chunk_sizes)
    }
    return HierarchicalNodeParser.from_defaults(node_parser_ids=ids, node_parser_map=splitters)


_MAX_EMBEDDED_BYTES = 100
"""Embedded metadata longer than this (a 1000-character file name, 100 emoji) would not fit the
128-token leaves: its start is embedded instead, and the whole value kept for citations."""


def _start(value: str, limit: int = 48) -> str:
    data = value.encode()[:limit]
    return data.decode(errors="ignore") + "\u2026"


def section_documents(
    doc: ParsedDocument, *, version_id: str, base_metadata: dict[str, Any]
) -> list[Document]:
    """One llama-index ``Document`` per non-empty section, with its location in the metadata."""
    documents = []
    for index, section in enumerate(doc.sections):
        if not section.text.strip():
            continue
        metadata = {**base_metadata, **_location(doc, section)}
        metadata = {k: v for k, v in metadata.items() if v is not None and v != ""}
        embedded = list(_EMBEDDED_KEYS)
        for key in _EMBEDDED_KEYS:
            value = metadata.get(key)
            if isinstance(value, str) and len(value.encode()) > _MAX_EMBEDDED_BYTES:
                metadata[f"{key}_start"] = _start(value)  # embedded in place of the whole value
                embedded[embedded.index(key)] = f"{key}_start"
        documents.append(
            Document(
                id_=f"{version_id}.s{index}",
                text=section.text,
                metadata=metadata,
                excluded_embed_metadata_keys=[k for k in metadata if k not in embedded],
                excluded_llm_metadata_keys=list(metadata),
            )
        )
    return documents


def _location(doc: ParsedDocument, section: Section) -> dict[str, Any]:
    heading = section.heading
    if section.attachment:
        heading = f"{section.attachment}: {heading}" if heading else section.attachment
    return {"page": section.page, "section": heading, "attachment": section.attachment}


def chunk(
    parser: HierarchicalNodeParser, documents: list[Document]
) -> tuple[list[BaseNode], list[BaseNode]]:
    """All nodes (every level, for the docstore) and the leaves (for the vector index)."""
    nodes = parser.get_nodes_from_documents(documents)
    return nodes, get_leaf_nodes(nodes)
