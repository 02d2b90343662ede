/// A calendar's parent rows gathered per case: the parents it names and the hearings it lists.
/// A calendar has one row per hearing per party; the program keeps one hearing per case, day and
/// type, and each parent once per case.
struct CalendarCase: Equatable {
    var caseNumber: String
    var parties: [CalendarParty] = []
    var hearings: [CalendarHearing] = []

    /// Cases in the order the file first names them; `typeOf` gives each row's hearing type id.
    static func group(_ rows: [DocketRow], typeOf: (DocketRow) -> ID) -> [CalendarCase] {
        var cases: [CalendarCase] = []
        var caseIndex: [String: Int] = [:]
        for row in rows {
            let key = SearchPattern.fold(row.caseNumber)
            let i = caseIndex[key] ?? {
                cases.append(CalendarCase(caseNumber: row.caseNumber))
                caseIndex[key] = cases.count - 1
                return cases.count - 1
            }()
            cases[i].add(row, typeId: typeOf(row))
        }
        return cases
    }

    private mutating func add(_ row: DocketRow, typeId: ID) {
        if let i = parties.firstIndex(where: { NameMatch.words($0.name) == NameMatch.words(row.partyName) }) {
            parties[i].firstDate = min(parties[i].firstDate, row.date)
            parties[i].language = parties[i].language ?? row.language
            parties[i].interpreterNeeded = parties[i].interpreterNeeded || row.interpreterNeeded
        } else {
            parties.append(CalendarParty(name: row.partyName, role: row.role, firstDate: row.date,
                                         language: row.language, interpreterNeeded: row.interpreterNeeded))
        }
        if let i = hearings.firstIndex(where: { $0.typeId == typeId && $0.date == row.date }) {
            // Each party's row repeats the hearing; a blank in one row does not erase another's.
            hearings[i].time = hearings[i].time ?? row.time
            hearings[i].courtroom = hearings[i].courtroom ?? row.courtroom
            hearings[i].judicialOfficer = hearings[i].judicialOfficer ?? row.judicialOfficer
        } else {
            hearings.append(CalendarHearing(typeId: typeId, date: row.date, time: row.time,
                                            courtroom: row.courtroom, judicialOfficer: row.judicialOfficer))
        }
    }
}

struct CalendarParty: Equatable {
    var name: String
    var role: ParentRole
    /// The first day the calendar shows this parent at a hearing: the day they join a case.
    var firstDate: Day
    var language: String?
    var interpreterNeeded: Bool
}

struct CalendarHearing: Equatable {
    var typeId: ID
    var date: Day
    var time: TimeOfDay?
    var courtroom: String?
    var judicialOfficer: String?
}

/// Is this calendar name a parent already on the case? Without case or accents ("Nunez, Maria"
/// is "María Núñez"); failing that, the same first and last name when only one parent has them
/// ("Maria L. Garcia" is the "Maria Garcia" on file).
enum NameMatch {
    static func words(_ name: String) -> [String] {
        SearchPattern.fold(name).split(whereSeparator: { $0.isWhitespace || $0 == "." }).map(String.init)
    }

    static func find(_ name: String, among known: [(id: ID, name: String)]) -> ID? {
        let target = words(name)
        if let exact = known.first(where: { words($0.name) == target }) { return exact.id }
        guard target.count >= 2 else { return nil }
        let loose = known.filter {
            let w = words($0.name)
            return w.count >= 2 && w.first == target.first && w.last == target.last
        }
        return loose.count == 1 ? loose[0].id : nil
    }
}
