import Foundation

/// A municipality from the reference list, with the years it existed.
public struct Municipality: Sendable, Hashable {
    public let code: String
    public let name: String
    public let province: String
    /// Code of the judicial district (one of the 10 used by the OM and 3RO).
    public let arrondissement: String
    /// First year in the reference (2019 means "2019 or earlier").
    public let validFrom: Int
    /// Last year it existed; nil when it still exists.
    public let validTo: Int?
    /// The province as a region; its code is the lower-case name with hyphens (`noord-brabant`).
    /// Worked out once here: maps and aggregates ask for it per municipality and per border.
    public let provinceRegion: Region

    public init(code: String, name: String, province: String, arrondissement: String,
                validFrom: Int, validTo: Int?) {
        self.init(code: code, name: name, provinceRegion: Self.provinceRegion(province), arrondissement: arrondissement,
                  validFrom: validFrom, validTo: validTo)
    }

    /// A municipality of the province `provinceRegion` (as `provinceRegion(_:)` makes it of its name).
    init(code: String, name: String, provinceRegion: Region, arrondissement: String, validFrom: Int, validTo: Int?) {
        self.code = code
        self.name = name
        province = provinceRegion.name
        self.arrondissement = arrondissement
        self.validFrom = validFrom
        self.validTo = validTo
        self.provinceRegion = provinceRegion
    }

    /// The province named `province` as a region: its code is the name in small letters without accents, its
    /// words joined by hyphens.
    static func provinceRegion(_ province: String) -> Region {
        let code = province.lowercased().folding(options: .diacriticInsensitive, locale: nil)
            .split(whereSeparator: { !$0.isLetter }).joined(separator: "-")
        return Region(type: .provincie, code: code, name: province)
    }

    /// Whether the municipality existed in `year` (years before the reference's first year count
    /// as existing when it was already there then).
    public func existed(in year: Int) -> Bool {
        (validFrom <= year || validFrom <= Gazetteer.firstReferenceYear) && (validTo.map { year <= $0 } ?? true)
    }

    public var region: Region { Region(type: .gemeente, code: code, name: name) }
}

/// A judicial district (arrondissement) as used by the Public Prosecution Service and 3RO.
public struct Arrondissement: Sendable, Hashable {
    public let code: String
    public let name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }

    public var region: Region { Region(type: .arrondissement, code: code, name: name) }
}

/// A name a source uses for a municipality that differs from its official name.
public struct Alias: Sendable, Hashable {
    public let alias: String
    public let code: String
    public let reason: String
    /// Doubts about the match, shown whenever the alias is used.
    public let note: LocalizedText

    public init(alias: String, code: String, reason: String, note: LocalizedText) {
        self.alias = alias
        self.code = code
        self.reason = reason
        self.note = note
    }
}
