/// What changed between two versions of a mandate, by field, section and item, as an
/// auditor reads it: a task reworded is one change with its words marked, a task that moved
/// to another section is one move, and reflow, hyphenation, bullets, numbering, whitespace
/// and typographic quotes or dashes are no change at all.
public struct MandateDiff: Codable, Hashable, Sendable {
  /// One version of the mandate: the file it was read from, and the group it describes.
  public struct Version: Codable, Hashable, Sendable {
    public var file: String
    public var mandate: String
  }

  /// A structured field that reads differently: title, group, regions, the chair's
  /// employer and rotation, the participants' employer, financing.
  public struct FieldChange: Codable, Hashable, Sendable {
    public var field: String
    public var old: String?
    public var new: String?
    /// The words that changed (`[-removed-] {+added+}`), for a field of running text.
    public var words: String?
  }

  /// A section that is in one version only, or whose heading was reworded.
  public struct SectionChange: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Hashable, Sendable {
      case added, removed, renamed
    }

    public var change: Kind
    public var key: String
    public var oldHeading: String?
    public var newHeading: String?
  }

  /// A section whose prose (lead-in and trailing text, not its items) reads differently.
  public struct TextChange: Codable, Hashable, Sendable {
    public var key: String
    public var heading: String
    public var old: String
    public var new: String
    public var words: String
  }

  /// An item (task, promise, duty) added, removed, reworded, or moved to another section.
  public struct ItemChange: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Hashable, Sendable {
      case added, removed, reworded, moved
    }

    public var change: Kind
    /// The section the item stood in (old version), absent for an added item.
    public var from: String?
    /// The section it stands in (new version), absent for a removed item.
    public var to: String?
    public var old: String?
    public var new: String?
    /// The words that changed, for a reworded item or one moved and reworded.
    public var words: String?
  }

  public var old: Version
  public var new: Version
  public var fields: [FieldChange]
  public var sections: [SectionChange]
  public var texts: [TextChange]
  public var items: [ItemChange]

  /// How many changes there are, of every kind.
  public var changeCount: Int { fields.count + sections.count + texts.count + items.count }
}

/// Two sets of mandates compared (two files, or two folders of one year and the next):
/// the pairs found by group, and the mandates only one side has.
public struct DiffReport: Codable, Hashable, Sendable {
  public var schemaVersion = "1"
  public var pairs: [MandateDiff]
  /// Mandates of the new side whose group the old side does not have.
  public var appeared: [MandateDiff.Version]
  /// Mandates of the old side whose group the new side does not have.
  public var disappeared: [MandateDiff.Version]

  public var hasChanges: Bool {
    !appeared.isEmpty || !disappeared.isEmpty || pairs.contains { $0.changeCount > 0 }
  }
}
