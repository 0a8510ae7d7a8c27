"""Checking requests and canned responses against the document with openapi-core.

Requests are handed to openapi-core as if addressed to the document's local server,
``http://localhost:3333/api/v1``, whichever base path they arrived under.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError as SchemaError
from jsonschema.exceptions import best_match
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.validation.request.exceptions import (
    MissingRequestBodyError,
    ParameterValidationError,
    RequestBodyValidationError,
)
from openapi_core.validation.response.exceptions import InvalidData, MissingData
from werkzeug.datastructures import Headers, ImmutableMultiDict

from .operations import Operation
from .spec_loading import inline_references

VALIDATION_HOST = "http://localhost:3333"
VALIDATION_BASE_PATH = "/api/v1"

# Longest text kept of one validator message; values in messages can be whole bodies.
_MAX_DETAIL_LENGTH = 400


@dataclass
class CoreRequest:
    """A request in the shape openapi-core reads (its ``Request`` protocol)."""

    method: str
    path: str
    body: bytes | None
    content_type: str
    parameters: RequestParameters
    host_url: str = VALIDATION_HOST


@dataclass
class CoreResponse:
    """A response in the shape openapi-core reads (its ``Response`` protocol)."""

    status_code: int
    content_type: str
    data: bytes | None
    headers: Headers = field(default_factory=Headers)


@dataclass(frozen=True)
class Problem:
    """Why a request or a response does not match the document.

    Attributes:
        status: The status to answer with: 400 for request parameters, 422 for the request body,
            500 for a canned response.
        message: Every failure in one line, as the validator words it.
        details: One entry for each failure.
    """

    status: int
    message: str
    details: list[str]


def core_request(
    method: str,
    api_path: str,
    query_items: Iterable[tuple[str, str]],
    headers: Iterable[tuple[str, str]],
    body: bytes,
) -> CoreRequest:
    """Build the openapi-core view of a request to ``api_path`` (the path after the base path).

    Bracket-form array keys (``id[]``) are passed on under the parameter's name (``id``).
    """
    header_map = Headers(list(headers))
    return CoreRequest(
        method=method.lower(),
        path=VALIDATION_BASE_PATH + api_path,
        body=body or None,
        content_type=header_map.get("content-type", ""),
        parameters=RequestParameters(
            query=ImmutableMultiDict([(_parameter_key(key), value) for key, value in query_items]),
            header=header_map,
        ),
    )


def check_request(
    api: OpenAPI,
    document: Mapping[str, Any],
    operation: Operation,
    request: CoreRequest,
    query_items: list[tuple[str, str]],
) -> Problem | None:
    """Validate ``request`` against ``operation``; None when it matches the document."""
    shape_failures = _query_shape_failures(document, operation, query_items)
    if shape_failures:
        return Problem(400, "; ".join(shape_failures), shape_failures)
    result = api.unmarshal_request(request)
    parameter_errors = [e for e in result.errors if not isinstance(e, RequestBodyValidationError)]
    body_errors = [e for e in result.errors if isinstance(e, RequestBodyValidationError)]
    if parameter_errors:
        return _problem(400, parameter_errors)
    if body_errors:
        return _problem(422, body_errors)
    return None


def check_response(api: OpenAPI, request: CoreRequest, response: CoreResponse) -> Problem | None:
    """Validate a canned ``response`` to ``request``; None when it matches the document."""
    errors = list(api.iter_response_errors(request, response))
    return _problem(500, errors) if errors else None


def _problem(status: int, errors: Sequence[Exception]) -> Problem:
    """One problem from openapi-core's errors, each told by its headline and reasons."""
    lines = []
    details: list[str] = []
    for error in errors:
        headline, reasons = _describe(error)
        lines.append(f"{headline}: {'; '.join(reasons)}" if reasons else headline)
        details.extend(reasons or [headline])
    return Problem(status, "; ".join(lines), details)


def _describe(error: Exception) -> tuple[str, list[str]]:
    """A headline naming what failed and the validator's reasons."""
    if isinstance(error, RequestBodyValidationError) and not isinstance(error, MissingRequestBodyError):
        headline = "Request body validation error"
    elif isinstance(error, InvalidData):
        headline = "Response body validation error"
    elif isinstance(error, (ParameterValidationError, MissingRequestBodyError, MissingData)):
        headline = str(error)
    else:
        headline = type(error).__name__
    cause = error.__cause__
    schema_errors = list(getattr(cause, "schema_errors", None) or [])
    if schema_errors:
        return headline, [_format_schema_error(e) for e in schema_errors]
    if cause is not None:
        return headline, [_shorten(str(cause))]
    return headline, []


def _format_schema_error(error: Exception) -> str:
    if not isinstance(error, SchemaError):
        return _shorten(str(error))
    text = _located(error)
    if error.context:
        text += f" (closest alternative: {_located(_closest_alternative(error.context))})"
    return _shorten(text)


def _closest_alternative(errors: list[SchemaError]) -> SchemaError:
    """The most telling failure among the alternatives of a ``oneOf`` or ``anyOf``.

    Alternatives whose type does not fit the value at all say least and are left out when others
    remain; jsonschema's ``best_match`` ranks the rest.
    """
    misfits = {
        e.relative_schema_path[0]
        for e in errors
        if e.validator == "type" and not e.relative_path and e.relative_schema_path
    }
    fitting = [e for e in errors if not e.relative_schema_path or e.relative_schema_path[0] not in misfits]
    return best_match(fitting or errors)


def _located(error: SchemaError) -> str:
    location = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in error.absolute_path)
    return f"{location.lstrip('.')}: {error.message}" if location else error.message


def _shorten(text: str) -> str:
    return text if len(text) <= _MAX_DETAIL_LENGTH else text[: _MAX_DETAIL_LENGTH - 3] + "..."


def _parameter_key(key: str) -> str:
    return key[:-2] if key.endswith("[]") else key


def _query_shape_failures(
    document: Mapping[str, Any], operation: Operation, query_items: list[tuple[str, str]]
) -> list[str]:
    """What openapi-core does not check of the query: unknown keys and repeated values.

    openapi-core ignores undeclared parameters and reads only the first value of a parameter whose
    schema is ``oneOf: [value, array]``. The mock refuses undeclared keys, refuses repeats of
    single-valued parameters, and validates all values of a repeated parameter as a list of strings.
    """
    deep_objects = {
        name for name, parameter in operation.query_parameters.items() if parameter.get("style") == "deepObject"
    }
    values: dict[str, list[str]] = defaultdict(list)
    failures = []
    for key, value in query_items:
        name = _parameter_key(key)
        if name in operation.query_parameters:
            values[name].append(value)
        elif not ("[" in name and name.split("[", 1)[0] in deep_objects):
            failures.append(f"Unknown query parameter: {key}")
    for name, given in values.items():
        if len(given) < 2:
            continue
        schema = inline_references(document, operation.query_parameters[name].get("schema") or {})
        if not _allows_array(schema):
            failures.append(f"Query parameter {name} takes one value but was given {len(given)}")
            continue
        for error in Draft202012Validator(schema).iter_errors(given):
            failures.append(f"Invalid query parameter: {name}: {_format_schema_error(error)}")
    return failures


def _allows_array(schema: Mapping[str, Any]) -> bool:
    declared = schema.get("type")
    if declared == "array" or (isinstance(declared, list) and "array" in declared):
        return True
    return any(_allows_array(alternative) for key in ("oneOf", "anyOf") for alternative in schema.get(key) or [])
