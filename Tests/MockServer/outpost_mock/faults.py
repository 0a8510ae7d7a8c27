"""Faults: answers that break HTTP or the document on purpose, to test how a client copes with them.

A request asks for one with ``Prefer: fault=<name>``. The request is validated first, like any other, so a
fault answers only a request that matched the document; the fault then replaces the operation's success
answer (its lowest declared 2xx and that status's example, or the example named by ``example``).

Every fault is bounded: the largest body is ``MAX_SIZE`` bytes and the slowest answer takes
``TRICKLE_SECONDS`` seconds, so a client that never gives up still sees the answer end.
"""

from __future__ import annotations

import asyncio
import copy
import json
from collections.abc import Mapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from .operations import JSON_MEDIA_TYPE, CannedResponse, PreferError

CUT_BODY = "cut-body"
TRUNCATED_JSON = "truncated-json"
NOT_JSON = "not-json"
EMPTY_BODY = "empty-body"
HTML_ERROR = "html-error"
WRONG_TYPE = "wrong-type"
MISSING_FIELD = "missing-field"
OVERSIZE = "oversize"
STREAM = "stream"
TRICKLE = "trickle"
REDIRECT_OTHER_ORIGIN = "redirect-other-origin"
REDIRECT_SAME_ORIGIN = "redirect-same-origin"

FAULTS = (
    CUT_BODY,
    TRUNCATED_JSON,
    NOT_JSON,
    EMPTY_BODY,
    HTML_ERROR,
    WRONG_TYPE,
    MISSING_FIELD,
    OVERSIZE,
    STREAM,
    TRICKLE,
    REDIRECT_OTHER_ORIGIN,
    REDIRECT_SAME_ORIGIN,
)

# The faults that take each option, and the bounds of the numeric ones.
FAULT_OPTIONS = {"field": (WRONG_TYPE, MISSING_FIELD), "size": (OVERSIZE, STREAM)}
DEFAULT_SIZE = 1 << 20
MAX_SIZE = 8 << 20
DEFAULT_HTML_STATUS = 502

# A trickled body arrives in this many pieces spread evenly over this many seconds.
TRICKLE_PIECES = 50
TRICKLE_SECONDS = 5.0

STREAM_CHUNK_BYTES = 16 * 1024

NOT_JSON_BODY = b"Service temporarily unavailable; please try again later.\n"

# The loopback names a cross-origin redirect swaps between; both reach the mock's one listener.
_LOOPBACK_NAMES = {"127.0.0.1": "localhost", "localhost": "127.0.0.1"}

# The other base path, which a same-origin redirect leads to.
_OTHER_BASE_PATH = {"/api/v1": "/2025-07-01", "/2025-07-01": "/api/v1"}


@dataclass(frozen=True)
class FaultRequest:
    """A fault a request asked for, with its options.

    Attributes:
        name: One of ``FAULTS``.
        field: For ``wrong-type`` and ``missing-field``, the dotted path of the value to break (``config.url``,
            ``topics.0``), or None for the first property of the answer.
        size: For ``oversize`` and ``stream``, the body's length in bytes.
        status: For ``html-error``, the status of the page.
    """

    name: str
    field: str | None = None
    size: int = DEFAULT_SIZE
    status: int = DEFAULT_HTML_STATUS


@dataclass(frozen=True)
class FaultTarget:
    """Where the faulty answer goes: what a redirect needs to know about the request.

    Attributes:
        host: The ``Host`` header as sent, such as ``127.0.0.1:4010``.
        raw_path: The path as sent, still percent-encoded, base path included.
        query: The raw query string, without ``?``.
    """

    host: str
    raw_path: str
    query: str


def check_fault_options(fault: str | None, texts: Mapping[str, str], numbers: Mapping[str, int]) -> None:
    """Check that the ``fault`` of a ``Prefer`` header is known and that its options fit it.

    Args:
        fault: The ``fault`` value, or None when the header asks for none.
        texts: The header's text values by key (``field`` among them).
        numbers: The header's numeric values by key (``size``, ``code`` among them).

    Raises:
        PreferError: The fault is unknown, or an option is given without a fault that takes it.
    """
    if fault is not None and fault not in FAULTS:
        raise PreferError(f"Prefer fault={fault} is unknown (faults: {', '.join(FAULTS)})")
    for option, faults in FAULT_OPTIONS.items():
        if (option in texts or option in numbers) and fault not in faults:
            raise PreferError(f"Prefer {option} needs fault={' or fault='.join(faults)}")
    if fault is None or "code" not in numbers:
        return
    if fault != HTML_ERROR:
        raise PreferError(f"Prefer fault={fault} takes no code; only fault={HTML_ERROR} does")
    if not 400 <= numbers["code"] <= 599:
        raise PreferError(f"Prefer fault={HTML_ERROR} takes a 4xx or 5xx code")


def fault_answer(fault: FaultRequest, canned: CannedResponse, target: FaultTarget) -> tuple[Response, str]:
    """The faulty answer in place of ``canned``, and a sentence for the request log saying what it does.

    Raises:
        PreferError: The fault needs a JSON body and ``canned`` has none, or ``field`` names no value of it.
    """
    if fault.name == HTML_ERROR:
        return _html_error(fault.status)
    if fault.name in (OVERSIZE, STREAM):
        return _large_body(fault.name, canned.status, fault.size)
    if fault.name in (REDIRECT_OTHER_ORIGIN, REDIRECT_SAME_ORIGIN):
        return _redirect(fault.name, target)
    if fault.name == EMPTY_BODY:
        response = Response(b"", status_code=canned.status, media_type=JSON_MEDIA_TYPE)
        return response, f"{EMPTY_BODY}: a {canned.status} declared as JSON with an empty body"
    if fault.name == NOT_JSON:
        response = Response(NOT_JSON_BODY, status_code=canned.status, media_type=JSON_MEDIA_TYPE)
        return response, f"{NOT_JSON}: a {canned.status} declared as JSON whose body is plain text"

    # A copy, because the broken-example faults change it and the document's example must stay intact.
    body = copy.deepcopy(_example_body(fault.name, canned))
    if fault.name in (WRONG_TYPE, MISSING_FIELD):
        return _broken_example(fault, canned, body)
    data = _encode(body)
    half = len(data) // 2
    if fault.name == TRUNCATED_JSON:
        response = Response(data[:half], status_code=canned.status, media_type=JSON_MEDIA_TYPE)
        return response, f"{TRUNCATED_JSON}: the first {half} of {len(data)} bytes, with a matching length"
    if fault.name == CUT_BODY:
        return _CutBody(canned.status, data, half), (
            f"{CUT_BODY}: Content-Length {len(data)}, {half} bytes sent, then the connection closed"
        )
    return _Trickle(canned.status, data), (
        f"{TRICKLE}: {len(data)} bytes in {TRICKLE_PIECES} pieces over {TRICKLE_SECONDS:g} seconds"
    )


def _example_body(name: str, canned: CannedResponse) -> Any:
    if canned.media_type != JSON_MEDIA_TYPE:
        raise PreferError(f"fault={name} needs a success answer with a JSON body, and this one has none")
    return canned.body


def _encode(body: Any) -> bytes:
    return json.dumps(body, ensure_ascii=False).encode()


def _html_error(status: int) -> tuple[Response, str]:
    """A proxy's HTML error page, such as a load balancer sends when the service behind it is down."""
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Error"
    page = (
        "<!DOCTYPE html>\n"
        f"<html><head><title>{status} {phrase}</title></head>\n"
        f"<body><h1>{status} {phrase}</h1>\n"
        "<p>The proxy could not get a valid answer from the service behind it.</p></body></html>\n"
    )
    response = Response(page.encode(), status_code=status, media_type="text/html; charset=utf-8")
    return response, f"{HTML_ERROR}: a {status} HTML page from a proxy"


def _large_body(name: str, status: int, size: int) -> tuple[Response, str]:
    """A body of ``size`` bytes: sent with its length (``oversize``) or chunked without one (``stream``)."""
    if name == OVERSIZE:
        response = Response(_padding(size), status_code=status, media_type=JSON_MEDIA_TYPE)
        return response, f"{OVERSIZE}: a {status} with Content-Length {size}"
    return _Stream(status, size), f"{STREAM}: a {status} streaming {size} bytes in chunks, without a length"


def _padding(total: int, start: int = 0, end: int | None = None) -> bytes:
    """Bytes ``start`` to ``end`` of the JSON document ``{"padding": "xx...x"}`` that is ``total`` bytes long.

    A length too short for the document's frame is served as spaces instead.
    """
    end = total if end is None else end
    head, tail = b'{"padding": "', b'"}'
    if total < len(head) + len(tail):
        return b" " * (end - start)
    middle = total - len(head) - len(tail)
    filler = max(0, min(end, len(head) + middle) - max(start, len(head)))
    tail_start = max(0, start - len(head) - middle)
    tail_end = max(0, end - len(head) - middle)
    return head[start:end] + b"x" * filler + tail[tail_start:tail_end]


def _redirect(name: str, target: FaultTarget) -> tuple[Response, str]:
    """A ``307`` to the same operation under the other base path; on another origin for ``redirect-other-origin``.

    The other origin is the other loopback name on the same port, so the same server answers it.
    """
    base = next((b for b in _OTHER_BASE_PATH if target.raw_path.startswith(b + "/")), "/api/v1")
    path = _OTHER_BASE_PATH[base] + target.raw_path[len(base) :]
    query = f"?{target.query}" if target.query else ""
    if name == REDIRECT_SAME_ORIGIN:
        location = path + query
    else:
        hostname, _, port = target.host.rpartition(":")
        other = _LOOPBACK_NAMES.get(hostname, "127.0.0.1")
        location = f"http://{other}:{port}{path}{query}"
    response = Response(status_code=307, headers={"Location": location})
    return response, f"{name}: 307 to {location}"


class _CutBody(Response):
    """Sends the headers with the whole body's ``Content-Length``, then part of the body, then closes."""

    def __init__(self, status: int, data: bytes, sent: int) -> None:
        super().__init__(data, status_code=status, media_type=JSON_MEDIA_TYPE)
        self._sent = sent

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        await send({"type": "http.response.body", "body": self.body[: self._sent], "more_body": True})
        # Returning with the body incomplete makes uvicorn close the connection, which is the fault; it
        # logs "ASGI callable returned without completing response." once.


class _Trickle(Response):
    """Sends the headers at once, then the body in ``TRICKLE_PIECES`` pieces over ``TRICKLE_SECONDS``."""

    def __init__(self, status: int, data: bytes) -> None:
        super().__init__(data, status_code=status, media_type=JSON_MEDIA_TYPE)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        length = len(self.body)
        bounds = [length * piece // TRICKLE_PIECES for piece in range(TRICKLE_PIECES + 1)]
        for piece in range(TRICKLE_PIECES):
            await asyncio.sleep(TRICKLE_SECONDS / TRICKLE_PIECES)
            chunk = self.body[bounds[piece] : bounds[piece + 1]]
            # uvicorn drops what is sent after the client has gone, so the loop always ends on time.
            await send({"type": "http.response.body", "body": chunk, "more_body": piece < TRICKLE_PIECES - 1})


class _Stream(Response):
    """Streams a JSON body of a given size in chunks, with chunked transfer coding and no ``Content-Length``."""

    def __init__(self, status: int, size: int) -> None:
        super().__init__(status_code=status, media_type=JSON_MEDIA_TYPE)
        self._size = size
        self.raw_headers = [(name, value) for name, value in self.raw_headers if name != b"content-length"]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        for start in range(0, self._size, STREAM_CHUNK_BYTES):
            end = min(start + STREAM_CHUNK_BYTES, self._size)
            await send({"type": "http.response.body", "body": _padding(self._size, start, end), "more_body": True})
        await send({"type": "http.response.body", "body": b"", "more_body": False})


def _broken_example(fault: FaultRequest, canned: CannedResponse, body: Any) -> tuple[Response, str]:
    """The example with one value of the wrong JSON type, or with one property left out."""
    path = fault.field or _default_field(body)
    keys = path.split(".")
    parent = _locate(body, keys[:-1], path)
    # Finding the value itself checks that it exists; its parent is what is changed.
    _locate(body, keys, path)
    last: str | int = int(keys[-1]) if isinstance(parent, list) else keys[-1]

    if fault.name == MISSING_FIELD:
        if not isinstance(parent, dict):
            raise PreferError(f"fault={MISSING_FIELD} field={path}: only an object's property can be left out")
        del parent[last]
        description = f"{MISSING_FIELD}: {_json_path(keys)} left out"
    else:
        original = parent[last]
        parent[last] = _other_type(original)
        replaced = json.dumps(parent[last])
        description = f"{WRONG_TYPE}: {_json_path(keys)} is {replaced} instead of a {_type_name(original)}"
    response = Response(_encode(body), status_code=canned.status, media_type=JSON_MEDIA_TYPE)
    return response, description


def _default_field(body: Any) -> str:
    if not isinstance(body, dict) or not body:
        raise PreferError("the answer is not a JSON object with properties; name the value with field=")
    return next(iter(body))


def _locate(body: Any, keys: list[str], path: str) -> Any:
    node = body
    for key in keys:
        if isinstance(node, dict) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            raise PreferError(f"field={path}: the answer has no value at {key!r}")
    return node


def _json_path(keys: list[str]) -> str:
    return "$" + "".join(f"[{key}]" if key.isdigit() else f".{key}" for key in keys)


def _other_type(value: Any) -> Any:
    """A value of another JSON type than ``value``: a number for a string, a string for anything else."""
    return 12345 if isinstance(value, str) else "not-a-" + _type_name(value)


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"
