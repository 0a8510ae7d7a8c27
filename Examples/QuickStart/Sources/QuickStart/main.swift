import Foundation

// Usage: QuickStart SERVER_URL
//
// Runs the quick start against SERVER_URL, such as `http://127.0.0.1:4010/api/v1` for the mock server or
// `https://api.outpost.hookdeck.com/2025-07-01` for the managed service. The admin API key comes from the
// environment variable OUTPOST_API_KEY; the mock server accepts any key.

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 1, let argument = arguments.first, let baseURL = URL(string: argument),
    baseURL.scheme == "http" || baseURL.scheme == "https"
else {
    FileHandle.standardError.write(Data("usage: QuickStart SERVER_URL (with OUTPOST_API_KEY set)\n".utf8))
    exit(2)
}
let apiKey = ProcessInfo.processInfo.environment["OUTPOST_API_KEY"] ?? "quick-start-key"

do {
    try await runQuickStart(apiKey: apiKey, baseURL: baseURL)
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
