import CasebookModel
import Foundation
internal import CSV

/// The evaluation sheet as CSV bytes: written with a byte-order mark and CRLF line ends, as
/// spreadsheet programs expect; read back with or without the mark, `;` or `,` separated.
enum SheetCSV {
    static func encode(_ rows: [[String]], delimiter: SheetDelimiter) throws -> Data {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream, delimiter: String(delimiter.character), newline: .crlf)
        for row in rows {
            writer.beginNewRow()
            for field in row { try writer.write(field: field) }
        }
        writer.stream.close()
        let written = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return Data([0xEF, 0xBB, 0xBF]) + written + Data("\r\n".utf8)
    }

    /// The rows of a sheet (blank lines left out) with their 1-based row numbers, or the
    /// problem with the file as a whole.
    static func decode(_ data: Data) -> Result<[(number: Int, cells: [String])], Problem> {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(Problem("the file is UTF-16; save it as CSV in UTF-8 (LibreOffice: character set 'Unicode (UTF-8)'; Excel: 'CSV UTF-8')"))
        }
        guard let text = String(data: bytes, encoding: .utf8) else {
            return .failure(Problem("the file is not UTF-8 text; save it as CSV in UTF-8 (LibreOffice: character set 'Unicode (UTF-8)'; Excel: 'CSV UTF-8')"))
        }
        let delimiter = detectDelimiter(text)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, delimiter: delimiter.unicodeScalars.first!)
        } catch {
            return .failure(Problem("cannot read the CSV: \(error)"))
        }
        var rows: [(Int, [String])] = []
        var number = 0
        while let row = reader.next() {
            number += 1
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            rows.append((number, row))
        }
        return .success(rows)
    }

    /// `;` when the first line has more semicolons than commas outside quotes, else `,`.
    static func detectDelimiter(_ text: String) -> String {
        var semicolons = 0, commas = 0, quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if quoted { continue }
            if character == "\n" || character == "\r\n" || character == "\r" { break }
            if character == ";" { semicolons += 1 }
            if character == "," { commas += 1 }
        }
        return semicolons > commas ? ";" : ","
    }
}
