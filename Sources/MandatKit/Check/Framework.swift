/// The region's framework: what the mandates of its collaboration groups are checked against.
///
/// Read from the region's framework deck with the same pipeline as the mandates, completed
/// by an override file for what the deck does not hold (the full list of programme areas,
/// groups founded later, the sections each kind of mandate must have).
public struct Framework: Codable, Hashable, Sendable {
  /// A collaboration group the framework names, and where it was found.
  public struct KnownGroup: Codable, Hashable, Sendable {
    public var kind: String
    public var name: String
    /// `deck` or `overrides`.
    public var from: String
  }

  /// The files the framework was read from.
  public var sources: [String]
  public var regions: [String]
  public var knowledgeCouncils: [String]
  public var groups: [KnownGroup]
  /// The canonical wording of the patient promises.
  public var patientPromises: [String]
  /// The task list every regional programme area (RPO) has.
  public var rpoTasks: [String]
  /// How many years the chair serves before the role rotates to the next region.
  public var rotationYears: Int?
  /// Group kind → the section keys its mandates must have.
  public var requiredSections: [String: [String]]

  /// Whether the framework names a group of this kind, by name, ignoring case.
  public func knows(kind: String, name: String) -> Bool {
    let wanted = name.lowercased()
    return groups.contains { $0.kind == kind && $0.name.lowercased() == wanted }
  }
}

/// What an override file adds to what the deck says: documented in the README, edited by
/// the region's staff office as the organisation changes.
public struct FrameworkOverrides: Codable, Hashable, Sendable {
  /// Group kind → names of groups the deck does not list.
  public var groups: [String: [String]]
  /// Group kind → the section keys its mandates must have.
  public var requiredSections: [String: [String]]
}
