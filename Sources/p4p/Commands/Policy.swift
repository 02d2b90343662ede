import ArgumentParser
import Foundation
import P4PStore

struct Policy: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show or change the follow-up policy and the court holidays.",
        discussion: """
            The policy lives in the database, so every terminal on it plans alike. It is JSON; \
            a file need only name what differs from the defaults. See \
            Resources/followup-policy.example.json.
            """,
        subcommands: [ShowPolicy.self, SetPolicy.self])

    struct ShowPolicy: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Print the follow-up policy in force as JSON, ready to edit and `set`.")

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            let today: Day
            do { today = try options.resolvedToday() } catch let error as ValidationError { throw Failure(error.message) }
            let store = try openStore(options.db ?? Paths.defaultDatabase())
            let policy: FollowUpPolicy
            do { policy = try store.followUpPolicy(asOf: today) } catch let error as StoreError {
                throw Failure(error.description)
            }
            print(try PolicyFile.text(policy))
        }
    }

    // Not named `Set`: that would hide Swift's Set inside Policy.
    struct SetPolicy: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Save a follow-up policy from a JSON file and re-plan open follow-ups.",
            discussion: """
                Keys left out take their defaults. Saving re-plans every open parent's open \
                follow-ups from today on; done, overdue, snoozed and hand-typed ones stay. A file \
                that cannot be read or holds a bad value changes nothing.
                """)

        @Argument(help: ArgumentHelp("The policy JSON file; - reads standard input.", valueName: "file"))
        var file: String

        @OptionGroup var options: DatabaseOptions
        @OptionGroup var acting: ActingOptions

        func run() throws {
            // One line, without the usage text a ValidationError brings.
            let today: Day
            do { today = try options.resolvedToday() } catch let error as ValidationError { throw Failure(error.message) }
            // Read and check the file before opening the database: bad input must change nothing.
            let policy = try PolicyFile.read(file, today: today)
            let store = try acting.store(openStore(options.db ?? Paths.defaultDatabase()))
            do { try store.setFollowUpPolicy(policy, today: today) } catch let error as StoreError {
                throw Failure(error.description)
            }
            say(Phrase("cli.policySaved", ["file": .phrase(.file(file)), "path": .text(store.fullLocation), "day": .day(today, .iso)]))
        }
    }
}

/// Reading a policy file, with every problem as one line that names the file.
enum PolicyFile {
    /// Holidays left out are Washington's for `today`'s year and the next.
    static func read(_ file: String, today: Day) throws -> FollowUpPolicy {
        let decoder = JSONDecoder()
        decoder.userInfo[FollowUpPolicy.todayKey] = today
        return try read(file, keysOf: FollowUpPolicy.standard, decoder: decoder) { try $0.validated() }
    }

    /// A settings file of any shape: only the keys `keysOf` has, decoded, then checked.
    static func read<Value: Codable>(_ file: String, keysOf known: Value, decoder: JSONDecoder = JSONDecoder(),
                                     validated: (Value) throws -> Value) throws -> Value {
        let data = try contents(of: file)
        do {
            try checkKeys(data, keysOf: known)
            return try validated(decoder.decode(Value.self, from: data))
        } catch let reason as Reason {
            throw refusal(file, reason.words)
        } catch let error as DecodingError {
            throw refusal(file, explain(error))
        } catch let error as StoreError {
            throw refusal(file, error.phrase)
        }
    }

    /// "policy.json: unknown key "x"; nothing was changed."
    private static func refusal(_ file: String, _ reason: Phrase) -> Failure {
        Failure(Phrase("cli.fileRefused", ["file": .phrase(.file(file)), "reason": .phrase(reason)]))
    }

    /// The policy as shown: pretty, sorted keys, the shape of the example file.
    static func text<Value: Encodable>(_ policy: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let json = String(decoding: try encoder.encode(policy), as: UTF8.self)
        // Foundation prints an empty list as "[", a blank line, "]".
        return json.replacingOccurrences(of: #"\[\s+\]"#, with: "[]", options: .regularExpression)
    }

    private struct Reason: Error { let words: Phrase }

    private static func contents(of file: String) throws -> Data {
        if file == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        guard FileManager.default.fileExists(atPath: file) else {
            throw Failure(Phrase("cli.noSuchFile", ["file": .text(file)]))
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw Failure(Phrase("cli.cannotRead", ["file": .text(file)]))
        }
        return data
    }

    /// Parses once with JSONSerialization, which says where the JSON breaks (JSONDecoder does
    /// not), and refuses unknown keys: a misspelt key would otherwise silently keep its default.
    private static func checkKeys<Value: Encodable>(_ data: Data, keysOf value: Value) throws {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed)
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            throw Reason(words: located(detail, in: data))
        }
        guard let given = object as? [String: Any] else {
            throw Reason(words: "policyFile.notAnObject")
        }
        let known = try JSONSerialization.jsonObject(with: JSONEncoder().encode(value))
        let defaults = known as? [String: Any] ?? [:]
        for (key, value) in given.sorted(by: { $0.key < $1.key }) {
            guard defaults[key] != nil else {
                throw Reason(words: Phrase("policyFile.unknownKey", ["key": .text(key.withoutControlCharacters),
                                                                    "keys": .text(defaults.keys.sorted().joined(separator: ", "))]))
            }
            // JSONDecoder refuses 1.5 or 1e20 for a whole number without saying where.
            if defaults[key] is NSNumber, let number = value as? NSNumber,
               Int(exactly: number.doubleValue) == nil || abs(number.doubleValue) > 1e9 {
                throw Reason(words: Phrase("policyFile.wholeNumber", ["key": .text(key), "value": .text("\(number)")]))
            }
        }
    }

    /// "not valid JSON at line 3, column 2": Foundation's reason says only "around character
    /// 11", in English, so the reader gets where, in their words.
    private static func located(_ detail: String, in data: Data) -> Phrase {
        let trimmed = detail.hasSuffix(".") ? String(detail.dropLast()) : detail
        guard let range = trimmed.range(of: #"around character \d+$"#, options: .regularExpression),
              let offset = Int(trimmed[range].split(separator: " ").last ?? "") else { return "policyFile.notJSON" }
        let before = String(decoding: data.prefix(offset), as: UTF8.self)
        let line = before.count(where: { $0 == "\n" }) + 1
        let column = (before.split(separator: "\n", omittingEmptySubsequences: false).last?.count ?? 0) + 1
        return Phrase("policyFile.notJSONAt", ["line": .number(line), "column": .number(column)])
    }

    /// The decoder's reason in words, with the key it was reading.
    private static func explain(_ error: DecodingError) -> Phrase {
        func at(_ path: [CodingKey]) -> Phrase.Arg {
            guard !path.isEmpty else { return .text("") }
            let key = path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().dropFirst()
            return .phrase(Phrase("policyFile.at", ["key": .text(String(key))]))
        }
        switch error {
        case .typeMismatch(let type, let context):
            let expected: W = type == Int.self ? "policyFile.aWholeNumber" : type == String.self ? "policyFile.aDate"
                : "\(type)".hasPrefix("Array") ? "policyFile.aList" : "policyFile.anotherValue"
            return Phrase("policyFile.expected", ["what": .word(expected), "at": at(context.codingPath)])
        case .valueNotFound(_, let context):
            return Phrase("policyFile.valueMissing", ["at": at(context.codingPath)])
        case .keyNotFound(let key, let context):
            return Phrase("policyFile.keyMissing", ["key": .text(key.stringValue), "at": at(context.codingPath)])
        case .dataCorrupted(let context):
            // A day or a time that does not read as one (the store's decoding says which);
            // anything else in Foundation's own words.
            let reason = context.debugDescription
            if reason.contains("YYYY-MM-DD") { return Phrase("policyFile.notADate", ["at": at(context.codingPath)]) }
            if reason.contains("HH:MM") { return Phrase("policyFile.notATime", ["at": at(context.codingPath)]) }
            return Phrase("policyFile.unreadable", ["reason": .text(reason), "at": at(context.codingPath)])
        @unknown default:
            return Phrase("policyFile.unreadable", ["reason": .text("\(error)"), "at": .text("")])
        }
    }
}
