/// A worksheet chosen by name or by number (1 = the first sheet).
public enum SheetChoice: Sendable, Equatable, Decodable, CustomStringConvertible {
    case name(String)
    case number(Int)

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            self = .number(number)
        } else {
            self = .name(try container.decode(String.self))
        }
    }

    public var description: String {
        switch self {
        case .name(let name): "'\(name)'"
        case .number(let number): "\(number)"
        }
    }
}
