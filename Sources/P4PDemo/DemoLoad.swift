import P4PStore

extension ProgramLoad {
    /// The invented program for `options`, as the store's bulk loader takes it: the same options
    /// always give the same records.
    public static func demo(_ options: DemoOptions) throws -> ProgramLoad {
        var load = ProgramLoad(origin: "demo, scale \(options.scale.rawValue), seed \(options.seed), today \(options.today.iso)")
        if options.scale == .state {
            try DemoState.fill(&load, options)
            return load
        }
        let world = DemoWorld.generate(options)
        world.append(to: &load, at: DemoIdOffsets())
        if options.withUsers { load.users = try DemoUsers.users(allies: world.allies) }
        return load
    }
}

/// Where one world's ids start in a load that holds several (a state's counties): each record's
/// id, and each id it refers to, is the world's own plus the offset of its kind.
struct DemoIdOffsets {
    var allies: ID = 0
    var cases: ID = 0
    var parents: ID = 0
    var children: ID = 0
    var childMoves: ID = 0
    var hearings: ID = 0
    var contacts: ID = 0
    var referrals: ID = 0
    var followUps: ID = 0
    var sessions: ID = 0

    /// The offsets for the world after `world`.
    func after(_ world: DemoWorld) -> DemoIdOffsets {
        var next = self
        next.allies += ID(world.allies.count); next.cases += ID(world.cases.count)
        next.parents += ID(world.parents.count); next.children += ID(world.children.count)
        next.childMoves += ID(world.childMoves.count); next.hearings += ID(world.hearings.count)
        next.contacts += ID(world.contacts.count); next.referrals += ID(world.referrals.count)
        next.followUps += ID(world.followUps.count); next.sessions += ID(world.sessions.count)
        return next
    }
}

extension DemoWorld {
    /// Adds this world's records to `load`, their ids moved on by `o`.
    func append(to load: inout ProgramLoad, at o: DemoIdOffsets) {
        func moved(_ id: ID?, _ offset: ID) -> ID? { id.map { $0 + offset } }
        load.allies += allies.map { var a = $0; a.id = moved(a.id, o.allies); return a }
        load.cases += cases.map { var c = $0.record; c.id = moved(c.id, o.cases); return c }
        load.parents += parents.map { p in
            var r = p.record; r.id = moved(r.id, o.parents); r.allyId = moved(r.allyId, o.allies); return r
        }
        load.caseParents += parents.map {
            CaseParent(caseId: cases[$0.caseIndex].record.id! + o.cases, parentId: $0.record.id! + o.parents, role: $0.role,
                       joinedOn: $0.joinedOn)
        }
        load.circumstances += parents.flatMap { p in p.circumstances.map { (parentId: p.record.id! + o.parents, code: $0) } }
        load.children += children.map { var c = $0; c.id = moved(c.id, o.children); c.caseId += o.cases; return c }
        load.childMoves += childMoves.map { var m = $0; m.id = moved(m.id, o.childMoves); m.childId += o.children; return m }
        load.hearings += hearings.enumerated().map { i, h in
            // The type goes by its code; the store puts in its own id for it.
            LoadedHearing(Hearing(id: ID(i + 1) + o.hearings, caseId: cases[h.caseIndex].record.id! + o.cases, typeId: 0,
                                  date: h.date, time: h.time, courtroom: h.courtroom.name, judicialOfficer: h.courtroom.officer,
                                  status: h.status, allyId: moved(h.allyId, o.allies)),
                          typeCode: h.code)
        }
        load.hearingParents += hearingParents.map { var h = $0; h.hearingId += o.hearings; h.parentId += o.parents; return h }
        load.contacts += contacts.map { c in
            var r = c; r.id = moved(c.id, o.contacts); r.parentId += o.parents; r.allyId = moved(c.allyId, o.allies); return r
        }
        load.referrals += referrals.map { r in
            var m = r; m.id = moved(r.id, o.referrals); m.parentId += o.parents; m.contactId = moved(r.contactId, o.contacts)
            m.allyId = moved(r.allyId, o.allies); return m
        }
        load.followUps += followUps.map { f in
            var m = f; m.id = moved(f.id, o.followUps); m.parentId += o.parents; m.allyId = moved(f.allyId, o.allies)
            m.contactId = moved(f.contactId, o.contacts); m.hearingId = moved(f.hearingId, o.hearings); return m
        }
        load.classSessions += sessions.map { var s = $0; s.id = moved(s.id, o.sessions); s.allyId = moved(s.allyId, o.allies); return s }
        load.classAttendance += attendance.map { var a = $0; a.sessionId += o.sessions; a.parentId += o.parents; return a }
    }

    /// The whole program, stage by stage; each stage draws from its own random stream.
    static func generate(_ options: DemoOptions, params: DemoScaleParameters? = nil) -> DemoWorld {
        var w = DemoWorld(options: options, params: params)
        w.buildAllies()
        w.buildCases()
        w.fillTodaysDocket()
        w.planCoverage()
        w.enrollParents()
        w.assignCoveringAllies()
        w.recordEngagement()
        w.buildFollowUps()
        if w.params.closesFollowUpsWithFile { w.closeFollowUpsOfClosedParents() }
        w.buildClasses()
        w.buildLaterCourses()
        w.buildChildMoves()
        w.recordCourtFindings()
        return w
    }
}
