"""The document as the mock loads it: the rewrites, and every example checked against its schema."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from conftest import SPEC_PATH
from openapi_spec_validator import validate as validate_document

from outpost_mock.operations import DocumentError, Operation, OperationIndex
from outpost_mock.spec_loading import LoadedSpec, load_spec, read_one_of_as_any_of, rewrite_nullable
from outpost_mock.validation import CoreResponse, check_request, check_response, core_request


@pytest.fixture(scope="module")
def spec() -> LoadedSpec:
    return load_spec(SPEC_PATH)


@pytest.fixture(scope="module")
def index(spec: LoadedSpec) -> OperationIndex:
    return OperationIndex(spec.document)


def concrete_path(operation: Operation) -> str:
    """The operation's path with every template parameter filled in."""
    return re.sub(r"\{[^}]+\}", "webhook", operation.path_template)


def test_nullable_beside_a_type_adds_null_to_type_and_enum() -> None:
    schema = {"type": "string", "enum": ["a", "b"], "nullable": True, "description": "d"}

    assert rewrite_nullable(schema) == {
        "type": ["string", "null"],
        "enum": ["a", "b", None],
        "description": "d",
    }


def test_nullable_beside_one_of_or_ref_becomes_any_of_with_null() -> None:
    beside_one_of = {"nullable": True, "oneOf": [{"$ref": "#/a"}, {"$ref": "#/b"}], "description": "d"}
    beside_ref = {"nullable": True, "$ref": "#/c"}

    assert rewrite_nullable(beside_one_of) == {
        "description": "d",
        "anyOf": [{"oneOf": [{"$ref": "#/a"}, {"$ref": "#/b"}]}, {"type": "null"}],
    }
    assert rewrite_nullable(beside_ref) == {"anyOf": [{"$ref": "#/c"}, {"type": "null"}]}


def test_rewrites_leave_examples_and_non_nullable_schemas_alone() -> None:
    schema = {
        "type": "object",
        "nullable": False,
        "example": {"nullable": True, "oneOf": 1},
        "properties": {"kind": {"oneOf": [{"type": "string"}, {"type": "integer"}]}},
    }

    assert rewrite_nullable(schema) == {key: value for key, value in schema.items() if key != "nullable"}
    assert read_one_of_as_any_of(schema)["properties"]["kind"] == {"anyOf": [{"type": "string"}, {"type": "integer"}]}
    assert read_one_of_as_any_of(schema)["example"] == {"nullable": True, "oneOf": 1}


def test_loaded_document_keeps_no_nullable_and_is_valid_openapi_3_1(spec: LoadedSpec) -> None:
    assert '"nullable"' not in json.dumps(spec.document)
    validate_document(spec.document)


def test_attempt_embedding_an_event_needs_one_of_read_as_any_of(spec: LoadedSpec) -> None:
    attempt = {
        "id": "atm_1",
        "status": "success",
        "event": {
            "id": "evt_1",
            "topic": "order.placed",
            "time": "2026-12-03T17:42:08Z",
            "data": {"total": 1},
        },
    }
    request = core_request("GET", "/attempts/atm_1", [], [], b"")
    response = CoreResponse(200, "application/json", json.dumps(attempt).encode())

    assert check_response(spec.response_api, request, response) is None
    # The request validator reads the document as written, oneOf included.
    problem = check_response(spec.request_api, request, response)
    assert problem is not None and "is not valid under any of the given schemas" in problem.message


def test_every_servable_response_example_matches_its_schema(spec: LoadedSpec, index: OperationIndex) -> None:
    checked = 0
    failures = []
    for operation in index:
        request = core_request(operation.method, concrete_path(operation), [], [], b"")
        for status in sorted(int(key) for key in operation.responses if key.isdigit()):
            for name in index.example_names(operation, status):
                try:
                    canned = index.canned_response(operation, status, name)
                except DocumentError as error:
                    failures.append(str(error))
                    continue
                data = json.dumps(canned.body).encode() if canned.media_type else None
                problem = check_response(
                    spec.response_api, request, CoreResponse(status, canned.media_type or "", data)
                )
                checked += 1
                if problem is not None:
                    failures.append(f"{operation.operation_id} {status} {name or 'default'}: {problem.message}")
    assert failures == []
    assert checked > 29 * 2


def test_every_request_body_example_is_a_valid_request(spec: LoadedSpec, index: OperationIndex) -> None:
    checked = 0
    failures = []
    for operation in index:
        path_item = spec.document["paths"][operation.path_template]
        body = path_item[operation.method.lower()].get("requestBody")
        if body is None:
            continue
        media = body["content"]["application/json"]
        examples: dict[str, Any] = {name: value["value"] for name, value in (media.get("examples") or {}).items()}
        if "example" in media:
            examples["example"] = media["example"]
        for name, value in examples.items():
            request = core_request(
                operation.method,
                concrete_path(operation),
                [],
                [("Authorization", "Bearer t"), ("Content-Type", "application/json")],
                json.dumps(value).encode(),
            )
            problem = check_request(spec.request_api, spec.document, operation, request, [])
            checked += 1
            if problem is not None:
                failures.append(f"{operation.operation_id} {name}: {problem.message}")
    assert failures == []
    assert checked >= 6
