"""The operations of the document: routing a path to them and picking their canned answers."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .spec_loading import resolve

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

JSON_MEDIA_TYPE = "application/json"


class PreferError(ValueError):
    """A ``Prefer`` header that the mock cannot honour; answered with 400."""


class DocumentError(ValueError):
    """The document cannot produce the answer it promises; answered with 500."""


@dataclass(frozen=True)
class Operation:
    """One operation of the document, with its references resolved.

    Attributes:
        operation_id: The ``operationId``.
        method: The HTTP method, upper-case.
        path_template: The path as the document writes it, such as ``/tenants/{tenant_id}``.
        requires_bearer: Whether the effective ``security`` list is non-empty and has no empty
            requirement.
        query_parameters: The query parameters by name, path-level ones included.
        responses: The response objects by status key (``"200"``).
    """

    operation_id: str
    method: str
    path_template: str
    requires_bearer: bool
    query_parameters: Mapping[str, Mapping[str, Any]]
    responses: Mapping[str, Mapping[str, Any]]

    def default_status(self) -> int:
        """The status a valid request gets by default: the lowest 2xx the operation declares."""
        successes = sorted(int(key) for key in self.responses if key.isdigit() and key.startswith("2"))
        if not successes:
            raise DocumentError(f"{self.operation_id} declares no 2xx response")
        return successes[0]


@dataclass(frozen=True)
class CannedResponse:
    """An answer taken from the document.

    Attributes:
        status: The HTTP status.
        media_type: The content type, or None for an answer without a body.
        body: The JSON value to send when ``media_type`` is set.
    """

    status: int
    media_type: str | None
    body: Any = None


@dataclass(frozen=True)
class _PathEntry:
    template: str
    pattern: re.Pattern[str]
    operations: Mapping[str, Operation]


class OperationIndex:
    """All operations of a document, found by request path and method."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._document = document
        global_security = document.get("security") or []
        entries = []
        for template, path_item in (document.get("paths") or {}).items():
            path_item = resolve(document, path_item)
            shared_parameters = path_item.get("parameters") or []
            operations = {}
            for method in HTTP_METHODS:
                if method not in path_item:
                    continue
                definition = path_item[method]
                security = definition.get("security", global_security)
                parameters = [resolve(document, p) for p in [*shared_parameters, *(definition.get("parameters") or [])]]
                operations[method.upper()] = Operation(
                    operation_id=definition.get("operationId", f"{method.upper()} {template}"),
                    method=method.upper(),
                    path_template=template,
                    # An empty requirement ({}) in the list makes credentials optional.
                    requires_bearer=bool(security) and all(security),
                    query_parameters={p["name"]: p for p in parameters if p.get("in") == "query"},
                    responses={str(k): resolve(document, v) for k, v in (definition.get("responses") or {}).items()},
                )
            entries.append(_PathEntry(template, _template_pattern(template), operations))
        # Literal paths win over templated ones: fewer parameters first, then longer literal text.
        entries.sort(key=lambda e: (e.template.count("{"), -len(re.sub(r"\{[^}]*\}", "", e.template))))
        self._entries = entries

    def __iter__(self) -> Iterator[Operation]:
        for entry in self._entries:
            yield from entry.operations.values()

    def match(self, api_path: str) -> tuple[str, Mapping[str, Operation]] | None:
        """The path template and its operations by method for ``api_path``, or None."""
        for entry in self._entries:
            if entry.pattern.fullmatch(api_path):
                return entry.template, entry.operations
        return None

    def canned_response(self, operation: Operation, status: int | None, example_name: str | None) -> CannedResponse:
        """The declared answer of ``operation`` for ``status`` (default: its lowest 2xx).

        The body is the media type's ``example``, else the named or first entry of its ``examples``,
        else the schema's ``example``. A response without ``content`` has no body.

        Raises:
            PreferError: ``status`` is not declared, or ``example_name`` is not one of its examples.
            DocumentError: The response has content but no example to send.
        """
        chosen = operation.default_status() if status is None else status
        response = operation.responses.get(str(chosen))
        if response is None:
            declared = ", ".join(sorted(operation.responses))
            raise PreferError(f"{operation.operation_id} declares no {chosen} response (it declares {declared})")
        served = _served_media(response)
        if served is None:
            if example_name is not None:
                raise PreferError(f"the {chosen} response of {operation.operation_id} has no body and no examples")
            return CannedResponse(chosen, None)
        media_type, media = served
        examples = {name: resolve(self._document, value) for name, value in (media.get("examples") or {}).items()}
        if example_name is not None:
            if example_name not in examples:
                names = ", ".join(examples) or "none"
                raise PreferError(
                    f"the {chosen} response of {operation.operation_id} has no example named "
                    f"{example_name!r} (its named examples: {names})"
                )
            return CannedResponse(chosen, media_type, examples[example_name].get("value"))
        if "example" in media:
            return CannedResponse(chosen, media_type, media["example"])
        if examples:
            return CannedResponse(chosen, media_type, next(iter(examples.values())).get("value"))
        schema = resolve(self._document, media.get("schema") or {})
        if "example" in schema:
            return CannedResponse(chosen, media_type, schema["example"])
        raise DocumentError(f"the {chosen} response of {operation.operation_id} has content but no example")

    def example_names(self, operation: Operation, status: int) -> list[str | None]:
        """Every example selection that ``canned_response`` can serve for ``status``.

        None stands for the default selection; the names of the served media type's examples follow.
        """
        served = _served_media(operation.responses.get(str(status)) or {})
        return [None, *(served[1].get("examples") or {} if served else {})]


def _served_media(response: Mapping[str, Any]) -> tuple[str, Mapping[str, Any]] | None:
    """The media type answers are sent in (JSON when declared) and its object; None without content."""
    content = response.get("content") or {}
    if not content:
        return None
    media_type = JSON_MEDIA_TYPE if JSON_MEDIA_TYPE in content else next(iter(content))
    return media_type, content[media_type]


def _template_pattern(template: str) -> re.Pattern[str]:
    """A regular expression matching the concrete paths of ``template``."""
    parts = re.split(r"(\{[^}]+\})", template)
    return re.compile("".join("[^/]+" if part.startswith("{") else re.escape(part) for part in parts))
