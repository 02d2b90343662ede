import Foundation

/// Finds words for people written as string literals outside the catalogue: a literal with two
/// or more English words that is not SQL, --help text, a stored code being written or matched,
/// or a developer's diagnostic. Whatever it finds belongs in Catalogue/English and
/// Catalogue/Spanish, used through a `Phrase`.
enum EnglishOutsideTheCatalogue {
    /// The folders whose sources must say nothing to people outside the catalogue; the one list.
    static let scannedFolders = ["Sources/P4PStore", "Sources/p4p", "Sources/P4PController", "Sources/P4PTerminal"]

    /// Files whose English literals are not words for people, each with the reason.
    static let allowedFiles: [String: String] = [
        "Sources/P4PStore/Import/HearingTypeAliases.swift": "the court's English names for hearing types, matched against its calendar",
        "Sources/P4PStore/Import/CalendarColumns.swift": "the court export's English column headers, matched against its header row",
        "Sources/P4PStore/Import/CourtEventColumns.swift": "the court's English case-event columns and events, matched against its export",
        "Sources/P4PStore/Import/PartyRoles.swift": "the court export's English party roles, matched against its rows",
        "Sources/P4PStore/Database/Schema.swift": "migrations and seed rows: stored values, shown through the catalogue by code",
        "Sources/P4PStore/Database/HearingAttendanceCoursesMigration.swift": "seeded courses: stored values, shown through the catalogue by code",
        "Sources/P4PStore/Database/AlliesProgramMigration.swift": "lived experience as older files stored it, read once into codes",
        "Sources/P4PStore/Policy/FollowUpPolicy.swift": "follow-up kinds as stored; people read them through FollowUpKind.words",
        "Sources/P4PStore/Model/DomainWords.swift": "referral kinds as stored; people read them through ReferralKind.words",
        "Sources/P4PStore/Reports/ReportPrinted.swift": "printed reports as the audit log stores them; people read ReportPrinted.words",
        "Sources/P4PStore/Database/ConfirmedSave.swift": "the bench's save lines and notes, read back by the bench, not by people",
        "Sources/P4PStore/Export/ExportDefinitions.swift": "a de-identified export's README.txt, English like the CSV headings it defines",
        "Sources/p4p/Commands/Bench.swift": "measurements for developers, quoted in the README like --help",
        "Sources/p4p/Commands/BenchActions.swift": "measurements for developers, quoted in the README like --help",
        "Sources/p4p/Commands/BenchProcess.swift": "measurements for developers, quoted in the README like --help",
        "Sources/p4p/Commands/BenchScratch.swift": "measurements for developers, quoted in the README like --help",
        "Sources/p4p/Commands/BenchSession.swift": "measurements for developers, and the keys the bench presses",
        "Sources/p4p/Commands/BenchTable.swift": "measurements for developers, quoted in the README like --help",
        "Sources/p4p/Commands/BenchWriters.swift": "measurements for developers, quoted in the README like --help",
        "Sources/p4p/Commands/ImportBench.swift": "measurements for developers, quoted in the README like --help",
        "Sources/p4p/Support/BenchWriter.swift": "the bench's save lines, read back by the bench, not by people",
    ]

    /// Single literals that are not words for people, each with the reason.
    static let allowedLiterals: [String: String] = [
        "p4p backup: aes-256-gcm": "a key-derivation label inside the backup format, never shown",
        "p4p backup: header check": "a key-derivation label inside the backup format, never shown",
    ]

    struct Finding: CustomStringConvertible {
        var file: String
        var line: Int
        var text: String
        var description: String { "\(file):\(line): \"\(text)\"" }
    }

    /// Every finding under the scanned folders of the package at `root`.
    static func findings(underPackage root: URL) throws -> [Finding] {
        var all: [Finding] = []
        for folder in scannedFolders {
            let base = root.appendingPathComponent(folder)
            guard let files = FileManager.default.enumerator(atPath: base.path) else { continue }
            for case let name as String in files where name.hasSuffix(".swift") {
                let path = folder + "/" + name
                guard allowedFiles[path] == nil else { continue }
                let source = try String(contentsOf: base.appendingPathComponent(name), encoding: .utf8)
                all += findings(in: source, file: path)
            }
        }
        return all.sorted { ($0.file, $0.line) < ($1.file, $1.line) }
    }

    static func findings(in source: String, file: String) -> [Finding] {
        StringLiterals.scan(source).filter(isWordsForPeople).map { Finding(file: file, line: $0.line, text: $0.text) }
    }

    static func isWordsForPeople(_ literal: StringLiteral) -> Bool {
        englishWords(in: withoutQuotedValues(literal.text)) >= 2 && !isSQL(literal.text) && !isNotForPeople(literal.context)
            && allowedLiterals[literal.text] == nil
    }

    /// SQL's 'quoted values' are stored codes, not words: "('reunified', 'adoption')".
    static func withoutQuotedValues(_ text: String) -> String {
        text.replacingOccurrences(of: "'[^']*'", with: " ", options: .regularExpression)
    }

    /// Words between spaces, of letters (an apostrophe or hyphen inside), two or more, lower case
    /// after the first ("Parent", "follow-up", "file's."): not "audit.assigned", "case_id",
    /// "SQL" or "--limit".
    static func englishWords(in text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).filter { token in
            let word = token.drop { "(\"'«¿¡".contains($0) }.reversed().drop { ".,;:!?)\"'»".contains($0) }.reversed()
            guard word.count >= 2, word.first?.isLetter == true, word.last?.isLetter == true else { return false }
            return word.allSatisfy { $0.isLetter || $0 == "'" || $0 == "-" } && word.dropFirst().allSatisfy { !$0.isUppercase }
        }.count
    }

    private static let sqlWords: Set<String> = [
        "SELECT", "FROM", "WHERE", "AND", "OR", "JOIN", "INSERT", "UPDATE", "DELETE", "CREATE", "PRAGMA", "IN", "NOT",
        "NULL", "VALUES", "SET", "ORDER", "GROUP", "LIMIT", "EXISTS", "TABLE", "INDEX", "TRIGGER", "BEGIN", "END", "AS",
    ]

    /// SQL keeps its keywords in capitals here.
    static func isSQL(_ text: String) -> Bool {
        text.split(whereSeparator: { !$0.isLetter }).contains { sqlWords.contains(String($0)) }
    }

    /// What a literal is given to, when that is not a person: option help (English, like the
    /// man page), a stored code written or matched, a developer's diagnostic, a format.
    private static let notForPeople = [
        "help:", "abstract:", "discussion:", "ArgumentHelp(", "title:", "usage:",
        "sql:", "action:", "action =", "audit(", "AuditNote(", "detail =",
        "range(of:", "contains(", "hasPrefix(", "hasSuffix(",
        "debugDescription:", "fatalError(", "preconditionFailure(", "precondition(", "assert(", "dateFormat",
    ]

    static func isNotForPeople(_ context: String) -> Bool {
        notForPeople.contains { context.contains($0) } || isMatchedAgainst(context)
    }

    /// A stored code: matched in a `case` pattern (`case "did not attend":`,
    /// `case ("ally assigned", ...)`), compared (`name == "morning review"`), or an enum case's
    /// raw value (`case notPresent = "not present"`).
    static func isMatchedAgainst(_ context: String) -> Bool {
        let line = context.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? context
        let ending = line.trimmingCharacters(in: .whitespaces)
        if ending.hasSuffix("==") || ending.hasSuffix("!=") { return true }
        let patterns = #"^\s*case \(?("[^"]*", *)*$"#
        let rawValues = #"(^|[{;]|\s)case (\w+( = "[^"]*")?, *)*\w+ = *$"#
        return line.range(of: patterns, options: .regularExpression) != nil
            || line.range(of: rawValues, options: .regularExpression) != nil
    }
}
