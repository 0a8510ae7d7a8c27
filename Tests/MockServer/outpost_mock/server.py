"""The Starlette application: the Outpost API under ``/api/v1`` and the control endpoints under ``/__mock``."""

from __future__ import annotations

import asyncio
import json
import re
import time
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .faults import FaultTarget, fault_answer
from .operations import CannedResponse, DocumentError, Operation, OperationIndex, PreferError
from .request_log import LoggedRequest, RequestLog
from .scenarios import (
    PAGES,
    RATE_LIMIT,
    RATE_LIMIT_BODY,
    RATE_LIMIT_CEILING,
    SERVER_ERROR,
    CursorError,
    Preferences,
    ScenarioCounters,
    build_page,
    is_list_body,
    last_page,
    parse_prefer,
)
from .spec_loading import LoadedSpec, load_spec
from .validation import CoreRequest, CoreResponse, check_request, check_response, core_request

# The API is served under both base paths of the document's servers.
BASE_PATHS = ("/api/v1", "/2025-07-01")

MAX_BODY_BYTES = 1 << 20

_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"]
_BEARER = re.compile(r"Bearer[ \t]+(\S.*)", re.IGNORECASE)


class MockServer:
    """The state of one running mock: the document, the request log and the scenario counters."""

    def __init__(self, spec: LoadedSpec) -> None:
        self.spec = spec
        self.index = OperationIndex(spec.document)
        self.log = RequestLog()
        self.counters = ScenarioCounters()

    def app(self) -> Starlette:
        """The ASGI application serving this mock."""
        return Starlette(
            routes=[
                Route("/__mock/health", self.health, methods=["GET"]),
                Route("/__mock/requests", self.requests, methods=["GET", "DELETE"]),
                Route("/{path:path}", self.api, methods=_METHODS),
            ]
        )

    async def health(self, request: Request) -> Response:
        """``GET /__mock/health``: ready, with the number of operations served."""
        return JSONResponse({"status": "ok", "operations": sum(1 for _ in self.index)})

    async def requests(self, request: Request) -> Response:
        """``GET`` or ``DELETE /__mock/requests[?session=<id>]``: read or clear the request log.

        Clearing a session also resets its scenario counters; without ``session`` everything goes.
        """
        session = request.query_params.get("session")
        if request.method == "DELETE":
            self.log.clear(session)
            self.counters.clear(session)
            return Response(status_code=204)
        return JSONResponse(self.log.entries(session))

    async def api(self, request: Request) -> Response:
        """Any request to the API: log it, validate it and answer as the document says."""
        body = await request.body()
        query = request.scope["query_string"].decode("latin-1")
        query_items = parse_qsl(query, keep_blank_values=True)
        headers = [(name.decode("latin-1"), value.decode("latin-1")) for name, value in request.scope["headers"]]
        raw_path = request.scope.get("raw_path", request.url.path.encode()).decode("latin-1")
        entry = self.log.record(request.method, raw_path, query, query_items, headers, body)
        response = await self._answer(request, entry, raw_path, body, query_items, headers)
        entry.status = response.status_code
        return response

    async def _answer(
        self,
        request: Request,
        entry: LoggedRequest,
        raw_path: str,
        body: bytes,
        query_items: list[tuple[str, str]],
        headers: list[tuple[str, str]],
    ) -> Response:
        """Refuse the request as Outpost would, or answer it; ``raw_path`` is still percent-encoded.

        Paths are matched before percent-decoding, so an encoded ``/`` stays inside its parameter.
        """
        try:
            preferences = parse_prefer(request.headers.getlist("prefer"))
        except PreferError as error:
            return _mock_problem(entry, 400, f"Invalid Prefer header: {error}")
        if preferences.delay_ms:
            await asyncio.sleep(preferences.delay_ms / 1000)
        if len(body) > MAX_BODY_BYTES:
            return _invalid(entry, 413, f"The body is larger than {MAX_BODY_BYTES} bytes")

        api_path = _api_path(raw_path)
        matched = self.index.match(api_path) if api_path is not None else None
        if api_path is None or matched is None:
            bases = " or ".join(BASE_PATHS)
            return _invalid(entry, 404, f"No operation of the document matches {raw_path} (under {bases})")
        template, operations = matched
        operation = operations.get(request.method)
        if operation is None:
            allowed = ", ".join(operations)
            response = _invalid(entry, 405, f"{template} takes {allowed}, not {request.method}")
            response.headers["Allow"] = allowed
            return response
        entry.operation_id = operation.operation_id

        if operation.requires_bearer and not _bearer_token(request.headers.get("authorization")):
            # Outpost answers a missing or unusable token with an empty 401.
            _invalid(entry, 401, "Missing bearer token: the Authorization header must be 'Bearer <token>'")
            return Response(status_code=401)

        core = core_request(request.method, api_path, query_items, headers, body)
        problem = check_request(self.spec.request_api, self.spec.document, operation, core, query_items)
        if problem is not None:
            return _invalid(entry, problem.status, problem.message, problem.details)
        entry.valid = True
        if preferences.fault is not None:
            burst = f"fault={preferences.fault.name}"
            if self.counters.within_burst(entry.session, operation.operation_id, burst, preferences.times):
                target = FaultTarget(request.headers.get("host", ""), raw_path, request.url.query)
                return self._fault(entry, operation, preferences, target)
        return self._valid_answer(entry, operation, preferences, core, query_items)

    def _valid_answer(
        self,
        entry: LoggedRequest,
        operation: Operation,
        preferences: Preferences,
        core: CoreRequest,
        query_items: list[tuple[str, str]],
    ) -> Response:
        """The answer to a request that matched the document, after any scenario's failures."""
        scenario = preferences.scenario
        in_burst = scenario in (RATE_LIMIT, SERVER_ERROR) and self.counters.within_burst(
            entry.session, operation.operation_id, scenario, preferences.times
        )
        if in_burst and scenario == RATE_LIMIT:
            return _rate_limited(preferences.retry_after)
        if in_burst:
            return self._server_error(entry, operation, preferences.error_status, core)

        # With a fault, code is the status of the fault's page, not of the normal answer.
        status = None if scenario == SERVER_ERROR or preferences.fault else preferences.code
        try:
            canned = self.index.canned_response(operation, status, preferences.example)
        except PreferError as error:
            return _mock_problem(entry, 400, f"Invalid Prefer header: {error}")
        except DocumentError as error:
            return _mock_problem(entry, 500, f"The document cannot answer: {error}")
        if scenario == PAGES:
            if not is_list_body(canned.body):
                message = f"scenario=pages needs a list operation, and {operation.operation_id} is not one"
                return _mock_problem(entry, 400, f"Invalid Prefer header: {message}")
            cursors = [value for key, value in query_items if key in ("next", "prev")]
            if len(cursors) > 1:
                return _mock_problem(entry, 400, "Only one of next and prev may be given")
            limits = [int(value) for key, value in query_items if key == "limit"]
            length = limits[0] if limits else preferences.page_size
            try:
                page = build_page(
                    canned.body, preferences.pages * preferences.page_size, length, next(iter(cursors), None)
                )
            except CursorError as error:
                return _mock_problem(entry, 400, f"Invalid cursor: {error}")
            canned = CannedResponse(canned.status, canned.media_type, page)
        elif is_list_body(canned.body):
            followed = [key for key, _ in query_items if key in ("next", "prev")]
            if followed:
                canned = CannedResponse(canned.status, canned.media_type, last_page(canned.body, followed))
        return self._checked(entry, operation, canned, core)

    def _fault(
        self, entry: LoggedRequest, operation: Operation, preferences: Preferences, target: FaultTarget
    ) -> Response:
        """The broken answer ``preferences.fault`` asks for, recorded in the log; never validated."""
        assert preferences.fault is not None
        try:
            canned = self.index.canned_response(operation, None, preferences.example)
            response, description = fault_answer(preferences.fault, canned, target)
        except PreferError as error:
            return _mock_problem(entry, 400, f"Invalid Prefer header: {error}")
        except DocumentError as error:
            return _mock_problem(entry, 500, f"The document cannot answer: {error}")
        entry.fault = description
        return response

    def _server_error(self, entry: LoggedRequest, operation: Operation, status: int, core: CoreRequest) -> Response:
        """A failure of a server-error burst: the declared answer for ``status``, else Outpost's error body."""
        if str(status) in operation.responses:
            return self._checked(entry, operation, self.index.canned_response(operation, status, None), core)
        return _error(status, HTTPStatus(status).phrase.lower())

    def _checked(
        self, entry: LoggedRequest, operation: Operation, canned: CannedResponse, core: CoreRequest
    ) -> Response:
        """Send ``canned`` if it passes response validation, else a 500 that names the failure."""
        data = json.dumps(canned.body, ensure_ascii=False).encode() if canned.media_type else None
        problem = check_response(
            self.spec.response_api, core, CoreResponse(canned.status, canned.media_type or "", data)
        )
        if problem is not None:
            answer = f"The canned {canned.status} answer of {operation.operation_id}"
            message = f"{answer} does not match the document: {problem.message}"
            entry.mock_problem = message
            return _error(500, message, problem.details)
        if data is None:
            return Response(status_code=canned.status)
        return Response(data, status_code=canned.status, media_type=canned.media_type)


def create_app(spec_path: Path) -> Starlette:
    """The mock's ASGI application for the document at ``spec_path``."""
    return MockServer(load_spec(spec_path)).app()


def _api_path(path: str) -> str | None:
    """The path after the base path, or None when it is under neither base path."""
    for base in BASE_PATHS:
        if path.startswith(base + "/"):
            return path[len(base) :]
    return None


def _bearer_token(authorization: str | None) -> str | None:
    match = _BEARER.fullmatch(authorization.strip()) if authorization else None
    return match.group(1).strip() if match else None


def _json(status: int, body: Any, headers: dict[str, str] | None = None) -> Response:
    return Response(
        json.dumps(body, ensure_ascii=False).encode(),
        status_code=status,
        media_type="application/json",
        headers=headers,
    )


def _invalid(entry: LoggedRequest, status: int, message: str, details: list[str] | None = None) -> Response:
    """Refuse a request that does not match the document, recording the reason in the log."""
    entry.valid = False
    entry.validation_message = message
    return _error(status, message, details)


def _mock_problem(entry: LoggedRequest, status: int, message: str) -> Response:
    """Answer a request the mock cannot answer as asked, recording the reason in the log."""
    entry.mock_problem = message
    return _error(status, message)


def _error(status: int, message: str, details: list[str] | None = None) -> Response:
    """Outpost's error answer: ``{status, message, data}``."""
    body: dict[str, Any] = {"status": status, "message": message}
    if details is not None:
        body["data"] = details
    return _json(status, body)


def _rate_limited(retry_after: int) -> Response:
    reset = int(time.time()) + retry_after
    headers = {
        "Retry-After": str(retry_after),
        "X-RateLimit-Limit": str(RATE_LIMIT_CEILING),
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset": str(reset),
    }
    return _json(429, RATE_LIMIT_BODY, headers)
