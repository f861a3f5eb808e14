import Foundation

/// What the last build knew of each PDF it made: the fingerprint of its inputs, the PDF's own
/// checksum and the warnings WeasyPrint gave. Kept in the built site as `.casebook-pdfs` (the
/// bundle leaves it out), so that a rebuild copies a PDF whose inputs did not change instead
/// of running WeasyPrint again, and still reports its warnings.
struct PDFLedger: Codable, Equatable {
    /// The file's name in the built site.
    static let file = ".casebook-pdfs"

    /// One PDF's record.
    struct Entry: Codable, Equatable {
        var inputs: String
        var sha256: String
        var warnings: [String]
    }

    /// A PDF's path in the site → its record.
    var pdfs: [String: Entry] = [:]

    init() {}

    /// The ledger of a built site; empty when it has none or it cannot be read (the PDFs are then remade).
    init(site: URL) {
        guard let data = FileManager.default.contents(atPath: site.appendingPathComponent(Self.file).path),
              let ledger = try? JSONDecoder().decode(PDFLedger.self, from: data) else { return }
        self = ledger
    }

    /// Whether `site` holds the PDF `pdf` made from exactly `inputs`, unchanged since.
    func holds(_ pdf: String, madeFrom inputs: String, in site: URL) -> Entry? {
        guard let entry = pdfs[pdf], entry.inputs == inputs,
              let checksum = try? Checksum.sha256(of: site.appendingPathComponent(pdf)), checksum == entry.sha256 else { return nil }
        return entry
    }

    /// The file's bytes: JSON with sorted keys, so that the same PDFs give the same file.
    var data: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return ((try? encoder.encode(self)) ?? Data()) + Data("\n".utf8)
    }
}
