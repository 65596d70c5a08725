/// Turns lines in reading order into headings, paragraphs and list items.
///
/// A heading is a line that names a section of the vocabulary and stands alone (after a
/// blank, a page break, a finished sentence or another heading), or, where the input has
/// typography, a short line set bold or larger than the body text. A list item starts at a
/// bullet or number and continues over its wrapped lines, also across a blank line or a
/// page break when the text plainly runs on (a lowercase start, a line-end hyphen).
struct BlockBuilder {
  var vocabulary: Vocabulary
  var dehyphenation: Dehyphenation
  /// The most common font size of the document, where known.
  var bodySize: Double?
  /// By page number, the body size of pages set larger than the document's (slides).
  var pageBodySizes: [Int: Double] = [:]

  /// A line with what its position tells about the break before it.
  struct PlacedLine {
    var line: Line
    /// The line's text without whitespace at either end, worked out once.
    var text: String
    var page: Int
    /// A blank line (text) or a paragraph-sized gap or jump to another column (PDF) before it.
    var blankBefore: Bool
    var pageBreakBefore: Bool
    /// The line above stopped short although this line's first word would have fitted on it:
    /// it ended its paragraph (PDF only).
    var previousEndsEarly = false
    /// Set in from its column's edge (PDF only): a list item's text where its bullet is no
    /// text, or the first line of an indented paragraph.
    var isIndented = false
    /// The opening line of a table's row: an entry of its own.
    var isTableRow = false
    /// A further line of a table row's cells, going on with its entry.
    var continuesTableRow = false
    /// More space above it than the document leaves between lines, short of a blank line.
    var spacedBefore = false
  }

  private struct OpenBlock {
    var kind: Block.Kind
    var text: String
    var lines: [PlacedLine]
    /// Where a list item's marker stands: its wrapped lines are indented past it.
    var markerX: Double?
    /// Where the text of a list item read from its indentation starts: its wrapped lines
    /// start there too.
    var indentX: Double?
  }

  /// The blocks, and how each line-end hyphen joined on the way was read.
  func blocks(from lines: [PlacedLine]) -> (blocks: [Block], hyphens: [HyphenDecision]) {
    var blocks: [Block] = []
    /// Which blocks are list items read from their indentation alone.
    var fromIndent: [Bool] = []
    /// Where paragraphs of the document start their first line, set in: a line set in just
    /// as far is a paragraph's, not a list item's.
    var paragraphIndents: [Double] = []
    var hyphens: [HyphenDecision] = []
    var open: OpenBlock?
    var previous: PlacedLine?
    func close() {
      if let block = open {
        blocks.append(finish(block))
        fromIndent.append(block.indentX != nil)
      }
      open = nil
    }
    for var placed in lines {
      defer { previous = placed }
      guard !placed.text.isEmpty else { continue }
      if !placed.isTableRow, !placed.continuesTableRow, open == nil || standsAlone(placed, after: previous, in: open),
        let (heading, rest) = Self.runIn(placed)
      {
        close()
        blocks.append(finish(OpenBlock(kind: .heading, text: heading.text, lines: [heading])))
        fromIndent.append(false)
        placed = rest
      }
      let text = placed.text
      let kind: Block.Kind
      var content = text
      let joinsOpenBlock: Bool
      if placed.isTableRow || placed.continuesTableRow {
        (kind, joinsOpenBlock) = (.listItem, placed.continuesTableRow && open?.kind == .listItem)
      } else if let itemText = ListMarker.itemText(text), !goesOnAfterHyphen(placed, in: open),
        !isNumberedHeading(placed, text: text, after: previous, in: open),
        !isSetAsNumberedHeading(placed.line, text: text, page: placed.page)
      {
        (kind, content, joinsOpenBlock) = (.listItem, String(itemText), false)
      } else if isHeading(placed, text: text, after: previous, in: open) {
        kind = .heading
        joinsOpenBlock = open.map { $0.kind == .heading && continuesHeading($0, with: placed, text: text) } ?? false
      } else if placed.isIndented,
        open.map({ !Self.takesIndented($0, placed, continuing: continues($0, with: placed, text: text)) }) ?? true
      {
        (kind, joinsOpenBlock) = (.listItem, false)
      } else {
        kind = .paragraph
        joinsOpenBlock = open.map { $0.kind != .heading && continues($0, with: placed, text: text) } ?? false
      }
      if joinsOpenBlock, var block = open {
        open = nil  // the block's text is then not shared, and grows in place
        if var decision = dehyphenation.append(content, to: &block.text) {
          decision.page = placed.page
          hyphens.append(decision)
        }
        block.lines.append(placed)
        if let indentX = block.indentX, let box = placed.line.box, box.x0 < indentX - 2 {
          // The indented line opened a paragraph, whose next line goes back to the edge.
          paragraphIndents.append(indentX)
          (block.kind, block.indentX) = (.paragraph, nil)
        }
        open = block
      } else {
        close()
        let isItem = kind == .listItem
        let fromIndent = isItem && !placed.isTableRow && ListMarker.itemText(text) == nil
        open = OpenBlock(
          kind: kind, text: content, lines: [placed], markerX: isItem && !fromIndent ? placed.line.box?.x0 : nil,
          indentX: fromIndent ? placed.line.box?.x0 : nil)
      }
    }
    close()
    return (Self.confirmingIndentedItems(blocks, fromIndent: fromIndent, paragraphIndents: paragraphIndents), hyphens)
  }

  /// A list item read from its indentation alone stands in a list, after a heading or after
  /// a lead-in ending in a colon. It stays a paragraph where it stands alone (a quotation),
  /// where it is itself the lead-in of the list below, or where it is set in just as far as
  /// the document's paragraphs start (a one-line paragraph of a typesetter that indents
  /// every paragraph's first line).
  private static func confirmingIndentedItems(_ blocks: [Block], fromIndent: [Bool], paragraphIndents: [Double])
    -> [Block]
  {
    var confirmed = blocks
    for index in blocks.indices where fromIndent[index] {
      let before = index > 0 ? blocks[index - 1] : nil
      let after = index + 1 < blocks.count ? blocks[index + 1] : nil
      let inList =
        before?.kind == .listItem || after?.kind == .listItem || before?.kind == .heading
        || before?.text.last == ":"
      let isLeadIn = blocks[index].text.last == ":" && after?.kind == .listItem
      let x0 = blocks[index].source.box?.x0
      let isParagraphIndent = x0.map { x0 in paragraphIndents.contains { abs($0 - x0) <= 1 } } ?? false
      if !inList || isLeadIn || isParagraphIndent { confirmed[index].kind = .paragraph }
    }
    return confirmed
  }

  private func finish(_ block: OpenBlock) -> Block {
    let first = block.lines[0]
    let samePage = block.lines.filter { $0.page == first.page }
    let numbers = block.lines.compactMap(\.line.sourceLine)
    return Block(
      kind: block.kind,
      text: block.text.singleSpaced,
      source: SourceRef(
        page: first.page,
        box: Box.union(samePage.compactMap(\.line.box)),
        lines: numbers.isEmpty ? nil : [numbers.min()!, numbers.max()!]))
  }

  // MARK: - Headings

  /// A known heading standing alone, its numbering aside (`2.1 Generellt uppdrag`), or a line
  /// set as a heading.
  private func isHeading(_ placed: PlacedLine, text: String, after previous: PlacedLine?, in open: OpenBlock?) -> Bool {
    let startsUppercase =
      text.first?.isUppercase == true
      || (text.first?.isNumber == true && Vocabulary.numbering(of: text).text.first?.isUppercase == true)
    if startsUppercase, standsAlone(placed, after: previous, in: open), vocabulary.sectionKey(forHeading: text) != nil {
      return true
    }
    return isTypographicHeading(placed.line, text: text, page: placed.page)
  }

  /// A line a list marker opens (`1. Bakgrund`, `A. Syfte`) that is a numbered heading: its text
  /// after the numbering a known heading, standing alone. Straight under a list item or a
  /// lead-in ending in a colon it is the list's next item (`1. Kommunikation`, `2. Rapportering`
  /// after *Gruppen ansvarar för:*).
  private func isNumberedHeading(_ placed: PlacedLine, text: String, after previous: PlacedLine?, in open: OpenBlock?)
    -> Bool
  {
    let (number, rest) = Vocabulary.numbering(of: text)
    guard number != nil, rest.first?.isUppercase == true, standsAlone(placed, after: previous, in: open),
      vocabulary.sectionKey(forHeading: text) != nil
    else { return false }
    guard let previous, let open, !placed.blankBefore, !placed.pageBreakBefore else { return true }
    return open.kind != .listItem && previous.text.last != ":"
  }

  /// A numbered line set as a heading: larger than the body text, or bold with its words in
  /// capitals (*3. VÄGLEDANDE PRINCIPER*) — a list's items are set as the body is.
  private func isSetAsNumberedHeading(_ line: Line, text: String, page: Int) -> Bool {
    guard isTypographicHeading(line, text: text, page: page), let bodySize = body(on: page) else { return false }
    let words = Vocabulary.numbering(of: text).text
    return line.spans.allSatisfy { ($0.font?.size ?? 0) >= bodySize + 1.5 || $0.text.allSatisfy(\.isWhitespace) }
      || !words.contains(where: \.isLowercase)
  }

  /// The paragraph open ends in a hyphen and nothing sets the line apart from it: the line goes
  /// on with the broken word or number even where it reads as a label (*2021-06-* / *10. …*).
  private func goesOnAfterHyphen(_ placed: PlacedLine, in open: OpenBlock?) -> Bool {
    guard let open, open.kind == .paragraph, let last = open.text.last else { return false }
    return Dehyphenation.hyphens.contains(last) && !placed.blankBefore && !placed.pageBreakBefore
  }

  /// Nothing before the line runs on into it.
  private func standsAlone(_ placed: PlacedLine, after previous: PlacedLine?, in open: OpenBlock?) -> Bool {
    guard let previous, let open else { return true }
    if placed.blankBefore || placed.pageBreakBefore || open.kind != .paragraph { return true }
    return previous.text.last.map { ".:!?".contains($0) } ?? true
  }

  /// The size of the body text on a page: the document's, or the page's own where larger.
  private func body(on page: Int) -> Double? {
    pageBodySizes[page] ?? bodySize
  }

  /// A line opening with a few words set bold and closed by a colon or a full stop, the rest
  /// plain: a run-in heading (**Syfte:** *Arbetsgruppen ska …*, **Ordförande.** *Ordföranden
  /// utses …*), split into the heading and the line going on after it.
  static func runIn(_ placed: PlacedLine) -> (heading: PlacedLine, rest: PlacedLine)? {
    let spans = placed.line.spans
    guard spans.count >= 2, spans[0].font?.isBold == true,
      let plain = spans.firstIndex(where: { $0.font?.isBold != true && !$0.text.allSatisfy(\.isWhitespace) })
    else { return nil }
    var lead = spans[..<plain].map(\.text).joined().trimmingWhitespace
    var restText = spans[plain...].map(\.text).joined()
    // The colon may be set plain after the bold words (**Syfte**: …).
    if let first = restText.first, ":.".contains(first), !":.".contains(lead.last ?? " ") {
      lead.append(first)
      restText.removeFirst()
    }
    restText = restText.trimmingWhitespace
    guard let close = lead.last, ":.".contains(close), !restText.isEmpty else { return nil }
    lead.removeLast()
    guard lead.first?.isUppercase == true, lead.count <= 60, lead.split(separator: " ").count <= 6 else { return nil }
    var heading = placed
    heading.line = Line(
      spans: Array(spans[..<plain]), box: Box.union(spans[..<plain].compactMap(\.box)) ?? placed.line.box,
      sourceLine: placed.line.sourceLine)
    heading.text = lead
    var rest = placed
    rest.line = Line(
      spans: Array(spans[plain...]), box: Box.union(spans[plain...].compactMap(\.box)) ?? placed.line.box,
      sourceLine: placed.line.sourceLine)
    rest.text = restText
    (rest.blankBefore, rest.pageBreakBefore, rest.isIndented, rest.spacedBefore) = (false, false, false, false)
    return (heading, rest)
  }

  /// Bold or larger than the body, short, and not a sentence.
  private func isTypographicHeading(_ line: Line, text: String, page: Int) -> Bool {
    // The typography first: it rules out most lines before their text is looked at.
    guard let bodySize = body(on: page), !line.spans.isEmpty else { return false }
    let fonts = line.spans.filter { $0.text.unicodeScalars.contains { !$0.isSpace } }.compactMap(\.font)
    guard !fonts.isEmpty, fonts.allSatisfy(\.isBold) || fonts.allSatisfy({ $0.size >= bodySize + 1.5 }) else {
      return false
    }
    // A character takes at least a byte: counting characters is needed only for long lines.
    guard text.utf8.count <= 120 || text.count <= 120, let last = text.last, !".,;".contains(last) else {
      return false
    }
    return true
  }

  /// A heading wrapped over lines in the same font (a long title, *Sjukvårdsregional och* /
  /// *regional nivå*), not two headings in a row.
  private func continuesHeading(_ heading: OpenBlock, with placed: PlacedLine, text: String) -> Bool {
    guard !placed.blankBefore, !placed.pageBreakBefore,
      let lastFont = heading.lines.last?.line.spans.first?.font,
      let font = placed.line.spans.first?.font,
      lastFont.size == font.size, lastFont.isBold == font.isBold
    else { return false }
    let wholeIsKnown = vocabulary.sectionKey(forHeading: heading.text + " " + text) != nil
    let partsAreKnown =
      vocabulary.sectionKey(forHeading: heading.text) != nil
      || vocabulary.sectionKey(forHeading: text) != nil
    return wholeIsKnown || !partsAreKnown
  }

  // MARK: - Continuation

  /// Whether an open block goes on with an indented line: a heading never does, nor a
  /// paragraph whose lines so far start further left (its wrapped lines start at its edge, so
  /// the line set in opens a list item even where the paragraph's last line was full). A
  /// paragraph of one line may go on set in: a hanging indent.
  private static func takesIndented(_ block: OpenBlock, _ placed: PlacedLine, continuing: Bool) -> Bool {
    guard continuing, block.kind != .heading else { return false }
    guard block.kind == .paragraph, block.indentX == nil, block.lines.count > 1, let x0 = placed.line.box?.x0,
      let lastX0 = block.lines.last?.line.box?.x0
    else { return true }
    return x0 <= lastX0 + 2
  }

  /// A short line that is a web page's own matter (`Senast uppdaterad: …`, `Dela: Facebook
  /// E-post`): a block of its own, never the end of the paragraph above.
  static func isPageMatter(_ text: String) -> Bool {
    text.utf8.count <= 80 && PageMatter.isPageMatter(text)
  }

  /// A line of a table of contents: a leader of dots to a page number (`1 Inledning ….. 3`),
  /// a line of its own however wide it is.
  static func isContentsLine(_ text: String) -> Bool {
    guard text.last?.isNumber == true else { return false }
    let beforeNumber = text.reversed().drop { $0.isNumber || $0 == " " }
    return beforeNumber.prefix { $0 == "." || $0 == " " || $0 == "…" }.filter { $0 != " " }.count >= 3
  }

  private func continues(_ block: OpenBlock, with placed: PlacedLine, text: String) -> Bool {
    if block.lines.last.map({ Self.isContentsLine($0.text) || Self.isPageMatter($0.text) }) == true
      || Self.isPageMatter(text)
    {
      return false
    }
    let endsInHyphen = block.text.last.map(Dehyphenation.hyphens.contains) == true
    let runsOn = text.first?.isLowercase == true || endsInHyphen
    if placed.pageBreakBefore || placed.blankBefore {
      return runsOn && (block.kind == .listItem || !(block.text.last.map { ".:!?".contains($0) } ?? false))
    }
    // A line ending in a hyphen goes on in the next, however short it stopped (a date broken
    // at its hyphen: *fastställd 2021-06-* / *10.*).
    if block.kind == .paragraph { return !placed.previousEndsEarly || endsInHyphen }
    if let indentX = block.indentX, let box = placed.line.box {
      // The next item starts where this one's text does: only the line above stopping short,
      // or more space than between lines, tells them apart; a line back at the edge goes on
      // an indented paragraph.
      return !placed.previousEndsEarly && !placed.spacedBefore
        && (abs(box.x0 - indentX) <= 2 || (!placed.isIndented && block.lines.count == 1))
    }
    guard let markerX = block.markerX, let box = placed.line.box else { return true }
    return box.x0 > markerX + 2 || runsOn
  }
}
