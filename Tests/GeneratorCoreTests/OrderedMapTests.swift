import Testing

@testable import GeneratorCore

@Test func mapsWithEqualEntriesBuiltDifferentlyAreEqualAndHashAlike() {
    var direct = OrderedMap<Int>()
    direct.append(1, for: "a")
    direct.append(2, for: "b")
    var replaced = OrderedMap<Int>()
    replaced.append(9, for: "a")
    replaced.append(2, for: "b")
    replaced.append(1, for: "a")

    #expect(replaced.keys == ["a", "b"])
    #expect(replaced.values == [1, 2])
    #expect(direct == replaced)
    #expect(direct.hashValue == replaced.hashValue)
    #expect(Set([direct, replaced]).count == 1)
}

@Test func mapsWithTheSameEntriesInAnotherOrderDiffer() {
    var first = OrderedMap<Int>()
    first.append(1, for: "a")
    first.append(2, for: "b")
    var second = OrderedMap<Int>()
    second.append(2, for: "b")
    second.append(1, for: "a")

    #expect(first["a"] == second["a"])
    #expect(first["b"] == second["b"])
    #expect(first != second)
}
