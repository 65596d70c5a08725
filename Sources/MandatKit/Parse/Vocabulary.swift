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
    /// Words that open a clause (`att`, `som`): a qualifier holding one is a sentence, but a
    /// heading named by its main word may hold one (*Våra löften till dig som patient*).
    public var clauseWords: [String] = []
    /// The most words a qualifier holds: a longer one is the start of a sentence.
    public var qualifierMaximumWords: Int?
    /// Stems of the owners a heading may name before a known heading, in the genitive and in
    /// compounds (`grupp` in *Arbetsgruppens syfte*, `uppdrag` in *Uppdragets giltighetstid*).
    public var ownerWords: [String] = []
    /// Possessives that may stand before a heading's main word (`våra` in *Våra löften*).
    public var possessiveWords: [String] = []
    /// Words joining two headings into one (`och` in *Mål och syfte*): the first known part
    /// gives the key.
    public var joinWords: [String] = []
    /// Section key → the words naming whose duties a heading is about (`chair` → `ordförande`);
    /// each followed by a word of ``dutyWords`` is a heading of that key (*Ledamöternas ansvar*).
    public var roleWords: [String: [String]] = [:]
    /// Words for duties (`uppdrag`, `ansvar`, `roll`): after a word of ``roleWords``.
    public var dutyWords: [String] = []
    /// A heading's main word → its key: a heading whose first word (after a possessive) is a
    /// form of it, or a compound ending in one, is that section (`löfte` → *Patientlöfte*,
    /// *Våra löften till dig som patient*).
    public var mainWords: [String: String] = [:]
    /// A word → the vocabulary's word it stands for in a heading (`uppgift` → `uppdrag`:
    /// *Specifika uppgifter* is *Specifika uppdrag*), in any inflection.
    public var synonyms: [String: String] = [:]
    /// Section key → the questions a page written for its readers asks for a heading, each as
    /// its opening word and a verb after it (`workingMethods` → `hur` … `arbetar`: *Hur arbetar
    /// gruppen?*, *Så arbetar vi*).
    public var questions: [String: [[String]]] = [:]

    init() {}

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      func list(_ key: CodingKeys) throws -> [String] {
        try container.decodeIfPresent([String].self, forKey: key) ?? []
      }
      endings = try list(.endings)
      qualifierWords = try list(.qualifierWords)
      sentenceWords = try list(.sentenceWords)
      clauseWords = try list(.clauseWords)
      qualifierMaximumWords = try container.decodeIfPresent(Int.self, forKey: .qualifierMaximumWords)
      ownerWords = try list(.ownerWords)
      possessiveWords = try list(.possessiveWords)
      joinWords = try list(.joinWords)
      roleWords = try container.decodeIfPresent([String: [String]].self, forKey: .roleWords) ?? [:]
      dutyWords = try list(.dutyWords)
      mainWords = try container.decodeIfPresent([String: String].self, forKey: .mainWords) ?? [:]
      synonyms = try container.decodeIfPresent([String: String].self, forKey: .synonyms) ?? [:]
      questions = try container.decodeIfPresent([String: [[String]]].self, forKey: .questions) ?? [:]
    }

    /// These variants extended by another file's.
    mutating func add(_ other: HeadingVariants) {
      endings += other.endings
      qualifierWords += other.qualifierWords
      sentenceWords += other.sentenceWords
      clauseWords += other.clauseWords
      qualifierMaximumWords = other.qualifierMaximumWords ?? qualifierMaximumWords
      ownerWords += other.ownerWords
      possessiveWords += other.possessiveWords
      joinWords += other.joinWords
      roleWords.merge(other.roleWords, uniquingKeysWith: +)
      dutyWords += other.dutyWords
      mainWords.merge(other.mainWords) { $1 }
      synonyms.merge(other.synonyms) { $1 }
      questions.merge(other.questions, uniquingKeysWith: +)
    }

    /// Every entry, one a line, in a fixed order.
    var entryLines: [String] {
      endings + ["|"] + qualifierWords + ["|"] + sentenceWords + ["|"] + clauseWords
        + ["|\(qualifierMaximumWords ?? 0)"] + ownerWords + ["|"] + possessiveWords + ["|"] + joinWords
        + roleWords.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.joined(separator: "|"))" } + dutyWords
        + mainWords.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } + ["|"]
        + synonyms.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } + ["|"]
        + questions.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.map { $0.joined(separator: " ") })" }
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
  /// Words that stand before *sjukvårdsregionen* without naming one (*hela sjukvårdsregionen*
  /// at a sentence's start): no organisation.
  public private(set) var organizationNonNames: [String] = []

  /// Heading form → section key.
  var headingIndex: [String: String] = [:]
  /// The vocabulary's headings as words, longest first, under the first three letters of
  /// their first word: a heading's variant shares at least those.
  var headingsByStart: [Substring: [(words: [String], key: String)]] = [:]
  /// ``HeadingVariants/questions`` by their opening word: each question's verb and key.
  var questionsByOpener: [String: [(verb: String, key: String)]] = [:]

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
    }
    merged.mandateTitlePrefixes += file.mandateTitlePrefixes ?? []
    merged.groupKinds.merge(file.groupKinds ?? [:], uniquingKeysWith: +)
    merged.rotationPhrases.merge(file.rotationPhrases ?? [:]) { $1 }
    merged.employmentPhrases += file.employmentPhrases ?? []
    merged.employerEndWords += file.employerEndWords ?? []
    merged.suspendedCompoundWords += file.suspendedCompoundWords ?? []
    merged.lineEndHyphens.keep += file.lineEndHyphens?.keep ?? []
    merged.lineEndHyphens.join += file.lineEndHyphens?.join ?? []
    if let variants = file.headingVariants { merged.headingVariants.add(variants) }
    merged.frontMatterFields.merge(file.frontMatterFields ?? [:], uniquingKeysWith: +)
    merged.contentsHeadings += file.contentsHeadings ?? []
    merged.frameworkSlides.merge(file.frameworkSlides ?? [:]) { $1 }
    merged.organizationNonNames += file.organizationNonNames ?? []
    merged.indexHeadings()
    return merged
  }

  /// Indexes the headings of ``sections``, and those ``HeadingVariants/roleWords`` and
  /// ``HeadingVariants/dutyWords`` make (*Ordförandens uppdrag*), by their form and by the
  /// first letters of their first word. A section's own heading wins over a made one.
  private mutating func indexHeadings() {
    let variants = headingVariants
    let made = variants.roleWords.sorted { $0.key < $1.key }.flatMap { key, roles in
      roles.flatMap { role in variants.dutyWords.map { duty in ("\(role) \(duty)", key) } }
    }
    let written = sections.flatMap { entry in entry.headings.map { ($0, entry.key) } }
    headingIndex = [:]
    headingsByStart = [:]
    for (heading, key) in made + written {
      let form = Self.headingForm(heading)
      headingIndex[form] = key
      let words = form.split(separator: " ").map(String.init)
      guard let first = words.first else { continue }
      headingsByStart[first.prefix(3), default: []].append((words, key))
    }
    for start in headingsByStart.keys { headingsByStart[start]!.sort { $0.words.count > $1.words.count } }
    questionsByOpener = [:]
    for (key, questions) in variants.questions.sorted(by: { $0.key < $1.key }) {
      for question in questions where question.count == 2 {
        questionsByOpener[question[0], default: []].append((question[1], key))
      }
    }
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
      + ["|"] + headingVariants.entryLines
      + frontMatterFields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.joined(separator: "|"))" }
      + ["|"] + contentsHeadings + ["|"] + organizationNonNames
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
    var organizationNonNames: [String]?
  }
}
