/// The list definitions of `word/numbering.xml`, and the counters Word keeps while it numbers
/// the paragraphs of a document in order.
struct WordNumbering {
  private struct Level {
    var start: Int
    /// `decimal`, `lowerLetter`, `bullet`, …
    var format: String
    /// The label with `%1`…`%9` standing for the counters of levels 1…9: `%1.`, `%1)`, `%1.%2.`.
    var text: String
  }

  private struct Instance {
    var abstractID: String
    /// Levels whose counting starts anew where this instance is first used.
    var startOverrides: [Int: Int]
  }

  private var abstracts: [String: [Int: Level]] = [:]
  private var instances: [String: Instance] = [:]
  /// Per abstract definition, the current value of each level: instances of one definition go on
  /// counting from each other, as in Word, unless one restarts a level.
  private var counters: [String: [Int: Int]] = [:]
  private var usedInstances: Set<String> = []

  init(_ root: MarkupElement?) {
    guard let root else { return }
    for abstract in root.elements where abstract.name == "abstractNum" {
      guard let id = abstract.attributes["abstractNumId"] else { continue }
      abstracts[id] = Self.levels(abstract)
    }
    for instance in root.elements where instance.name == "num" {
      guard let id = instance.attributes["numId"],
        let abstractID = instance.child("abstractNumId")?.attributes["val"]
      else { continue }
      var overrides: [Int: Int] = [:]
      for override in instance.elements where override.name == "lvlOverride" {
        if let level = Self.levelIndex(override.attributes["ilvl"]),
          let start = ListLabel.counter(override.child("startOverride")?.attributes["val"])
        {
          overrides[level] = start
        }
      }
      instances[id] = Instance(abstractID: abstractID, startOverrides: overrides)
    }
  }

  /// Counts the paragraph and gives its label: `•` for any bullet, else the level's text with
  /// its counters (`2.`, `b)`, `1.3.`); `nil` for a paragraph that is not numbered (`numId` 0 or
  /// unknown, or a level that shows nothing).
  mutating func label(_ reference: NumberingReference) -> String? {
    let level = reference.level ?? 0
    guard let numID = reference.numID, let instance = instances[numID],
      let levels = abstracts[instance.abstractID], let definition = levels[level]
    else { return nil }
    var values = counters[instance.abstractID, default: [:]]
    if usedInstances.insert(numID).inserted {
      for (overridden, start) in instance.startOverrides { values[overridden] = start - 1 }
    }
    values[level] = (values[level] ?? definition.start - 1) + 1
    for deeper in values.keys where deeper > level { values[deeper] = nil }
    counters[instance.abstractID] = values
    if definition.format == "bullet" { return "•" }
    var label = definition.text
    for (index, shown) in levels.sorted(by: { $0.key < $1.key }) where index <= level {
      let value = values[index] ?? shown.start
      label = label.replacingOccurrences(of: "%\(index + 1)", with: Self.formatted(value, shown.format))
    }
    return label.isEmpty ? nil : label
  }

  private static func levels(_ abstract: MarkupElement) -> [Int: Level] {
    var levels: [Int: Level] = [:]
    for level in abstract.elements where level.name == "lvl" {
      guard let index = Self.levelIndex(level.attributes["ilvl"]) else { continue }
      levels[index] = Level(
        start: ListLabel.counter(level.child("start")?.attributes["val"]) ?? 1,
        format: level.child("numFmt")?.attributes["val"] ?? "decimal",
        text: level.child("lvlText")?.attributes["val"] ?? "")
    }
    return levels
  }

  /// Word's nine list levels are `0`…`8`; any other `w:ilvl` names none.
  static func levelIndex(_ text: String?) -> Int? {
    text.flatMap { Int($0) }.flatMap { (0...8).contains($0) ? $0 : nil }
  }

  private static func formatted(_ value: Int, _ format: String) -> String {
    switch format {
    case "lowerLetter": ListLabel.number(value, .lowerLetter)
    case "upperLetter": ListLabel.number(value, .upperLetter)
    case "lowerRoman": ListLabel.number(value, .lowerRoman)
    case "upperRoman": ListLabel.number(value, .upperRoman)
    case "decimalZero": value < 10 ? "0\(value)" : String(value)
    case "none": ""
    default: String(value)
    }
  }
}
