/// Columns that are the cells of a table, read row by row.
///
/// A column region is read one column after the other, which is right for text set in
/// columns and for boxes of lists side by side, but scatters a table: its first column's
/// labels (*Område*, *Diarienummer*) would be read apart from the cells beside them. A region
/// is a table when its first column holds labels, not list items, each with a line of every
/// other column beside it, and either the labels are narrower and the other columns run on
/// where the first has nothing (a label beside a longer cell), its rows stand apart, or a bold
/// row heads every column, or the labels are bold beside plain text. Text set in
/// columns leaves one column empty beside the other's lines, and lists side by side open
/// their lines with bullets; a table does neither.
enum TableRows {
  /// A line of one column of a region, with the region's row it stands on.
  struct Cell {
    var row: Int
    var line: Line
  }

  /// The region's rows as table rows, each opening with `first cell: the next`, or `nil`
  /// when the columns are no table. A header row (every cell bold, or the same wording as the
  /// first row of a table on an earlier page) names the columns and is left out. A table of
  /// contents gives its entries as lines of text.
  static func rows(_ columns: [[Cell]], headers: inout Set<String>) -> [ReadingOrder.OrderedLine]? {
    guard columns.count >= 2, columns.allSatisfy({ !$0.isEmpty }) else { return nil }
    if let contents = contentsLines(columns) { return contents }
    let rowsOf = columns.map { Set($0.map(\.row)) }
    let others = rowsOf.dropFirst()
    guard columns[0].allSatisfy({ cell in others.allSatisfy { $0.contains(cell.row) } }),
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
    guard (labelsAreNarrower && (runsOn || paddedRows || boldHeader)) || labelsAreBold else { return nil }
    let topText = topLines.map(\.text).joined(separator: " ")
    let header = headers.contains(topText) || isBold(topLines) ? top : nil
    let labels = columns[0].filter { $0.row != header }
    let starts = labelsAreBold ? labels.map(\.row) : cellStarts(labels)
    guard starts.count >= 2 || (header != nil && !starts.isEmpty) else { return nil }
    headers.insert(topText)
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

  /// A row as lines: its first cell and the first line of the next on one line that opens
  /// the entry, then the rest of the cells' lines going on with it (their line-end hyphens
  /// are joined as any paragraph's).
  private static func rowLines(_ cells: [[Line]]) -> [ReadingOrder.OrderedLine] {
    let label = cells[0].map(\.text).joined(separator: " ")
    let rest = cells.dropFirst().flatMap { $0 }
    guard let first = rest.first else { return [ReadingOrder.OrderedLine(line: cells[0][0], isTableRow: true)] }
    let separator = label.last == ":" ? " " : ": "
    let opening = joined([label, first.text], separator: separator, lines: cells[0] + [first])
    return [ReadingOrder.OrderedLine(line: opening, isTableRow: true)]
      + rest.dropFirst().map { ReadingOrder.OrderedLine(line: $0, continuesTableRow: true) }
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
  /// the one above by more than the spacing of lines.
  private static func cellStarts(_ column: [Cell]) -> [Int] {
    var starts: [Int] = []
    var previous: Box?
    for cell in column {
      guard let box = cell.line.box else { continue }
      if let previous, box.y0 - previous.y1 <= 0.4 * min(box.height, previous.height) {
        // the same cell goes on
      } else {
        starts.append(cell.row)
      }
      previous = box
    }
    return starts
  }

  /// Every character of the lines set bold.
  private static func isBold(_ lines: [Line]) -> Bool {
    let fonts = lines.flatMap(\.spans).filter { !$0.text.allSatisfy(\.isWhitespace) }.compactMap(\.font)
    return !fonts.isEmpty && fonts.allSatisfy(\.isBold)
  }
}
