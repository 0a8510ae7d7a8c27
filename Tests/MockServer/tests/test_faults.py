"""The faults of ``Prefer: fault=...``: broken answers to valid requests, bounded in size and time."""

from __future__ import annotations

import asyncio
import json
import socket
from typing import Any
from urllib.parse import urlsplit

import pytest
from conftest import TOKEN, MockClient

from outpost_mock import faults
from outpost_mock.faults import _padding, _Trickle

TENANT = "/tenants/tenant_acme"


def tenant_example(document: dict[str, Any]) -> dict[str, Any]:
    """The example getTenant answers with by default."""
    return document["paths"]["/tenants/{tenant_id}"]["get"]["responses"]["200"]["content"]["application/json"][
        "example"
    ]


def example_bytes(document: dict[str, Any]) -> bytes:
    """The tenant example as the mock encodes it."""
    return json.dumps(tenant_example(document), ensure_ascii=False).encode()


def raw_exchange(client: MockClient, prefer: str) -> tuple[bytes, dict[str, str], bytes]:
    """Send ``GET /tenants/tenant_acme`` over a plain socket; return the status line, headers and body.

    The body is whatever arrived before the server closed the connection, so a cut body shows as it was cut.
    """
    request = (
        f"GET {client.base_path}{TENANT} HTTP/1.1\r\nHost: {client.host}:{client.port}\r\n"
        f"Authorization: Bearer {TOKEN}\r\nX-Mock-Session: {client.session}\r\nPrefer: {prefer}\r\n"
        "Connection: close\r\n\r\n"
    ).encode()
    received = bytearray()
    with socket.create_connection((client.host, client.port), timeout=15) as connection:
        connection.sendall(request)
        while chunk := connection.recv(65536):
            received += chunk
    head, _, body = bytes(received).partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {name.lower(): value.strip() for name, _, value in (line.partition(":") for line in header_lines)}
    return status_line.encode(), headers, body


def test_cut_body_closes_the_connection_after_half_the_declared_length(
    client: MockClient, document: dict[str, Any]
) -> None:
    status_line, headers, body = raw_exchange(client, "fault=cut-body")

    full = example_bytes(document)
    assert status_line == b"HTTP/1.1 200 OK"
    assert headers["content-length"] == str(len(full))
    assert headers["content-type"] == "application/json"
    assert body == full[: len(full) // 2]
    [entry] = client.log()
    assert (entry["operation_id"], entry["valid"], entry["status"]) == ("getTenant", True, 200)
    half = len(full) // 2
    assert entry["fault"] == f"cut-body: Content-Length {len(full)}, {half} bytes sent, then the connection closed"


def test_truncated_json_sends_half_the_example_with_a_matching_length(
    client: MockClient, document: dict[str, Any]
) -> None:
    reply = client.request("GET", TENANT, prefer="fault=truncated-json")

    full = example_bytes(document)
    assert reply.status == 200
    assert reply.headers["content-type"] == "application/json"
    assert reply.body == full[: len(full) // 2]
    assert reply.headers["content-length"] == str(len(full) // 2)
    with pytest.raises(json.JSONDecodeError):
        reply.json()


def test_not_json_and_empty_body_claim_json_on_the_success_status(client: MockClient) -> None:
    not_json = client.request("GET", TENANT, prefer="fault=not-json")
    empty = client.request("POST", "/publish", body={"data": {}}, prefer="fault=empty-body")

    assert (not_json.status, not_json.headers["content-type"]) == (200, "application/json")
    assert not_json.body == b"Service temporarily unavailable; please try again later.\n"
    assert (empty.status, empty.headers["content-type"], empty.body) == (202, "application/json", b"")
    assert [entry["fault"] for entry in client.log()] == [
        "not-json: a 200 declared as JSON whose body is plain text",
        "empty-body: a 202 declared as JSON with an empty body",
    ]


def test_html_error_is_a_proxy_page_with_502_unless_a_code_is_given(client: MockClient) -> None:
    default = client.request("GET", TENANT, prefer="fault=html-error")
    other = client.request("GET", "/topics", prefer="fault=html-error; code=504")

    assert default.status == 502
    assert default.headers["content-type"] == "text/html; charset=utf-8"
    assert default.body.startswith(b"<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title>")
    assert other.status == 504
    assert b"<h1>504 Gateway Timeout</h1>" in other.body
    assert [entry["status"] for entry in client.log()] == [502, 504]


def test_wrong_type_replaces_the_first_property_or_the_named_value(
    client: MockClient, document: dict[str, Any]
) -> None:
    # The fault hits the first `times` requests of the session to the operation, whatever its field.
    first = client.request("GET", TENANT, prefer="fault=wrong-type; times=4").json()
    nested = client.request("GET", TENANT, prefer="fault=wrong-type; times=4; field=metadata.plan").json()
    in_array = client.request("GET", TENANT, prefer="fault=wrong-type; times=4; field=topics.1").json()
    count = client.request("GET", TENANT, prefer="fault=wrong-type; times=4; field=destinations_count").json()

    example = tenant_example(document)
    assert first == {**example, "id": 12345}
    assert nested["metadata"] == {**example["metadata"], "plan": 12345}
    assert in_array["topics"] == [example["topics"][0], 12345, *example["topics"][2:]]
    assert count["destinations_count"] == "not-a-number"
    assert [entry["fault"] for entry in client.log()] == [
        "wrong-type: $.id is 12345 instead of a string",
        "wrong-type: $.metadata.plan is 12345 instead of a string",
        "wrong-type: $.topics[1] is 12345 instead of a string",
        'wrong-type: $.destinations_count is "not-a-number" instead of a number',
    ]


def test_missing_field_leaves_out_one_property_and_the_document_keeps_it(
    client: MockClient, document: dict[str, Any]
) -> None:
    first = client.request("GET", TENANT, prefer="fault=missing-field; times=2").json()
    nested = client.request("GET", TENANT, prefer="fault=missing-field; times=2; field=metadata.display_name").json()
    normal = client.request("GET", TENANT, prefer="fault=missing-field; times=2").json()

    example = tenant_example(document)
    assert first == {key: value for key, value in example.items() if key != "id"}
    assert nested["metadata"] == {"plan": example["metadata"]["plan"]}
    assert normal == example
    assert client.log()[0]["fault"] == "missing-field: $.id left out"


@pytest.mark.parametrize(
    ("prefer", "message"),
    [
        ("fault=wrong-type; field=nowhere", "field=nowhere: the answer has no value at 'nowhere'"),
        ("fault=missing-field; field=topics.9", "field=topics.9: the answer has no value at '9'"),
        ("fault=missing-field; field=topics.0", "only an object's property can be left out"),
    ],
    ids=["unknown-property", "index-past-the-end", "array-item"],
)
def test_broken_example_refuses_a_field_it_cannot_break(client: MockClient, prefer: str, message: str) -> None:
    reply = client.request("GET", TENANT, prefer=prefer)

    assert reply.status == 400
    assert message in reply.json()["message"]
    [entry] = client.log()
    assert entry["mock_problem"] == reply.json()["message"]
    assert entry["fault"] is None


def test_wrong_type_needs_a_field_for_an_answer_that_is_not_an_object(client: MockClient) -> None:
    reply = client.request("GET", "/topics", prefer="fault=wrong-type; times=2")
    named = client.request("GET", "/topics", prefer="fault=wrong-type; times=2; field=0")

    assert reply.status == 400
    assert "name the value with field=" in reply.json()["message"]
    assert named.status == 200
    assert named.json()[0] == 12345


def test_oversize_declares_and_sends_a_json_body_of_the_given_size(client: MockClient) -> None:
    reply = client.request("GET", TENANT, prefer="fault=oversize; size=100000")

    assert reply.status == 200
    assert reply.headers["content-length"] == "100000"
    assert len(reply.body) == 100000
    assert set(reply.json()) == {"padding"}


def test_stream_sends_the_body_in_chunks_without_a_length(client: MockClient) -> None:
    reply = client.request("GET", TENANT, prefer="fault=stream; size=70000")

    assert reply.status == 200
    assert "content-length" not in reply.headers
    assert reply.headers["transfer-encoding"] == "chunked"
    assert len(reply.body) == 70000
    assert set(reply.json()) == {"padding"}
    assert client.log()[0]["fault"] == "stream: a 200 streaming 70000 bytes in chunks, without a length"


@pytest.mark.parametrize("total", [1, 14, 15, 16, 40, faults.STREAM_CHUNK_BYTES + 3])
def test_padding_pieces_join_into_one_document_of_the_exact_length(total: int) -> None:
    whole = _padding(total)
    pieces = b"".join(_padding(total, start, min(start + 7, total)) for start in range(0, total, 7))

    assert len(whole) == total
    assert pieces == whole
    if total >= 15:
        assert json.loads(whole) == {"padding": "x" * (total - 15)}


def test_size_is_bounded(client: MockClient) -> None:
    reply = client.request("GET", TENANT, prefer=f"fault=stream; size={faults.MAX_SIZE + 1}")

    assert reply.status == 400
    assert f"is not a whole number from 1 to {faults.MAX_SIZE}" in reply.json()["message"]


def test_trickle_sends_the_whole_example_slowly(client: MockClient, document: dict[str, Any]) -> None:
    reply = client.request("GET", TENANT, prefer="fault=trickle")

    assert reply.status == 200
    assert reply.body == example_bytes(document)
    assert client.log()[0]["fault"] == f"trickle: {len(reply.body)} bytes in 50 pieces over 5 seconds"


def test_trickle_spreads_the_body_over_bounded_pieces_and_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    waits: list[float] = []
    sent: list[dict[str, Any]] = []

    async def record_wait(seconds: float) -> None:
        waits.append(seconds)

    async def record_send(message: Any) -> None:
        sent.append(message)

    async def nothing() -> Any:
        return {"type": "http.disconnect"}

    monkeypatch.setattr(faults.asyncio, "sleep", record_wait)
    data = bytes(range(97))
    asyncio.run(_Trickle(200, data)({"type": "http"}, nothing, record_send))

    bodies = [message for message in sent if message["type"] == "http.response.body"]
    assert sent[0]["type"] == "http.response.start"
    assert (b"content-length", b"97") in sent[0]["headers"]
    assert len(bodies) == faults.TRICKLE_PIECES
    assert b"".join(message["body"] for message in bodies) == data
    assert [message["more_body"] for message in bodies] == [True] * (faults.TRICKLE_PIECES - 1) + [False]
    assert sum(waits) == pytest.approx(faults.TRICKLE_SECONDS)


def test_redirect_to_another_origin_swaps_the_loopback_name_and_the_base_path(
    client: MockClient, mock_url: str
) -> None:
    reply = client.request("GET", TENANT, query="", prefer="fault=redirect-other-origin")
    port = urlsplit(mock_url).port

    assert reply.status == 307
    assert reply.headers["location"] == f"http://localhost:{port}/2025-07-01/tenants/tenant_acme"
    assert reply.body == b""
    # The fault hits the first request only, so the redirected one is answered normally.
    assert client.request("GET", TENANT, prefer="fault=redirect-other-origin", base_path="/2025-07-01").status == 200


def test_redirect_within_the_origin_leads_to_the_other_base_path(client: MockClient) -> None:
    reply = client.request("GET", "/events", query="limit=2", prefer="fault=redirect-same-origin")

    assert reply.status == 307
    assert reply.headers["location"] == "/2025-07-01/events?limit=2"
    assert client.log()[0]["fault"] == "redirect-same-origin: 307 to /2025-07-01/events?limit=2"


def test_fault_hits_the_first_times_requests_of_a_session_then_the_normal_answer(
    client: MockClient, mock_url: str
) -> None:
    prefer = "fault=html-error; times=2"
    statuses = [client.request("GET", TENANT, prefer=prefer).status for _ in range(3)]
    neighbour = MockClient(mock_url, client.session + "-neighbour")

    assert statuses == [502, 502, 200]
    assert neighbour.request("GET", TENANT, prefer=prefer).status == 502
    client.clear_log()
    assert client.request("GET", TENANT, prefer=prefer).status == 502


def test_fault_answers_only_a_request_that_matches_the_document(client: MockClient) -> None:
    unauthorized = client.request("GET", TENANT, token=None, prefer="fault=cut-body")
    invalid = client.request("GET", "/events", query="limit=ten", prefer="fault=cut-body")

    assert (unauthorized.status, unauthorized.body) == (401, b"")
    assert invalid.status == 400
    assert [(entry["valid"], entry["fault"]) for entry in client.log()] == [(False, None), (False, None)]


@pytest.mark.parametrize(
    ("prefer", "message"),
    [
        ("fault=meltdown", "Prefer fault=meltdown is unknown (faults: cut-body, truncated-json,"),
        ("fault=cut-body; scenario=rate-limit", "Prefer takes a scenario or a fault, not both"),
        ("fault=cut-body; size=10", "Prefer size needs fault=oversize or fault=stream"),
        ("size=10", "Prefer size needs fault=oversize or fault=stream"),
        ("fault=oversize; field=id", "Prefer field needs fault=wrong-type or fault=missing-field"),
        ("fault=empty-body; code=500", "Prefer fault=empty-body takes no code; only fault=html-error does"),
        ("fault=html-error; code=302", "Prefer fault=html-error takes a 4xx or 5xx code"),
    ],
    ids=["unknown", "with-scenario", "size-elsewhere", "size-alone", "field-elsewhere", "code-elsewhere", "code-3xx"],
)
def test_fault_options_that_do_not_fit_are_refused(client: MockClient, prefer: str, message: str) -> None:
    reply = client.request("GET", TENANT, prefer=prefer)

    assert reply.status == 400
    assert reply.json()["message"].startswith(f"Invalid Prefer header: {message}"), reply.json()
