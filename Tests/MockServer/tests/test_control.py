"""The control endpoints: health and the request log filtered by session."""

from __future__ import annotations

from conftest import MockClient


def test_health_reports_ready_with_the_number_of_operations(client: MockClient) -> None:
    reply = client.control("GET", "/__mock/health")

    assert reply.status == 200
    assert reply.json() == {"status": "ok", "operations": 29}


def test_log_records_exactly_what_was_sent(client: MockClient) -> None:
    client.request(
        "POST",
        "/tenants/tenant%20acme/destinations",
        query="",
        body=b'{"type": "webhook", "topics": "*", "config": {"url": "https://example.org/hook"}}',
        token="sk_live_one",
        headers={"User-Agent": "outpost-swift-tests"},
    )
    client.request("GET", "/events", query="topic%5B%5D=order.placed&topic[]=invoice.paid&limit=2")

    first, second = client.log()
    assert first["session"] == client.session
    assert first["method"] == "POST"
    assert first["path"] == "/api/v1/tenants/tenant%20acme/destinations"
    assert first["headers"]["authorization"] == "Bearer sk_live_one"
    assert first["headers"]["content-type"] == "application/json"
    assert first["headers"]["user-agent"] == "outpost-swift-tests"
    assert first["body"] == '{"type": "webhook", "topics": "*", "config": {"url": "https://example.org/hook"}}'
    assert (first["operation_id"], first["valid"], first["validation_message"], first["status"]) == (
        "createTenantDestination",
        True,
        None,
        201,
    )
    assert second["query"] == "topic%5B%5D=order.placed&topic[]=invoice.paid&limit=2"
    assert second["query_items"] == [["topic[]", "order.placed"], ["topic[]", "invoice.paid"], ["limit", "2"]]
    assert second["body"] is None
    assert second["sequence"] > first["sequence"]


def test_log_is_filtered_by_session_and_cleared_per_session(client: MockClient, mock_url: str) -> None:
    neighbour = MockClient(mock_url, client.session + "-neighbour")
    client.request("GET", "/topics")
    neighbour.request("GET", "/topics")
    neighbour.request("GET", "/healthz", token=None)

    assert [e["operation_id"] for e in client.log()] == ["listTopics"]
    assert [e["operation_id"] for e in neighbour.log()] == ["listTopics", "healthCheck"]

    client.clear_log()
    assert client.log() == []
    assert len(neighbour.log()) == 2


def test_log_without_session_filter_lists_every_session(client: MockClient) -> None:
    client.request("GET", "/topics")

    everything = client.control("GET", "/__mock/requests").json()
    assert any(e["session"] == client.session for e in everything)


def test_refused_requests_are_logged_with_the_reason(client: MockClient) -> None:
    client.request("GET", "/nowhere")
    client.request("DELETE", "/topics")

    missing, wrong_method = client.log()
    assert (missing["operation_id"], missing["valid"], missing["status"]) == (None, False, 404)
    assert (wrong_method["valid"], wrong_method["status"]) == (False, 405)
    assert wrong_method["validation_message"] == "/topics takes GET, not DELETE"
