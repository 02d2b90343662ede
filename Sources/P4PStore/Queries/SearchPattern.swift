/// A user's filter text as a SQL LIKE pattern: case-insensitive "contains", with the user's own
/// `%` and `_` taken literally.
struct SearchPattern {
    let like: String

    init?(_ text: String?) {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        var escaped = ""
        for ch in text {
            if ch == "%" || ch == "_" || ch == "\\" { escaped.append("\\") }
            escaped.append(ch)
        }
        like = "%" + escaped + "%"
    }
}
