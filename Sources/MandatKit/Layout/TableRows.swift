/// Columns that are the cells of a table, read row by row.
///
/// A column region is read one column after the other, which is right for text set in
/// columns and for boxes of lists side by side, but scatters a table: its first column's
/// labels (*Område*, *Diarienummer*) would be read apart from the cells beside them. A region
/// is a table when each cell of its first column starts, set apart by a gap, on the row
/// where a cell of every other column starts too: cells padded apart and aligned in rows,
/// which neither running text nor lists side by side are.
enum TableRows {
  /// A line of one column of a region, with the region's row it stands on.
  struct Cell {
    var row: Int
    var line: Line
  }

  /// The region's rows as table rows, each one line `first cell: the others`, or `nil` when
  /// the columns are no table. A header row (every cell bold, or the same wording as the
  /// first row of the table where it goes on from an earlier page) names the columns and
  /// is left out; a first column of page numbers alone (a table of contents) is joined by
  /// a space, as a line of text.
  static func rows(_ columns: [[Cell]], headers: inout Set<String>) -> [ReadingOrder.OrderedLine]? {
    guard columns.count >= 2, columns.allSatisfy({ !$0.isEmpty }) else { return nil }
    let starts = columns.map(cellStarts)
    let firstStarts = starts[0]
    guard firstStarts.count >= 2,
      firstStarts.allSatisfy({ row in starts.dropFirst().allSatisfy { $0.contains(row) } })
    else { return nil }
    var ordered: [ReadingOrder.OrderedLine] = []
    let bounds = firstStarts + [Int.max]
    // Lines above the first row go on a row cut by the page break.
    for column in columns {
      ordered += column.filter { $0.row < firstStarts[0] }.map { ReadingOrder.OrderedLine(line: $0.line) }
    }
    let isContents = columns.last!.allSatisfy { $0.line.text.allSatisfy(\.isNumber) }
    for (start, end) in zip(bounds, bounds.dropFirst()) {
      let cells = columns.map { column in column.filter { (start..<end).contains($0.row) }.map(\.line) }
      let texts = cells.map { $0.map(\.text).joined(separator: " ") }.filter { !$0.isEmpty }
      let lines = cells.flatMap { $0 }
      let separator = isContents || texts[0].last == ":" ? " " : ": "
      let text = texts[0] + (texts.count > 1 ? separator + texts.dropFirst().joined(separator: " ") : "")
      if !isContents, start == firstStarts[0], isHeader(lines, text: text, seen: &headers) { continue }
      let box = Box.union(lines.compactMap(\.box))
      ordered.append(
        ReadingOrder.OrderedLine(
          line: Line(spans: [Span(text: text, font: lines.first?.spans.first?.font, box: box)], box: box),
          isTableRow: !isContents))
    }
    return ordered
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

  /// Whether the table's first row names its columns.
  private static func isHeader(_ lines: [Line], text: String, seen headers: inout Set<String>) -> Bool {
    let fonts = lines.flatMap(\.spans).filter { !$0.text.allSatisfy(\.isWhitespace) }.compactMap(\.font)
    let isBold = !fonts.isEmpty && fonts.allSatisfy(\.isBold)
    return !headers.insert(text).inserted || isBold
  }
}
