/// Where the parts of the source document that the data cite stand, as a reader finds them: the
/// first page of each section from the document's table of contents, and per cited part ('Tabel 1',
/// as the data's `table` column has it) its name for readers, its section and, where known, its page.
/// Citations for readers are made from this, never from lines of the extracted text (those stay in
/// `figures.csv`, for researchers).
public struct SourceDocument: Sendable, Decodable, Equatable {
    /// A section of the table of contents: '2.1' starts on page 7. A section numbered with a
    /// letter ('A') is an appendix.
    public struct Section: Sendable, Decodable, Equatable {
        public let section: String
        public let page: Int

        enum CodingKeys: String, CodingKey, CaseIterable { case section, page }

        public init(section: String, page: Int) {
            self.section = section
            self.page = page
        }

        public init(from decoder: Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            section = try container.decode(String.self, forKey: .section)
            page = try container.decode(Int.self, forKey: .page)
        }
    }

    /// A part the data cite: its name for readers ('tabel 1'), its section, and its own page when known.
    public struct Part: Sendable, Decodable, Equatable {
        public let name: String
        public let section: String?
        public let page: Int?

        enum CodingKeys: String, CodingKey, CaseIterable { case name, section, page }

        public init(name: String, section: String?, page: Int? = nil) {
            self.name = name
            self.section = section
            self.page = page
        }

        public init(from decoder: Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            section = try container.decodeIfPresent(String.self, forKey: .section)
            page = try container.decodeIfPresent(Int.self, forKey: .page)
        }
    }

    /// The pages where a part can be found.
    public enum Pages: Sendable, Equatable {
        case page(Int)
        case range(Int, Int)
        /// From this page on, to an end the table of contents does not give.
        case from(Int)
    }

    /// The table of contents, in document order.
    public let contents: [Section]
    /// The cited parts by the name the data cite them with.
    public let parts: [String: Part]

    enum CodingKeys: String, CodingKey, CaseIterable { case contents, parts }

    public init(contents: [Section], parts: [String: Part]) {
        self.contents = contents
        self.parts = parts
    }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        contents = try container.decodeIfPresent([Section].self, forKey: .contents) ?? []
        parts = try container.decodeIfPresent([String: Part].self, forKey: .parts) ?? [:]
    }

    /// Whether a section is an appendix: numbered with a letter ('A', 'B.2').
    public static func isAppendix(_ section: String) -> Bool {
        section.first?.isLetter == true
    }

    /// The pages of a part: its own page, else the pages of its section from the table of contents
    /// (or of the nearest enclosing section listed there: '2.1.2' lies in '2.1'), up to the page on
    /// which the next section that is not part of it starts; nil when nothing is known.
    public func pages(_ part: Part) -> Pages? {
        if let page = part.page { return .page(page) }
        guard var section = part.section else { return nil }
        while contents.firstIndex(where: { $0.section == section }) == nil {
            guard let dot = section.lastIndex(of: ".") else { return nil }
            section = String(section[..<dot])
        }
        let index = contents.firstIndex { $0.section == section }!
        let first = contents[index].page
        let next = contents[(index + 1)...].first { !$0.section.hasPrefix(section + ".") }
        guard let last = next?.page else { return .from(first) }
        return last == first ? .page(first) : .range(first, last)
    }
}
