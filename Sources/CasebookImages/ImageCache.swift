import Crypto
import Foundation

/// Processed images kept between builds (in `.casebook-cache/images/`), one folder per
/// original's content hash and recipe, so an unchanged image is never encoded twice. Which
/// hash a file has is remembered by its size, modification time and inode, so an unchanged
/// file is not even read again. Safe to use from several threads.
public final class ImageCache: @unchecked Sendable {
    public let folder: URL
    public let recipe: ImageRecipe
    private let lock = NSLock()
    /// Per original's path: what it looked like when it was last hashed, and the hash.
    private var known: [String: ImageFingerprint]
    private var changed = false
    private var indexURL: URL { folder.appendingPathComponent("index-v1.tsv") }

    public init(folder: URL, recipe: ImageRecipe = ImageRecipe()) {
        self.folder = folder
        self.recipe = recipe
        known = ImageFingerprint.readIndex(at: folder.appendingPathComponent("index-v1.tsv"))
    }

    /// The folder holding every variant of `plan` for the image at `source` (named by
    /// `ImageVariant.name`), encoded now unless an earlier build already did.
    public func variants(of source: URL, plan: ImagePlan) throws(ImageFailure) -> URL {
        let hash = try contentHash(of: source)
        let target = folder.appendingPathComponent("\(hash)-\(recipe.version)", isDirectory: true)
        if FileManager.default.fileExists(atPath: target.path) { return target }
        let variants = plan.variants
        var widths: [Int] = []
        var formats: [[(format: ImageFormat, quality: Int)]] = []
        var names: [[String]] = []
        for variant in variants.sorted(by: { $0.width > $1.width }) {
            if widths.last != variant.width {
                widths.append(variant.width)
                formats.append([])
                names.append([])
            }
            formats[formats.count - 1].append((variant.format, recipe.quality(of: variant)))
            names[names.count - 1].append(variant.name)
        }
        let encoded = try Vips.encode(source.path, widths: widths, formats: formats)
        // Written beside the target and renamed into place: a folder that exists is complete,
        // even when a build was killed halfway or another build made the same image.
        let temporary = folder.appendingPathComponent(".\(hash)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
            for (files, datas) in zip(names, encoded) {
                for (name, data) in zip(files, datas) { try data.write(to: temporary.appendingPathComponent(name)) }
            }
            if rename(temporary.path, target.path) != 0 {
                let code = errno
                try? FileManager.default.removeItem(at: temporary)
                // Another build finished the same image first: its copy is as good.
                if code == EEXIST || code == ENOTEMPTY { return target }
                throw ImageFailure("could not write the image cache \(target.path): \(String(cString: strerror(code)))")
            }
        } catch let failure as ImageFailure {
            throw failure
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw ImageFailure("could not write the image cache \(folder.path): \((error as NSError).localizedFailureReason ?? "\(error)")")
        }
        return target
    }

    /// Writes down the hashes learnt in this run, for the next.
    public func save() {
        let snapshot: [String: ImageFingerprint]? = lock.withLock { changed ? known : nil }
        guard let snapshot else { return }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        ImageFingerprint.writeIndex(snapshot, to: indexURL)
        lock.withLock { changed = false }
    }

    /// SHA-256 of the file's bytes, read again only when its size, time or inode changed.
    private func contentHash(of source: URL) throws(ImageFailure) -> String {
        let path = source.path
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw ImageFailure("could not read \(path): \(String(cString: strerror(errno)))")
        }
        let seen = ImageFingerprint(info, hash: "")
        if let entry = lock.withLock({ known[path] }), entry.matches(seen) { return entry.hash }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ImageFailure("could not read \(path): \(String(cString: strerror(errno)))")
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        do {
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
        } catch {
            throw ImageFailure("could not read \(path): \((error as NSError).localizedFailureReason ?? "\(error)")")
        }
        let hash = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        var entry = seen
        entry.hash = hash
        lock.withLock {
            known[path] = entry
            changed = true
        }
        return hash
    }
}
