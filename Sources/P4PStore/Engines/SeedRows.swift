/// The rows a new database starts with, on either engine: the hearing types, courses and lived
/// experience a program has before it adds its own. SQLite's migrations seed the same lists.
public enum SeedRows {
    public static func insert(_ session: any SQLSession) throws {
        for var type in Schema.washingtonHearingTypes { try type.insert(session) }
        for var course in HearingAttendanceCoursesMigration.seededCourses { try course.insert(session) }
        for (position, code) in Experience.seeded.enumerated() {
            try session.execute(sql: "INSERT INTO experiences (code, label, position) VALUES (?, NULL, ?)",
                                arguments: [code, position])
        }
    }
}
