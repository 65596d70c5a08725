/// Counts for precision, recall and F1 of one field: how many values the gold has, how many
/// were extracted, and how many of them match, strictly (the same text once normalised) and
/// softly (the same text but for a few characters: similarity ≥ ``softThreshold``).
public struct FieldScore: Hashable, Sendable {
  public static let softThreshold = 0.9
  /// Between a section's key and its text in keyed values (see ``keyed(_:_:)``).
  public static let keySeparator = "\u{1F}"

  public var gold = 0
  public var extracted = 0
  public var strictMatches = 0
  public var softMatches = 0
  /// Gold values not extracted as they stand, and extracted values not in the gold.
  public var missed: [String] = []
  public var spurious: [String] = []

  public init() {}

  /// Scores extracted values against gold values, pairing each value at most once.
  public init(gold: [String], extracted: [String]) {
    self.gold = gold.count
    self.extracted = extracted.count
    var unmatchedGold = gold.map(Self.normalised)
    var unmatchedExtracted: [String] = []
    for value in extracted.map(Self.normalised) {
      if let index = unmatchedGold.firstIndex(of: value) {
        unmatchedGold.remove(at: index)
        strictMatches += 1
      } else {
        unmatchedExtracted.append(value)
      }
    }
    softMatches = strictMatches
    missed = unmatchedGold
    spurious = unmatchedExtracted
    for value in unmatchedExtracted {
      let best = unmatchedGold.indices.map { (index: $0, score: Self.similarity(unmatchedGold[$0], value)) }
        .max { $0.score < $1.score }
      if let best, best.score >= Self.softThreshold {
        unmatchedGold.remove(at: best.index)
        softMatches += 1
      }
    }
  }

  public static func + (a: FieldScore, b: FieldScore) -> FieldScore {
    var sum = a
    sum.gold += b.gold
    sum.extracted += b.extracted
    sum.strictMatches += b.strictMatches
    sum.softMatches += b.softMatches
    sum.missed += b.missed
    sum.spurious += b.spurious
    return sum
  }

  public var strict: Rates { Rates(matches: strictMatches, gold: gold, extracted: extracted) }
  public var soft: Rates { Rates(matches: softMatches, gold: gold, extracted: extracted) }

  /// How alike two values are; keyed values only when their keys are the same.
  private static func similarity(_ a: String, _ b: String) -> Double {
    let (x, y) = (a.components(separatedBy: keySeparator), b.components(separatedBy: keySeparator))
    guard x.count == y.count, x.dropLast() == y.dropLast() else { return 0 }
    return MandatKit.similarity(x.last!, y.last!)
  }

  /// Whitespace single-spaced, typographic quotes and dashes as plain ones.
  static func normalised(_ text: String) -> String {
    let folded = text.map { character -> Character in
      switch character {
      case "\u{2018}", "\u{2019}": "'"
      case "\u{201C}", "\u{201D}": "\""
      case "\u{2010}", "\u{2011}": "-"
      default: character
      }
    }
    return String(folded).singleSpaced
  }
}

/// Precision, recall and F1; a field with nothing in the gold and nothing extracted scores 1.
public struct Rates: Hashable, Sendable {
  public var precision: Double
  public var recall: Double
  public var f1: Double

  init(matches: Int, gold: Int, extracted: Int) {
    precision = extracted == 0 ? (gold == 0 ? 1 : 0) : Double(matches) / Double(extracted)
    recall = gold == 0 ? (extracted == 0 ? 1 : 0) : Double(matches) / Double(gold)
    f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
  }
}

/// How one document's extraction compares with its gold file.
public struct DocumentScore: Sendable {
  public var document: String
  public var goldMandates: Int
  public var extractedMandates: Int
  /// Field name → score, summed over the document's mandates.
  public var fields: [String: FieldScore]
  /// Share of the document's body text (its blocks, headers and footers aside) that landed
  /// in a mandate's title or sections; 1 for a document rightly found to hold no mandate.
  public var coverage: Double

  /// The fields summed: every value of the document counted once.
  public var overall: FieldScore { fields.values.reduce(FieldScore(), +) }

  /// Pairs gold and extracted mandates in document order; a mandate without a partner counts
  /// all its values as missed (gold) or spurious (extracted).
  public init(document: String, gold: [GoldMandate], extracted: [Mandate], body: [Block]) {
    self.document = document
    goldMandates = gold.count
    extractedMandates = extracted.count
    let goldFields = gold.map { ComparableMandate($0).fields }
    let extractedFields = extracted.map { ComparableMandate($0).fields }
    fields = [:]
    for name in ComparableMandate.fieldNames {
      fields[name] = (0..<max(gold.count, extracted.count)).reduce(FieldScore()) { sum, index in
        sum
          + FieldScore(
            gold: index < gold.count ? goldFields[index][name] ?? [] : [],
            extracted: index < extracted.count ? extractedFields[index][name] ?? [] : [])
      }
    }
    let bodyWords = Words.of(body.map(\.text))
    if extracted.isEmpty {
      coverage = gold.isEmpty ? 1 : 0
    } else {
      var landed = Dictionary(extracted.flatMap { ComparableMandate($0).words }.map { ($0, 1) }, uniquingKeysWith: +)
      let found = bodyWords.filter { word in
        guard let count = landed[word], count > 0 else { return false }
        landed[word] = count - 1
        return true
      }
      coverage = bodyWords.isEmpty ? 1 : Double(found.count) / Double(bodyWords.count)
    }
  }
}
