import Foundation

/// An entry's detail, read back from the shapes the writes give it ("ally 5 (was 3): moved",
/// "parents 12, 13", "to 2026-12-08: in hospital"). A detail in no known shape stays text.
enum AuditDetail: Equatable {
    /// Whom the parent had before: old entries did not say.
    enum Before: Equatable { case unknown, nobody, ally(ID) }
    struct Attendance: Equatable { var parentId: ID; var came: Bool }

    case none
    case assigned(ally: ID, before: Before, reason: String?)
    case unassigned(before: Before, reason: String?)
    case followUp(ID)
    case snoozed(to: String, reason: String?)
    case parents([ID])
    case attendance([Attendance], invited: [ID])
    case fields([String])
    /// An ally deactivated: how many open parents went back to Unassigned, and why.
    case deactivated(parents: Int, reason: String?)
    case text(String)

    static func parse(action: String, detail: String?) -> AuditDetail {
        guard let detail, !detail.isEmpty else { return .none }
        let parsed: AuditDetail?
        switch action {
        case "ally assigned": parsed = assigned(detail)
        case "ally unassigned": parsed = unassigned(detail)
        case "coverage planned": parsed = detail.hasPrefix("ally ") ? assigned(detail) : unassigned(detail)
        case "contact logged", "contact attempted": parsed = number(after: "follow-up ", in: detail).map(AuditDetail.followUp)
        case "follow-up snoozed": parsed = snoozed(detail)
        case "case created", "class invitations": parsed = ids(after: "parents ", in: detail).map(AuditDetail.parents)
        case "class scheduled": parsed = ids(after: "invited ", in: detail).map(AuditDetail.parents)
        case "parent joined case": parsed = number(after: "parent ", in: detail).map { .parents([$0]) }
        case "class attendance": parsed = attendance(detail)
        case "parent updated", "hearing updated", "ally updated": parsed = fields(detail)
        case "ally deactivated": parsed = deactivated(detail)
        default: parsed = nil
        }
        return parsed ?? .text(detail.withoutControlCharacters)
    }

    /// "ally 5", "ally 5: reason", "ally 5 (was none)", "ally 5 (was 3): reason".
    private static func assigned(_ detail: String) -> AuditDetail? {
        guard detail.hasPrefix("ally ") else { return nil }
        var rest = Substring(detail.dropFirst("ally ".count))
        guard let ally = leadingNumber(&rest) else { return nil }
        var before = Before.unknown
        if rest.hasPrefix(" (was ") {
            rest = rest.dropFirst(" (was ".count)
            guard let was = self.before(&rest), rest.hasPrefix(")") else { return nil }
            before = was
            rest = rest.dropFirst()
        }
        guard let reason = reason(rest) else { return nil }
        return .assigned(ally: ally, before: before, reason: reason.value)
    }

    /// "was 3: reason", "was none"; before the ally was kept, the reason alone.
    private static func unassigned(_ detail: String) -> AuditDetail {
        var rest = Substring(detail)
        if rest.hasPrefix("was ") {
            rest = rest.dropFirst("was ".count)
            if let was = before(&rest), let reason = reason(rest) { return .unassigned(before: was, reason: reason.value) }
        }
        return .unassigned(before: .unknown, reason: detail.withoutControlCharacters)
    }

    /// "to 2026-12-08: reason".
    private static func snoozed(_ detail: String) -> AuditDetail? {
        guard detail.hasPrefix("to ") else { return nil }
        let rest = detail.dropFirst("to ".count)
        let day = rest.prefix { $0 != ":" }
        guard Day(iso: String(day)) != nil, let reason = reason(rest.dropFirst(day.count)) else { return nil }
        return .snoozed(to: String(day), reason: reason.value)
    }

    /// "parent 3: attended; parent 4: did not attend; invited 5, 6".
    private static func attendance(_ detail: String) -> AuditDetail? {
        var marks: [Attendance] = []
        var invited: [ID] = []
        for part in detail.split(separator: "; ") {
            if let ids = ids(after: "invited ", in: String(part)) { invited += ids; continue }
            let pieces = part.split(separator: ":", maxSplits: 1)
            guard pieces.count == 2, let id = number(after: "parent ", in: String(pieces[0])) else { return nil }
            switch pieces[1].trimmingCharacters(in: .whitespaces) {
            case "attended": marks.append(Attendance(parentId: id, came: true))
            case "did not attend": marks.append(Attendance(parentId: id, came: false))
            default: return nil
            }
        }
        return .attendance(marks, invited: invited)
    }

    /// "parents 2: reason".
    private static func deactivated(_ detail: String) -> AuditDetail? {
        guard detail.hasPrefix("parents ") else { return nil }
        var rest = Substring(detail.dropFirst("parents ".count))
        guard let count = leadingNumber(&rest), let reason = reason(rest) else { return nil }
        return .deactivated(parents: Int(count), reason: reason.value)
    }

    /// "fields: name, phone"; "no changes".
    private static func fields(_ detail: String) -> AuditDetail? {
        if detail == "no changes" { return .fields([]) }
        guard detail.hasPrefix("fields: ") else { return nil }
        return .fields(detail.dropFirst("fields: ".count).split(separator: ", ").map { String($0).withoutControlCharacters })
    }

    // MARK: - Pieces

    /// "3" or "none", moving past it.
    private static func before(_ text: inout Substring) -> Before? {
        if text.hasPrefix("none") { text = text.dropFirst(4); return .nobody }
        return leadingNumber(&text).map(Before.ally)
    }

    /// The end of a detail: nothing, or ": reason".
    private struct Tail { var value: String? }

    /// nil when the text is neither nothing nor ": reason".
    private static func reason(_ text: Substring) -> Tail? {
        if text.isEmpty { return Tail(value: nil) }
        guard text.hasPrefix(": ") else { return nil }
        let reason = text.dropFirst(2).withoutControlCharacters
        return Tail(value: reason.isEmpty ? nil : reason)
    }

    private static func leadingNumber(_ text: inout Substring) -> ID? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let value = ID(digits) else { return nil }
        text = text.dropFirst(digits.count)
        return value
    }

    /// The whole text is `prefix` and one number.
    private static func number(after prefix: String, in text: String) -> ID? {
        guard text.hasPrefix(prefix) else { return nil }
        var rest = Substring(text.dropFirst(prefix.count))
        guard let id = leadingNumber(&rest), rest.isEmpty else { return nil }
        return id
    }

    /// The whole text is `prefix` and numbers separated by ", ".
    private static func ids(after prefix: String, in text: String) -> [ID]? {
        guard text.hasPrefix(prefix) else { return nil }
        let parts = text.dropFirst(prefix.count).split(separator: ", ", omittingEmptySubsequences: false)
        let ids = parts.compactMap { ID($0) }
        return ids.count == parts.count && !ids.isEmpty ? ids : nil
    }
}

extension Substring {
    fileprivate var withoutControlCharacters: String { String(self).withoutControlCharacters }
}
