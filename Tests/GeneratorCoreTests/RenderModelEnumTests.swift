import GeneratorCore
import Testing

@Test func rendersAStringEnumAsAnOpenEnumThatKeepsUnknownValues() throws {
    let swift = try renderedModels(
        """
        Direction:
          type: string
          enum: [asc, desc, unknown, "true"]
          description: An ordering direction.
        """
    )
    let expected = #"""
        /// An ordering direction.
        public enum Direction: Codable, Hashable, Sendable, RawRepresentable {
            /// The value "asc".
            case asc

            /// The value "desc".
            case desc

            /// The value "unknown".
            case unknown2

            /// The value "true".
            case `true`

            /// A value this version of the SDK does not know, kept as it was received.
            case unknown(String)

            /// Creates a value from its raw value; a value without a case of its own becomes `unknown`.
            public init(rawValue: String) {
                switch rawValue {
                case "asc": self = .asc
                case "desc": self = .desc
                case "unknown": self = .unknown2
                case "true": self = .`true`
                default: self = .unknown(rawValue)
                }
            }

            /// The value as it is sent and received.
            public var rawValue: String {
                switch self {
                case .asc: "asc"
                case .desc: "desc"
                case .unknown2: "unknown"
                case .`true`: "true"
                case .unknown(let value): value
                }
            }

            /// Creates a value by decoding it from the given decoder.
            public init(from decoder: any Decoder) throws {
                self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
            }

            /// Encodes this value into the given encoder.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.singleValueContainer()
                try container.encode(rawValue)
            }
        }
        """#
    #expect(swift == expected + "\n")
}

@Test func rendersAnIntegerEnumWithTheExactIntegerType() throws {
    let swift = try renderedModels(
        """
        Level:
          type: integer
          format: int64
          enum: [1, 2]
          description: A level.
        """
    )
    let expected = #"""
        /// A level.
        public enum Level: Codable, Hashable, Sendable, RawRepresentable {
            /// The value 1.
            case _1

            /// The value 2.
            case _2

            /// A value this version of the SDK does not know, kept as it was received.
            case unknown(Int64)

            /// Creates a value from its raw value; a value without a case of its own becomes `unknown`.
            public init(rawValue: Int64) {
                switch rawValue {
                case 1: self = ._1
                case 2: self = ._2
                default: self = .unknown(rawValue)
                }
            }

            /// The value as it is sent and received.
            public var rawValue: Int64 {
                switch self {
                case ._1: 1
                case ._2: 2
                case .unknown(let value): value
                }
            }

            /// Creates a value by decoding it from the given decoder.
            public init(from decoder: any Decoder) throws {
                self.init(rawValue: try decoder.singleValueContainer().decode(Int64.self))
            }

            /// Encodes this value into the given encoder.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.singleValueContainer()
                try container.encode(rawValue)
            }
        }
        """#
    #expect(swift == expected + "\n")
}
