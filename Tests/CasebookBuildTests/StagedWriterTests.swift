@testable import CasebookBuild
import CasebookModel
import CasebookRender
import CasebookTestSupport
import Foundation
import Testing

/// The output folder: leftovers of killed builds, mount points, and what a failed write says.
@Suite struct StagedWriterTests {
    /// The id of a process that has ended.
    static func deadProcess() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    static func entries(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func theNextBuildRemovesWhatKilledBuildsLeft() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        let dead = try Self.deadProcess(), alive = getppid()
        for name in [".site.staging-\(dead)", ".site.old-\(dead)", ".site.staging-\(alive)", ".other.old-\(dead)"] {
            try FileManager.default.createDirectory(at: book.root.appendingPathComponent("\(name)/ru"), withIntermediateDirectories: true)
        }
        #expect(book.build().wrote)
        // What is left: the build's own cache, another folder's leftover, a live build's staging.
        #expect(Self.entries(book.root) == [".casebook-cache", ".other.old-\(dead)", ".site.staging-\(alive)", "content", "site", "themes"])
    }

    @Test func aKilledProcessNobodyReapedIsNotRunning() throws {
        #expect(LeftoverSweeper.isRunning(getpid()))
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/true"), nil]
        defer { free(argv[0]) }
        #expect(posix_spawn(&pid, "/bin/true", nil, nil, argv, nil) == 0)
        // Wait for it to end without reaping it: it stays a zombie (unless a process-wide
        // child reaper of another test's took it first; then there is nothing to see).
        var info = siginfo_t()
        guard waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) == 0, kill(pid, 0) == 0 else { return }
        #expect(!LeftoverSweeper.isRunning(pid))
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        #expect(!LeftoverSweeper.isRunning(pid))
    }

    @Test func anOutputThatCannotBeRenamedGetsItsContentsReplaced() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("staged-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("site")
        var writer = StagedWriter(output: output, protected: [])
        try writer.write([OutputFile(path: "old.html", data: Data("old".utf8)), OutputFile(path: "ru/a.html", data: Data("a".utf8))], media: [])
        var before = stat()
        stat(output.path, &before)
        // As on a mount point: the output itself cannot be moved, nor anything onto another file system.
        writer.rename = { from, to in
            if from.standardizedFileURL == output { throw FileFailure(.move, from.path, errno: EBUSY) }
            if from.lastPathComponent == "ru" && !from.path.contains(StagedWriter.incomingStem) {
                throw FileFailure(.move, from.path, errno: EXDEV)
            }
            try StagedWriter.systemRename(from, to)
        }
        try writer.write([OutputFile(path: "new.html", data: Data("new".utf8)), OutputFile(path: "ru/b.html", data: Data("b".utf8))], media: [])
        var after = stat()
        stat(output.path, &after)
        #expect(after.st_ino == before.st_ino)
        #expect(Self.entries(output) == [".casebook-output", "README.md", "new.html", "ru"])
        #expect(Self.entries(output.appendingPathComponent("ru")) == ["b.html"])
        #expect(Self.entries(root) == ["site"])
    }

    @Test(.enabled(if: Tools.canMount)) func aRealMountPointIsBuiltInto() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        let site = book.root.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try Tools.mount(site, options: "size=64m")
        defer { Tools.unmount(site) }
        #expect(book.build().wrote)
        try Data("stale".utf8).write(to: site.appendingPathComponent("stale.html"))
        let report = book.build()
        #expect(report.diagnostics.sorted.filter { $0.severity == .error }.map(\.description) == [])
        #expect(report.wrote)
        #expect(book.read("site/ru/index.html") != nil)
        #expect(book.read("site/stale.html") == nil)
        #expect(!Self.entries(site).contains { $0.hasPrefix(StagedWriter.incomingStem) })
        #expect(Self.entries(book.root) == [".casebook-cache", "content", "site", "themes"])
    }

    @Test(.enabled(if: Tools.canMount)) func aFullDiskIsSaidInWords() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        let disk = book.root.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        try Tools.mount(disk, options: "size=64k")
        defer { Tools.unmount(disk) }
        let output = disk.appendingPathComponent("site")
        let report = book.build(output: output)
        #expect(!report.wrote)
        #expect(report.diagnostics.sorted.filter { $0.severity == .error }.map(\.description)
            == ["error: could not write \(output.path): no space left on device"])
        #expect(Self.entries(disk) == [])
        // The bundle, likewise.
        #expect(book.build().wrote)
        let zip = disk.appendingPathComponent("casebook.zip")
        #expect(throws: FileFailure(.write, zip.path, errno: ENOSPC)) {
            try SiteBundler(root: book.root, site: book.root.appendingPathComponent("site"), date: nil).bundle(to: zip)
        }
        #expect(Self.entries(disk) == [])
    }

    @Test(.enabled(if: Tools.canMount || geteuid() != 0)) func aReadOnlyFolderIsSaidInWords() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        let folder = book.root.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let reason: String
        if geteuid() == 0 {
            try Tools.mount(folder, options: "ro")
            reason = "read-only file system"
        } else {
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
            reason = "permission denied"
        }
        defer {
            if geteuid() == 0 { Tools.unmount(folder) }
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        }
        let output = folder.appendingPathComponent("site")
        let report = book.build(output: output)
        #expect(report.diagnostics.sorted.filter { $0.severity == .error }.map(\.description)
            == ["error: could not write \(output.path): \(reason)"])
    }
}
