import Foundation
import Outpost
import Testing

/// A body that creates a destination of one type, with the JSON the SDK must send for it.
struct DestinationBody: Sendable, CustomTestStringConvertible {
    /// The destination type, as the document spells it.
    let type: String
    /// The typed body.
    let body: DestinationCreate
    /// The JSON that the body encodes to.
    let json: String

    var testDescription: String {
        type
    }
}

extension DestinationBody {
    /// A body for each of the nine destination types, each one with different optional fields set.
    static func all() throws -> [DestinationBody] {
        try [webhook(), hookdeck, awsSQS, awsKinesis, awsS3(), azureServiceBus, rabbitMQ, gcpPubSub, kafka]
    }

    static func webhook() throws -> DestinationBody {
        let body = DestinationCreateWebhook(
            topics: .array(["customer.updated"]),
            config: WebhookConfig(url: "https://crm.example.org/hooks/outpost", customHeaders: #"{"X-Team":"crm"}"#),
            id: "des_crm_sync",
            filter: .set(["data": ["total": ["$gte": 50]]]),
            metadata: .set(["owner": "crm-sync"]),
            createdAt: .set(try date("2026-03-14T09:21:07Z"))
        )
        let json = #"""
            {"type": "webhook", "id": "des_crm_sync", "topics": ["customer.updated"],
             "config": {"url": "https://crm.example.org/hooks/outpost", "custom_headers": "{\"X-Team\":\"crm\"}"},
             "filter": {"data": {"total": {"$gte": 50}}}, "metadata": {"owner": "crm-sync"},
             "created_at": "2026-03-14T09:21:07Z"}
            """#
        return DestinationBody(type: "webhook", body: .webhook(body), json: json)
    }

    static let hookdeck = DestinationBody(
        type: "hookdeck",
        body: .hookdeck(
            DestinationCreateHookdeck(
                topics: .string(.asterisk),
                credentials: HookdeckCredentials(token: "hkdk_example_token"),
                config: .object([:])
            )
        ),
        json: #"{"type": "hookdeck", "topics": "*", "config": {}, "credentials": {"token": "hkdk_example_token"}}"#
    )

    static let awsSQS = DestinationBody(
        type: "aws_sqs",
        body: .awsSQS(
            DestinationCreateAWSSQS(
                topics: .string(.asterisk),
                config: AWSSQSConfig(queueURL: "https://sqs.eu-west-1.amazonaws.com/000000000000/acme-fulfilment"),
                credentials: AWSSQSCredentials(key: "AKIAEXAMPLEACME00001", secret: "example/secret/access/key")
            )
        ),
        json: #"""
            {"type": "aws_sqs", "topics": "*",
             "config": {"queue_url": "https://sqs.eu-west-1.amazonaws.com/000000000000/acme-fulfilment"},
             "credentials": {"key": "AKIAEXAMPLEACME00001", "secret": "example/secret/access/key"}}
            """#
    )

    static let awsKinesis = DestinationBody(
        type: "aws_kinesis",
        body: .awsKinesis(
            DestinationCreateAWSKinesis(
                topics: .array(["order.placed", "customer.updated"]),
                config: AWSKinesisConfig(
                    streamName: "acme-analytics",
                    region: "us-west-2",
                    partitionKeyTemplate: "data.account.id"
                ),
                credentials: AWSKinesisCredentials(key: "AKIAEXAMPLEACME00002", secret: "kinesis/secret"),
                deliveryMetadata: .set(["pipeline": "analytics"])
            )
        ),
        json: #"""
            {"type": "aws_kinesis", "topics": ["order.placed", "customer.updated"],
             "config": {"stream_name": "acme-analytics", "region": "us-west-2",
                        "partition_key_template": "data.account.id"},
             "credentials": {"key": "AKIAEXAMPLEACME00002", "secret": "kinesis/secret"},
             "delivery_metadata": {"pipeline": "analytics"}}
            """#
    )

    static func awsS3() throws -> DestinationBody {
        let body = DestinationCreateAWSS3(
            topics: .array(["invoice.paid"]),
            config: AWSS3Config(bucket: "acme-archive", region: "eu-central-1", storageClass: "STANDARD_IA"),
            credentials: AWSS3Credentials(key: "AKIAEXAMPLEACME00003", secret: "s3/secret", session: "s3-session"),
            disabledAt: .set(try date("2026-11-30T12:00:00.25Z"))
        )
        let json = #"""
            {"type": "aws_s3", "topics": ["invoice.paid"],
             "config": {"bucket": "acme-archive", "region": "eu-central-1", "storage_class": "STANDARD_IA"},
             "credentials": {"key": "AKIAEXAMPLEACME00003", "secret": "s3/secret", "session": "s3-session"},
             "disabled_at": "2026-11-30T12:00:00.25Z"}
            """#
        return DestinationBody(type: "aws_s3", body: .awsS3(body), json: json)
    }

    static let azureServiceBus = DestinationBody(
        type: "azure_servicebus",
        body: .azureServicebus(
            DestinationCreateAzureServiceBus(
                topics: .array(["invoice.paid"]),
                config: AzureServiceBusConfig(name: "ledger-events"),
                credentials: AzureServiceBusCredentials(connectionString: "Endpoint=sb://acme.example.net/;Key=a2V5"),
                filter: .clear
            )
        ),
        json: #"""
            {"type": "azure_servicebus", "topics": ["invoice.paid"], "config": {"name": "ledger-events"},
             "credentials": {"connection_string": "Endpoint=sb://acme.example.net/;Key=a2V5"}, "filter": null}
            """#
    )

    static let rabbitMQ = DestinationBody(
        type: "rabbitmq",
        body: .rabbitmq(
            DestinationCreateRabbitMQ(
                topics: .array(["order.*"]),
                config: RabbitMQConfig(serverURL: "rabbit.example.com:5671", exchange: "orders", tls: .true),
                credentials: RabbitMQCredentials(username: "outpost", password: "rabbit-password")
            )
        ),
        json: #"""
            {"type": "rabbitmq", "topics": ["order.*"],
             "config": {"server_url": "rabbit.example.com:5671", "exchange": "orders", "tls": "true"},
             "credentials": {"username": "outpost", "password": "rabbit-password"}}
            """#
    )

    static let gcpPubSub = DestinationBody(
        type: "gcp_pubsub",
        body: .gcpPubsub(
            DestinationCreateGCPPubSub(
                topics: .array(["order.placed"]),
                config: GCPPubSubConfig(projectID: "acme-prod", topic: "outpost-orders"),
                credentials: GCPPubSubCredentials(serviceAccountJSON: #"{"type":"service_account"}"#),
                metadata: .clear
            )
        ),
        json: #"""
            {"type": "gcp_pubsub", "topics": ["order.placed"],
             "config": {"project_id": "acme-prod", "topic": "outpost-orders"},
             "credentials": {"service_account_json": "{\"type\":\"service_account\"}"}, "metadata": null}
            """#
    )

    static let kafka = DestinationBody(
        type: "kafka",
        body: .kafka(
            DestinationCreateKafka(
                topics: .array(["order.placed", "order.refunded"]),
                config: KafkaConfig(
                    brokers: "kafka-1.example.com:9092,kafka-2.example.com:9092",
                    topic: "outpost-orders",
                    saslMechanism: .scramSHA512
                ),
                credentials: KafkaCredentials(username: "outpost", password: "kafka-password")
            )
        ),
        json: #"""
            {"type": "kafka", "topics": ["order.placed", "order.refunded"],
             "config": {"brokers": "kafka-1.example.com:9092,kafka-2.example.com:9092", "topic": "outpost-orders",
                        "sasl_mechanism": "scram-sha-512", "tls": "true"},
             "credentials": {"username": "outpost", "password": "kafka-password"}}
            """#
    )
}
