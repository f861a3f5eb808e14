@testable import CasebookModel
import Foundation

/// libFuzzer's entry for front matter. The input is the YAML between the `---` lines. It is read
/// by the fast reader and by Yams (the two must agree whenever the fast one accepts), then as
/// the front matter of a case, an evaluation, a page and a deck, each decoded against the sample
/// configuration, and as a configuration file itself. A crash, a hang or a disagreement is a find.
enum FuzzFrontMatter {
    /// The sample casebook's configuration (content/casebook.yml): the decoders check ids against it.
    static let config: Config = {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../content/casebook.yml")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { fatalError("cannot read \(file.path)") }
        let (config, diagnostics) = ConfigLoader.load(text: text)
        guard let config else { fatalError("the sample configuration does not load: \(diagnostics.all)") }
        return config
    }()

    static func run(_ bytes: UnsafeRawBufferPointer) {
        let yaml = String(decoding: bytes, as: UTF8.self)
        if let fast = PlainYAML.parse(yaml, lineOffset: 1) {
            guard case .success(let oracle) = YamsComposer.compose(yaml, lineOffset: 1), oracle == fast else {
                fatalError("the fast reader and Yams disagree on \(yaml.debugDescription)")
            }
        }
        var diagnostics = Diagnostics()
        _ = YAMLReader(file: "f.md", lineOffset: 1).parse(yaml, into: &diagnostics)
        _ = ConfigLoader.load(text: yaml)

        let file = Data(("---\n" + yaml + "\n---\nBody.\n").utf8)
        let reader = DocumentReader(config: config)
        let merger = DocumentMerger(config: config)
        for kind in DocumentKind.allCases {
            var found = Diagnostics()
            let path = ContentPath(kind: kind, id: "x", language: "ru")
            guard let translation = reader.read(data: file, file: "content/\(kind.rawValue)/x.ru.md", path: path, into: &found)
            else { continue }
            for document in merger.merge([translation], kind: kind, into: &found) {
                var fields = FieldDecoder(config: config)
                switch kind {
                case .cases:
                    var decoder = CaseDecoder(fields: fields)
                    _ = decoder.decode(document)
                case .evaluations:
                    var decoder = EvaluationDecoder(fields: fields)
                    _ = decoder.decode(document)
                case .pages:
                    var decoder = PageDecoder(fields: fields)
                    _ = decoder.decodePage(document)
                case .slides:
                    var decoder = PageDecoder(fields: fields)
                    _ = decoder.decodeDeck(document)
                }
                fields.diagnostics = Diagnostics()
            }
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzFrontMatter.run(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
