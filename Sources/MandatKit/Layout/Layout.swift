/// The Layout stage: from a ``RawDocument`` to blocks in reading order, with running
/// headers and footers taken out and kept aside.
public struct Layout: Sendable {
  public var vocabulary: Vocabulary

  public init(vocabulary: Vocabulary = .standard) {
    self.vocabulary = vocabulary
  }

  public func analyze(_ document: RawDocument) -> LaidOutDocument {
    let (bodySize, pageBodySizes) = Self.bodySizes(document)
    let (body, running) = RunningMatter.separate(
      document.pages.map { $0.lines.map { ListMarker.symbolFontBulletRead(Glyphs.normalized(Self.placedUsably($0))) } },
      pageNumbers: document.pages.map(\.number),
      pageHeights: document.pages.map { $0.size?.height }, bodySize: bodySize)
    let builder = BlockBuilder(
      vocabulary: vocabulary,
      dehyphenation: Dehyphenation(
        suspendedCompoundWords: Set(vocabulary.suspendedCompoundWords),
        hyphenatedWords: vocabulary.lineEndHyphens.keep, closedWords: vocabulary.lineEndHyphens.join),
      bodySize: bodySize, pageBodySizes: pageBodySizes)
    let (blocks, hyphens) = builder.blocks(
      from: Self.place(Self.ordered(body), pageNumbers: document.pages.map(\.number)))
    // Text set across or along the page is kept with the running matter: what it carries (a
    // diarienummer along the margin) reaches the document's metadata, and none of it is lost.
    let aside = document.pages.flatMap { page in
      page.asideLines.map { RunningLine(page: page.number, text: $0.text, box: $0.box) }
    }
    return LaidOutDocument(
      blocks: blocks, runningMatter: aside.isEmpty ? running : Self.byPage(running + aside), hyphens: hyphens,
      metadata: document.metadata,
      warnings: document.warnings, pageCount: document.pages.count)
  }

  /// Each page's lines in reading order; a table's header repeated on a later page, and a table
  /// going on over a page break without its header, are known from its first page.
  static func ordered(_ pages: [[Line]]) -> [[ReadingOrder.OrderedLine]] {
    var tables = TableRows.Memory()
    return pages.map { ReadingOrder.order($0, tables: &tables) }
  }

  /// Marks each line with the breaks before it: a blank line, a paragraph gap, a jump back
  /// up the page into the next column, a new page.
  static func place(_ pages: [[ReadingOrder.OrderedLine]], pageNumbers: [Int]) -> [BlockBuilder.PlacedLine] {
    var placed: [BlockBuilder.PlacedLine] = []
    let fullWidth = pages.map { $0.filter { $0.columnRight == nil }.compactMap { $0.line.box } }
    let documentLeft = LeftEdge.of(fullWidth.flatMap { $0.map(\.x0) })
    // Text set ragged reaches the measure on few lines: a page's rightmost line may stop
    // short of it, and the widest line of the document tells it better.
    let documentRight = fullWidth.lazy.flatMap { $0.map(\.x1) }.max()
    let lineGap = usualLineGap(pages)
    for ((pageLines, number), boxes) in zip(zip(pages, pageNumbers), fullWidth) {
      // A justified page shows its own measure (a cover or a contents page may run wider).
      let widest = boxes.map(\.x1).max()
      let pageRight =
        widest.flatMap { widest in boxes.count { $0.x1 >= widest - 1 } >= 3 ? widest : nil } ?? documentRight
      let pageLeft = LeftEdge.of(boxes.map(\.x0), else: documentLeft)
      var blank = false
      var previousBox: Box?
      var first = true
      for ordered in pageLines {
        let line = ordered.line
        let text = line.text
        let rightEdge = ordered.columnRight ?? pageRight
        let leftEdge = ordered.columnRight == nil ? pageLeft : ordered.columnLeft
        if text.allSatisfy(\.isWhitespace) {
          blank = true
          continue
        }
        var endsEarly = false
        var spaced = false
        if let box = line.box, let above = previousBox, let rightEdge {
          let gap = box.y0 - above.y1
          blank = blank || gap > 0.8 * min(box.height, above.height) || gap < -above.height
          endsEarly = above.x1 + firstWordWidth(of: text, in: box) < rightEdge
          spaced = lineGap.map { gap > $0 + max(1.5, 0.15 * box.height) } ?? false
        }
        placed.append(
          .init(
            line: line, text: text.trimmingWhitespace, page: number, blankBefore: blank,
            pageBreakBefore: first && !placed.isEmpty, previousEndsEarly: endsEarly,
            isIndented: isIndented(line.box, left: leftEdge, right: rightEdge), isTableRow: ordered.isTableRow,
            continuesTableRow: ordered.continuesTableRow, spacedBefore: spaced && !blank))
        blank = false
        first = false
        previousBox = line.box
      }
    }
    return placed
  }

  /// The space most lines of the document leave to the line above, to half a point: more
  /// than that, short of a blank, sets paragraphs (and a typesetter's list items) apart.
  static func usualLineGap(_ pages: [[ReadingOrder.OrderedLine]]) -> Double? {
    var counts: [Int: Int] = [:]
    for page in pages {
      for (above, below) in zip(page, page.dropFirst()) {
        guard let upper = above.line.box, let lower = below.line.box else { continue }
        let gap = lower.y0 - upper.y1
        if gap >= 0, gap <= 0.8 * min(upper.height, lower.height) { counts[Int((gap * 2).rounded()), default: 0] += 1 }
      }
    }
    return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }.map { Double($0.key) / 2 }
  }

  /// Set in from its column's left edge by more than a paragraph's first-line indent, and
  /// not centred: the text of a list item whose bullet is not text (a shape drawn by a
  /// browser, a glyph with no character), or a quotation.
  private static func isIndented(_ box: Box?, left: Double?, right: Double?) -> Bool {
    guard let box, let left, let right else { return false }
    let indent = box.x0 - left
    guard indent >= max(10, 0.9 * box.height) else { return false }
    let rightMargin = right - box.x1
    let isCentred = abs(indent - rightMargin) <= 3 && min(indent, rightMargin) >= 0.1 * (right - left)
    return !isCentred
  }

  /// About how wide the line's first word is, with the space before it: would it have fitted
  /// at the end of the line above?
  private static func firstWordWidth(of text: String, in box: Box) -> Double {
    (box.x1 - box.x0) / Double(max(text.characterCount, 1)) * Double(text.firstWordCharacterCount + 1)
  }

  /// The line, without its boxes where they are not usable: a line the layout cannot place
  /// is read as a line of text without geometry, never reasoned on with infinite coordinates.
  static func placedUsably(_ line: Line) -> Line {
    guard let box = line.box, !box.isUsable || line.spans.contains(where: { $0.box?.isUsable == false }) else {
      return line
    }
    var unplaced = line
    unplaced.box = box.isUsable ? box : nil
    unplaced.spans = line.spans.map { Span(text: $0.text, font: $0.font, box: $0.box?.isUsable == true ? $0.box : nil) }
    return unplaced
  }

  /// Running lines in page order, those of one page in the order given.
  private static func byPage(_ lines: [RunningLine]) -> [RunningLine] {
    lines.enumerated().sorted { ($0.element.page, $0.offset) < ($1.element.page, $1.offset) }.map(\.element)
  }

  /// The size most characters of the document are set in, and by page number the same of
  /// pages set larger (slides, each fitted to its box): a line is a heading there only when
  /// larger than its own page's text. A page of less text (a cover's title) says nothing of
  /// its body.
  static func bodySizes(_ document: RawDocument) -> (document: Double?, largerPages: [Int: Double]) {
    var weights: [Double: Int] = [:]
    var pageWeights: [(number: Int, weights: [Double: Int])] = []
    for page in document.pages {
      var onPage: [Double: Int] = [:]
      for span in page.lines.lazy.flatMap(\.spans) {
        if let size = span.font?.size { onPage[size, default: 0] += span.text.characterCount }
      }
      weights.merge(onPage, uniquingKeysWith: +)
      pageWeights.append((page.number, onPage))
    }
    func most(_ weights: [Double: Int]) -> (size: Double, characters: Int)? {
      weights.max { ($0.value, $1.key) < ($1.value, $0.key) }.map { ($0.key, $0.value) }
    }
    guard let body = most(weights)?.size else { return (nil, [:]) }
    var larger: [Int: Double] = [:]
    for (number, onPage) in pageWeights {
      if let (size, characters) = most(onPage), characters >= 200, size > body { larger[number] = size }
    }
    return (body, larger)
  }
}
