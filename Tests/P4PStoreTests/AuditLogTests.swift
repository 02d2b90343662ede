import Foundation
import GRDB
import Testing
@testable import P4PStore

/// Reading the audit log: filtered by day, user and parent, newest first; supervisors only.
@Suite("Audit log")
struct AuditLogTests {
    @Test("filters by user, parent and day; an ally may not read it", arguments: TestEngine.all)
    func filters(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let fast = SecretHash.Parameters.fastForTests
        try f.store.addUser(name: "Dana", role: .supervisor, secret: "246810", parameters: fast)
        try f.store.addUser(name: "Rosa", role: .ally, secret: "135790", parameters: fast)
        let users = Dictionary(uniqueKeysWithValues: try f.store.users().map { ($0.name, $0) })
        let dana = try f.store.actingStore(as: users["Dana"]!)
        let parent = try dana.createParent(Parent(name: "María", waitingSince: Day(iso: "2026-11-23")!))
        try dana.audit("parent detail opened", entity: "parent", id: parent)
        _ = try f.store.signIn(name: "Rosa", secret: "000000")

        let all = try dana.auditLog(AuditFilter(), page: PageRequest(offset: 0, limit: 100))
        #expect(all.rows.first?.action == "failed sign-in", "newest first")
        let danas = try dana.auditLog(AuditFilter(user: "Dana"), page: PageRequest(offset: 0, limit: 100))
        #expect(danas.rows.map(\.action) == ["parent detail opened", "parent created"])
        let maria = try dana.auditLog(AuditFilter(parentId: parent), page: PageRequest(offset: 0, limit: 100))
        #expect(maria.total == 2 && maria.rows.allSatisfy { $0.entry.entityId == parent })
        let today = String(SQLiteStore.timestamp().prefix(10))
        let onToday = try dana.auditLog(AuditFilter(on: Day(iso: today)!), page: PageRequest(offset: 0, limit: 1))
        #expect(onToday.total == all.total && onToday.rows.count == 1, "a window of a longer list keeps its total")
        let tomorrow = Day(iso: today)!.adding(days: 1)
        #expect(try dana.auditLog(AuditFilter(since: tomorrow), page: PageRequest(offset: 0, limit: 9)).total == 0)

        #expect(throws: StoreError.notAllowed("refusal.onlySupervisorAudit")) {
            try f.store.actingStore(as: users["Rosa"]!).auditLog(AuditFilter(), page: PageRequest(offset: 0, limit: 9))
        }
    }

    /// A supervisor, two allies, a parent on a case with a hearing and a follow-up.
    struct World {
        let f: StoreFixture
        let dana: User
        let danaStore: ProgramStore
        let rosa: ID, fartun: ID, maria: ID, caseId: ID, hearing: ID, checkIn: ID

        init(_ engine: TestEngine) throws {
            f = try StoreFixture(engine)
            try f.store.addUser(name: "Dana Brooks", role: .supervisor, secret: "246810", parameters: .fastForTests)
            dana = try #require(try f.store.user(named: "Dana Brooks"))
            danaStore = try f.store.actingStore(as: dana)
            rosa = try f.ally("Rosa Delgado")
            fartun = try f.ally("Fartun Hassan")
            maria = try f.parent("María Núñez")
            caseId = try f.caseWithParent("26-7-00012-3", parent: maria)
            hearing = try f.hearing(case: caseId, on: StoreFixture.day("2026-11-23"))
            checkIn = try f.followUp(parent: maria, ally: nil, due: StoreFixture.day("2026-11-20"))
        }

        /// Appends an entry as a write would, with a detail in the shape given.
        func append(_ action: String, actor: String? = nil, entity: String?, id: ID?, detail: String?) throws {
            try f.write { db in
                try f.store.appendAudit(AuditEntry(at: SQLiteStore.timestamp(), actor: actor ?? ActorNames.user(dana.id),
                                                   action: action, entity: entity, entityId: id, detail: detail), db)
            }
        }

        /// The newest entries as `p4p audit` and the audit screen tell them, newest first.
        func sentences(_ count: Int, in language: Language = .english) throws -> [String] {
            try danaStore.auditLog(AuditFilter(), page: PageRequest(offset: 0, limit: count)).rows.map { $0.sentence(language) }
        }

        /// The entries of every shape the writes give a detail, oldest first.
        func appendOneOfEachShape() throws {
            try append("ally assigned", entity: "parent", id: maria, detail: "ally \(fartun) (was none)")
            try append("ally assigned", entity: "parent", id: maria, detail: "ally \(rosa) (was \(fartun)): speaks Spanish")
            try append("ally assigned", entity: "parent", id: maria, detail: "ally \(rosa): closer to home")
            try append("ally unassigned", entity: "parent", id: maria, detail: "was \(rosa): moved out of county")
            try append("ally unassigned", entity: "parent", id: maria, detail: "asked for a break")
            try append("contact attempted", entity: "parent", id: maria, detail: "follow-up \(checkIn)")
            try append("contact logged", entity: "parent", id: maria, detail: "follow-up \(checkIn)")
            try append("follow-up snoozed", entity: "follow-up", id: checkIn, detail: "to 2026-12-08: in hospital")
            try append("court outcome recorded", entity: "hearing", id: hearing, detail: "held")
            try append("case created", entity: "case", id: caseId, detail: "parents \(maria)")
            try append("parent updated", entity: "parent", id: maria, detail: "fields: name, phone")
            try append("user added", actor: "system:pat", entity: "user", id: dana.id, detail: "role supervisor")
            try append("failed sign-in", actor: "system:kiosk", entity: nil, id: nil, detail: nil)
        }
    }

    @Test("entries read as sentences that name the people, in every shape the writes give a detail", arguments: TestEngine.all)
    func sentences(_ engine: TestEngine) throws {
        let w = try World(engine)
        try w.danaStore.assignAlly(parentId: w.maria, allyId: w.fartun, on: StoreFixture.day("2026-11-23"))
        #expect(try w.sentences(1).first?.hasPrefix("Dana Brooks assigned María Núñez to Fartun Hassan") == true)

        // The shapes the lead's writes give from now on, and the ones before them.
        try w.appendOneOfEachShape()
        #expect(try w.sentences(13).reversed() == [
            "Dana Brooks assigned María Núñez to Fartun Hassan (was: none)",
            "Dana Brooks assigned María Núñez to Rosa Delgado (was: Fartun Hassan): speaks Spanish",
            "Dana Brooks assigned María Núñez to Rosa Delgado: closer to home",
            "Dana Brooks took María Núñez back to Unassigned (was: Rosa Delgado): moved out of county",
            "Dana Brooks took María Núñez back to Unassigned: asked for a break",
            "Dana Brooks tried to reach María Núñez without reaching them; the check-in stays open",
            "Dana Brooks logged a contact with María Núñez, completing the check-in",
            "Dana Brooks moved María Núñez's check-in to 2026-12-08: in hospital",
            "Dana Brooks recorded court for the 72-hour shelter care hearing of 2026-11-23, case 26-7-00012-3: held",
            "Dana Brooks opened case 26-7-00012-3 with María Núñez",
            "Dana Brooks corrected María Núñez's record (name, phone)",
            "pat (computer account) added the user Dana Brooks (supervisor)",
            "kiosk (computer account) refused a sign-in under a name no user has",
        ])
    }

    @Test("the same entries read in Spanish: the stored rows are the same, the words are the reader's", arguments: TestEngine.all)
    func sentencesInSpanish(_ engine: TestEngine) throws {
        let w = try World(engine)
        try w.appendOneOfEachShape()
        let stored = try w.f.store.engine.read { db in try SQLRow.fetchAll(db, sql: "SELECT action, detail FROM audit_log ORDER BY id") }
        #expect(try w.sentences(13, in: .spanish).reversed() == [
            "Dana Brooks asignó a María Núñez a Fartun Hassan (antes: nadie)",
            "Dana Brooks asignó a María Núñez a Rosa Delgado (antes: Fartun Hassan): speaks Spanish",
            "Dana Brooks asignó a María Núñez a Rosa Delgado: closer to home",
            "Dana Brooks devolvió a María Núñez a Sin asignar (antes: Rosa Delgado): moved out of county",
            "Dana Brooks devolvió a María Núñez a Sin asignar: asked for a break",
            "Dana Brooks intentó comunicarse con María Núñez sin lograrlo; la tarea «seguimiento» sigue pendiente",
            "Dana Brooks registró un contacto con María Núñez, que completa la tarea «seguimiento»",
            "Dana Brooks pasó la tarea «seguimiento» de María Núñez al 2026-12-08: in hospital",
            "Dana Brooks registró el resultado de la audiencia de Custodia protectora (72 horas) del 2026-11-23, "
                + "en el caso 26-7-00012-3: celebrada",
            "Dana Brooks abrió el caso 26-7-00012-3 con María Núñez",
            "Dana Brooks corrigió el registro de María Núñez (nombre, teléfono)",
            "pat (cuenta del equipo) agregó al usuario Dana Brooks (supervisor/a)",
            "kiosk (cuenta del equipo) rechazó un inicio de sesión con un nombre que ningún usuario tiene",
        ])
        // Reading in Spanish wrote nothing and changed nothing.
        #expect(try w.f.store.engine.read { db in try SQLRow.fetchAll(db, sql: "SELECT action, detail FROM audit_log ORDER BY id") } == stored)
    }

    @Test("counts the store wrote in English are read back in the reader's words; a detail in another shape as written", arguments: TestEngine.all)
    func countsInTheReadersWords(_ engine: TestEngine) throws {
        let w = try World(engine)
        var summary = ImportSummary()
        (summary.rows, summary.casesAdded, summary.parentsAdded, summary.hearingsAdded) = (12, 2, 3, 2)
        try w.append("docket imported", entity: "docket", id: nil, detail: summary.auditDetail)
        try w.append("reminders closed as missed", entity: nil, id: nil, detail: "1 follow-up")
        try w.append("exported", entity: "table", id: nil, detail: "parents, de-identified: 120 rows")
        try w.append("report printed: monthly 2026-10", entity: nil, id: nil, detail: nil)
        try w.append("docket imported", entity: "docket", id: nil, detail: "an older shape, 7 rows")
        #expect(try w.sentences(5).reversed() == [
            "Dana Brooks imported the court calendar (rows 12; added cases 2, parents 3, hearings 2; updated hearings 0 "
                + "(moved 0); unchanged hearings 0, parents 0; rejected 0; duplicates 0; not parents 0; unknown hearing types 0)",
            "Dana Brooks closed as missed the hearing reminders whose hearings had passed (1 follow-up)",
            "Dana Brooks exported parents, de-identified: 120 rows",
            "Dana Brooks printed the monthly report for October 2026",
            "Dana Brooks imported the court calendar (an older shape, 7 rows)",
        ])
        #expect(try w.sentences(5, in: .spanish).reversed() == [
            "Dana Brooks importó el calendario de la corte (filas 12; agregados: casos 2, madres y padres 3, audiencias 2; "
                + "audiencias actualizadas 0 (cambiadas de fecha 0); sin cambios: audiencias 0, madres y padres 0; rechazadas 0; "
                + "duplicadas 0; no son madres ni padres 0; tipos de audiencia desconocidos 0)",
            "Dana Brooks cerró como perdidos los recordatorios de audiencias ya pasadas (1 seguimiento)",
            "Dana Brooks exportó parents, sin datos identificativos: 120 filas",
            "Dana Brooks imprimió el informe mensual de octubre de 2026",
            "Dana Brooks importó el calendario de la corte (an older shape, 7 rows)",
        ])
    }

    @Test("a detail in no known shape is shown as written, without its control characters", arguments: TestEngine.all)
    func unknownShapes(_ engine: TestEngine) throws {
        let w = try World(engine)
        try w.append("parent moved county", entity: "parent", id: w.maria, detail: "to King\u{1B}[2J\u{7}")
        try w.append("ally assigned", entity: "parent", id: w.maria, detail: "someone\u{1B}]0;owned\u{7} else")
        let lines = try w.sentences(2)
        #expect(lines == ["Dana Brooks ally assigned (María Núñez): someone]0;owned else",
                          "Dana Brooks parent moved county (María Núñez): to King[2J"])
        #expect(!lines.joined().contains { $0.isControlLike })
    }

    @Test("names are read when the log is shown: a renamed user shows the new name, a removed parent none", arguments: TestEngine.all)
    func namesAtReadingTime(_ engine: TestEngine) throws {
        let w = try World(engine)
        try w.danaStore.audit("parent detail opened", entity: "parent", id: w.maria)
        let stored = try w.f.store.engine.read { db in try String.fetchOne(db, sql: "SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1") }
        #expect(stored == "user:\(w.dana.id)", "the log keeps the id")
        try w.f.write { db in
            try db.execute(sql: "UPDATE users SET name = 'Dana Brooks-Ortiz' WHERE id = ?", arguments: [w.dana.id])
            try db.execute(sql: "DELETE FROM parents WHERE id = ?", arguments: [w.maria])
        }
        #expect(try w.sentences(1) == ["Dana Brooks-Ortiz opened the file of a parent no longer on file"])
        #expect(try w.f.store.verifyAuditLog().intact, "no name was in the chain")
    }

    @Test("a user's entries are found by name whether stored as user:<id> or, from before, user:NAME", arguments: TestEngine.all)
    func filterByUserBothForms(_ engine: TestEngine) throws {
        let w = try World(engine)
        try w.append("parent detail opened", actor: "user:Dana Brooks", entity: "parent", id: w.maria, detail: nil)
        try w.danaStore.audit("parent detail opened", entity: "parent", id: w.maria)
        try w.append("screen locked", actor: "system:pat", entity: nil, id: nil, detail: nil)
        let danas = try w.danaStore.auditLog(AuditFilter(user: "Dana Brooks"), page: PageRequest(offset: 0, limit: 9))
        #expect(danas.total == 2 && danas.rows.allSatisfy { $0.who.text(.english) == "Dana Brooks" })
        #expect(Set(danas.rows.map(\.entry.actor)) == ["user:Dana Brooks", "user:\(w.dana.id)"])
        let scripts = try w.danaStore.auditLog(AuditFilter(user: "system:pat"), page: PageRequest(offset: 0, limit: 9))
        #expect(scripts.rows.map { $0.sentence(.english) } == ["pat (computer account) locked the screen"])
    }

    @Test("a page of entries costs a few queries for names, not one per row")
    func namesInAFewQueries() throws {
        let w = try World(.file)
        var parents: [ID] = []
        for n in 0..<60 { parents.append(try w.f.parent("Parent \(n)")) }
        for parent in parents {
            try w.append("ally assigned", entity: "parent", id: parent, detail: "ally \(w.rosa) (was \(w.fartun)): move")
            try w.append("contact logged", entity: "parent", id: parent, detail: "follow-up \(w.checkIn)")
        }
        let entries = try w.f.file.read { db in try AuditEntry.fetchAll(db, sql: "SELECT * FROM audit_log ORDER BY id DESC") }
        let statements = Counter()
        let lines = try w.f.file.read { db in
            db.trace { _ in statements.add() }
            defer { db.trace(nil) }
            return try AuditStory.tell(entries, GRDBSession(db))
        }
        #expect(lines.count == 121 && lines.first?.sentence(.english) == "Dana Brooks logged a contact with Parent 59, completing the check-in")
        #expect(statements.value <= 7, "one query per kind of record named, not one per entry: \(statements.value)")
    }
}
