import P4PStore

extension ProgramLoading {
    /// Fills a new, empty store with the demo program for `options`, through the store's bulk
    /// loader; a store that holds a program already is refused unchanged.
    @discardableResult
    public func fillWithDemoData(_ options: DemoOptions) throws -> DemoSummary {
        let program = try ProgramLoad.demo(options)
        return DemoSummary(written: try load(program), program, today: options.today)
    }
}

extension DemoSummary {
    /// What was written, and what today's screens will count in it (the tests hold the two to
    /// each other).
    init(written: LoadSummary, _ program: ProgramLoad, today: Day) {
        let open = Set(program.parents.filter { $0.status == .open }.compactMap(\.id))
        self.init(allies: written.allies, parents: written.parents, cases: written.cases, hearings: written.hearings,
                  hearingsToday: program.hearings.filter { $0.hearing.date == today }.count,
                  contacts: written.contacts, followUps: written.followUps,
                  unassigned: program.parents.filter { $0.status == .open && $0.allyId == nil }.count,
                  overdue: program.followUps.filter {
                      $0.doneOn == nil && $0.dueDate < today && open.contains($0.parentId)
                  }.count)
    }
}
