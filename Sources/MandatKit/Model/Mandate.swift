/// One mandate description as structured data: the JSON contract, schema version 1.
///
/// `sections` holds all of the mandate's text in reading order; the named fields are
/// views onto it for the consumers that need them. Field names are stable: renaming or
/// removing one is a new ``schemaVersion``.
public struct Mandate: Codable, Hashable, Sendable {
  public static let currentSchemaVersion = "1"

  public var schemaVersion = Mandate.currentSchemaVersion
  public var source: SourceFile
  public var document: DocumentInfo
  public var title: String
  public var group: Group?
  public var regions: [String]
  public var patientPromises: [Item]
  public var generalTasks: [Item]
  public var specificTasks: [Item]
  public var workingMethods: Passage?
  public var reporting: Passage?
  public var composition: Passage?
  public var chair: Chair
  public var participants: Participants
  public var financing: Passage?
  public var sections: [Section]
  public var warnings: [String]
}

/// The file a mandate was read from.
public struct SourceFile: Codable, Hashable, Sendable {
  /// The path as given, relative to the working directory when under it.
  public var file: String
  public var sha256: String
  public var format: InputFormat
  public var pages: Int
}

/// What the document says about itself outside its text: running headers and footers, the
/// metadata table of its cover page, and the file's own metadata. Absent keys are omitted.
public struct DocumentInfo: Codable, Hashable, Sendable {
  public var diarienummer: String?
  /// The adoption date, `YYYY-MM-DD`.
  public var adopted: String?
  public var version: String?
  /// The kind of document its cover names (`Uppdragsbeskrivning`).
  public var documentType: String?
  /// Who adopted it (`Regionsjukvårdsledningen`), as the cover's *Fastställd av* says.
  public var adoptedBy: String?
  /// The last day it is valid, as the cover's *Giltig till* says.
  public var validUntil: String?
  /// Who answers for the document, as the cover's *Ansvarig* says.
  public var responsible: String?
  public var author: String?
  public var producer: String?
  public var creator: String?
  /// The file's creation and modification times, ISO 8601.
  public var created: String?
  public var modified: String?
  /// The running headers and footers as first printed, in page order.
  public var runningText: [String]?
}

/// The collaboration group a mandate is for.
public struct Group: Codable, Hashable, Sendable {
  /// `RSG`, `RPO` or `RAG`.
  public var kind: String
  public var name: String
  public var organization: String?
}

/// A task, promise or duty: one list item of the mandate.
public struct Item: Codable, Hashable, Sendable {
  /// Section key and the first 8 hex digits of the SHA-256 of the normalised text, so an
  /// unchanged item keeps its id from one version of the mandate to the next.
  public var id: String
  public var text: String
  public var source: SourceRef
}

/// Running text of a section, for fields that are prose rather than lists.
public struct Passage: Codable, Hashable, Sendable {
  public var text: String
  public var source: SourceRef
}

public struct Chair: Codable, Hashable, Sendable {
  /// Who employs the chair, as the mandate words it (`sin hemregion`).
  public var employedBy: String?
  /// How many years the chair stays before the role rotates.
  public var rotationYears: Int?
  public var duties: [Item]
}

public struct Participants: Codable, Hashable, Sendable {
  public var employedBy: String?
  public var duties: [Item]
}

/// A section of the mandate: its heading, its prose and its list items.
public struct Section: Codable, Hashable, Sendable {
  /// The vocabulary's key for the heading (`generalTasks`), or `other` for an unknown one.
  public var key: String
  /// The heading as written, without its numbering.
  public var heading: String
  /// The heading's numbering (`2.1`, `A`, `II`), without a closing dot; absent when it has none.
  public var number: String?
  /// Lead-in and trailing prose, single-spaced.
  public var text: String
  public var items: [Item]
  public var source: SourceRef
}
