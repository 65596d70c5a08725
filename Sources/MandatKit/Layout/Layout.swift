/// The Layout stage: from a ``RawDocument`` to blocks in reading order, with running
/// headers and footers taken out and kept aside.
public struct Layout: Sendable {
  public var vocabulary: Vocabulary

  public init(vocabulary: Vocabulary = .standard) {
    self.vocabulary = vocabulary
  }

  public func analyze(_ document: RawDocument) -> LaidOutDocument {
    let bodySize = Self.bodySize(document)
    let (body, running) = RunningMatter.separate(
      document.pages.map { $0.lines.map(Glyphs.normalized) }, pageNumbers: document.pages.map(\.number),
      pageHeights: document.pages.map { $0.size?.height }, bodySize: bodySize)
    let builder = BlockBuilder(
      vocabulary: vocabulary,
      dehyphenation: Dehyphenation(
        suspendedCompoundWords: Set(vocabulary.suspendedCompoundWords),
        hyphenatedWords: vocabulary.lineEndHyphens.keep, closedWords: vocabulary.lineEndHyphens.join),
      bodySize: bodySize)
    let (blocks, hyphens) = builder.blocks(
      from: Self.place(body.map(ReadingOrder.order), pageNumbers: document.pages.map(\.number)))
    return LaidOutDocument(
      blocks: blocks, runningMatter: running, hyphens: hyphens, metadata: document.metadata,
      warnings: document.warnings, pageCount: document.pages.count)
  }

  /// Marks each line with the breaks before it: a blank line, a paragraph gap, a jump back
  /// up the page into the next column, a new page.
  static func place(_ pages: [[ReadingOrder.OrderedLine]], pageNumbers: [Int]) -> [BlockBuilder.PlacedLine] {
    var placed: [BlockBuilder.PlacedLine] = []
    for (pageLines, number) in zip(pages, pageNumbers) {
      let pageRight = pageLines.filter { $0.columnRight == nil }.compactMap { $0.line.box?.x1 }.max()
      var blank = false
      var previousBox: Box?
      var first = true
      for ordered in pageLines {
        let line = ordered.line
        let text = line.text
        let rightEdge = ordered.columnRight ?? pageRight
        if text.allSatisfy(\.isWhitespace) {
          blank = true
          continue
        }
        var endsEarly = false
        if let box = line.box, let above = previousBox, let rightEdge {
          let gap = box.y0 - above.y1
          blank = blank || gap > 0.8 * min(box.height, above.height) || gap < -above.height
          endsEarly = above.x1 + firstWordWidth(of: text, in: box) < rightEdge
        }
        placed.append(
          .init(
            line: line, text: text.trimmingWhitespace, page: number, blankBefore: blank,
            pageBreakBefore: first && !placed.isEmpty, previousEndsEarly: endsEarly))
        blank = false
        first = false
        previousBox = line.box
      }
    }
    return placed
  }

  /// About how wide the line's first word is, with the space before it: would it have fitted
  /// at the end of the line above?
  private static func firstWordWidth(of text: String, in box: Box) -> Double {
    (box.x1 - box.x0) / Double(max(text.characterCount, 1)) * Double(text.firstWordCharacterCount + 1)
  }

  /// The font size that most characters are set in.
  static func bodySize(_ document: RawDocument) -> Double? {
    var weights: [Double: Int] = [:]
    for span in document.pages.lazy.flatMap(\.lines).flatMap(\.spans) {
      if let size = span.font?.size { weights[size, default: 0] += span.text.characterCount }
    }
    return weights.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
  }
}
