"""The Prefer header: status and example selection and the scenarios."""

from __future__ import annotations

import time
from typing import Any

from conftest import MockClient


def test_code_selects_a_declared_status_and_its_example(client: MockClient) -> None:
    reply = client.request("GET", "/tenants/tenant_acme", prefer="code=404")

    assert reply.status == 404
    assert reply.json() == {"status": 404, "message": "not found"}


def test_code_selects_another_success_status(client: MockClient, document: dict[str, Any]) -> None:
    reply = client.request("PUT", "/tenants/tenant_initech", prefer="code=201")

    assert reply.status == 201
    media = document["paths"]["/tenants/{tenant_id}"]["put"]["responses"]["201"]["content"]["application/json"]
    assert reply.json() == media["example"]


def test_declared_response_without_content_has_no_body(client: MockClient) -> None:
    reply = client.request("POST", "/publish", body={"data": {}}, prefer="code=409")

    assert (reply.status, reply.body) == (409, b"")


def test_example_selects_a_named_example(client: MockClient) -> None:
    reply = client.request("POST", "/publish", body={"data": {"order_id": "ord_1"}}, prefer="example=duplicate")

    assert reply.status == 202
    assert reply.json()["duplicate"] is True


def test_code_and_example_combine(client: MockClient) -> None:
    reply = client.request("GET", "/attempts/atm_3kV9wq1ZtB", prefer='code=200; example="withDestination"')

    assert reply.status == 200
    assert reply.json()["destination"]["id"] == "des_8Kq2xT4mWp"


def test_unknown_example_name_is_refused(client: MockClient) -> None:
    reply = client.request("GET", "/attempts/atm_1", prefer="example=nope")

    assert reply.status == 400
    assert reply.json()["message"] == (
        "Invalid Prefer header: the 200 response of getAttempt has no example named 'nope' "
        "(its named examples: plain, withDestination)"
    )
    [entry] = client.log()
    assert entry["valid"] is True
    assert entry["mock_problem"] == reply.json()["message"]


def test_undeclared_code_is_refused(client: MockClient) -> None:
    reply = client.request("GET", "/topics", prefer="code=418")

    assert reply.status == 400
    assert (
        reply.json()["message"]
        == "Invalid Prefer header: listTopics declares no 418 response (it declares 200, 401, 500)"
    )


def test_unknown_or_misplaced_keys_are_refused(client: MockClient) -> None:
    cases = {
        "scenaro=pages": "Prefer key 'scenaro' is unknown",
        "scenario=flood": "Prefer scenario=flood is unknown",
        "times=2": "Prefer times needs scenario=rate-limit or scenario=server-error",
        "delay=20000": "Prefer delay=20000 is not a whole number from 0 to 10000",
        "scenario=server-error; code=404": "Prefer scenario=server-error takes a 5xx code",
        "code=404, code=500": "Prefer gives code twice",
    }
    for prefer, message in cases.items():
        reply = client.request("GET", "/topics", prefer=prefer)
        assert reply.status == 400, prefer
        assert reply.json()["message"].startswith(f"Invalid Prefer header: {message}"), reply.json()


def test_standard_preferences_are_ignored(client: MockClient) -> None:
    assert client.request("GET", "/topics", prefer="return=minimal, handling=lenient").status == 200


def test_rate_limit_scenario_answers_429_the_given_number_of_times(client: MockClient) -> None:
    prefer = "scenario=rate-limit; times=2; retry-after=3"
    replies = [client.request("GET", "/topics", prefer=prefer) for _ in range(3)]

    assert [r.status for r in replies] == [429, 429, 200]
    for limited in replies[:2]:
        assert limited.json() == {"error": "rate limit exceeded"}
        assert limited.headers["retry-after"] == "3"
        assert limited.headers["x-ratelimit-limit"] == "60"
        assert limited.headers["x-ratelimit-remaining"] == "0"
        assert abs(int(limited.headers["x-ratelimit-reset"]) - (time.time() + 3)) < 5
    assert replies[2].json()[0] == "customer.updated"
    assert [e["status"] for e in client.log()] == [429, 429, 200]


def test_scenario_counters_are_kept_per_session_and_operation(client: MockClient, mock_url: str) -> None:
    prefer = "scenario=rate-limit; times=1"
    assert client.request("GET", "/topics", prefer=prefer).status == 429
    assert client.request("GET", "/destination-types", prefer=prefer).status == 429
    other = MockClient(mock_url, client.session + "-other")
    assert other.request("GET", "/topics", prefer=prefer).status == 429
    assert client.request("GET", "/topics", prefer=prefer).status == 200

    client.clear_log()
    assert client.request("GET", "/topics", prefer=prefer).status == 429


def test_server_error_burst_then_success(client: MockClient) -> None:
    prefer = "scenario=server-error; times=3; code=503"
    statuses = [client.request("GET", "/tenants/tenant_acme", prefer=prefer) for _ in range(4)]

    assert [r.status for r in statuses] == [503, 503, 503, 200]
    assert statuses[0].json() == {"status": 503, "message": "service unavailable"}


def test_server_error_uses_the_declared_example_when_there_is_one(client: MockClient) -> None:
    reply = client.request("GET", "/tenants/tenant_acme", prefer="scenario=server-error")

    assert reply.status == 500
    assert reply.json() == {"status": 500, "message": "internal server error"}


def test_pages_scenario_pages_through_cursors(client: MockClient) -> None:
    prefer = "scenario=pages; pages=3; page-size=2"
    pages = [client.request("GET", "/tenants", prefer=prefer).json()]
    while pages[-1]["pagination"]["next"] is not None:
        assert len(pages) < 10, "the pages never end"
        pages.append(
            client.request("GET", "/tenants", query=[("next", pages[-1]["pagination"]["next"])], prefer=prefer).json()
        )

    assert len(pages) == 3
    ids = [model["id"] for page in pages for model in page["models"]]
    assert ids == [f"tenant_acme_{n}" for n in range(1, 7)]
    assert [page["pagination"]["prev"] is None for page in pages] == [True, False, False]
    assert all(page["count"] == 6 and page["pagination"]["limit"] == 2 for page in pages)

    back = client.request("GET", "/tenants", query=[("prev", pages[2]["pagination"]["prev"])], prefer=prefer).json()
    assert back == pages[1]
    assert client.log()[1]["query_items"] == [["next", pages[0]["pagination"]["next"]]]


def test_pages_scenario_honours_limit(client: MockClient) -> None:
    prefer = "scenario=pages; pages=3; page-size=2"
    first = client.request("GET", "/attempts", query="limit=4", prefer=prefer).json()
    second = client.request(
        "GET", "/attempts", query=[("limit", "4"), ("next", first["pagination"]["next"])], prefer=prefer
    ).json()

    assert [len(first["models"]), len(second["models"])] == [4, 2]
    assert second["pagination"]["next"] is None
    assert second["models"][-1]["id"] == "atm_3kV9wq1ZtB_6"


def test_pages_scenario_refuses_foreign_cursors_and_non_list_operations(client: MockClient) -> None:
    prefer = "scenario=pages"
    cursor = client.request("GET", "/events", query="next=ZXZ0X2ludl8wMDkzX3BhaWQ", prefer=prefer)
    assert cursor.status == 400
    assert cursor.json()["message"].startswith("Invalid cursor:")

    not_a_list = client.request("GET", "/topics", prefer=prefer)
    assert not_a_list.status == 400
    assert "scenario=pages needs a list operation" in not_a_list.json()["message"]


def test_following_a_cursor_without_the_pages_scenario_answers_the_last_page(client: MockClient) -> None:
    first = client.request("GET", "/events").json()
    assert first["pagination"]["next"] is not None

    following = client.request("GET", "/events", query=[("next", first["pagination"]["next"])]).json()
    assert following["pagination"]["next"] is None
    assert following["models"] == first["models"]

    backwards = client.request("GET", "/events", query=[("prev", "ZXZ0X2FueQ")]).json()
    assert backwards["pagination"]["prev"] is None
    assert backwards["pagination"]["next"] == first["pagination"]["next"]


def test_delay_holds_the_answer_back(client: MockClient) -> None:
    reply = client.request("GET", "/topics", prefer="delay=400")

    assert reply.status == 200
    assert reply.elapsed >= 0.4


def test_delay_applies_to_refusals_too(client: MockClient) -> None:
    reply = client.request("GET", "/topics", token=None, prefer="delay=300")

    assert reply.status == 401
    assert reply.elapsed >= 0.3
