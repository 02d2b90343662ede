
extension Course {
    /// The course's name: the program's own words for the courses it ships with, else the name
    /// the program gave a course it added.
    public var words: Phrase { Self.words(code: code, name: name) }

    public static func words(code: String, name: String) -> Phrase {
        let key = W("course.\(code)")
        return Catalogue.has(key) ? Phrase(key) : .asIs(name)
    }

    /// The course a stored name or code stands for, made a course of its own when none does: a
    /// program file written before courses were data names its sessions' course by name.
    static func code(for nameOrCode: String, _ db: any SQLSession) throws -> String {
        if let code = try String.fetchOne(db, sql: "SELECT code FROM courses WHERE code = ? OR name = ? ORDER BY code = ? DESC",
                                          arguments: [nameOrCode, nameOrCode, nameOrCode]) {
            return code
        }
        var course = Course(code: nameOrCode, name: nameOrCode, sortOrder: 100)
        try course.insert(db)
        return course.code
    }
}

extension ProgramStore {
    /// The active courses in the program's order.
    public func courses() throws -> [Course] {
        try engine.read { db in
            try Course.fetchAll(db, sql: "SELECT * FROM courses WHERE active = 1 ORDER BY sort_order, name")
        }
    }
}
