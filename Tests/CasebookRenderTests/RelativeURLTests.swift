import CasebookRender
import Testing

/// Relative links between output files, worked out on bytes, as the path-splitting version did.
@Suite struct RelativeURLTests {
    /// The former implementation, on Characters.
    static func reference(_ source: String, to target: String) -> String {
        let from = source.split(separator: "/").dropLast()
        let to = target.split(separator: "/", omittingEmptySubsequences: false)
        var common = 0
        while common < from.count, common < to.count - 1, from[from.startIndex + common] == to[common] { common += 1 }
        return String(repeating: "../", count: from.count - common) + to[common...].joined(separator: "/")
    }

    @Test(arguments: [
        ("ru/cases/x/index.html", "ru/cases/y/index.html"), ("ru/index.html", "assets/casebook.css"),
        ("index.html", "ru/index.html"), ("ru/cases/x/index.html", "media/a b.png"), ("a/b/c", "a/b/c"),
        ("ru/кейсы/x/index.html", "ru/кейсы/index.html"), ("", "x"), ("x", ""), ("a//b/c.html", "a/b/d.html"),
        ("a/b/", "a/c/"), ("ru/cases/index.html", "ru/cases/index.html#top"), ("/a/b.html", "/a/c.html"),
        ("a/b/c.html", "a/b"), ("a/b/c.html", "a/b/"), ("a/b/c.html", "a"), ("a/b/c.html", "/"), ("a/b/c.html", "a//b/x"),
        ("//a//b//c", "a/b/c/d"), ("a/b", "a/b/c"), ("a/b//", "a/x"), ("en/x.html", "ru/x.html"), ("/", "/"),
        ("ru/sectors/water/index.html", "en/cases/p/index.html"), ("ru/cases/p/index.html", "ru/cases/"),
    ])
    func matchesThePathSplittingVersion(source: String, target: String) {
        #expect(RelativeURL.from(source, to: target) == Self.reference(source, to: target))
    }
}
