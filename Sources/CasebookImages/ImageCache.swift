import Crypto
import Foundation

/// Processed images kept between builds (in `.casebook-cache/images/`), one folder per
/// original's content hash and recipe, so an unchanged image is never encoded twice. An
/// original's header and hash are remembered by its size, modification time and inode, so on
/// a rebuild an unchanged file is neither opened nor handed to libvips. Safe to use from
/// several threads.
public final class ImageCache: @unchecked Sendable {
    public let folder: URL
    public let recipe: ImageRecipe
    private let lock = NSLock()
    /// Per original's path: what it looked like when it was last read, its header and hash.
    private var known: [String: ImageFingerprint]
    private var changed = false
    private var indexURL: URL { folder.appendingPathComponent("index-v2.tsv") }

    public init(folder: URL, recipe: ImageRecipe = ImageRecipe()) {
        self.folder = folder
        self.recipe = recipe
        known = ImageFingerprint.readIndex(at: folder.appendingPathComponent("index-v2.tsv"))
    }

    /// The header of the image at `source`: from the index when the file has not changed since
    /// it was last read, from libvips otherwise.
    public func header(of source: URL) throws(ImageFailure) -> ImageHeader {
        let path = source.path
        let seen = try fingerprint(path)
        if let entry = lock.withLock({ known[path] }), entry.matches(seen), let header = entry.header { return header }
        let header = try ImageHeader.read(path)
        var entry = seen
        entry.header = header
        lock.withLock {
            known[path] = entry
            changed = true
        }
        return header
    }

    /// The folder holding every variant of `plan` for the image at `source` (named by
    /// `ImageVariant.name`), encoded now unless an earlier build already did.
    public func variants(of source: URL, plan: ImagePlan) throws(ImageFailure) -> URL {
        let hash = try contentHash(of: source)
        let target = folder.appendingPathComponent("\(hash)-\(recipe.version)", isDirectory: true)
        if FileManager.default.fileExists(atPath: target.path) { return target }
        let variants = plan.variants
        var widths: [Int] = []
        var formats: [[(format: ImageFormat, settings: EncoderSettings)]] = []
        var groups: [[ImageVariant]] = []
        for variant in variants.sorted(by: { $0.width > $1.width }) {
            if widths.last != variant.width {
                widths.append(variant.width)
                formats.append([])
                groups.append([])
            }
            formats[formats.count - 1].append((variant.format, recipe.settings(of: variant)))
            groups[groups.count - 1].append(variant)
        }
        let encoded = try Vips.encode(source.path, widths: widths, formats: formats)
        // A modern copy that is not clearly smaller than its fallback is not kept: the page
        // then offers only the fallback at that width (see `ImagePlan.keeping`).
        var names: [[String]] = []
        for (group, datas) in zip(groups, encoded) {
            let fallback = zip(group, datas).first { !$0.0.isPrint && $0.0.format != plan.modern }?.1
            names.append(zip(group, datas).map { variant, data in
                guard variant.format == plan.modern, let fallback, !recipe.keepsModern(data.count, fallback: fallback.count) else {
                    return variant.name
                }
                return ""
            })
        }
        // Written beside the target and renamed into place: a folder that exists is complete,
        // even when a build was killed halfway or another build made the same image.
        let temporary = folder.appendingPathComponent(".\(hash)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
            for (files, datas) in zip(names, encoded) {
                for (name, data) in zip(files, datas) where !name.isEmpty { try data.write(to: temporary.appendingPathComponent(name)) }
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

    /// Removes the copies an earlier recipe made (folders `<hash>-<version>` of another
    /// version), which no build of this recipe uses: without this, each change of widths or
    /// qualities left a second set of every photo's copies in the cache. Folders being written
    /// (named with a leading dot) and the index stay.
    public func removeOtherRecipes() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        let current = "-\(recipe.version)"
        for name in names where Self.isCopiesFolder(name) && !name.hasSuffix(current) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name, isDirectory: true))
        }
    }

    /// Whether `name` is a folder of copies: a SHA-256 in hex, a dash, a recipe version.
    static func isCopiesFolder(_ name: String) -> Bool {
        let utf8 = Array(name.utf8)
        guard utf8.count > 66, utf8[64] == UInt8(ascii: "-"), utf8[65] == UInt8(ascii: "r") else { return false }
        return utf8[..<64].allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0) }
    }

    /// SHA-256 of the file's bytes, read again only when its size, time or inode changed.
    private func contentHash(of source: URL) throws(ImageFailure) -> String {
        let path = source.path
        let seen = try fingerprint(path)
        let entry = lock.withLock { known[path] }
        if let entry, entry.matches(seen), !entry.hash.isEmpty { return entry.hash }
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
        var updated = seen
        updated.hash = hash
        // The header learnt in this run stays; one from an older version of the file does not.
        if let entry, entry.matches(seen) { updated.header = entry.header }
        lock.withLock {
            known[path] = updated
            changed = true
        }
        return hash
    }

    private func fingerprint(_ path: String) throws(ImageFailure) -> ImageFingerprint {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw ImageFailure("could not read \(path): \(String(cString: strerror(errno)))")
        }
        return ImageFingerprint(info)
    }
}
