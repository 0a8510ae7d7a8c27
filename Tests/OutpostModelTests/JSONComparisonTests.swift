import OutpostRuntime
import Testing

@Test func aNullMemberOfTheExampleMayBeAbsentFromTheOutput() {
    let differences = JSONComparison.differences(from: ["id": "t1", "metadata": nil], to: ["id": "t1"])
    #expect(differences.isEmpty)
}

@Test func aMemberMissingFromEitherSideIsADifference() {
    let differences = JSONComparison.differences(
        from: ["id": "t1", "topics": ["a"]],
        to: ["id": "t1", "extra": true]
    )
    #expect(
        differences.map(\.description) == [
            #"$.extra: expected no member, got true"#, #"$.topics: expected ["a"], got no member"#,
        ])
}

@Test func dateTimesCompareByInstant() {
    let expected: JSONValue = ["at": "2026-01-08T15:03:29.5+01:00"]
    let sameInstant = JSONComparison.differences(from: expected, to: ["at": "2026-01-08T14:03:29.500Z"])
    let laterInstant = JSONComparison.differences(from: expected, to: ["at": "2026-01-08T14:03:29.501Z"])
    #expect(sameInstant.isEmpty)
    #expect(laterInstant.map(\.path) == ["$.at"])
}

@Test func stringsThatAreNotDateTimesMustBeEqual() {
    let differences = JSONComparison.differences(from: ["day": "2026-01-08"], to: ["day": "2026-1-8"])
    #expect(differences.map(\.path) == ["$.day"])
}

@Test func nestedDifferencesNameTheirPath() {
    let differences = JSONComparison.differences(
        from: ["models": [["limit": 20], ["limit": 2.5]]],
        to: ["models": [["limit": 20.0], ["limit": 3]]]
    )
    #expect(differences.map(\.path) == ["$.models[1].limit"])
}

@Test func anArrayOfAnotherLengthIsOneDifference() {
    let differences = JSONComparison.differences(from: [1, 2], to: [1])
    #expect(differences.map(\.description) == ["$: expected [1,2], got [1]"])
}

@Test func removingAMemberRemovesItAtEveryDepth() {
    let json: JSONValue = ["models": [["id": "e1", "eligible_for_retry": true]], "eligible_for_retry": false]
    #expect(json.removingMembers(named: "eligible_for_retry") == ["models": [["id": "e1"]]])
}
