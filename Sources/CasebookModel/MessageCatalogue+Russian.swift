extension MessageCatalogue {
    /// Russian, keyed by the English text; `{0}`, `{1}`… are the values, in any order.
    static let russian: [String: String] = [
        "error": "ошибка",
        "warning": "предупреждение",
        "note": "подсказка",
    ]
}
