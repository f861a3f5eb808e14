import Foundation

/// Folded words and their search terms, numbered once per process on any thread: a page's
/// terms travel as numbers, and each distinct word is stemmed once. A page looks all its
/// words up under one lock; the words nobody has seen yet are stemmed outside it.
final class SearchTermTable: @unchecked Sendable {
    static let shared = SearchTermTable()

    private let lock = NSLock()
    private var words = WordSet(capacity: 8192)
    /// The term number of each word of `words`.
    private var termOfWord: [UInt32] = []
    private var terms: [String] = []
    private var numbers: [String: UInt32] = [:]

    /// The term numbers of the words of `set`, in its order.
    func termNumbers(of set: WordSet) -> [UInt32] {
        var result = [UInt32](repeating: 0, count: set.words.count)
        var missing: [Int] = []
        lock.withLock {
            for index in set.words.indices {
                let found = set.withBytes(of: index) { words.index(of: $0, hash: set.words[index].hash) }
                if let found { result[index] = termOfWord[found] } else { missing.append(index) }
            }
        }
        guard !missing.isEmpty else { return result }
        let stems = missing.map { index in
            set.withBytes(of: index) { SearchTerms.term(String(decoding: $0, as: UTF8.self)) }
        }
        lock.withLock {
            for (index, stem) in zip(missing, stems) {
                let (word, inserted) = set.withBytes(of: index) { words.insert($0, hash: set.words[index].hash) }
                if inserted {
                    let number = numbers[stem] ?? {
                        terms.append(stem)
                        numbers[stem] = UInt32(terms.count - 1)
                        return UInt32(terms.count - 1)
                    }()
                    termOfWord.append(number)
                }
                result[index] = termOfWord[word]
            }
        }
        return result
    }

    /// The number of a term (a stem, as `SearchTerms.term` gives it), numbered now if new.
    func number(ofTerm term: String) -> UInt32 {
        lock.withLock {
            if let number = numbers[term] { return number }
            terms.append(term)
            numbers[term] = UInt32(terms.count - 1)
            return UInt32(terms.count - 1)
        }
    }

    /// Every term, by number.
    func allTerms() -> [String] {
        lock.withLock { terms }
    }

    /// The terms with these numbers.
    func terms<Numbers: Sequence>(_ numbers: Numbers) -> [UInt32: String] where Numbers.Element == UInt32 {
        lock.withLock {
            var names: [UInt32: String] = [:]
            for number in numbers { names[number] = terms[Int(number)] }
            return names
        }
    }
}
