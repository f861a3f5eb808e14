// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for casebook's readers, apart from the main package so that the normal
// `swift build` and `swift test` never build them. Built and run by scripts/fuzz.sh:
//   swift build -c release --sanitize=fuzzer -Xswiftc -enable-testing --product FuzzFrontMatter
let casebook: Target.Dependency = .product(name: "CasebookFuzzable", package: "casebook")

let package = Package(
    name: "CasebookFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "casebook", path: "..")],
    targets: [
        // Front matter: the fast reader against Yams, then the decoders of every kind of file.
        .executableTarget(name: "FuzzFrontMatter", dependencies: [casebook]),
        // Markdown bodies and decks, directives included, through libcmark-gfm and our walker.
        .executableTarget(name: "FuzzMarkdown", dependencies: [casebook]),
        // A small casebook in a temporary folder whose files the input replaces, loaded whole.
        .executableTarget(name: "FuzzLoader", dependencies: [casebook]),
    ]
)
