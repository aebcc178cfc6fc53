/// Where a finding is in the data, as parts rather than a path to be parsed back: the list (or,
/// outside any list, the member) of the document, the element of that list, the field inside
/// the element, and the byte of the file it points at when the file is known.
///
/// `activities[3].finish` is the list "activities", index 3, field "finish";
/// `meta.timeline.start` is the member "meta.timeline.start" with no index and no field.
public struct DataLocation: Hashable, Sendable {
    /// The list the element belongs to, or the member of the document; empty for the whole document.
    public var list: String
    /// The element of `list`, when the finding is about one.
    public var index: Int?
    /// The path inside the element (`finish`, `name.fr`, `aliases[1]`); empty for the element itself.
    public var field: String
    /// The byte of the file the finding points at; filled in by the loader for the validator's
    /// findings (the start of the element), which are made without the file.
    public var offset: Int?

    public init(list: String = "", index: Int? = nil, field: String = "", offset: Int? = nil) {
        self.list = list
        self.index = index
        self.field = field
        self.offset = offset
    }

    /// The document as a whole.
    public static let document = DataLocation()

    /// A member outside any list, such as `meta.timeline.finish`.
    public static func named(_ member: String) -> DataLocation {
        DataLocation(list: member)
    }

    /// An element of a list, or a field of it.
    public static func element(_ list: String, _ index: Int, _ field: String = "") -> DataLocation {
        DataLocation(list: list, index: index, field: field)
    }

    /// The member `name` of what this location names. A key the file wrote is printed in
    /// every message about it, so it is sanitized here (found by the fuzzer: a tab, or an ESC,
    /// in an unknown key reached the terminal through the path).
    public func member(_ name: String) -> DataLocation {
        let name = Sanitized.text(name)
        var location = self
        if index == nil {
            location.list = list.isEmpty ? name : list + "." + name
        } else {
            location.field = field.isEmpty ? name : field + "." + name
        }
        return location
    }

    /// The element `position` of the list this location names.
    public func element(_ position: Int) -> DataLocation {
        var location = self
        if index == nil {
            location.index = position
        } else {
            location.field += "[\(position)]"
        }
        return location
    }

    /// The path as the messages write it: `activities[3].finish`.
    public var path: String {
        guard let index else { return list }
        let element = list + "[\(index)]"
        if field.isEmpty { return element }
        return field.hasPrefix("[") ? element + field : element + "." + field
    }
}
