import CasebookSupport
import Testing

/// A value is worked out once per key and then shared.
@Suite struct MemoTableTests {
    @Test func eachKeyIsWorkedOutOnce() {
        let memo = MemoTable<String, Int>()
        var made = 0
        for key in ["a", "b", "a", "a", "b"] {
            _ = memo.value(for: key) {
                made += 1
                return key.count * 10
            }
        }
        #expect(made == 2)
        #expect(memo.value(for: "a") { -1 } == 10)
    }
}
