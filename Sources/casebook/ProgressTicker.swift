import Dispatch
import Foundation

/// On a long build, a line on the terminal every two seconds so that nobody wonders whether
/// it hangs; silent when the output goes to a file or a pipe.
enum ProgressTicker {
    static func start(started: Date) -> DispatchSourceTimer? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        timer.schedule(deadline: .now() + 2, repeating: 2)
        timer.setEventHandler {
            Console.error("building… \(Int(Date().timeIntervalSince(started))) s")
        }
        timer.resume()
        return timer
    }
}
