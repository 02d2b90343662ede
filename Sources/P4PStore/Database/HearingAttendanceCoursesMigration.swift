import GRDB

/// v8: what the court found for each parent at a hearing (attendance, compliance with services
/// and with visitation), who made each contact, and courses as data rather than one fixed name.
enum HearingAttendanceCoursesMigration {
    static let id = "v8-hearing-attendance-courses"

    /// The courses every program starts with; only Dependency 101 counts for the statute's figure.
    static let seededCourses: [Course] = [
        Course(code: Course.dependency101, name: "Dependency 101", countsAsDependency101: true, sortOrder: 1),
        Course(code: "dependency-201", name: "Dependency 201", sortOrder: 2),
        Course(code: "support-group", name: "Parent support group", sortOrder: 3),
    ]

    static func run(_ db: Database) throws {
        // `parent_attended` (already there) is the court's attendance record from now on.
        try db.execute(sql: """
            ALTER TABLE hearing_parents ADD COLUMN services_compliance TEXT
                CHECK (services_compliance IN ('compliant', 'partially', 'not compliant', 'not addressed'));
            ALTER TABLE hearing_parents ADD COLUMN visitation_compliance TEXT
                CHECK (visitation_compliance IN ('compliant', 'partially', 'not compliant', 'not addressed'));
            ALTER TABLE contacts ADD COLUMN user_id INTEGER REFERENCES users(id);
            CREATE INDEX contacts_by_user ON contacts(user_id, date);
            CREATE TABLE courses (
                id INTEGER PRIMARY KEY,
                code TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                counts_as_dependency101 INTEGER NOT NULL DEFAULT 0,
                sort_order INTEGER NOT NULL DEFAULT 0,
                active INTEGER NOT NULL DEFAULT 1
            );
            """)
        for var course in seededCourses { try course.insert(db) }
        // A session of a course the program typed by hand keeps it: that name becomes a course.
        try db.execute(sql: """
            INSERT INTO courses (code, name, sort_order)
            SELECT DISTINCT course, course, 100 FROM class_sessions
            WHERE course NOT IN (SELECT name FROM courses) AND course NOT IN (SELECT code FROM courses)
            """)
        // The column's name stays `course`; it now holds a code that must be a course's.
        try db.execute(sql: """
            ALTER TABLE class_sessions RENAME COLUMN course TO course_name;
            ALTER TABLE class_sessions ADD COLUMN course TEXT REFERENCES courses(code);
            UPDATE class_sessions SET course = IFNULL(
                (SELECT code FROM courses WHERE courses.name = class_sessions.course_name),
                (SELECT code FROM courses WHERE courses.code = class_sessions.course_name));
            ALTER TABLE class_sessions DROP COLUMN course_name;
            CREATE INDEX class_sessions_by_course ON class_sessions(course, date);
            """)
    }
}
