/// What `SearchTerms.wordBytes` hands each word to: a type rather than a closure, so that
/// the loop over a page's text calls it directly.
protocol WordSink {
    /// A word and its `WordSet.hash`, computed while the word was gathered.
    mutating func take(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64)
}

/// A `WordSink` that calls a closure, for the few callers that want one.
struct ClosureWordSink: WordSink {
    let body: (UnsafeBufferPointer<UInt8>) -> Void
    init(_ body: @escaping (UnsafeBufferPointer<UInt8>) -> Void) { self.body = body }
    func take(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) { body(word) }
}

/// The distinct words of a page and the best field each occurs in (`SearchTerms.termNumbers`).
struct PageWords: WordSink {
    var set = WordSet()
    var fields: [SearchTerms.Field] = []
    /// The field the words taken now belong to.
    var field = SearchTerms.Field.text

    mutating func take(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) {
        let (index, inserted) = set.insert(word, hash: hash)
        if inserted {
            fields.append(field)
        } else if fields[index].rawValue < field.rawValue {
            fields[index] = field
        }
    }
}
