import Foundation

/// A value as both engines hold it: the five kinds SQLite stores, which every PostgreSQL column
/// the store uses maps onto (whole numbers and booleans as integers, days as ISO text).
public enum SQLValue: Equatable, Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)

    public var integer: Int64? { if case .integer(let n) = self { n } else { nil } }
    public var text: String? { if case .text(let s) = self { s } else { nil } }
}
