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

  /// The words by which a heading written otherwise than the vocabulary's is still read as one
  /// (see ``heading(_:)``).
  public struct HeadingVariants: Sendable, Codable {
    /// Endings a heading's word may add to the vocabulary's (or the vocabulary's to it): definite
    /// and plural forms (`uppdraget`, `kostnaderna`), each also with a genitive `s`.
    public var endings: [String] = []
    /// Words that open a qualifier after a known heading (`för` in *Specifikt uppdrag för RPO …*).
    public var qualifierWords: [String] = []
    /// Words that make a qualifier a clause, so its line a sentence (*Uppdraget för gruppen är att …*).
    public var sentenceWords: [String] = []
    /// The most words a qualifier holds: a longer one is the start of a sentence.
    public var qualifierMaximumWords: Int?

    init() {}

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      endings = try container.decodeIfPresent([String].self, forKey: .endings) ?? []
      qualifierWords = try container.decodeIfPresent([String].self, forKey: .qualifierWords) ?? []
      sentenceWords = try container.decodeIfPresent([String].self, forKey: .sentenceWords) ?? []
      qualifierMaximumWords = try container.decodeIfPresent(Int.self, forKey: .qualifierMaximumWords)
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
  public private(set) var headingVariants = HeadingVariants()
  /// Field of ``DocumentInfo`` (`adoptedBy`) → the labels a cover's metadata table gives it
  /// (`Fastställd av`).
  public private(set) var frontMatterFields: [String: [String]] = [:]
  /// Headings of a table of contents (`Innehåll`).
  public private(set) var contentsHeadings: [String] = []
  /// What a framework deck lists (`patientPromises`) → the title of the slide listing it
  /// (`Våra löften`).
  public private(set) var frameworkSlides: [String: String] = [:]

  /// Heading form → section key.
  var headingIndex: [String: String] = [:]
  /// The vocabulary's headings as words, longest first, under the first three letters of
  /// their first word: a heading's variant shares at least those.
  var headingsByStart: [Substring: [(words: [String], key: String)]] = [:]

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
      for heading in entry.headings {
        let form = Self.headingForm(heading)
        merged.headingIndex[form] = entry.key
        let words = form.split(separator: " ").map(String.init)
        guard let first = words.first else { continue }
        merged.headingsByStart[first.prefix(3), default: []].append((words, entry.key))
        merged.headingsByStart[first.prefix(3)]!.sort { $0.words.count > $1.words.count }
      }
    }
    merged.mandateTitlePrefixes += file.mandateTitlePrefixes ?? []
    merged.groupKinds.merge(file.groupKinds ?? [:], uniquingKeysWith: +)
    merged.rotationPhrases.merge(file.rotationPhrases ?? [:]) { $1 }
    merged.employmentPhrases += file.employmentPhrases ?? []
    merged.employerEndWords += file.employerEndWords ?? []
    merged.suspendedCompoundWords += file.suspendedCompoundWords ?? []
    merged.lineEndHyphens.keep += file.lineEndHyphens?.keep ?? []
    merged.lineEndHyphens.join += file.lineEndHyphens?.join ?? []
    if let variants = file.headingVariants {
      merged.headingVariants.endings += variants.endings
      merged.headingVariants.qualifierWords += variants.qualifierWords
      merged.headingVariants.sentenceWords += variants.sentenceWords
      merged.headingVariants.qualifierMaximumWords =
        variants.qualifierMaximumWords ?? merged.headingVariants.qualifierMaximumWords
    }
    merged.frontMatterFields.merge(file.frontMatterFields ?? [:], uniquingKeysWith: +)
    merged.contentsHeadings += file.contentsHeadings ?? []
    merged.frameworkSlides.merge(file.frameworkSlides ?? [:]) { $1 }
    return merged
  }

  /// The section key a line introduces when it stands alone as a heading, if any.
  public func sectionKey(forHeading text: String) -> String? {
    heading(text)?.key
  }

  /// Case, spacing and a trailing colon do not make a heading different.
  static func headingForm(_ text: some StringProtocol) -> String {
    var form = text.lowercasedQuickly.singleSpaced
    while form.hasSuffix(":") { form = String(form.dropLast()).trimmingWhitespace }
    return form
  }

  /// Every entry, one a line, in a fixed order: what the vocabulary's fingerprint is made of.
  var entryLines: [String] {
    sections.map { "\($0.key)=\($0.headings.joined(separator: "|"))" } + mandateTitlePrefixes
      + groupKinds.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.joined(separator: "|"))" }
      + rotationPhrases.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } + employmentPhrases
      + employerEndWords + suspendedCompoundWords + lineEndHyphens.keep + ["|"] + lineEndHyphens.join
      + ["|"] + headingVariants.endings + ["|"] + headingVariants.qualifierWords + ["|"]
      + headingVariants.sentenceWords + ["|\(headingVariants.qualifierMaximumWords ?? 0)"]
      + frontMatterFields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.joined(separator: "|"))" }
      + ["|"] + contentsHeadings
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
    var headingVariants: HeadingVariants?
    var frontMatterFields: [String: [String]]?
    var contentsHeadings: [String]?
    var frameworkSlides: [String: String]?
  }
}
