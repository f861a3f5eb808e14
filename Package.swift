// swift-tools-version:6.0
import PackageDescription

/// Where Debian keeps glibconfig.h: under the architecture's multiarch folder.
#if arch(arm64)
let glibConfigIncludes = "/usr/lib/aarch64-linux-gnu/glib-2.0/include"
#else
let glibConfigIncludes = "/usr/lib/x86_64-linux-gnu/glib-2.0/include"
#endif

let package = Package(
    name: "casebook",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "casebook", targets: ["casebook"]),
        // For Fuzz/, a package of its own: another package sees these modules only through a product.
        .library(name: "CasebookFuzzable", targets: ["CasebookModel", "CasebookMarkdown"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "4.5.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // libvips' calls are variadic, which Swift cannot make: fixed-argument wrappers in C.
        // libvips (Debian's libvips-dev) is opened when the first image is processed, not
        // linked (see VipsLibrary.h): only its headers, which need GLib's, are named here.
        .target(name: "CVipsShim", cSettings: [.unsafeFlags(["-I/usr/include/glib-2.0", "-I\(glibConfigIncludes)"])]),
        // Photos re-encoded without metadata at a few widths, cached by content hash.
        .target(name: "CasebookImages", dependencies: ["CVipsShim", .product(name: "Crypto", package: "swift-crypto")]),
        // Byte-string helpers and `Concurrently`: no casebook concepts, usable by every module.
        .target(name: "CasebookSupport"),
        .target(name: "CasebookMarkdown", dependencies: ["CCmarkGFM", "CasebookSupport"]),
        .target(
            name: "CasebookModel",
            dependencies: ["CasebookSupport", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "CasebookRender",
            dependencies: [
                "CasebookModel", "CasebookMarkdown", "CasebookSupport", "CasebookDefaultTheme",
            ]
        ),
        // The default theme inside the binary: themes/default/** made into a Swift source at build
        // time. Its folder is themes/, so that SwiftPM plans the build again when a theme file is
        // added or removed (it watches target folders, not a plugin's inputs).
        .target(name: "CasebookDefaultTheme", path: "themes", exclude: ["default"], sources: ["_module"],
                plugins: ["EmbedDefaultTheme"]),
        .executableTarget(name: "ThemeEmbedder"),
        .plugin(name: "EmbedDefaultTheme", capability: .buildTool(), dependencies: ["ThemeEmbedder"]),
        .target(name: "CasebookBuild", dependencies: [
            "CasebookModel", "CasebookRender", "CasebookSupport", "CasebookImages",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"), .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "CSV", package: "CSV.swift"),
        ]),
        // The preview server lives apart so that only `serve` pulls in the HTTP server.
        .target(
            name: "CasebookServe",
            dependencies: ["CasebookBuild", "CasebookModel", "CasebookRender", .product(name: "FlyingFox", package: "FlyingFox"),
                           .product(name: "FlyingSocks", package: "FlyingFox")]
        ),
        .executableTarget(
            name: "casebook",
            dependencies: [
                "CasebookBuild", "CasebookModel", "CasebookRender", "CasebookServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // jemalloc takes malloc's place in the program: many small allocations from two
            // threads fragment glibc's heap (a fifth of a large build's time went to malloc).
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
        ),
        // Builds small casebooks in temporary folders for the tests of every module.
        .target(name: "CasebookTestSupport", dependencies: ["CasebookBuild", "CasebookModel"],
                path: "Tests/CasebookTestSupport"),
        .testTarget(name: "CasebookSupportTests", dependencies: ["CasebookSupport"]),
        .testTarget(name: "CasebookMarkdownTests", dependencies: ["CasebookMarkdown"], exclude: ["Golden"]),
        .testTarget(name: "CasebookModelTests", dependencies: ["CasebookModel", "CasebookTestSupport",
                                                            .product(name: "Yams", package: "Yams")]),
        // swift-mustache only as an oracle: the templates must render as it renders them.
        .testTarget(name: "CasebookRenderTests", dependencies: ["CasebookRender", "CasebookModel", "CasebookSupport",
                                                             "CasebookTestSupport",
                                                             .product(name: "Mustache", package: "swift-mustache")]),
        .testTarget(name: "CasebookBuildTests", dependencies: ["CasebookBuild", "CasebookModel", "CasebookTestSupport"],
                    exclude: ["Golden"]),
        .testTarget(name: "CasebookImagesTests", dependencies: ["CasebookImages", "CasebookTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "CasebookServeTests", dependencies: ["CasebookServe", "CasebookTestSupport"]),
    ]
)
