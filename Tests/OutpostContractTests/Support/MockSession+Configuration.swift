import Foundation
import Outpost

extension MockSession {
    /// Returns a client of the generated SDK that tags every request with this session, with settings beyond
    /// those ``client(credential:timeout:retryPolicy:clock:transport:)`` offers.
    ///
    /// The configuration starts as that method's: the admin API key, a ten-second timeout, no retries, the
    /// system clock; `adjust` changes it before the client is made.
    ///
    /// - Parameter adjust: A function that changes the configuration, such as the body size limit.
    /// - Returns: The client.
    func client(adjusting adjust: (inout ClientConfiguration) -> Void) -> OutpostClient {
        let sessionID = id
        let tagSession: RequestHook = { request in
            request.headers["X-Mock-Session"] = sessionID
        }
        var configuration = ClientConfiguration(
            baseURL: apiURL,
            credential: .apiKey(MockSession.apiKey),
            timeout: .seconds(10),
            retryPolicy: .never,
            requestHooks: [tagSession]
        )
        adjust(&configuration)
        return OutpostClient(configuration: configuration)
    }
}
