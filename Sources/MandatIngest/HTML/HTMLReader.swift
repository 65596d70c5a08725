import Foundation
import MandatKit

/// Reads a region's web page: the main content as a person reads it, without the site around it.
///
/// The main content is `<main>`, else the `<article>` holding most text, else `[role=main]`,
/// else the column the page's `<h1>` stands in (its nearest ancestor holding half the page's
/// text, as in SiteVision's nested `sv-layout` portlets), else the element whose id or class says
/// content or main holding most text, else `<body>`.
/// Within it navigation, sidebars, forms, scripts, footers and whatever an id, class or
/// aria-label names as breadcrumbs, cookie banner, share links, search, skip link or menu are
/// left out; a `<header>` is left out only where the whole body is read, for inside `<main>` or
/// `<article>` it heads the article itself. The page's own matter inside the content (label lines
/// such as `Senast uppdaterad: …`, toolbars of `Skriv ut`/`Dela`, feedback widgets) is left out
/// too, the date it carries kept as `modified`. Headings are bold and larger than the body as a
/// browser sets them, so that Layout finds them as it finds a PDF's.
public struct HTMLReader: DocumentReader {
  public let limits: ReadLimits

  public init(limits: ReadLimits = ReadLimits()) {
    self.limits = limits
  }

  /// The warning of a page whose content filter left nothing and whose whole body was read.
  static let wholeBodyWarning =
    "all of the page's text lies in parts read as the site around the content (menus, banners, footers); the whole page was read"

  public func read(_ data: Data, path: String) throws(ReadError) -> RawDocument {
    guard data.count <= limits.pageBytes else {
      throw .overLimit(
        path: path, limit: .pageBytes,
        detail:
          "it is \(ReadLimits.size(data.count)), more than the \(ReadLimits.size(limits.pageBytes)) a web page may")
    }
    guard case .parsed(let root, let problems) = LibXML.parseHTML(data, maxDepth: limits.nestingDepth) else {
      throw .overLimit(
        path: path, limit: .nestingDepth,
        detail: "its elements nest more than \(limits.nestingDepth) deep, deeper than a browser reads")
    }
    guard let root else { throw .empty(path: path) }
    let body = root.descendants("body").first ?? root
    let content = Self.mainContent(of: body)
    var walker = HTMLWalker(keepsHeader: content.name != "body", filtersChrome: true)
    walker.walk(content.children)
    var warnings = Self.warnings(problems)
    if walker.flow.isEmpty {
      walker = HTMLWalker(keepsHeader: true, filtersChrome: false)
      walker.walk(body.children)
      guard !walker.flow.isEmpty else { throw .empty(path: path) }
      warnings.append(Self.wholeBodyWarning)
    }
    var metadata = Self.metadata(root)
    metadata["modified"] = walker.modified
    return try walker.flow.document(
      format: .html, metadata: metadata, warnings: warnings, path: path, limits: limits)
  }

  /// A page libxml2 had to repair is read as browsers read it, with a warning naming the first problem.
  private static func warnings(_ problems: [MarkupProblem]) -> [String] {
    let real = problems.filter { !$0.isUnknownElement }
    guard let first = real.first else { return [] }
    let count = real.count == 1 ? "1 problem" : "\(real.count) problems"
    return ["malformed HTML (\(count), the first on line \(first.line): \(first.message)); read as a browser reads it"]
  }

  private static func mainContent(of body: MarkupElement) -> MarkupElement {
    let (candidates, total) = Self.candidates(below: body)
    func richest(_ matching: (MarkupElement) -> Bool) -> MarkupElement? {
      candidates.filter { matching($0.element) }.max { $0.textCount < $1.textCount }?.element
    }
    return richest { $0.name == "main" } ?? richest { $0.name == "article" }
      ?? richest { $0.attributes["role"] == "main" }
      ?? headingColumn(candidates, total: total)
      ?? richest { element in
        HTMLWalker.tokens(of: element).contains { ["content", "main", "innehall", "innehåll"].contains($0) }
      } ?? body
  }

  /// An element below the body that is no site chrome, with the text a reader would see in it.
  private struct Candidate {
    var element: MarkupElement
    var textCount: Int
    /// The index of the nearest candidate holding it; `nil` right below the body.
    var parent: Int?
  }

  /// Every element below `body`, not descending into site chrome, in document order, with the
  /// text a reader would see in it (chrome left out), and the body's own. Measured in one pass from
  /// the leaves up: measuring each element on its own read the text below it once for every
  /// element above it, minutes for a page of five hundred nested `<article>`s.
  private static func candidates(below body: MarkupElement) -> (candidates: [Candidate], total: Int) {
    var found: [Candidate] = []
    func measure(_ element: MarkupElement, parent: Int?, collects: Bool) -> Int {
      var count = 0
      for node in element.children {
        switch node {
        case .text(let text):
          count += text.count { !$0.isWhitespace }
        case .element(let child):
          guard !HTMLWalker.isChrome(child, keepsHeader: true) else { continue }
          // The only chrome that counts as text: a <header>, which heads an article, is no candidate.
          let index = collects && child.name != "header" ? found.count : nil
          if index != nil { found.append(Candidate(element: child, textCount: 0, parent: parent)) }
          let childCount = measure(child, parent: index ?? parent, collects: index != nil)
          if let index { found[index].textCount = childCount }
          count += childCount
        }
      }
      return count
    }
    let total = measure(body, parent: nil, collects: true)
    return (found, total)
  }

  /// The nearest ancestor of the page's first `<h1>` that holds at least half of the page's text:
  /// the content column of a page built of nested boxes with no `<main>` (SiteVision's
  /// `sv-layout` and portlets), whose title and text stand in boxes side by side. `nil` when
  /// that is the body itself, or the page has no `<h1>` outside the site's chrome.
  private static func headingColumn(_ candidates: [Candidate], total: Int) -> MarkupElement? {
    guard var index = candidates.firstIndex(where: { $0.element.name == "h1" }) else { return nil }
    let half = (total + 1) / 2
    while let parent = candidates[index].parent {
      if candidates[parent].textCount >= half { return candidates[parent].element }
      index = parent
    }
    return nil
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
  /// Whether the site's chrome and the page's own matter are left out; when not, only what a
  /// browser does not show as text (scripts, styles, images, controls) is.
  let filtersChrome: Bool
  /// The date a `Senast uppdaterad`-like line left out of the content gave.
  private(set) var modified: String?

  /// Typography as a browser's default style sheet sets it.
  private struct Style {
    var size = 12.0
    var bold = false
    var italic = false
    var font: Font { Font(family: "html", size: size, isBold: bold, isItalic: italic) }
  }

  static let headingSizes: [String: Double] = ["h1": 18, "h2": 16, "h3": 14, "h4": 12, "h5": 12, "h6": 12]
  /// Elements whose content a browser shows as no text of the page.
  private static let invisible: Set<String> = [
    "script", "style", "noscript", "template", "button", "input", "select", "textarea", "iframe", "object", "embed",
    "img", "picture", "svg", "video", "audio", "canvas", "head",
  ]
  /// Elements that hold the site around the content.
  private static let chromeElements: Set<String> = ["nav", "aside", "form", "footer", "dialog"]
  /// Form controls: a short block inside the content holding one is a widget, not the page's text.
  private static let controls: Set<String> = ["button", "input", "select", "textarea"]
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

  /// The most elements a menu, banner or the like holds; an element named so that holds more is
  /// a wrapper of the page. Bounding the search below each such element for the content keeps a
  /// page of nested `div.menu`s from being searched once for every level.
  private static let chromeSize = 5_000

  /// A wrapper named for a state of the chrome (`menu-open`) is no chrome while it holds the
  /// content, or more elements than any chrome holds.
  static func isChrome(_ element: MarkupElement, keepsHeader: Bool) -> Bool {
    if invisible.contains(element.name) || chromeElements.contains(element.name) { return true }
    if element.name == "header" && !keepsHeader { return true }
    if element.attributes["hidden"] != nil || chromeRoles.contains(element.attributes["role"] ?? "") { return true }
    let namedAsChrome = tokens(of: element).contains { token in
      wholeChromeWords.contains(token) || chromeWords.contains { token.hasPrefix($0) }
    }
    return namedAsChrome && element.contains(anyOf: ["main", "article", "h1"], visitingAtMost: chromeSize) == false
  }

  /// The words of an element's id, class and aria-label: `mainMenu js-share` → main, menu, js, share.
  static func tokens(of element: MarkupElement) -> [String] {
    let names = ["id", "class", "aria-label"].compactMap { element.attributes[$0] }.joined(separator: " ")
    var words: [String] = []
    var word = String.UnicodeScalarView()
    var previousIsLower = false
    for scalar in names.unicodeScalars {
      let kind = Self.kind(of: scalar)
      if kind == .other || (kind == .upper && previousIsLower) {
        if !word.isEmpty { words.append(String(word).lowercased()) }
        word = kind == .other ? String.UnicodeScalarView() : String.UnicodeScalarView([scalar])
      } else {
        word.append(scalar)
      }
      previousIsLower = kind == .lower
    }
    if !word.isEmpty { words.append(String(word).lowercased()) }
    return words
  }

  private enum ScalarKind { case upper, lower, otherAlphanumeric, other }

  /// Whether a scalar is part of a word, and its case; ASCII, which names nearly always are, without
  /// a lookup of Unicode properties (a page has thousands of names).
  private static func kind(of scalar: Unicode.Scalar) -> ScalarKind {
    switch scalar.value {
    case 0x41...0x5A: return .upper
    case 0x61...0x7A: return .lower
    case 0x30...0x39: return .otherAlphanumeric
    case 0..<0x80: return .other
    default:
      let properties = scalar.properties
      if properties.isUppercase { return .upper }
      if properties.isLowercase { return .lower }
      return properties.isAlphabetic || properties.numericType != nil ? .otherAlphanumeric : .other
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
    if filtersChrome {
      guard !Self.isChrome(element, keepsHeader: keepsHeader), !isPageMatter(element) else { return }
    } else {
      guard !Self.invisible.contains(element.name) else { return }
    }
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
    var number = ListLabel.counter(list.attributes["start"]) ?? 1
    for child in list.elements {
      guard child.name == "li" else {
        walk(child, style: style)
        continue
      }
      if let value = ListLabel.counter(child.attributes["value"]) { number = value }
      item(child, label: ordered ? ListLabel.number(number, format) + "." : "•", style: style)
      number = min(number + 1, ListLabel.counterRange.upperBound)
    }
  }

  private mutating func item(_ item: MarkupElement, label: String, style: Style) {
    flow.startListItem(label: label)
    walk(item.children, style: style)
    flow.endListItem()
  }

  /// A task table (see ``FlowText/taskRows(_:headed:holdsTable:read:)``) gives one item per row; else row
  /// by row, each cell's paragraphs in turn; but a row of headings over one row of cells is a set
  /// of columns, each heading with the cell beneath it, as a PDF of it is read.
  private mutating func table(_ table: MarkupElement, style: Style) {
    if let caption = table.child("caption") { paragraph(caption.children, style: style) }
    let rows = table.elements.flatMap { section in
      ["thead", "tbody", "tfoot"].contains(section.name)
        ? section.elements.filter { $0.name == "tr" }
        : section.name == "tr" ? [section] : []
    }.map { row in row.elements.filter { $0.name == "td" || $0.name == "th" } }
    let headed = table.child("thead") != nil || rows.first?.allSatisfy { $0.name == "th" } == true
    if let tasks = FlowText.taskRows(
      rows, headed: headed, holdsTable: { $0.contains(anyOf: ["table"]) }, read: { cell($0, style: style) })
    {
      flow.appendTasks(tasks)
      return
    }
    let cells: [MarkupElement]
    if rows.count == 2, rows[0].count == rows[1].count, rows[0].count > 1 {
      cells = zip(rows[0], rows[1]).flatMap { [$0, $1] }
    } else {
      cells = rows.flatMap { $0 }
    }
    for cell in cells { paragraph(cell.children, style: cellStyle(cell, style)) }
  }

  /// A header cell is bold.
  private func cellStyle(_ cell: MarkupElement, _ style: Style) -> Style {
    var inner = style
    inner.bold = style.bold || cell.name == "th"
    return inner
  }

  /// A cell read on its own, for a task table.
  private func cell(_ cell: MarkupElement, style: Style) -> FlowText {
    var walker = HTMLWalker(keepsHeader: keepsHeader, filtersChrome: filtersChrome)
    walker.paragraph(cell.children, style: cellStyle(cell, style))
    return walker.flow
  }

  // MARK: - The page's own matter

  private static let blockLevel = blocks.union(["ul", "ol", "li"])

  /// Whether a block inside the content is the page's own matter: a short line led by a label
  /// such as `Senast uppdaterad:` (its date kept as ``modified``), a toolbar whose every piece of
  /// text is a button's word (`Skriv ut`, `Dela`), or a short feedback widget: a block holding
  /// controls, or a question followed only by its answers as links (`Hittade du det du sökte?`
  /// `Ja` `Nej`). Recognised by shape and words, not by a site's class names.
  private mutating func isPageMatter(_ element: MarkupElement) -> Bool {
    guard Self.blockLevel.contains(element.name) else { return false }
    guard let pieces = Self.textPieces(element, limit: 200) else { return false }
    let text = pieces.joined(separator: " ")
    if element.contains(anyOf: Self.controls) || PageMatter.isFeedback(pieces) || PageMatter.isToolbar(pieces) {
      return true
    }
    guard let label = PageMatter.label(of: text) else { return false }
    if PageMatter.tellsModified(label) || modified == nil, let date = PageMatter.date(in: text) {
      modified = PageMatter.tellsModified(label) ? date : modified ?? date
    }
    return true
  }

  /// The element's runs of visible text, each collapsed and trimmed, those without a letter or
  /// digit left out; `nil` as soon as they pass `limit` characters, or one run of text is four
  /// times that long before its white space is collapsed, so that a big block costs no more
  /// than a small one.
  private static func textPieces(_ element: MarkupElement, limit: Int) -> [String]? {
    var pieces: [String] = []
    var count = 0
    func collect(_ nodes: [MarkupNode]) -> Bool {
      for node in nodes {
        switch node {
        case .text(let text):
          guard text.utf8.count <= 4 * limit else { return false }
          var piece = Substring(collapsed(text))
          if piece.first == " " { piece = piece.dropFirst() }
          if piece.last == " " { piece = piece.dropLast() }
          guard piece.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
          count += piece.count + 1
          guard count <= limit + 1 else { return false }
          pieces.append(String(piece))
        case .element(let child):
          guard invisible.contains(child.name) || collect(child.children) else { return false }
        }
      }
      return true
    }
    return collect(element.children) ? pieces : nil
  }

  /// Runs of HTML white space as one space; a no-break space is text, not white space.
  private static func collapsed(_ text: String) -> String {
    var result = ""
    var inSpace = false
    for scalar in text.unicodeScalars {
      if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}" {
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
