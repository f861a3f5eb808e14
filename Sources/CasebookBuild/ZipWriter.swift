import Foundation
import CasebookModel
internal import CZlib

/// Writes a ZIP archive (deflate, no extensions), with one fixed timestamp for every entry so
/// that the same files always give the same bytes. Enough for a site of a few thousand files
/// (no ZIP64: up to 65,535 entries and 4 GiB).
struct ZipWriter {
    private var archive = Data()
    private var central = Data()
    private var count = 0
    private let dosTime: UInt16
    private let dosDate: UInt16

    /// `date` is `YYYY-MM-DD`; the entries get that day at noon.
    init(date: String?) {
        let parts = (date ?? "1980-01-01").split(separator: "-").compactMap { Int($0) }
        let year = max(1980, parts.count > 0 ? parts[0] : 1980)
        let month = parts.count > 1 ? parts[1] : 1, day = parts.count > 2 ? parts[2] : 1
        dosDate = UInt16(((year - 1980) << 9) | (month << 5) | day)
        dosTime = UInt16(12 << 11)
    }

    mutating func add(path: String, data: Data) throws {
        let name = Data(path.utf8)
        let crc = data.withUnsafeBytes { UInt32(crc32(0, $0.bindMemory(to: Bytef.self).baseAddress, uInt($0.count))) }
        var compressed = try Self.deflate(data)
        var method: UInt16 = 8
        if compressed.count >= data.count {
            compressed = data
            method = 0
        }
        let offset = UInt32(archive.count)
        let fields = entryFields(method: method, crc: crc, compressed: compressed.count, size: data.count, name: name.count)
        var local = Data()
        local.append(le32: 0x0403_4b50)
        local.append(fields)
        local.append(le16: 0)
        archive.append(local)
        archive.append(name)
        archive.append(compressed)

        central.append(le32: 0x0201_4b50)
        central.append(le16: 0x031E)  // made by Unix, version 3.0
        central.append(fields)
        central.append(le16: 0)
        central.append(le16: 0)
        central.append(le16: 0)
        central.append(le16: 0)
        central.append(le32: UInt32(0o100644) << 16)
        central.append(le32: offset)
        central.append(name)
        count += 1
    }

    /// The fields the local and the central header share, from "version needed" to the name's length.
    private func entryFields(method: UInt16, crc: UInt32, compressed: Int, size: Int, name: Int) -> Data {
        var fields = Data()
        fields.append(le16: 20)
        fields.append(le16: 0x0800)  // names are UTF-8
        fields.append(le16: method)
        fields.append(le16: dosTime)
        fields.append(le16: dosDate)
        fields.append(le32: crc)
        fields.append(le32: UInt32(compressed))
        fields.append(le32: UInt32(size))
        fields.append(le16: UInt16(name))
        return fields
    }

    /// The finished archive.
    func finish() -> Data {
        var result = archive
        result.append(central)
        result.append(le32: 0x0605_4b50)
        result.append(le16: 0)
        result.append(le16: 0)
        result.append(le16: UInt16(count))
        result.append(le16: UInt16(count))
        result.append(le32: UInt32(central.count))
        result.append(le32: UInt32(archive.count))
        result.append(le16: 0)
        return result
    }

    /// Raw deflate (no zlib header), as ZIP wants it.
    static func deflate(_ data: Data) throws -> Data {
        var stream = z_stream()
        guard deflateInit2_(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY,
                            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Problem("cannot start compression")
        }
        defer { deflateEnd(&stream) }
        var output = Data(count: Int(deflateBound(&stream, uLong(data.count))) + 16)
        let produced: Int = try data.withUnsafeBytes { input in
            try output.withUnsafeMutableBytes { out in
                stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = out.bindMemory(to: Bytef.self).baseAddress
                stream.avail_out = uInt(out.count)
                guard CZlib.deflate(&stream, Z_FINISH) == Z_STREAM_END else { throw Problem("compression failed") }
                return out.count - Int(stream.avail_out)
            }
        }
        return output.prefix(produced)
    }
}

extension Data {
    mutating func append(le16 value: UInt16) { Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) } }
    mutating func append(le32 value: UInt32) { Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) } }
}
