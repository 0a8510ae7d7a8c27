import OutpostRuntime
import Testing

@Test func userAgentNamesTheSDKAndItsVersion() {
    #expect(SDKVersion.userAgent == "outpost-swift/0.1.0")
}
