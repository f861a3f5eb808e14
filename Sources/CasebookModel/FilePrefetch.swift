import Foundation

/// Asks the kernel to start reading files that are about to be read, in the order they will
/// be: on a cold cache (a fresh boot, a USB stick, a casebook not opened for a while) the two
/// threads that read and parse content otherwise wait for the disk one file at a time, which
/// made loading 20,000 files take twice as long.
enum FilePrefetch {
    static func start(_ paths: [String]) {
        guard paths.count > 1 else { return }
        DispatchQueue.global(qos: .utility).async {
            for path in paths {
                let descriptor = open(path, O_RDONLY)
                guard descriptor >= 0 else { continue }
                _ = posix_fadvise(descriptor, 0, 0, Int32(POSIX_FADV_WILLNEED))
                close(descriptor)
            }
        }
    }
}
