extension EnglishCatalogue {
    /// What the court recorded for each parent, courses as data, and a hearing's record on the docket.
    static let courtRecord: [W: String] = [
        "course.dependency-101": "Dependency 101",
        "course.dependency-201": "Dependency 201",
        "course.support-group": "Parent support group",
        "field.course": "Course",
        "field.attended": "  Attendance",
        "field.servicesCompliance": "  Services",
        "field.visitationCompliance": "  Visitation",
        // First letters differ, so one key chooses each.
        "attendance.present": "present",
        "attendance.absent": "absent",
        "detail.servicesFinding": "services: {finding}",
        "detail.visitationFinding": "visitation: {finding}",
        "compliance.compliant": "compliant",
        "compliance.partially": "partially",
        "compliance.notCompliant": "not compliant",
        "compliance.notAddressed": "unaddressed",
        "invalid.chooseActiveCourse": "Choose an active course",
        "invalid.metButAbsent": "A parent met at court was present",
        "help.mark.deadlineAtRisk": "{mark} after a hearing's time still to come: the case's next court deadline is near and no hearing is set for it in time (the parent's file says which)",
        "help.mark.record": "After a hearing's time: {held} held, {continued} continued, {cancelled} cancelled, {notRecorded} a past hearing nobody recorded",
    ]
}
