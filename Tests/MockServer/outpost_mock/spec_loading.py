"""Loading openapi.yaml into the two documents the mock validates against.

The Outpost document is OpenAPI 3.1 but keeps the 3.0 keyword ``nullable``, which a 3.1 validator
ignores: without a rewrite a real ``null`` fails validation. Responses are also checked with every
``oneOf`` read as ``anyOf``, because the full and the summary event schemas overlap, so a strict
``oneOf`` rejects an attempt that embeds an event.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from openapi_core import Config, OpenAPI

# Keys whose values are data, not schemas: the rewrites leave them untouched.
_DATA_KEYS = frozenset({"example", "examples", "default", "enum", "const"})

# Keys that make a nullable schema more than a single type, so null is added as an alternative.
_COMPOSITE_KEYS = frozenset({"oneOf", "anyOf", "allOf", "$ref", "not"})

# Annotations that stay on the outer schema when a nullable schema is wrapped in anyOf.
_ANNOTATION_KEYS = ("title", "description", "example", "deprecated", "readOnly", "writeOnly")


def read_document(path: Path) -> dict[str, Any]:
    """Parse the YAML document at ``path``, with libyaml when PyYAML has it."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open("rb") as handle:
        document = yaml.load(handle, Loader=loader)  # noqa: S506 - a safe loader
    if not isinstance(document, dict):
        raise ValueError(f"{path} does not hold an OpenAPI document")
    return document


def rewrite_nullable(node: Any) -> Any:
    """Return a copy of ``node`` with ``nullable: true`` expressed in OpenAPI 3.1 terms.

    A schema with a single string ``type`` gets ``null`` added to its type (and to its ``enum``);
    any other nullable schema (beside ``oneOf``, ``anyOf``, ``$ref`` or without a type) becomes
    ``anyOf: [<the schema>, {type: null}]``. ``nullable: false`` is dropped.
    """
    if isinstance(node, list):
        return [rewrite_nullable(item) for item in node]
    if not isinstance(node, dict):
        return node
    rewritten = {key: value if key in _DATA_KEYS else rewrite_nullable(value) for key, value in node.items()}
    if rewritten.pop("nullable", None) is not True:
        return rewritten
    declared_type = rewritten.get("type")
    if declared_type is not None and not _COMPOSITE_KEYS & rewritten.keys():
        types = [declared_type] if isinstance(declared_type, str) else list(declared_type)
        if "null" not in types:
            types.append("null")
        rewritten["type"] = types
        if "enum" in rewritten and None not in rewritten["enum"]:
            rewritten["enum"] = [*rewritten["enum"], None]
        return rewritten
    outer = {key: rewritten.pop(key) for key in _ANNOTATION_KEYS if key in rewritten}
    outer["anyOf"] = [rewritten, {"type": "null"}]
    return outer


def read_one_of_as_any_of(node: Any) -> Any:
    """Return a copy of ``node`` in which every ``oneOf`` is an ``anyOf``."""
    if isinstance(node, list):
        return [read_one_of_as_any_of(item) for item in node]
    if not isinstance(node, dict):
        return node
    rewritten = {key: value if key in _DATA_KEYS else read_one_of_as_any_of(value) for key, value in node.items()}
    if "oneOf" in rewritten:
        alternatives = rewritten.pop("oneOf")
        if "anyOf" in rewritten:
            rewritten.setdefault("allOf", []).append({"anyOf": alternatives})
        else:
            rewritten["anyOf"] = alternatives
    return rewritten


def resolve(document: Mapping[str, Any], node: Any) -> Any:
    """Follow local ``$ref`` pointers (``#/...``) from ``node`` until a node without one."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        reference = node["$ref"]
        if not isinstance(reference, str) or not reference.startswith("#/"):
            raise ValueError(f"only local references are supported, not {reference!r}")
        if reference in seen:
            raise ValueError(f"reference cycle at {reference}")
        seen.add(reference)
        node = document
        for part in reference[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def inline_references(document: Mapping[str, Any], node: Any, depth: int = 0) -> Any:
    """Return ``node`` with local references replaced by copies of their targets (bounded depth)."""
    if depth > 32:
        raise ValueError("references nest too deeply to inline")
    if isinstance(node, list):
        return [inline_references(document, item, depth) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        siblings = {key: value for key, value in node.items() if key != "$ref"}
        target = inline_references(document, resolve(document, {"$ref": node["$ref"]}), depth + 1)
        return {**target, **siblings} if isinstance(target, dict) else target
    return {key: inline_references(document, value, depth) for key, value in node.items()}


@dataclass(frozen=True)
class LoadedSpec:
    """The document as the mock uses it.

    Attributes:
        document: The parsed document with ``nullable`` rewritten; examples are read from it.
        request_api: Validates requests against ``document``.
        response_api: Validates responses against ``document`` with ``oneOf`` read as ``anyOf``.
    """

    document: dict[str, Any]
    request_api: OpenAPI
    response_api: OpenAPI


def load_spec(path: Path) -> LoadedSpec:
    """Read ``path`` and build the request and response validators.

    The document itself is not checked against the OpenAPI meta-schema here (that takes seconds);
    the mock's test suite does that once.
    """
    document = rewrite_nullable(read_document(path))
    config = Config(spec_validator_cls=None)
    return LoadedSpec(
        document=document,
        request_api=OpenAPI.from_dict(document, config=config),
        response_api=OpenAPI.from_dict(read_one_of_as_any_of(document), config=config),
    )
