import Foundation

/// Why the system could not read or write a file, in words a statistician reads: never the raw
/// 'NSCocoaErrorDomain Code=260' text of Foundation or the English text of the C library.
public enum FileProblem {
    /// What an `errno` value means.
    public static func describe(errno code: Int32) -> MessageText {
        switch code {
        case ENOENT: MessageText(.fileMissing)
        case EACCES, EPERM: MessageText(.fileNoAccess)
        case EISDIR: MessageText(.fileIsFolder)
        case ENOTDIR: MessageText(.filePathNotFolder)
        case ENOSPC, EDQUOT: MessageText(.fileDiskFull)
        case EROFS: MessageText(.fileReadOnly)
        case EEXIST: MessageText(.fileExists)
        case ENAMETOOLONG: MessageText(.fileNameTooLong)
        case ELOOP: MessageText(.fileTooManyLinks)
        case EMFILE, ENFILE: MessageText(.fileTooManyOpen)
        case EIO: MessageText(.fileDiskError)
        case EBUSY, ETXTBSY: MessageText(.fileBusy)
        case ENOTEMPTY: MessageText(.fileFolderNotEmpty)
        case EXDEV: MessageText(.fileOtherSystem)
        default: MessageText(.fileSystemError, ["code": "\(code)"])
        }
    }

    /// What an error of Foundation or the system about a file means.
    public static func describe(_ error: Error) -> MessageText {
        if let posix = error as? POSIXError { return describe(errno: posix.code.rawValue) }
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return describe(errno: Int32(error.code)) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return describe(errno: Int32(underlying.code))
        }
        guard error.domain == NSCocoaErrorDomain else { return MessageText(.fileUnexpected, ["code": "\(error.code)"]) }
        switch CocoaError.Code(rawValue: error.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: return describe(errno: ENOENT)
        case .fileReadNoPermission, .fileWriteNoPermission: return describe(errno: EACCES)
        case .fileWriteOutOfSpace: return describe(errno: ENOSPC)
        case .fileWriteVolumeReadOnly: return describe(errno: EROFS)
        case .fileWriteFileExists: return describe(errno: EEXIST)
        case .fileReadInapplicableStringEncoding, .fileReadCorruptFile: return MessageText(.fileNotUTF8)
        case .fileReadTooLarge: return MessageText(.fileTooLarge)
        default: return MessageText(.fileError, ["code": "\(error.code)"])
        }
    }
}
