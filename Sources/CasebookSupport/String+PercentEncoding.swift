extension String {
    /// The path with every byte a URL path cannot carry as it is written `%XX` (UTF-8):
    /// spaces, `#`, `?`, `%`, `:` (a scheme), quotes, non-ASCII letters. Slashes stay, so `../media/Фото 1.jpg`
    /// becomes `../media/%D0%A4%D0%BE%D1%82%D0%BE%201.jpg`.
    public var percentEncodedPath: String {
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var changed = false
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"),
                 UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"),
                 UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "@"):
                bytes.append(byte)
            default:
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 15)]]
                changed = true
            }
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : self
    }
}
