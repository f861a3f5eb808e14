import CasebookModel
import Foundation

/// libFuzzer's entry for the whole loader. A small casebook lives in a temporary folder: the
/// sample configuration and one case, its evaluation, a page and a deck. The input is cut at
/// each `separator` line into the texts of those files, in `files` order (a part left out
/// removes its file); then the folder is loaded as `check` and `build` load it, and every problem
/// it reports must name a file and a line inside it.
enum FuzzLoader {
    static let separator = "\n%%%%\n"
    static let files = [
        "content/cases/ak-zhyldyz-kindergarten.ru.md", "content/cases/ak-zhyldyz-kindergarten.en.md",
        "content/evaluations/ak-zhyldyz.ru.md", "content/evaluations/ak-zhyldyz.en.md",
        "content/pages/about.ru.md", "content/slides/award-review.ru.md", "content/casebook.yml",
    ]
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../..")
        .standardizedFileURL
    static let root: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-fuzz-loader-\(getpid())")
        for folder in ["cases", "evaluations", "pages", "slides", "media"] {
            try! FileManager.default.createDirectory(at: root.appendingPathComponent("content/\(folder)"),
                                                     withIntermediateDirectories: true)
        }
        FileManager.default.createFile(atPath: root.appendingPathComponent("content/media/photo.jpg").path,
                                       contents: Data([0xFF, 0xD8, 0xFF, 0xD9]))
        atexit { try? FileManager.default.removeItem(at: FuzzLoader.root) }
        return root
    }()
    /// The sample configuration, used when the input has no part for casebook.yml.
    static let sampleConfig = FileManager.default.contents(atPath: repository.appendingPathComponent("content/casebook.yml").path)!

    static func run(_ bytes: UnsafeRawBufferPointer) {
        let parts = String(decoding: bytes, as: UTF8.self).components(separatedBy: separator)
        for (index, file) in files.enumerated() {
            let path = root.appendingPathComponent(file).path
            if index < parts.count {
                FileManager.default.createFile(atPath: path, contents: Data(parts[index].utf8))
            } else if file == "content/casebook.yml" {
                FileManager.default.createFile(atPath: path, contents: sampleConfig)
            } else {
                unlink(path)
            }
        }
        let (_, diagnostics) = SiteLoader(root: root).load()
        // Every problem is located in a file, and never past the end of it.
        for diagnostic in diagnostics.all {
            guard let location = diagnostic.location, !location.file.isEmpty else {
                fatalError("not located: \(diagnostic)")
            }
            if let index = files.firstIndex(of: location.file) {
                let text = index < parts.count ? parts[index] : String(decoding: sampleConfig, as: UTF8.self)
                let lines = text.utf8.count { $0 == UInt8(ascii: "\n") } + 1
                if location.line > lines { fatalError("line \(location.line) of \(lines): \(diagnostic)") }
            }
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzLoader.run(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
