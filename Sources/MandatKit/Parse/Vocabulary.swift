import Foundation

/// The words Mandat recognises: section headings and their variants, the phrases field
/// extractors look for, and the conjunctions that mark a suspended compound.
///
/// It is data (`Resources/vocabulary.json`), in one place, so that a region's own headings
/// are added without touching the parser.
public struct Vocabulary: Sendable, Decodable {
  /// A section key with the headings that introduce it.
  public struct SectionEntry: Sendable, Decodable {
    public var key: String
    public var headings: [String]
  }

  public var sections: [SectionEntry]
  /// A block starting with one of these titles a mandate (`Uppdragsbeskrivning för …`).
  public var mandateTitlePrefixes: [String]
  /// Group kind (`RSG`) → the phrases naming it in a title.
  public var groupKinds: [String: [String]]
  /// Phrase → rotation period in years (`tvåårsperioder` → 2).
  public var rotationPhrases: [String: Int]
  /// Phrases followed by the employer (`anställd av`).
  public var employmentPhrases: [String]
  /// Words after a line-end hyphen that keep it (`hälso- och sjukvård`).
  public var suspendedCompoundWords: [String]

  /// The vocabulary shipped with Mandat.
  public static let standard: Vocabulary = {
    guard
      let url = Bundle.module.url(forResource: "vocabulary", withExtension: "json", subdirectory: "Resources"),
      let data = try? Data(contentsOf: url),
      let vocabulary = try? JSONDecoder().decode(Vocabulary.self, from: data)
    else { fatalError("Mandat's bundled Resources/vocabulary.json is missing or invalid") }
    return vocabulary
  }()

  /// The section key a line introduces when it stands alone as a heading, if any.
  public func sectionKey(forHeading text: String) -> String? {
    headingIndex[Self.headingForm(text)]
  }

  /// Heading form → section key, built once when the vocabulary is read.
  private var headingIndex: [String: String] = [:]

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    sections = try container.decode([SectionEntry].self, forKey: .sections)
    mandateTitlePrefixes = try container.decode([String].self, forKey: .mandateTitlePrefixes)
    groupKinds = try container.decode([String: [String]].self, forKey: .groupKinds)
    rotationPhrases = try container.decode([String: Int].self, forKey: .rotationPhrases)
    employmentPhrases = try container.decode([String].self, forKey: .employmentPhrases)
    suspendedCompoundWords = try container.decode([String].self, forKey: .suspendedCompoundWords)
    for entry in sections {
      for heading in entry.headings { headingIndex[Self.headingForm(heading)] = entry.key }
    }
  }

  /// Case, a trailing colon, numbering and spacing do not make a heading different.
  static func headingForm(_ text: String) -> String {
    var form = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    while let first = form.first, first.isNumber || first == "." {
      form.removeFirst()
      form = String(form.drop(while: \.isWhitespace))
    }
    while form.hasSuffix(":") { form.removeLast() }
    return form
  }

  private enum CodingKeys: String, CodingKey {
    case sections, mandateTitlePrefixes, groupKinds, rotationPhrases, employmentPhrases, suspendedCompoundWords
  }
}
