extension Character {
    /// C0/C1 controls (ESC above all), DEL, and invisible format characters other than the
    /// emoji joiner: none of these may enter stored text or reach a terminal.
    public var isControlLike: Bool {
        if let ascii = asciiValue { return ascii < 0x20 || ascii == 0x7F }
        return unicodeScalars.contains {
            let category = $0.properties.generalCategory
            return category == .control || (category == .format && $0.value != 0x200D)
        }
    }
}

extension String {
    /// The text with control characters removed, so that a name typed or imported with an escape
    /// sequence cannot reprogram a kiosk's terminal.
    public var withoutControlCharacters: String {
        // Most text is printable ASCII: one pass over the bytes settles it.
        if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return self }
        guard contains(where: \.isControlLike) else { return self }
        return String(filter { !$0.isControlLike })
    }
}
