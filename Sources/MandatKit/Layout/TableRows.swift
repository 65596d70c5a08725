/// Columns that are the cells of a table, read row by row.
///
/// A column region is read one column after the other, which is right for text set in
/// columns and for boxes of lists side by side, but scatters a table: its first column's
/// labels (*Område*, *Diarienummer*) would be read apart from the cells beside them. A region
/// is a table when its first column holds labels, not list items, each with a line of every
/// other column beside it, and either the labels are narrower and the other columns run on
/// where the first has nothing (a label beside a longer cell), its rows stand apart, or a bold
/// row heads every column, or the labels are bold beside plain text, or a bold row heads rows
/// of one line each whose labels are names. Text set in
/// columns leaves one column empty beside the other's lines, and lists side by side open
/// their lines with bullets; a table does neither.
enum TableRows {
  /// A line of one column of a region, with the region's row it stands on.
  struct Cell {
    var row: Int
    var line: Line
  }

  /// What the tables read so far tell of the ones to come.
  struct Memory {
    /// The header rows read, so that a header repeated on the next page is known as one.
    var headers: Set<String> = []
    /// Where the last table's columns start: a table going on over a page break without its
    /// header is known by them.
    var columnStarts: [Double] = []
  }

  /// The region's rows as table rows, each opening with `first cell: the next`, or `nil`
  /// when the columns are no table. A header row (every cell bold, or the same wording as the
  /// first row of a table on an earlier page) names the columns and is left out. A table of
  /// contents gives its entries as lines of text.
  static func rows(_ columns: [[Cell]], memory: inout Memory) -> [ReadingOrder.OrderedLine]? {
    guard columns.count >= 2, columns.allSatisfy({ !$0.isEmpty }) else { return nil }
    if let contents = contentsLines(columns) { return contents }
    let (tables, after) = splittingOffText(after: columns)
    var ordered: [ReadingOrder.OrderedLine] = []
    for (heading, table) in splitAtHeadings(tables) {
      if let heading { ordered.append(ReadingOrder.OrderedLine(line: heading.line)) }
      guard let rows = tableRows(table, memory: &memory) else { return nil }
      ordered += rows
    }
    return ordered + after.map { ReadingOrder.OrderedLine(line: $0.line) }
  }

  /// The tables of a region that holds more than one, each under the heading before it: a
  /// bold line of the first column alone on its row after a gap (*Regler för ordförandeskap*
  /// between a table of members and one of rules) starts the next.
  private static func splitAtHeadings(_ columns: [[Cell]]) -> [(heading: Cell?, table: [[Cell]])] {
    let otherRows = Set(columns.dropFirst().flatMap { $0.map(\.row) })
    var previous: Box?
    var headings: [Int] = []
    for (index, cell) in columns[0].enumerated() {
      defer { previous = cell.line.box ?? previous }
      guard index > 0, !otherRows.contains(cell.row), let box = cell.line.box, let previous,
        box.y0 - previous.y1 > 0.8 * box.height,
        cell.line.spans.allSatisfy({ $0.font?.isBold == true || $0.text.allSatisfy(\.isWhitespace) })
      else { continue }
      headings.append(index)
    }
    guard !headings.isEmpty else { return [(nil, columns)] }
    let rows = [columns[0][0].row] + headings.map { columns[0][$0].row } + [Int.max]
    return zip(rows, rows.dropFirst()).enumerated().map { part, bounds in
      let heading = part == 0 ? nil : columns[0][headings[part - 1]]
      let table = columns.map { column in
        column.filter { (bounds.0..<bounds.1).contains($0.row) && $0.row != heading?.row }
      }
      return (heading, table)
    }
  }

  /// The columns without the lines that follow the table at its first column's edge (the next
  /// heading, set at the margin as the table is): first-column lines below every other
  /// column's, after a gap.
  private static func splittingOffText(after columns: [[Cell]]) -> (table: [[Cell]], after: [Cell]) {
    let others = columns.dropFirst().flatMap { $0 }.compactMap(\.line.box)
    guard let bottom = others.map(\.y1).max(), let height = others.map(\.height).max(),
      let split = columns[0].firstIndex(where: { ($0.line.box?.y0 ?? -.infinity) > bottom + 0.8 * height })
    else { return (columns, []) }
    return ([Array(columns[0][..<split])] + columns.dropFirst(), Array(columns[0][split...]))
  }

  private static func tableRows(_ columns: [[Cell]], memory: inout Memory) -> [ReadingOrder.OrderedLine]? {
    guard columns.allSatisfy({ !$0.isEmpty }) else { return nil }
    let rowsOf = columns.map { Set($0.map(\.row)) }
    let others = rowsOf.dropFirst()
    guard columns[0].allSatisfy({ cell in columns.dropFirst().allSatisfy { standsBeside(cell, $0) } }),
      !columns[0].contains(where: { ListMarker.itemText($0.line.text) != nil })
    else { return nil }
    let widths = columns.map { column in Box.union(column.compactMap(\.line.box)).map(\.width) ?? 0 }
    let labelsAreNarrower = widths.dropFirst().allSatisfy { widths[0] <= 0.7 * $0 }
    let runsOn = others.contains { !$0.isSubset(of: rowsOf[0]) }
    let labelsAreBold = isBold(columns[0].map(\.line)) && !columns.dropFirst().contains { isBold($0.map(\.line)) }
    let paddedRows = columns[0].count >= 2 && cellStarts(columns[0]).count == columns[0].count
    // The first row names the columns where it is all bold, or repeats an earlier page's.
    let top = columns.compactMap { $0.first?.row }.min()!
    let topLines = columns.flatMap { $0.filter { $0.row == top }.map(\.line) }
    let boldHeader = columns.allSatisfy { $0.first?.row == top } && isBold(topLines) && columns[0].count >= 2
    // A header row over rows of one line each, every label a name of its own (a member table:
    // *Region Skåne* | *fyra ledamöter*): text in columns runs on from line to line instead.
    let oneLineRows =
      boldHeader && !runsOn && columns[0].count >= 3
      && columns[0].allSatisfy { $0.line.text.first.map { $0.isUppercase || $0.isNumber } ?? false }
    let columnStarts = columns.map { column in column.compactMap(\.line.box?.x0).min() ?? 0 }
    let goesOn =
      columnStarts.count == memory.columnStarts.count
      && zip(columnStarts, memory.columnStarts).allSatisfy { abs($0 - $1) <= 2 }
    guard (labelsAreNarrower && (runsOn || paddedRows || boldHeader)) || labelsAreBold || oneLineRows || goesOn
    else {
      return nil
    }
    let topText = topLines.map(\.text).joined(separator: " ")
    let header = memory.headers.contains(topText) || isBold(topLines) ? top : nil
    let labels = columns[0].filter { $0.row != header }
    let labelsEdge = columns[1].compactMap(\.line.box?.x0).min()
    let starts =
      labelsAreBold
      ? labels.map(\.row) : bandStarts(columns, labels: labels) ?? cellStarts(labels, rightEdge: labelsEdge)
    guard starts.count >= 2 || ((header != nil || goesOn) && !starts.isEmpty) else { return nil }
    memory.headers.insert(topText)
    memory.columnStarts = columnStarts
    var ordered: [ReadingOrder.OrderedLine] = []
    // Lines above the first row go on with a row cut by the page break.
    for column in columns {
      ordered += column.filter { $0.row < starts[0] && $0.row != header }.map {
        ReadingOrder.OrderedLine(line: $0.line, continuesTableRow: true)
      }
    }
    let bounds = starts + [Int.max]
    for (start, end) in zip(bounds, bounds.dropFirst()) {
      let cells = columns.map { column in column.filter { (start..<end).contains($0.row) }.map(\.line) }
      ordered += rowLines(cells)
    }
    return ordered
  }

  /// A row as lines: its first cell's lines, the last ending in a colon, open the entry and
  /// the other cells' lines go on with it, so that a label or a cell broken over lines is
  /// joined as any paragraph is (*Egentillverk-* / *ning*).
  private static func rowLines(_ cells: [[Line]]) -> [ReadingOrder.OrderedLine] {
    var labels = cells[0]
    let rest = cells.dropFirst().flatMap { $0 }
    if !rest.isEmpty, let last = labels.last, last.text.last != ":" {
      labels[labels.count - 1].spans.append(Span(text: ":", font: last.spans.last?.font))
    }
    return labels.indices.map {
      ReadingOrder.OrderedLine(line: labels[$0], isTableRow: $0 == 0, continuesTableRow: $0 > 0)
    }
      + rest.map { ReadingOrder.OrderedLine(line: $0, continuesTableRow: true) }
  }

  /// A table of contents set as two columns, its page numbers apart on the right: each
  /// entry is a line of text again, its page number at its end.
  private static func contentsLines(_ columns: [[Cell]]) -> [ReadingOrder.OrderedLine]? {
    guard columns.count == 2,
      columns[1].allSatisfy({ !$0.line.text.isEmpty && $0.line.text.allSatisfy(\.isNumber) }),
      Set(columns[1].map(\.row)).isSubset(of: columns[0].map(\.row))
    else { return nil }
    return columns[0].map { entry in
      guard let number = columns[1].first(where: { $0.row == entry.row }) else {
        return ReadingOrder.OrderedLine(line: entry.line)
      }
      return ReadingOrder.OrderedLine(
        line: joined([entry.line.text, number.line.text], separator: " ", lines: [entry.line, number.line]))
    }
  }

  /// One line of the texts given, boxed by the lines they came from, in the first one's font.
  private static func joined(_ texts: [String], separator: String, lines: [Line]) -> Line {
    let box = Box.union(lines.compactMap(\.box))
    let font = lines.last?.spans.first?.font
    return Line(spans: [Span(text: texts.joined(separator: separator), font: font, box: box)], box: box)
  }

  /// The rows where a column's cells start: its first line, and each line set apart from
  /// the one above by more than the spacing of lines, or, where the column's right edge is
  /// given (the next column's start), following a line that stopped short of it although its
  /// first word would have fitted (cells of one line each, with no space between rows).
  private static func cellStarts(_ column: [Cell], rightEdge: Double? = nil) -> [Int] {
    var starts: [Int] = []
    var previous: Box?
    for cell in column {
      guard let box = cell.line.box else { continue }
      let text = cell.line.text
      let firstWord = box.width / Double(max(text.count, 1)) * Double(text.prefix { !$0.isWhitespace }.count + 1)
      let stoppedShort = rightEdge.map { edge in previous.map { $0.x1 + firstWord < edge - 0.5 * box.height } }
      if let previous, box.y0 - previous.y1 <= 0.4 * min(box.height, previous.height), stoppedShort != true {
        // the same cell goes on
      } else {
        starts.append(cell.row)
      }
      previous = box
    }
    return starts
  }

  /// Whether a line of the column stands beside the cell: on its row, or overlapping it by a
  /// quarter of its height (a centred label halfway between two lines of its row).
  private static func standsBeside(_ cell: Cell, _ column: [Cell]) -> Bool {
    column.contains { other in
      guard other.row != cell.row else { return true }
      guard let box = cell.line.box, let otherBox = other.line.box else { return false }
      return box.verticalOverlap(otherBox) >= 0.25 * box.height
    }
  }

  /// The rows where bands of text start that space sets apart across every column, where each
  /// band holds one label (of one line or more): a table whose cells are centred (a browser's default) sets a
  /// label halfway down its row, beside the middle of the longest cell.
  private static func bandStarts(_ columns: [[Cell]], labels: [Cell]) -> [Int]? {
    let cells = columns.flatMap { $0 }.filter { $0.line.box != nil }.sorted { $0.line.box!.y0 < $1.line.box!.y0 }
    guard let first = cells.first, let firstLabel = labels.first?.row else { return nil }
    var starts = [first.row]
    var bottom = first.line.box!.y1
    for cell in cells.dropFirst() {
      let box = cell.line.box!
      if box.y0 - bottom > 0.2 * box.height { starts.append(cell.row) }
      bottom = max(bottom, box.y1)
    }
    // Bands above the first label's are the header's.
    let bands = starts.drop { start in starts.contains { $0 > start && $0 <= firstLabel } }
    let labelled = zip(bands, bands.dropFirst().map { $0 } + [Int.max]).map { start, end in
      cellStarts(labels.filter { (start..<end).contains($0.row) }).count
    }
    guard bands.count >= 2, labelled.allSatisfy({ $0 == 1 }) else { return nil }
    return Array(bands)
  }

  /// Every character of the lines set bold.
  private static func isBold(_ lines: [Line]) -> Bool {
    let fonts = lines.flatMap(\.spans).filter { !$0.text.allSatisfy(\.isWhitespace) }.compactMap(\.font)
    return !fonts.isEmpty && fonts.allSatisfy(\.isBold)
  }
}
