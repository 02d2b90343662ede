import P4PStore

extension ProgramLoad {
    /// The invented program for `options`, as the store's bulk loader takes it: the same options
    /// always give the same records.
    public static func demo(_ options: DemoOptions) throws -> ProgramLoad {
        let world = DemoWorld.generate(options)
        var load = ProgramLoad(origin: "demo, scale \(options.scale.rawValue), seed \(options.seed), today \(options.today.iso)")
        load.allies = world.allies
        load.cases = world.cases.map(\.record)
        load.parents = world.parents.map(\.record)
        load.caseParents = world.parents.map {
            CaseParent(caseId: world.cases[$0.caseIndex].record.id!, parentId: $0.record.id!, role: $0.role, joinedOn: $0.joinedOn)
        }
        load.circumstances = world.parents.flatMap { p in p.circumstances.map { (parentId: p.record.id!, code: $0) } }
        load.children = world.children
        load.childMoves = world.childMoves
        load.hearings = world.hearings.enumerated().map { i, h in
            // The type goes by its code; the store puts in its own id for it.
            LoadedHearing(Hearing(id: ID(i + 1), caseId: world.cases[h.caseIndex].record.id!, typeId: 0, date: h.date,
                                  time: h.time, courtroom: h.courtroom.name, judicialOfficer: h.courtroom.officer,
                                  status: h.status, allyId: h.allyId),
                          typeCode: h.code)
        }
        load.hearingParents = world.hearingParents
        load.contacts = world.contacts
        load.referrals = world.referrals
        load.followUps = world.followUps
        load.classSessions = world.sessions
        load.classAttendance = world.attendance
        if options.withUsers { load.users = try DemoUsers.users(allies: world.allies) }
        return load
    }
}

extension DemoWorld {
    /// The whole program, stage by stage; each stage draws from its own random stream.
    static func generate(_ options: DemoOptions) -> DemoWorld {
        var w = DemoWorld(options: options)
        w.buildAllies()
        w.buildCases()
        w.fillTodaysDocket()
        w.planCoverage()
        w.enrollParents()
        w.assignCoveringAllies()
        w.recordEngagement()
        w.buildFollowUps()
        w.buildClasses()
        w.buildLaterCourses()
        w.buildChildMoves()
        w.recordCourtFindings()
        return w
    }
}
