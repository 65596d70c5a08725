import Foundation
import MandatKit

/// Reads a region's web page: the main content as a person reads it, without the site around it.
///
/// The main content is `<main>`, else the `<article>` holding most text, else `[role=main]`,
/// else the element whose id or class says content or main holding most text, else `<body>`.
/// Within it navigation, sidebars, forms, scripts, footers and whatever an id, class or
/// aria-label names as breadcrumbs, cookie banner, share links, search, skip link or menu are
/// left out; a `<header>` is left out only where the whole body is read, for inside `<main>` or
/// `<article>` it heads the article itself. Headings are bold and larger than the body as a
/// browser sets them, so that Layout finds them as it finds a PDF's.
public struct HTMLReader: DocumentReader {
  public init() {}

  public func read(_ data: Data, path: String) throws(ReadError) -> RawDocument {
    let (root, problems) = LibXML.parseHTML(data)
    guard let root else { throw .empty(path: path) }
    let body = root.descendants("body").first ?? root
    let content = Self.mainContent(of: body)
    var walker = HTMLWalker(keepsHeader: content.name != "body")
    walker.walk(content.children)
    guard !walker.flow.isEmpty else { throw .empty(path: path) }
    return walker.flow.document(format: .html, metadata: Self.metadata(root), warnings: Self.warnings(problems))
  }

  /// A page libxml2 had to repair is read as browsers read it, with a warning naming the first problem.
  private static func warnings(_ problems: [MarkupProblem]) -> [String] {
    let real = problems.filter { !$0.isUnknownElement }
    guard let first = real.first else { return [] }
    let count = real.count == 1 ? "1 problem" : "\(real.count) problems"
    return ["malformed HTML (\(count), the first on line \(first.line): \(first.message)); read as a browser reads it"]
  }

  private static func mainContent(of body: MarkupElement) -> MarkupElement {
    let candidates = Self.elements(below: body)
    func richest(_ matching: (MarkupElement) -> Bool) -> MarkupElement? {
      candidates.filter(matching).max { HTMLWalker.visibleTextCount($0) < HTMLWalker.visibleTextCount($1) }
    }
    return richest { $0.name == "main" } ?? richest { $0.name == "article" }
      ?? richest { $0.attributes["role"] == "main" }
      ?? richest { element in
        HTMLWalker.tokens(of: element).contains { ["content", "main", "innehall", "innehåll"].contains($0) }
      } ?? body
  }

  /// Every element below, not descending into site chrome.
  private static func elements(below element: MarkupElement) -> [MarkupElement] {
    element.elements.filter { !HTMLWalker.isChrome($0, keepsHeader: false) }.flatMap { [$0] + elements(below: $0) }
  }

  private static func metadata(_ root: MarkupElement) -> [String: String] {
    var metadata: [String: String] = [:]
    let head = root.descendants("head").first
    if let title = head?.descendants("title").first?.text.split(whereSeparator: \.isWhitespace)
      .joined(separator: " "), !title.isEmpty
    {
      metadata["title"] = title
    }
    if let author = head?.descendants("meta").first(where: { $0.attributes["name"]?.lowercased() == "author" })?
      .attributes["content"], !author.isEmpty
    {
      metadata["author"] = author
    }
    return metadata
  }
}

/// Walks the main content, turning blocks into paragraphs and inline runs into spans.
private struct HTMLWalker {
  var flow = FlowText()
  let keepsHeader: Bool

  /// Typography as a browser's default style sheet sets it.
  private struct Style {
    var size = 12.0
    var bold = false
    var italic = false
    var font: Font { Font(family: "html", size: size, isBold: bold, isItalic: italic) }
  }

  static let headingSizes: [String: Double] = ["h1": 18, "h2": 16, "h3": 14, "h4": 12, "h5": 12, "h6": 12]
  private static let skipped: Set<String> = [
    "script", "style", "noscript", "template", "nav", "aside", "form", "footer", "dialog", "button", "input",
    "select", "textarea", "iframe", "object", "embed", "img", "picture", "svg", "video", "audio", "canvas", "head",
  ]
  private static let blocks: Set<String> = [
    "p", "div", "section", "article", "main", "header", "blockquote", "address", "figure", "figcaption", "dl", "dt",
    "dd", "pre", "center", "details", "summary", "fieldset", "legend", "hr", "body", "html",
  ]
  private static let chromeRoles: Set<String> = ["navigation", "banner", "contentinfo", "search", "complementary"]
  /// Words in an id, class or aria-label that mark chrome; Swedish sites name it in Swedish.
  private static let chromeWords = [
    "breadcrumb", "cookie", "consent", "share", "sharing", "social", "search", "skip", "menu", "brodsmul",
    "brödsmul", "kakor", "samtycke", "meny",
  ]
  /// Short chrome words that only count whole, lest `dela` take `delaktighet`.
  private static let wholeChromeWords: Set<String> = ["dela", "sok", "sök"]

  /// A wrapper named for a state of the chrome (`menu-open`) is no chrome while it holds the content.
  static func isChrome(_ element: MarkupElement, keepsHeader: Bool) -> Bool {
    if skipped.contains(element.name) || (element.name == "header" && !keepsHeader) { return true }
    if element.attributes["hidden"] != nil || chromeRoles.contains(element.attributes["role"] ?? "") { return true }
    let namedAsChrome = tokens(of: element).contains { token in
      wholeChromeWords.contains(token) || chromeWords.contains { token.hasPrefix($0) }
    }
    return namedAsChrome && !element.contains(anyOf: ["main", "article", "h1"])
  }

  /// The words of an element's id, class and aria-label: `mainMenu js-share` → main, menu, js, share.
  static func tokens(of element: MarkupElement) -> [String] {
    let names = ["id", "class", "aria-label"].compactMap { element.attributes[$0] }.joined(separator: " ")
    var words: [String] = []
    var word = ""
    var previous: Character?
    for character in names {
      let splitsCamelCase = character.isUppercase && previous?.isLowercase == true
      if !(character.isLetter || character.isNumber) || splitsCamelCase {
        if !word.isEmpty { words.append(word.lowercased()) }
        word = character.isLetter || character.isNumber ? String(character) : ""
      } else {
        word.append(character)
      }
      previous = character
    }
    if !word.isEmpty { words.append(word.lowercased()) }
    return words
  }

  /// How much text a reader would see in the element, chrome left out.
  static func visibleTextCount(_ element: MarkupElement) -> Int {
    element.children.reduce(0) { count, node in
      switch node {
      case .text(let text): count + text.count(where: { !$0.isWhitespace })
      case .element(let child): count + (isChrome(child, keepsHeader: true) ? 0 : visibleTextCount(child))
      }
    }
  }

  mutating func walk(_ nodes: [MarkupNode]) {
    walk(nodes, style: Style())
  }

  private mutating func walk(_ nodes: [MarkupNode], style: Style) {
    for node in nodes {
      switch node {
      case .text(let text): flow.append(Self.collapsed(text), font: style.font)
      case .element(let element): walk(element, style: style)
      }
    }
  }

  private mutating func walk(_ element: MarkupElement, style: Style) {
    guard !Self.isChrome(element, keepsHeader: keepsHeader) else { return }
    var inner = style
    switch element.name {
    case "br":
      flow.breakLine()
    case "ul", "ol":
      list(element, style: style)
    case "li":  // outside a list, as browsers show it: a bullet item
      item(element, label: "•", style: style)
    case "table":
      table(element, style: style)
    case let name where Self.headingSizes[name] != nil:
      inner.size = Self.headingSizes[name]!
      inner.bold = true
      paragraph(element.children, style: inner)
    case let name where Self.blocks.contains(name):
      paragraph(element.children, style: style)
    case "b", "strong":
      inner.bold = true
      walk(element.children, style: inner)
    case "i", "em":
      inner.italic = true
      walk(element.children, style: inner)
    default:
      walk(element.children, style: style)
    }
  }

  private mutating func paragraph(_ nodes: [MarkupNode], style: Style) {
    flow.endParagraph()
    walk(nodes, style: style)
    flow.endParagraph()
  }

  /// Each item a paragraph of its own after its label; a nested list's items follow their parent's text.
  private mutating func list(_ list: MarkupElement, style: Style) {
    let ordered = list.name == "ol"
    let format: ListLabel.Style =
      switch list.attributes["type"] {
      case "a": .lowerLetter
      case "A": .upperLetter
      case "i": .lowerRoman
      case "I": .upperRoman
      default: .decimal
      }
    var number = list.attributes["start"].flatMap { Int($0) } ?? 1
    for child in list.elements {
      guard child.name == "li" else {
        walk(child, style: style)
        continue
      }
      if let value = child.attributes["value"].flatMap({ Int($0) }) { number = value }
      item(child, label: ordered ? ListLabel.number(number, format) + "." : "•", style: style)
      number += 1
    }
  }

  private mutating func item(_ item: MarkupElement, label: String, style: Style) {
    flow.startListItem(label: label)
    walk(item.children, style: style)
    flow.endListItem()
  }

  /// Row by row, each cell's paragraphs in turn; but a row of headings over one row of cells is
  /// a set of columns, each heading with the cell beneath it, as a PDF of it is read.
  private mutating func table(_ table: MarkupElement, style: Style) {
    if let caption = table.child("caption") { paragraph(caption.children, style: style) }
    let rows = table.elements.flatMap { section in
      ["thead", "tbody", "tfoot"].contains(section.name)
        ? section.elements.filter { $0.name == "tr" }
        : section.name == "tr" ? [section] : []
    }.map { row in row.elements.filter { $0.name == "td" || $0.name == "th" } }
    let cells: [MarkupElement]
    if rows.count == 2, rows[0].count == rows[1].count, rows[0].count > 1 {
      cells = zip(rows[0], rows[1]).flatMap { [$0, $1] }
    } else {
      cells = rows.flatMap { $0 }
    }
    for cell in cells {
      var inner = style
      inner.bold = style.bold || cell.name == "th"
      paragraph(cell.children, style: inner)
    }
  }

  /// Runs of HTML white space as one space; a no-break space is text, not white space.
  private static func collapsed(_ text: String) -> String {
    var result = ""
    var inSpace = false
    for scalar in text.unicodeScalars {
      if [" ", "\t", "\n", "\r", "\u{0C}"].contains(scalar) {
        if !inSpace { result.append(" ") }
        inSpace = true
      } else {
        result.unicodeScalars.append(scalar)
        inSpace = false
      }
    }
    return result
  }
}
