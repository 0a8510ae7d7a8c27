"""Valid requests get the document's examples; wrong ones are refused as Outpost refuses them."""

from __future__ import annotations

from typing import Any

from conftest import MockClient


def media_example(document: dict[str, Any], path: str, method: str, status: str) -> Any:
    """The ``example`` of an operation's JSON response in the unrewritten document."""
    return document["paths"][path][method]["responses"][status]["content"]["application/json"]["example"]


def test_valid_get_answers_the_operation_example(client: MockClient, document: dict[str, Any]) -> None:
    reply = client.request("GET", "/tenants/tenant_acme")

    assert reply.status == 200
    assert reply.headers["content-type"] == "application/json"
    assert reply.json() == media_example(document, "/tenants/{tenant_id}", "get", "200")


def test_valid_post_answers_the_first_named_example(client: MockClient, document: dict[str, Any]) -> None:
    operation = document["paths"]["/publish"]["post"]
    body = operation["requestBody"]["content"]["application/json"]["example"]

    reply = client.request("POST", "/publish", body=body)

    assert reply.status == 202
    assert reply.json() == operation["responses"]["202"]["content"]["application/json"]["examples"]["accepted"]["value"]


def test_create_destination_accepts_each_documented_body(client: MockClient, document: dict[str, Any]) -> None:
    media = document["paths"]["/tenants/{tenant_id}/destinations"]["post"]["requestBody"]["content"]["application/json"]
    for example in media["examples"].values():
        reply = client.request("POST", "/tenants/tenant_acme/destinations", body=example["value"])
        assert reply.status == 201, reply.body


def test_optional_body_may_be_left_out(client: MockClient) -> None:
    assert client.request("PUT", "/tenants/tenant_initech").status == 200


def test_null_is_accepted_where_the_document_says_nullable(client: MockClient) -> None:
    assert client.request("PUT", "/tenants/tenant_initech", body={"metadata": None}).status == 200


def test_operation_with_empty_security_needs_no_token(client: MockClient) -> None:
    reply = client.request("GET", "/healthz", token=None)

    assert reply.status == 200
    assert reply.json()["status"] == "healthy"


def test_missing_bearer_token_gets_an_empty_401(client: MockClient) -> None:
    reply = client.request("GET", "/tenants/tenant_acme", token=None)

    assert reply.status == 401
    assert reply.body == b""
    [entry] = client.log()
    assert entry["valid"] is False
    assert "bearer token" in entry["validation_message"]


def test_empty_or_non_bearer_credentials_get_401(client: MockClient) -> None:
    for authorization in ("Bearer ", "Bearer", "Basic dXNlcjpwYXNz", "token-without-scheme"):
        reply = client.request("GET", "/topics", token=None, headers={"Authorization": authorization})
        assert (reply.status, reply.body) == (401, b""), authorization


def test_query_parameter_of_the_wrong_type_gets_400_with_the_validator_reason(client: MockClient) -> None:
    reply = client.request("GET", "/tenants", query="limit=ten")

    assert reply.status == 400
    body = reply.json()
    assert body["status"] == 400
    assert body["message"] == "Query parameter error: limit: Failed to cast value to integer type: ten"
    assert body["data"] == ["Failed to cast value to integer type: ten"]
    [entry] = client.log()
    assert (entry["valid"], entry["validation_message"], entry["status"]) == (False, body["message"], 400)


def test_query_parameter_out_of_range_gets_400(client: MockClient) -> None:
    reply = client.request("GET", "/tenants", query="limit=0")

    assert reply.status == 400
    assert reply.json()["message"] == "Invalid query parameter: limit: 0 is less than the minimum of 1"


def test_missing_required_query_parameter_gets_400(client: MockClient) -> None:
    reply = client.request("GET", "/metrics/events", query="measures[]=count")

    assert reply.status == 400
    assert reply.json()["message"] == "Missing required query parameter: time"


def test_unknown_query_parameter_gets_400(client: MockClient) -> None:
    reply = client.request("GET", "/tenants", query="limit=5&sort=name")

    assert reply.status == 400
    assert reply.json()["message"] == "Unknown query parameter: sort"


def test_repeated_single_valued_parameter_gets_400(client: MockClient) -> None:
    reply = client.request("GET", "/tenants", query="limit=5&limit=6")

    assert reply.status == 400
    assert reply.json()["message"] == "Query parameter limit takes one value but was given 2"


def test_bracket_form_arrays_and_deep_objects_are_accepted(client: MockClient) -> None:
    query = [
        ("topic[]", "order.placed"),
        ("topic[]", "invoice.paid"),
        ("time[gte]", "2026-12-01T00:00:00Z"),
        ("time[lte]", "2026-12-03T00:00:00Z"),
        ("limit", "50"),
    ]
    assert client.request("GET", "/events", query=query).status == 200

    metrics = [
        ("time[start]", "2026-12-01T00:00:00Z"),
        ("time[end]", "2026-12-02T00:00:00Z"),
        ("measures[]", "count"),
        ("measures[]", "rate"),
        ("filters[topic][]", "order.placed"),
    ]
    assert client.request("GET", "/metrics/events", query=metrics).status == 200


def test_every_value_of_a_bracket_array_is_validated(client: MockClient) -> None:
    reply = client.request("GET", "/attempts", query="destination_type[]=webhook&destination_type[]=carrier_pigeon")

    assert reply.status == 400
    message = reply.json()["message"]
    assert message.startswith("Invalid query parameter: destination_type: ")
    assert "'carrier_pigeon' is not one of" in message


def test_deep_object_member_of_the_wrong_format_gets_400(client: MockClient) -> None:
    reply = client.request("GET", "/events", query="time[gte]=yesterday")

    assert reply.status == 400
    assert reply.json()["message"] == "Invalid query parameter: time: gte: 'yesterday' is not a 'date-time'"


def test_body_missing_a_required_field_gets_422_with_the_validator_reason(client: MockClient) -> None:
    reply = client.request("POST", "/publish", body={"topic": "order.placed", "tenant_id": "tenant_acme"})

    assert reply.status == 422
    assert reply.json() == {
        "status": 422,
        "message": "Request body validation error: 'data' is a required property",
        "data": ["'data' is a required property"],
    }


def test_body_field_of_the_wrong_type_gets_422_naming_the_field(client: MockClient) -> None:
    reply = client.request("POST", "/retry", body={"event_id": "evt_1", "destination_id": 7})

    assert reply.status == 422
    assert reply.json()["message"] == "Request body validation error: destination_id: 7 is not of type 'string'"


def test_body_matching_no_destination_type_names_the_closest_alternative(client: MockClient) -> None:
    body = {"type": "webhook", "topics": ["order.placed"], "config": {}}

    reply = client.request("POST", "/tenants/tenant_acme/destinations", body=body)

    assert reply.status == 422
    assert "'url' is a required property" in reply.json()["message"]


def test_malformed_json_gets_422(client: MockClient) -> None:
    reply = client.request("POST", "/publish", body=b'{"data": {')

    assert reply.status == 422
    assert reply.json()["message"].startswith(
        "Request body validation error: Failed to deserialize value with application/json mimetype"
    )


def test_missing_required_body_gets_422(client: MockClient) -> None:
    reply = client.request("POST", "/publish")

    assert reply.status == 422
    assert reply.json()["message"] == "Missing required request body"


def test_unknown_path_gets_404_in_outpost_shape(client: MockClient) -> None:
    reply = client.request("GET", "/tenant/tenant_acme")

    assert reply.status == 404
    assert reply.json() == {
        "status": 404,
        "message": "No operation of the document matches /api/v1/tenant/tenant_acme (under /api/v1 or /2025-07-01)",
    }


def test_wrong_method_gets_405_with_allow(client: MockClient) -> None:
    reply = client.request("POST", "/topics", body={})

    assert reply.status == 405
    assert reply.headers["allow"] == "GET"
    assert reply.json()["status"] == 405


def test_managed_service_base_path_is_served_too(client: MockClient) -> None:
    assert client.request("GET", "/topics", base_path="/2025-07-01").status == 200


def test_percent_encoded_slash_stays_inside_its_path_parameter(client: MockClient) -> None:
    reply = client.request("GET", "/tenants/team%2Facme")

    assert reply.status == 200
    assert client.log()[0]["operation_id"] == "getTenant"
