import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension Phrase {
    /// What the operating system said (an `errno`), in words: the common ones in the reader's
    /// language, any other as the system spells it.
    static func systemError(_ code: Int32) -> Phrase {
        switch code {
        case EACCES, EPERM: return "system.permissionDenied"
        case ENOSPC: return "system.diskFull"
        case EROFS: return "system.readOnly"
        case ENOENT, ENOTDIR: return "system.noSuchFolder"
        case EEXIST: return "system.exists"
        default: return .asIs(String(cString: strerror(code)).lowercased())
        }
    }
}
