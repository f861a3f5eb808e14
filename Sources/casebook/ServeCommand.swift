import ArgumentParser
import CasebookBuild
import CasebookServe
import Foundation

/// `casebook serve`: a live preview on this computer.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: Console.text("Preview the site at http://127.0.0.1:8000/ and rebuild it whenever content/ or themes/ change (site/ is not written).")
    )

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: ArgumentHelp(Console.text("The port to listen on (127.0.0.1 only). Without it: 8000, or the next free port if 8000 is in use.")))
    var port: UInt16?

    func run() async throws {
        var server = PreviewServer(
            options: .init(root: common.rootURL, includeDrafts: common.drafts, environment: ProcessInfo.processInfo.environment),
            port: port ?? 8000, exactPort: port != nil, log: { Console.error(verbatim: $0) })
        server.language = Console.language
        // Ctrl+C: stop at once and say so; nothing on disk needs cleaning up.
        signal(SIGINT, SIG_IGN)
        let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .main)
        interrupt.setEventHandler {
            Console.error("stopped")
            Foundation.exit(0)
        }
        interrupt.resume()
        do {
            try await server.run()
        } catch let error as ServeError {
            Console.error("error: \(error.message)")
            throw ExitCode(1)
        } catch {
            Console.error("error: cannot serve: \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }
}
