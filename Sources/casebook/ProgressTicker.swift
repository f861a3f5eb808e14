import CasebookBuild
import CasebookModel
import Dispatch
import Foundation

/// On a long build, a line on the terminal every two seconds that names the stage, e.g.
/// "PDF ru/casebook.pdf: WeasyPrint, 37 pages… 12 s", so that nobody wonders whether it
/// hangs; silent when the output goes to a file or a pipe.
enum ProgressTicker {
    static func start(started: Date, progress: BuildProgress) -> DispatchSourceTimer? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        timer.schedule(deadline: .now() + 2, repeating: 2)
        timer.setEventHandler {
            Console.error(line(stage: progress.stage, seconds: Int(Date().timeIntervalSince(started))))
        }
        timer.resume()
        return timer
    }

    /// One progress line: the stage, or "building…" before one is named, and the time so far.
    static func line(stage: String?, seconds: Int) -> Message {
        if let stage { return "\(stage) \(seconds) s" }
        return "building… \(seconds) s"
    }
}
