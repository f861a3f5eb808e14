import Foundation

extension StagedWriter {
    /// The incoming copy of the new site inside an output that is a mount point: `<stem>-<pid>`.
    static let incomingStem = ".casebook-incoming"

    /// Puts the staging folder's contents into an output folder that cannot be renamed (a mount
    /// point, such as a container volume). The new site is first copied into a hidden folder
    /// inside the output, so a failure there (a full disk) leaves the old site as it was; then
    /// the old entries are removed and the new ones renamed up, within one file system.
    func replaceContents(with staging: URL) throws {
        let fileManager = FileManager.default
        LeftoverSweeper.sweep(in: output, stems: [Self.incomingStem])
        let incoming = output.appendingPathComponent(LeftoverSweeper.name(Self.incomingStem))
        try? fileManager.removeItem(at: incoming)
        do {
            if mkdir(incoming.path, 0o777) != 0 { throw FileFailure(.makeFolder, incoming.path, errno: errno) }
            for entry in try entries(of: staging) {
                let from = staging.appendingPathComponent(entry), to = incoming.appendingPathComponent(entry)
                do {
                    try rename(from, to)
                } catch {
                    do { try fileManager.copyItem(at: from, to: to) } catch { throw FileFailure(.write, to.path, error: error) }
                }
            }
        } catch {
            try? fileManager.removeItem(at: incoming)
            throw error
        }
        for entry in try entries(of: output) where entry != incoming.lastPathComponent {
            let path = output.appendingPathComponent(entry)
            do { try fileManager.removeItem(at: path) } catch { throw FileFailure(.remove, path.path, error: error) }
        }
        for entry in try entries(of: incoming) {
            try rename(incoming.appendingPathComponent(entry), output.appendingPathComponent(entry))
        }
        try? fileManager.removeItem(at: incoming)
        try? fileManager.removeItem(at: staging)
    }

    private func entries(of folder: URL) throws -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        } catch {
            throw FileFailure(.read, folder.path, error: error)
        }
    }
}
