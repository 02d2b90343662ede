/// Audit details the store writes in English words ("rows 12; added cases 2, ...",
/// "parents, de-identified: 120 rows"), read back into phrases so each reader has them in their
/// own language. The writers build them from the same English catalogue texts; a detail in any
/// other shape (an older version's) is shown as written.
enum StoredDetails {
    typealias Arg = Phrase.Arg

    /// What an export of names left out adds to the table's name, as stored.
    static let deidentified = ", de-identified"
    /// What a sealed backup adds to its file's name, as stored.
    static let encrypted = ", encrypted"

    /// A detail of counts the store wrote as the English of `key` says (`ImportSummary.auditDetail`),
    /// in the reader's words; a detail in any other shape, as written.
    static func counts(_ detail: String, _ key: W) -> Arg {
        var numbers: [Int] = []
        var digits = ""
        for character in detail + " " {
            if character.isASCII, character.isNumber { digits.append(character); continue }
            if let number = Int(digits) { numbers.append(number) }
            digits = ""
        }
        let blanks = Catalogue.blanks(in: Catalogue.text(key, in: .english))
        guard numbers.count == blanks.count else { return .text(detail) }
        let phrase = Phrase(key, Dictionary(zip(blanks, numbers.map(Arg.number)), uniquingKeysWith: { first, _ in first }))
        return phrase.text(.english) == detail ? .phrase(phrase) : .text(detail)
    }

    /// "3 follow-ups", written in the English of `key` (`Phrase.counted`), in the reader's words.
    static func counted(_ detail: String, _ key: String) -> Arg {
        guard let count = Int(detail.prefix { $0.isASCII && $0.isNumber }),
              Phrase.counted(count, key).text(.english) == detail else { return .text(detail) }
        return .phrase(.counted(count, key))
    }

    /// "parents", "parents, de-identified": the table's name, as exported.
    static func table(_ what: String) -> Arg {
        guard what.hasSuffix(deidentified) else { return .phrase(Phrase("audit.table", ["table": .text(what)])) }
        let table = String(what.dropLast(deidentified.count))
        return .phrase(Phrase("audit.tableDeidentified", ["table": .text(table)]))
    }

    /// "parents: 120 rows".
    static func tableRows(_ what: String) -> Arg {
        guard let colon = what.lastIndex(of: ":") else { return .text(what) }
        let rows = what[what.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        // Written "1 rows" as well as "2 rows": the number is what counts.
        guard let count = Int(rows.prefix { $0.isNumber }), rows == "\(count) rows" else { return .text(what) }
        return .phrase(Phrase("audit.exportedRows", ["what": table(String(what[..<colon])),
                                                     "rows": .phrase(.counted(count, "audit.rowCount"))]))
    }

    /// "copy.sqlite" or "copy.p4pbackup, encrypted".
    static func backupFile(_ file: String) -> Arg {
        guard file.hasSuffix(encrypted) else { return .text(file) }
        return .phrase(Phrase("audit.encrypted", ["file": .text(String(file.dropLast(encrypted.count)))]))
    }

    /// "demo, scale small, seed 1, today 2026-11-23; allies 8, cases 40, ...".
    static func loaded(_ what: String) -> Arg {
        guard let split = what.range(of: "; ", options: .backwards) else { return .text(what) }
        let counts = counts(String(what[split.upperBound...]), "audit.loadCounts")
        return .phrase(Phrase("audit.loadedFrom", ["origin": .text(String(what[..<split.lowerBound])), "counts": counts]))
    }
}
