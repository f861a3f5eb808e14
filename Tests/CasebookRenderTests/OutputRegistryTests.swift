@testable import CasebookRender
import Testing

/// Every output is registered once, by name; `--only` picks among them.
@Suite struct OutputRegistryTests {
    @Test func theRegisteredOutputsInTheOrderTheyQueue() {
        #expect(Outputs.names == ["web", "results", "slides", "print", "forms"])
        #expect(Outputs.registered.filter(\.isAlwaysMade).map(\.name) == ["web", "results"])
    }

    @Test func onlyPicksByNameAndKeepsWhatIsAlwaysMade() throws {
        let only = try #require(OutputSelection(only: "print"))
        #expect(Outputs.registered.filter(only.contains).map(\.name) == ["web", "results", "print"])
        #expect(OutputSelection(only: "web, pdfs") == nil)
        #expect(OutputSelection.unknownNames(in: "web,pdfs, book") == ["pdfs", "book"])
        #expect(Outputs.registered.filter(OutputSelection.all.contains).count == Outputs.registered.count)
    }
}
