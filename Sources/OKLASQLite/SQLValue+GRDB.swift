import GRDB
import OKLAStore

extension SQLValue {
    var sqliteValue: (any DatabaseValueConvertible)? {
        switch self {
        case .text(let s): s
        case .int(let i): i
        case .double(let d): d
        }
    }
}
