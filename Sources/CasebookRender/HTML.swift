/// HTML escaping for text and attribute values.
enum HTML {
    /// Opens a box that scrolls a wide table sideways and can be focused to scroll by keyboard.
    static func scrollableTableStart(label: String, attributes: String = "") -> String {
        "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"\(escape(label))\"><table\(attributes)>"
    }

    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
