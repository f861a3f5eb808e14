import Foundation

/// The search terms of the page texts an earlier build indexed, by a 128-bit hash of each
/// page's title, summary and text, so that a rebuild gathers, folds and stems the words only of
/// the pages whose text changed: that is most of the cost of the full-text index (a fifth of a
/// build's CPU time). Kept by `casebook build` in `.casebook-cache/search-terms`.
///
/// The file is trusted only when its `stamp` (the running program's identity, given by the
/// caller) matches, so a casebook built by another version of casebook reads its pages again;
/// a truncated or foreign file is ignored. Lookups come from every render thread.
public final class SearchTermCache: @unchecked Sendable {
    /// A page's title, summary and text hashed together (`key(title:summary:text:)`).
    struct Key: Hashable {
        var high: UInt64
        var low: UInt64
    }

    private static let magic = Array("casebook search terms 1\n".utf8)

    private let stamp: String
    /// The terms of the earlier build, as written.
    private let previousTerms: [String]
    /// Per page: its terms as `index into previousTerms << 2 | field`, in `previousValues`.
    private let previous: [Key: Range<Int>]
    private let previousValues: [UInt32]

    private let lock = NSLock()
    /// `SearchTermTable` number + 1 of each of `previousTerms`, 0 until a page needs it.
    private var numbers: [UInt32]
    /// The pages of this build, as `SearchTerms.termNumbers` gives them.
    private var used: [Key: [UInt32]] = [:]
    private(set) var hits = 0
    private(set) var misses = 0

    /// A cache from the bytes of an earlier build's file (nil: none). `stamp` names the running
    /// program; a file written under another stamp is ignored.
    public init(data: Data?, stamp: String) {
        self.stamp = stamp
        let parsed = data.flatMap { Self.parse($0, stamp: stamp) }
        previousTerms = parsed?.terms ?? []
        previous = parsed?.pages ?? [:]
        previousValues = parsed?.values ?? []
        numbers = Array(repeating: 0, count: previousTerms.count)
    }

    /// `SearchTerms.termNumbers` of the page, from the earlier build when its text is unchanged.
    func termNumbers(title: String, summary: String, text: UnsafeBufferPointer<UInt8>) -> [UInt32] {
        let key = Self.key(title: title, summary: summary, text: text)
        if let range = previous[key] {
            var result = lock.withLock {
                hits += 1
                return previousValues[range].map { value -> UInt32 in
                    let term = Int(value >> 2)
                    if numbers[term] == 0 { numbers[term] = SearchTermTable.shared.number(ofTerm: previousTerms[term]) + 1 }
                    return (numbers[term] - 1) << 2 | value & 3
                }
            }
            // Numbers are given in the order terms are first met, which differs between builds.
            result.sort()
            lock.withLock { used[key] = result }
            return result
        }
        let result = SearchTerms.termNumbers(title: title, summary: summary, text: text)
        lock.withLock {
            misses += 1
            used[key] = result
        }
        return result
    }

    /// The file to keep for the next build, or nil when it would be the one read (every page
    /// was found there and none has gone).
    public func encoded() -> Data? {
        lock.withLock {
            guard misses > 0 || used.count != previous.count else { return nil }
            // The file numbers the terms it holds from 0, in the order the pages (sorted by key)
            // first use them; a table indexed by the process' term numbers finds them.
            let names = SearchTermTable.shared.allTerms()
            var fileNumber = [UInt32](repeating: .max, count: names.count)
            var fileTerms: [UInt32] = []
            let pages = used.sorted { ($0.key.high, $0.key.low) < ($1.key.high, $1.key.low) }
            var values: [UInt32] = []
            values.reserveCapacity(pages.reduce(0) { $0 + $1.value.count + 5 })
            for (key, terms) in pages {
                values.append(contentsOf: [UInt32(truncatingIfNeeded: key.high), UInt32(truncatingIfNeeded: key.high >> 32),
                                           UInt32(truncatingIfNeeded: key.low), UInt32(truncatingIfNeeded: key.low >> 32),
                                           UInt32(terms.count)])
                for value in terms {
                    let number = Int(value >> 2)
                    if fileNumber[number] == .max {
                        fileNumber[number] = UInt32(fileTerms.count)
                        fileTerms.append(UInt32(number))
                    }
                    values.append(fileNumber[number] << 2 | value & 3)
                }
            }
            var out = Self.magic
            Self.append(string: stamp, to: &out)
            Self.append(UInt32(fileTerms.count), to: &out)
            for number in fileTerms { Self.append(string: names[Int(number)], to: &out) }
            Self.append(UInt32(pages.count), to: &out)
            #if _endian(little)
            values.withUnsafeBytes { out.append(contentsOf: $0) }
            #else
            for value in values { Self.append(value, to: &out) }
            #endif
            return Data(out)
        }
    }

    // MARK: - The key

    /// Two independent 64-bit lanes over the bytes, eight at a time, each field closed by its
    /// length: a page whose title, summary or text changed by one byte gets another key.
    static func key(title: String, summary: String, text: UnsafeBufferPointer<UInt8>) -> Key {
        var state = (UInt64(0x243F_6A88_85A3_08D3), UInt64(0x1319_8A2E_0370_7344))
        var title = title, summary = summary
        title.withUTF8 { mix($0, into: &state) }
        summary.withUTF8 { mix($0, into: &state) }
        mix(text, into: &state)
        return Key(high: finish(state.0), low: finish(state.1 ^ state.0))
    }

    private static func mix(_ bytes: UnsafeBufferPointer<UInt8>, into state: inout (UInt64, UInt64)) {
        var index = 0
        let count = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                state.0 = (state.0 ^ word) &* 0x9E37_79B9_7F4A_7C15
                state.0 ^= state.0 >> 32
                state.1 = (state.1 &+ word) &* 0xC2B2_AE3D_27D4_EB4F
                state.1 = state.1 << 31 | state.1 >> 33
                index += 8
            }
            var last: UInt64 = 0
            var shift: UInt64 = 0
            while index < count {
                last |= UInt64(base[index]) << shift
                shift += 8
                index += 1
            }
            state.0 = (state.0 ^ last) &* 0x9E37_79B9_7F4A_7C15
            state.1 = (state.1 &+ last) &* 0xC2B2_AE3D_27D4_EB4F
        }
        state.0 = (state.0 ^ UInt64(count)) &* 0xFF51_AFD7_ED55_8CCD
        state.1 = (state.1 &+ UInt64(count)) &* 0xC4CE_B9FE_1A85_EC53
    }

    /// MurmurHash3's finaliser: every bit of the lane reaches every bit of the result.
    private static func finish(_ value: UInt64) -> UInt64 {
        var value = value
        value ^= value >> 33
        value &*= 0xFF51_AFD7_ED55_8CCD
        value ^= value >> 33
        value &*= 0xC4CE_B9FE_1A85_EC53
        value ^= value >> 33
        return value
    }

    // MARK: - The file

    private static func append(_ value: UInt32, to out: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
    }

    private static func append(_ value: UInt64, to out: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
    }

    private static func append(string: String, to out: inout [UInt8]) {
        append(UInt32(string.utf8.count), to: &out)
        out.append(contentsOf: string.utf8)
    }

    /// The file's terms and pages, or nil when it is not one written under `stamp` or ends early.
    private static func parse(_ data: Data, stamp: String) -> (terms: [String], pages: [Key: Range<Int>], values: [UInt32])? {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var reader = Reader(bytes: raw)
            guard reader.bytes(magic.count).map(Array.init) == magic, reader.string() == stamp,
                  let termCount = reader.count(each: 4) else { return nil }
            var terms: [String] = []
            terms.reserveCapacity(termCount)
            for _ in 0..<termCount {
                guard let term = reader.string() else { return nil }
                terms.append(term)
            }
            guard let pageCount = reader.count(each: 20) else { return nil }
            var pages: [Key: Range<Int>] = [:]
            pages.reserveCapacity(pageCount)
            var values: [UInt32] = []
            for _ in 0..<pageCount {
                guard let high = reader.uint64(), let low = reader.uint64(), let count = reader.count(each: 4) else { return nil }
                let start = values.count
                for _ in 0..<count {
                    guard let value = reader.uint32(), Int(value >> 2) < terms.count, value & 3 <= 2 else { return nil }
                    values.append(value)
                }
                pages[Key(high: high, low: low)] = start..<values.count
            }
            guard reader.atEnd else { return nil }
            return (terms, pages, values)
        }
    }

    /// Reads the file's fields in order; nil past its end.
    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var offset = 0

        var atEnd: Bool { offset == bytes.count }

        mutating func bytes(_ count: Int) -> UnsafeRawBufferPointer? {
            guard count >= 0, count <= bytes.count - offset else { return nil }
            defer { offset += count }
            return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
        }

        mutating func uint32() -> UInt32? {
            bytes(4).map { UInt32(littleEndian: $0.loadUnaligned(as: UInt32.self)) }
        }

        mutating func uint64() -> UInt64? {
            bytes(8).map { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
        }

        /// A count of items that take at least `each` bytes: nil if the rest cannot hold them.
        mutating func count(each: Int) -> Int? {
            guard let value = uint32(), Int(value) * each <= bytes.count - offset else { return nil }
            return Int(value)
        }

        mutating func string() -> String? {
            guard let length = uint32(), let text = bytes(Int(length)) else { return nil }
            return String(validating: text, as: UTF8.self)
        }
    }
}
