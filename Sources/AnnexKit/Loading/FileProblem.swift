import Foundation

/// Why the system could not read or write a file, in words a statistician reads: never the raw
/// 'NSCocoaErrorDomain Code=260' text of Foundation or the English text of the C library.
public enum FileProblem {
    /// The Dutch text for an `errno` value.
    public static func describe(errno code: Int32) -> String {
        switch code {
        case ENOENT: "bestaat niet"
        case EACCES, EPERM: "geen toegang (rechten)"
        case EISDIR: "is een map, geen bestand"
        case ENOTDIR: "een deel van het pad is geen map"
        case ENOSPC, EDQUOT: "de schijf is vol"
        case EROFS: "het bestandssysteem is alleen-lezen"
        case EEXIST: "bestaat al"
        case ENAMETOOLONG: "de naam is te lang"
        case ELOOP: "te veel symbolische koppelingen"
        case EMFILE, ENFILE: "te veel open bestanden"
        case EIO: "lees- of schrijffout van de schijf"
        case EBUSY, ETXTBSY: "in gebruik"
        case ENOTEMPTY: "de map is niet leeg"
        case EXDEV: "ligt op een ander bestandssysteem"
        default: "systeemfout \(code)"
        }
    }

    /// The Dutch text for an error of Foundation or the system about a file.
    public static func describe(_ error: Error) -> String {
        if let posix = error as? POSIXError { return describe(errno: posix.code.rawValue) }
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return describe(errno: Int32(error.code)) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return describe(errno: Int32(underlying.code))
        }
        guard error.domain == NSCocoaErrorDomain else { return "onverwachte fout (\(error.code))" }
        switch CocoaError.Code(rawValue: error.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: return describe(errno: ENOENT)
        case .fileReadNoPermission, .fileWriteNoPermission: return describe(errno: EACCES)
        case .fileWriteOutOfSpace: return describe(errno: ENOSPC)
        case .fileWriteVolumeReadOnly: return describe(errno: EROFS)
        case .fileWriteFileExists: return describe(errno: EEXIST)
        case .fileReadInapplicableStringEncoding, .fileReadCorruptFile: return "geen geldige UTF-8-tekst"
        case .fileReadTooLarge: return "te groot om te lezen"
        default: return "bestandsfout \(error.code)"
        }
    }
}
