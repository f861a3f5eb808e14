import ArgumentParser
import CasebookModel
import Foundation

/// Reads only content/casebook.yml, for commands that need the languages and vocabularies.
enum ConfigReader {
    static func read(root: URL) throws -> Config {
        let file = root.appendingPathComponent(ConfigLoader.path)
        guard let data = FileManager.default.contents(atPath: file.path) else {
            Console.error(verbatim: Diagnostic.error(SourceLocation(file: ConfigLoader.path), "no casebook here: \(ConfigLoader.path) is missing",
                                                   note: "run casebook in a casebook folder, or pass --root DIR").rendered(in: Console.language))
            throw ExitCode(1)
        }
        var diagnostics = Diagnostics()
        var config: Config?
        switch SourceText.decode(data, file: ConfigLoader.path) {
        case .success(let text):
            let (loaded, found) = ConfigLoader.load(text: text, environment: ProcessInfo.processInfo.environment)
            config = loaded
            diagnostics.append(contentsOf: found)
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
        }
        guard let config, !diagnostics.hasErrors else {
            Console.print(diagnostics)
            throw ExitCode(1)
        }
        return config
    }
}
