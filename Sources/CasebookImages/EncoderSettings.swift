/// How libvips writes one copy: the quality (1–100) and, for WebP, the effort (0–6; more is
/// slower and smaller at the same quality).
public struct EncoderSettings: Sendable, Hashable {
    public var quality: Int
    public var effort: Int

    public init(quality: Int, effort: Int = 4) {
        self.quality = quality
        self.effort = effort
    }
}
