import Foundation
@testable import P4PStore

/// Allies' program records and parents' circumstances in memory, for the Allies screen and the
/// parent form. Like the SQLite store: a name given twice and a negative limit are refused at
/// their fields, a limit below the caseload is saved with a warning, an edit checks the version
/// the form read, and deactivating returns the ally's open parents to Unassigned.
extension InMemoryStore {
    func allyRecords() throws -> [AllyRecord] {
        withRecords { r in
            r.allies.map { ally in
                AllyRecord(ally: ally, openParents: r.parents.filter { $0.allyId == ally.id && $0.status == .open }.count)
            }
            .sorted { ($0.ally.active ? 0 : 1, $0.ally.name) < ($1.ally.active ? 0 : 1, $1.ally.name) }
        }
    }

    func experiences() throws -> [Experience] { withRecords { $0.experiences } }

    @discardableResult
    func saveAlly(_ ally: Ally) throws -> AllySaved {
        try write { r in
            var record = ally
            record.name = ally.name.trimmingCharacters(in: .whitespaces)
            guard !record.name.isEmpty else { throw StoreError.invalid(field: .allyName, reason: "invalid.empty") }
            if r.allies.contains(where: { $0.id != ally.id && $0.name.caseInsensitiveCompare(record.name) == .orderedSame }) {
                throw StoreError.invalid(field: .allyName, reason: Phrase("invalid.allyExists", ["name": .text(record.name)]))
            }
            guard record.caseloadLimit >= 0 else { throw StoreError.invalid(field: .caseloadLimit, reason: "invalid.notNegative") }
            guard let id = ally.id else {
                record.id = (r.allies.compactMap(\.id).max() ?? 0) + 1
                record.version = 1
                r.allies.append(record)
                self.audit("ally added", id: record.id, r)
                return AllySaved(id: record.id!)
            }
            guard let index = r.allies.firstIndex(where: { $0.id == id }) else { throw StoreError.notFound("notFound.ally") }
            guard r.allies[index].version == ally.version else {
                throw StoreError.stale(StaleRecord(record: .ally, id: id, currentVersion: r.allies[index].version))
            }
            record.version += 1
            r.allies[index] = record
            self.audit("ally updated", id: id, r)
            let open = r.parents.filter { $0.allyId == id && $0.status == .open }.count
            let warning = record.caseloadLimit < open
                ? Phrase("ally.limitBelowCaseload", ["limit": .number(record.caseloadLimit), "open": .number(open)]) : nil
            return AllySaved(id: id, warning: warning)
        }
    }

    @discardableResult
    func deactivateAlly(id: ID, reason: String, today: Day, expecting version: Int?) throws -> Int {
        try write { r in
            guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw StoreError.invalid(field: .reason, reason: "invalid.sayWhyDeactivated")
            }
            guard let index = r.allies.firstIndex(where: { $0.id == id }) else { throw StoreError.notFound("notFound.ally") }
            if let version, version != r.allies[index].version {
                throw StoreError.stale(StaleRecord(record: .ally, id: id, currentVersion: r.allies[index].version))
            }
            let theirs = r.parents.filter { $0.allyId == id && $0.status == .open }
            for var parent in theirs {
                parent.allyId = nil
                parent.allySince = nil
                parent.waitingSince = today
                try self.save(parent, .unassigned, r)
                self.audit("ally unassigned", id: parent.id, r)
            }
            r.allies[index].active = false
            r.allies[index].version += 1
            self.audit("ally deactivated", id: id, r)
            return theirs.count
        }
    }

    func circumstances(ofParent parentId: ID) throws -> [String] { withRecords { $0.circumstances[parentId] ?? [] } }

    func updateParent(_ parent: Parent, circumstances: [String]?, today: Day) throws {
        try write { r in
            var record = try self.parent(parent.id!, expecting: parent.version, r)
            record.name = parent.name; record.preferredName = parent.preferredName; record.phone = parent.phone
            record.language = parent.language; record.interpreterNeeded = parent.interpreterNeeded
            record.county = parent.county; record.status = parent.status; record.closingReason = parent.closingReason
            try self.save(record, .edited, r)
            if let circumstances { r.circumstances[parent.id!] = circumstances }
            self.audit("parent updated", id: parent.id, r)
        }
    }
}
