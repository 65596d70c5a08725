import Foundation

/// The words Mandat recognises: section headings and their variants, the phrases field
/// extractors look for, and the words that decide how a line-end hyphen is read.
///
/// It is data (`Resources/vocabulary.json`), in one place, so that a region's own headings
/// are added without touching the parser: ``adding(_:)`` merges a file of the same shape
/// (`mandat extract --vocabulary FILE`), whose entries extend the shipped ones.
public struct Vocabulary: Sendable {
  /// A section key with the headings that introduce it.
  public struct SectionEntry: Sendable, Codable {
    public var key: String
    public var headings: [String]
  }

  /// Words whose line-end hyphen the rules of ``Dehyphenation`` would read wrongly.
  public struct LineEndHyphens: Sendable, Codable {
    /// Written with a hyphen: a break at it keeps it (`e-hälsa`).
    public var keep: [String] = []
    /// Written without one: a break inside them is joined (`processtöd`).
    public var join: [String] = []

    init() {}

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      keep = try container.decodeIfPresent([String].self, forKey: .keep) ?? []
      join = try container.decodeIfPresent([String].self, forKey: .join) ?? []
    }
  }

  public private(set) var sections: [SectionEntry] = []
  /// A block starting with one of these titles a mandate (`Uppdragsbeskrivning för …`).
  public private(set) var mandateTitlePrefixes: [String] = []
  /// Group kind (`RSG`) → the phrases naming it in a title.
  public private(set) var groupKinds: [String: [String]] = [:]
  /// Phrase → rotation period in years (`tvåårsperioder` → 2).
  public private(set) var rotationPhrases: [String: Int] = [:]
  /// Phrases followed by the employer (`anställd av`).
  public private(set) var employmentPhrases: [String] = []
  /// Words that end the employer's name (`och` in *anställd av Region X och utses av …*).
  public private(set) var employerEndWords: [String] = []
  /// Words after a line-end hyphen that keep it and a space (`hälso- och sjukvård`).
  public private(set) var suspendedCompoundWords: [String] = []
  public private(set) var lineEndHyphens = LineEndHyphens()

  /// Heading form → section key.
  private var headingIndex: [String: String] = [:]

  /// The vocabulary shipped with Mandat.
  public static let standard: Vocabulary = {
    guard
      let url = Bundle.module.url(forResource: "vocabulary", withExtension: "json", subdirectory: "Resources"),
      let data = try? Data(contentsOf: url),
      let vocabulary = try? Vocabulary().adding(data)
    else { fatalError("Mandat's bundled Resources/vocabulary.json is missing or invalid") }
    return vocabulary
  }()

  private init() {}

  /// This vocabulary extended by a vocabulary file: its headings are added to the sections
  /// of the same key (or open new keys), its lists and phrases are added to these.
  public func adding(_ data: Data) throws -> Vocabulary {
    let file = try JSONDecoder().decode(File.self, from: data)
    var merged = self
    for entry in file.sections ?? [] {
      if let index = merged.sections.firstIndex(where: { $0.key == entry.key }) {
        merged.sections[index].headings += entry.headings
      } else {
        merged.sections.append(entry)
      }
      for heading in entry.headings { merged.headingIndex[Self.headingForm(heading)] = entry.key }
    }
    merged.mandateTitlePrefixes += file.mandateTitlePrefixes ?? []
    merged.groupKinds.merge(file.groupKinds ?? [:], uniquingKeysWith: +)
    merged.rotationPhrases.merge(file.rotationPhrases ?? [:]) { $1 }
    merged.employmentPhrases += file.employmentPhrases ?? []
    merged.employerEndWords += file.employerEndWords ?? []
    merged.suspendedCompoundWords += file.suspendedCompoundWords ?? []
    merged.lineEndHyphens.keep += file.lineEndHyphens?.keep ?? []
    merged.lineEndHyphens.join += file.lineEndHyphens?.join ?? []
    return merged
  }

  /// The section key a line introduces when it stands alone as a heading, if any.
  public func sectionKey(forHeading text: String) -> String? {
    // No heading of any vocabulary runs to a whole line of text.
    guard text.utf8.count <= 120 else { return nil }
    return headingIndex[Self.headingForm(text)]
  }

  /// Case, a trailing colon, numbering and spacing do not make a heading different.
  static func headingForm(_ text: String) -> String {
    var form = text.lowercasedQuickly.singleSpaced
    while let first = form.first, first.isNumber || first == "." {
      form.removeFirst()
      form = String(form.drop(while: \.isWhitespace))
    }
    while form.hasSuffix(":") { form.removeLast() }
    return form
  }

  /// A vocabulary file: every entry optional, so a region's file names only what it adds.
  private struct File: Decodable {
    var sections: [SectionEntry]?
    var mandateTitlePrefixes: [String]?
    var groupKinds: [String: [String]]?
    var rotationPhrases: [String: Int]?
    var employmentPhrases: [String]?
    var employerEndWords: [String]?
    var suspendedCompoundWords: [String]?
    var lineEndHyphens: LineEndHyphens?
  }
}
