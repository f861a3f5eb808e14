@testable import CasebookBuild
import CasebookModel
import Foundation
import Testing

/// Errors become words with the errno meaning, never Foundation's generic texts.
@Suite struct FileFailureTests {
    @Test func reasonsComeFromTheErrnoWhereverItIs() {
        #expect(FileFailure.reason(of: POSIXError(.ENOSPC)) == "no space left on device")
        #expect(FileFailure.reason(of: NSError(domain: NSPOSIXErrorDomain, code: Int(EACCES))) == "permission denied")
        let wrapped = NSError(domain: NSCocoaErrorDomain, code: 512,
                              userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(EROFS))])
        #expect(FileFailure.reason(of: wrapped) == "read-only file system")
        #expect(FileFailure.code(of: wrapped) == EROFS)
        #expect(FileFailure.reason(of: CocoaError(.fileWriteOutOfSpace)) == "no space left on device")
        #expect(FileFailure.reason(of: Problem("it changed")) == "it changed")
        #expect(FileFailure.reason(of: NSError(domain: NSCocoaErrorDomain, code: 512)) == "NSCocoaErrorDomain error 512")
    }

    @Test func foundationsOwnErrorsAreRead() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-folder-\(UUID().uuidString)/x.html")
        do {
            try Data("x".utf8).write(to: missing)
            Issue.record("wrote into a folder that does not exist")
        } catch {
            #expect(FileFailure(.write, "site/", error: error).description == "could not write site/: no such file or directory")
        }
    }

    @Test func theMessageSaysWhatWhereAndWhy() {
        #expect(FileFailure(.makeFolder, "/x/site", errno: EEXIST).description == "could not create the folder /x/site: file exists")
        #expect(FileFailure(.write, "/x/a.zip", errno: ENOSPC).description == "could not write /x/a.zip: no space left on device")
    }
}
