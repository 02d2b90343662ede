/// The table each record is a row of, on every engine.
extension Ally: SQLIdentifiedRecord { public static let table = "allies" }
extension Parent: SQLIdentifiedRecord { public static let table = "parents" }
extension DependencyCase: SQLIdentifiedRecord { public static let table = "cases" }
extension Child: SQLIdentifiedRecord { public static let table = "children" }
extension CaseParent: SQLRecord { public static let table = "case_parents" }
extension HearingType: SQLIdentifiedRecord { public static let table = "hearing_types" }
extension Hearing: SQLIdentifiedRecord { public static let table = "hearings" }
extension HearingParent: SQLRecord { public static let table = "hearing_parents" }
extension Contact: SQLIdentifiedRecord { public static let table = "contacts" }
extension FollowUp: SQLIdentifiedRecord { public static let table = "follow_ups" }
extension ClassSession: SQLIdentifiedRecord { public static let table = "class_sessions" }
extension Course: SQLIdentifiedRecord { public static let table = "courses" }
extension ClassAttendance: SQLRecord { public static let table = "class_attendance" }
extension Referral: SQLIdentifiedRecord { public static let table = "referrals" }
extension AuditEntry: SQLIdentifiedRecord { public static let table = "audit_log" }
extension ChildMove: SQLIdentifiedRecord { public static let table = "child_moves" }
