import ArgumentParser
import Foundation

/// Options shared by every command that reads a casebook.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The casebook folder (holds content/ and themes/).", valueName: "DIR"))
    var root: String = "."

    @Flag(name: .long, help: "Include documents marked 'draft: true'.")
    var drafts = false

    var rootURL: URL { URL(fileURLWithPath: root, isDirectory: true) }

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("--root '\(root)' is not a folder")
        }
    }
}
