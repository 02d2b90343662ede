/// A court calendar's CSV records, read strictly and by line number.
///
/// Quoted fields may hold commas, doubled quotes and line breaks (RFC 4180); LF, CRLF and CR all
/// end a line. The import reads records itself rather than through CSV.swift because a CSV
/// library answers a broken quote by reading on: a row whose quote is never closed swallows the
/// rows after it into one field, silently. Here a broken record is named by its line and reading
/// starts again on the line after the broken quote opened, so one bad row costs one row.
struct CalendarRecords: Sequence, IteratorProtocol {
    enum Record: Equatable {
        /// The fields, the line the record starts on and the line it ends on (a quoted line
        /// break makes one record several lines).
        case fields([String], line: Int, lastLine: Int)
        /// A record that cannot be read; `reason` names no value from it.
        case malformed(line: Int, reason: Phrase)
    }

    static let unclosedQuote: Phrase = "importReject.unclosedQuote"
    static let textAfterQuote: Phrase = "importReject.textAfterQuote"

    private let scalars: [Unicode.Scalar]
    private var position = 0
    private var line = 1

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    mutating func next() -> Record? {
        guard position < scalars.count else { return nil }
        let firstLine = line
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        while true {
            if position < scalars.count, scalars[position] == "\"" {
                let quoteLine = line
                // Where to start again if this quote turns out broken: the line after it opened.
                var afterQuoteLine: (position: Int, line: Int)?
                position += 1
                while true {
                    guard position < scalars.count else {
                        return resume(afterQuoteLine, line: firstLine, reason: Self.unclosedQuote)
                    }
                    let c = scalars[position]
                    if c == "\"" {
                        if position + 1 < scalars.count, scalars[position + 1] == "\"" {
                            field.append("\"")
                            position += 2
                            continue
                        }
                        position += 1
                        break
                    }
                    if let width = lineBreakWidth(at: position) {
                        field.append(contentsOf: scalars[position..<position + width])
                        position += width
                        line += 1
                        if afterQuoteLine == nil { afterQuoteLine = (position, line) }
                        continue
                    }
                    field.append(c)
                    position += 1
                }
                // A closing quote must end the field. Text after it on a later line means the
                // quote that opened this field was never closed and took the next rows with it.
                if position < scalars.count, scalars[position] != ",", lineBreakWidth(at: position) == nil {
                    if line > quoteLine { return resume(afterQuoteLine, line: firstLine, reason: Self.unclosedQuote) }
                    return resume(nil, line: firstLine, reason: Self.textAfterQuote)
                }
            } else {
                while position < scalars.count, scalars[position] != ",", lineBreakWidth(at: position) == nil {
                    field.append(scalars[position])
                    position += 1
                }
            }
            fields.append(String(field))
            field = String.UnicodeScalarView()
            if position < scalars.count, scalars[position] == "," {
                position += 1
                continue
            }
            let lastLine = line
            if let width = lineBreakWidth(at: position) {
                position += width
                line += 1
            }
            return .fields(fields, line: firstLine, lastLine: lastLine)
        }
    }

    /// Gives up on a broken record: reading starts again at `restart` (the line after the broken
    /// quote opened), or else on the line after the current position.
    private mutating func resume(_ restart: (position: Int, line: Int)?, line firstLine: Int, reason: Phrase) -> Record {
        if let restart {
            (position, line) = restart
        } else {
            while position < scalars.count, lineBreakWidth(at: position) == nil { position += 1 }
            if let width = lineBreakWidth(at: position) {
                position += width
                line += 1
            }
        }
        return .malformed(line: firstLine, reason: reason)
    }

    /// 2 for CRLF, 1 for LF or CR, nil for anything else.
    private func lineBreakWidth(at i: Int) -> Int? {
        guard i < scalars.count else { return nil }
        switch scalars[i] {
        case "\n": return 1
        case "\r": return i + 1 < scalars.count && scalars[i + 1] == "\n" ? 2 : 1
        default: return nil
        }
    }
}
