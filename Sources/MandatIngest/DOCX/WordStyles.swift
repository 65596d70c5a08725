import MandatKit

/// The run properties that decide how Layout reads a line: weight, slant, size and font.
struct RunProperties: Equatable {
  var bold: Bool?
  var italic: Bool?
  /// In points.
  var size: Double?
  var fontName: String?

  /// Reads a `w:rPr`.
  init(_ element: MarkupElement?) {
    guard let element else { return }
    bold = element.child("b").map(Self.isOn)
    italic = element.child("i").map(Self.isOn)
    size = element.child("sz")?.attributes["val"].flatMap(Double.init).map { $0 / 2 }
    fontName = element.child("rFonts")?.attributes["ascii"]
  }

  /// These properties where set, `base` elsewhere.
  func over(_ base: RunProperties) -> RunProperties {
    var merged = base
    merged.bold = bold ?? base.bold
    merged.italic = italic ?? base.italic
    merged.size = size ?? base.size
    merged.fontName = fontName ?? base.fontName
    return merged
  }

  /// Word's own default when nothing sets a size is 10 points.
  var font: Font {
    Font(family: fontName ?? "docx", size: size ?? 10, isBold: bold ?? false, isItalic: italic ?? false)
  }

  /// `<w:b/>`, `<w:b w:val="true"/>` are on; `<w:b w:val="0"/>` is off (any on/off property).
  static func isOn(_ element: MarkupElement) -> Bool {
    !["0", "false", "off"].contains(element.attributes["val"] ?? "1")
  }
}

/// Where a paragraph takes its list number from: `w:numPr`.
struct NumberingReference: Equatable {
  var numID: String?
  var level: Int?

  init?(_ element: MarkupElement?) {
    guard let element else { return nil }
    numID = element.child("numId")?.attributes["val"]
    level = WordNumbering.levelIndex(element.child("ilvl")?.attributes["val"])
  }
}

/// The styles of `word/styles.xml` as far as reading needs them: what makes a paragraph a
/// heading, a list paragraph, and the typography of its text.
struct WordStyles {
  private struct Style {
    var name: String
    var basedOn: String?
    var outlineLevel: Int?
    var numbering: NumberingReference?
    var run: RunProperties
  }

  private var styles: [String: Style] = [:]
  /// The paragraph style of a paragraph that names none (Normal).
  private(set) var defaultParagraphStyle: String?
  private var defaultRun = RunProperties(nil)

  init(_ root: MarkupElement?) {
    guard let root else { return }
    defaultRun = RunProperties(root.child("docDefaults")?.child("rPrDefault")?.child("rPr"))
    for style in root.elements where style.name == "style" {
      guard let id = style.attributes["styleId"] else { continue }
      let paragraph = style.child("pPr")
      styles[id] = Style(
        name: style.child("name")?.attributes["val"] ?? id,
        basedOn: style.child("basedOn")?.attributes["val"],
        outlineLevel: paragraph?.child("outlineLvl")?.attributes["val"].flatMap { Int($0) },
        numbering: NumberingReference(paragraph?.child("numPr")),
        run: RunProperties(style.child("rPr")))
      if style.attributes["type"] == "paragraph", style.attributes["default"] == "1" { defaultParagraphStyle = id }
    }
  }

  /// The heading level (1 for the top) of a paragraph style: by its name (`heading 2`,
  /// `Rubrik 2`, `Title`) or by the outline level it or a style it is based on sets.
  func headingLevel(_ id: String?) -> Int? {
    for style in chain(id) {
      let words = style.name.lowercased().split(separator: " ")
      if let first = words.first, ["heading", "rubrik"].contains(first) {
        if words.count == 1 { return 1 }
        if words.count == 2, let level = Int(words[1]), (1...9).contains(level) { return level }
      }
      if style.name.lowercased() == "title" { return 1 }
      if let level = style.outlineLevel { return Self.headingLevel(outlineLevel: level) }
    }
    return nil
  }

  /// The heading level of an outline level: `0`…`8` are levels 1…9, anything else (`9`, Word's
  /// body text, or a value out of range) no heading.
  static func headingLevel(outlineLevel: Int) -> Int? {
    (0...8).contains(outlineLevel) ? outlineLevel + 1 : nil
  }

  /// The numbering a paragraph style gives its paragraphs (`List Bullet`).
  func numbering(_ id: String?) -> NumberingReference? {
    chain(id).lazy.compactMap(\.numbering).first
  }

  /// The run properties of a paragraph style, over the document's defaults.
  func paragraphRun(_ id: String?) -> RunProperties {
    run(id, over: defaultRun)
  }

  /// The run properties of a style (a character style over its paragraph's), over `base`.
  func run(_ id: String?, over base: RunProperties) -> RunProperties {
    chain(id).reversed().reduce(base) { $1.run.over($0) }
  }

  /// How many styles a chain of `basedOn` follows: Word's own run a few deep, and a chain of
  /// thousands would be walked again for every run of the document.
  static let maxChain = 32

  /// The style and those it is based on, nearest first, at most ``maxChain``; a loop is cut where it closes.
  private func chain(_ id: String?) -> [Style] {
    var chain: [Style] = []
    var seen: Set<String> = []
    var next = id
    while chain.count < Self.maxChain, let current = next, seen.insert(current).inserted, let style = styles[current] {
      chain.append(style)
      next = style.basedOn
    }
    return chain
  }
}
