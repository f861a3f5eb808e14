import Foundation

/// Distinct words gathered without an allocation per word: their bytes lie back to back in one
/// buffer and an open-addressing table of their hashes finds them again. Hashing every
/// occurrence with the standard library's seeded hasher, and a new array for every distinct
/// word, were most of the cost of a page's search terms.
struct WordSet {
    /// One distinct word: where its bytes are in `bytes`, and its hash.
    struct Word {
        var start: Int32
        var count: Int32
        var hash: UInt64
    }

    private(set) var bytes: [UInt8] = []
    private(set) var words: [Word] = []
    /// Index + 1 into `words`; 0 is an empty slot. The count is a power of two.
    private var slots: [Int32]

    init(capacity: Int = 256) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        words.reserveCapacity(capacity)
        bytes.reserveCapacity(capacity * 8)
    }

    /// FNV-1a over the bytes: words are short, and this is a few instructions a byte.
    /// `SearchTerms.wordBytes` computes it byte by byte as it gathers a word (`hashStart`,
    /// `hash(_:adding:)`), so that no word is read twice.
    @inline(__always)
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = hashStart
        for byte in word { hash = Self.hash(hash, adding: byte) }
        return hash
    }

    /// The hash of no bytes.
    static let hashStart: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash of a word's bytes so far (`hash`) and then `byte`.
    @inline(__always)
    static func hash(_ hash: UInt64, adding byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    /// The number of `word` (its index in `words`), if it is here.
    func index(of word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot] - 1)
            if words[index].hash == hash, matches(words[index], word) { return index }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Adds `word` unless it is here; either way its number.
    @discardableResult
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (index: Int, inserted: Bool) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot] - 1)
            if words[index].hash == hash, matches(words[index], word) { return (index, false) }
            slot = (slot + 1) & mask
        }
        words.append(Word(start: Int32(bytes.count), count: Int32(word.count), hash: hash))
        bytes.append(contentsOf: word)
        slots[slot] = Int32(words.count)
        if words.count * 2 > slots.count { grow() }
        return (words.count - 1, true)
    }

    /// The bytes of word number `index`, for as long as `body` runs.
    func withBytes<Result>(of index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let word = words[index]
        return bytes.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[Int(word.start)..<Int(word.start + word.count)]))
        }
    }

    private func matches(_ stored: Word, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard Int(stored.count) == word.count else { return false }
        guard word.count > 0 else { return true }
        return bytes.withUnsafeBufferPointer { all in
            memcmp(all.baseAddress! + Int(stored.start), word.baseAddress!, word.count) == 0
        }
    }

    private mutating func grow() {
        var larger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = larger.count - 1
        for (index, word) in words.enumerated() {
            var slot = Int(truncatingIfNeeded: word.hash) & mask
            while larger[slot] != 0 { slot = (slot + 1) & mask }
            larger[slot] = Int32(index + 1)
        }
        slots = larger
    }
}
