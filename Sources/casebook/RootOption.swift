import ArgumentParser
import Foundation

/// `--root`: the casebook folder, for every command that reads one.
struct RootOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(Console.text("The casebook folder (holds content/ and themes/)."), valueName: "DIR"))
    var root: String = "."

    var rootURL: URL { URL(fileURLWithPath: root, isDirectory: true) }

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError(Console.text("--root '\(root)' is not a folder"))
        }
    }
}
