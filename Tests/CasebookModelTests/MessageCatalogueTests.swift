@testable import CasebookModel
import Foundation
import Testing

/// Every message of the sources has its Russian text, with the same values in it.
@Suite struct MessageCatalogueTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

    /// Each message key of the sources, with the first place it is used.
    static let scanned: (keys: [String: String], untranslated: [String]) = {
        let files = (FileManager.default.enumerator(atPath: sources.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".swift") && !$0.contains("MessageCatalogue") }.sorted()
        let texts = files.map { (file: $0, text: (try? String(contentsOf: sources.appendingPathComponent($0), encoding: .utf8)) ?? "") }
        let module = { (file: String) in String(file.prefix { $0 != "/" }) }
        var everywhere = MessageKeyScanner.messageFunctions
        var inModule: [String: Set<String>] = [:]
        for text in texts {
            let found = MessageKeyScanner.functionsTakingMessages(in: text.text)
            everywhere.formUnion(found.public)
            inModule[module(text.file), default: []].formUnion(found.internal)
        }
        var keys: [String: String] = [:]
        var untranslated: [String] = []
        for text in texts {
            var fileScanner = MessageKeyScanner()
            fileScanner.messageFunctions = everywhere.union(inModule[module(text.file)] ?? [])
            fileScanner.scan(text.text)
            for found in fileScanner.keys where keys[found.key] == nil { keys[found.key] = "Sources/\(text.file):\(found.line)" }
            untranslated += fileScanner.untranslated.map { "Sources/\(text.file):\($0.line): \($0.key)" }
        }
        return (keys, untranslated)
    }()

    @Test func theScanFindsTheMessagesOfTheSources() {
        // A scan that finds nothing would make the tests below pass without checking anything.
        let keys = Self.scanned.keys
        #expect(keys["unknown {0} '{1}'{2}"] != nil)
        #expect(keys[" (did you mean '{0}'?)"] != nil)
        #expect(keys["error"] != nil)
        #expect(keys["{0} {1#error|errors}, {2} {3#warning|warnings}"] != nil)
        #expect(keys.count > 150)
    }

    @Test func everyMessageHasARussianText() {
        let russian = MessageCatalogue.keys(in: .russian)
        let missing = Self.scanned.keys.filter { !russian.contains($0.key) }.map { "\($0.value): \($0.key)" }.sorted()
        #expect(missing == [], "add these to MessageCatalogue+Russian.swift")
        if let out = ProcessInfo.processInfo.environment["MESSAGE_KEYS_OUT"] {
            try? Self.scanned.keys.keys.filter { !russian.contains($0) }.sorted().joined(separator: "\n\u{1E}\n")
                .write(toFile: out, atomically: true, encoding: .utf8)
        }
    }

    @Test func everyRussianTextBelongsToAMessageOfTheSources() {
        let stale = MessageCatalogue.keys(in: .russian).subtracting(Self.scanned.keys.keys).sorted()
        #expect(stale == [], "no message of the sources has these keys any more")
    }

    @Test func helpAndUsageErrorsGoThroughTheCatalogue() {
        #expect(Self.scanned.untranslated == [], "wrap these in Console.text(…)")
    }

    /// A translation may leave out a value that only makes English agree ("page\\(s)"), never
    /// use one its key does not have.
    @Test func aRussianTextHasOnlyTheValuesOfItsKey() {
        for (key, text) in MessageCatalogue.russian {
            #expect(Set(Self.placeholders(in: text)).isSubset(of: Self.placeholders(in: key)), "\(key) → \(text)")
        }
    }

    @Test func theScannerReadsLiteralsAsTheCompilerDoes() {
        var scanner = MessageKeyScanner()
        scanner.scan(#"""
        diagnostics.error(loc, "a \"b\" \(x.joined(separator: ", ")) c\u{2013}d", note: "n \(y)")
        let m: Message = flag ? "yes" : "no"
        Console.out(verbatim: "not a message")
        print("not a message either")
        var label: Message {
            switch self { case .a: return "first" }
        }
        throw Problem("""
            two \
            lines
              indented
            """)
        let x: Message = "one, " +
            "two \(n)"
        let y = a + "no"
        Console.text("\(n) \(plural: n, "page", "pages")")
        @Flag(help: "bare help")
        """#)
        #expect(scanner.keys.map(\.key) == ["a \"b\" {0} c–d", "n {0}", "yes", "no", "first", "two lines\n  indented",
                                            "one, two {0}", "{0} {1#page|pages}"])
        #expect(scanner.untranslated.map(\.key) == ["bare help"])
        #expect(scanner.keys.map(\.line) == [1, 1, 2, 2, 6, 8, 13, 16])
    }

    /// `{0}`, `{1#…}` → the argument numbers, sorted, each once.
    static func placeholders(in text: String) -> [Int] {
        var found = Set<Int>()
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            let digits = rest[rest.index(after: open)...].prefix { $0.isNumber }
            if let number = Int(digits) { found.insert(number) }
            rest = rest[rest.index(after: open)...]
        }
        return found.sorted()
    }
}
