import Foundation

/// Reads the claims the runtime needs from a JWT's payload, without verifying its signature.
enum JWTClaims {
    private struct Payload: Decodable {
        let exp: Double?
    }

    /// Returns the token's `exp` claim as a date, or `nil` when the token has no readable `exp`.
    static func expiry(of token: String) -> Date? {
        let segments = token.split(separator: ".", omittingEmptySubsequences: false)
        guard segments.count == 3, let data = decodeBase64URL(String(segments[1])) else { return nil }
        guard let payload = try? JSONDecoder().decode(Payload.self, from: data), let exp = payload.exp else {
            return nil
        }
        return Date(timeIntervalSince1970: exp)
    }

    /// Returns the bytes of base64url text without padding, or `nil` when it is not base64url.
    static func decodeBase64URL(_ text: String) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        let remainder = base64.count % 4
        if remainder > 0 {
            base64 += String(repeating: "=", count: 4 - remainder)
        }
        return Data(base64Encoded: base64)
    }
}
