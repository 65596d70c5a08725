/// Puts the lines of one page in the order a person reads them: top to bottom, and where
/// the page is split into columns (a table of three levels, a two-column layout) one
/// column after the other.
///
/// Lines sharing a baseline form a row. A row of several pieces separated by a gutter opens
/// a column region; the rows below belong to it while each of their pieces falls into one
/// of its columns. Within a region, columns are read left to right, each top to bottom.
enum ReadingOrder {
  /// The narrowest gap between two pieces of a row that separates columns, in points.
  static let minimumGutter = 9.0

  /// A line in reading order, with the right edge of the column it stands in, where the
  /// page is split into columns: a line ending short of it ends its paragraph.
  struct OrderedLine {
    var line: Line
    var columnRight: Double?
    /// The left edge of the column the line stands in, where the page is split into columns.
    var columnLeft: Double?
    /// The opening line of a table's row, its first cell joined to the next: an entry of
    /// its own, as a list item is.
    var isTableRow = false
    /// A further line of a table row's cells.
    var continuesTableRow = false
  }

  /// The lines of one page in reading order.
  ///
  /// - Parameter tables: what the tables read so far tell: their header rows, so that a header
  ///   repeated on the next page is known as one, and where the last one's columns start, so
  ///   that a table going on over a page break without its header is known as one.
  static func order(_ lines: [Line], tables: inout TableRows.Memory) -> [OrderedLine] {
    let located = lines.filter { $0.box != nil }
    guard located.count == lines.count, !lines.isEmpty else { return lines.map { OrderedLine(line: $0) } }
    var rows = makeRows(located)
    var ordered: [OrderedLine] = []
    var index = 0
    while index < rows.count {
      guard let region = columnRegion(startingAt: index, in: &rows) ?? regionBelow(reaching: index, in: &rows) else {
        ordered.append(OrderedLine(line: joined(rows[index])))
        index += 1
        continue
      }
      let edges = [-Double.infinity] + region.gutters.flatMap { [$0.lowerBound, $0.upperBound] } + [.infinity]
      let columns = stride(from: 0, to: edges.count, by: 2).map { edges[$0]...edges[$0 + 1] }.map { column in
        (index..<region.end).compactMap { row -> TableRows.Cell? in
          let pieces = rows[row].filter { column.contains(($0.box!.x0 + $0.box!.x1) / 2) }
          return pieces.isEmpty ? nil : TableRows.Cell(row: row, line: joined(pieces))
        }
      }
      if let tableRows = TableRows.rows(columns, memory: &tables) {
        ordered += tableRows
      } else {
        for column in columns.map({ $0.map(\.line) }) {
          let right = column.map { $0.box!.x1 }.max()
          let starts = column.map { $0.box!.x0 }
          // A column's heading may stand alone at its edge, its items set in from it.
          let left = LeftEdge.of(starts, else: starts.min())
          ordered += column.map { OrderedLine(line: $0, columnRight: right, columnLeft: left) }
        }
      }
      index = region.end
    }
    return ordered
  }

  /// Pieces of one row in one column are one line, its words spread apart by justification.
  private static func joined(_ pieces: [Line]) -> Line {
    guard pieces.count > 1 else { return pieces[0] }
    let spans = pieces.dropFirst().reduce(pieces[0].spans) { $0 + [Span(text: " ")] + $1.spans }
    return Line(spans: spans, box: Box.union(pieces.compactMap(\.box)))
  }

  /// Groups lines whose vertical extents mostly overlap, each row sorted left to right.
  private static func makeRows(_ lines: [Line]) -> [[Line]] {
    let sorted = lines.sorted { ($0.box!.y0, $0.box!.x0) < ($1.box!.y0, $1.box!.x0) }
    var rows: [[Line]] = []
    /// The union of the last row's boxes, kept as the row grows.
    var rowBox: Box?
    for line in sorted {
      let box = line.box!
      if let current = rowBox, current.verticalOverlap(box) >= 0.5 * min(current.height, box.height) {
        rows[rows.count - 1].append(line)
        rowBox = current.union(box)
      } else {
        rows.append([line])
        rowBox = box
      }
    }
    return rows.map { attachingMarkers($0.sorted { $0.box!.x0 < $1.box!.x0 }) }
  }

  /// A bullet set apart from its text (Word's list bullets come as a glyph of their own,
  /// often in a symbol font) is put back in front of the text it opens.
  private static func attachingMarkers(_ row: [Line]) -> [Line] {
    var merged: [Line] = []
    for line in row {
      if let marker = merged.last, line.box!.x0 - marker.box!.x1 < 3 * line.box!.height,
        ListMarker.isLoneMarker(marker.text)
      {
        merged[merged.count - 1] = Line(
          spans: marker.spans + [Span(text: " ")] + line.spans, box: marker.box!.union(line.box!))
      } else {
        merged.append(line)
      }
    }
    return merged
  }

  /// The gutters between a region's columns (x ranges no line enters) and the end of the
  /// rows the region spans.
  private struct Region {
    var gutters: [ClosedRange<Double>]
    var end: Int
  }

  /// A region opens at a row of pieces set apart by gutters, and takes the rows below while
  /// they leave its gutters free. A gutter that a row crosses within its first few rows was
  /// only the stretched space of a justified line and is forgotten; one that has stood longer
  /// is a real column gap, and the row crossing it (full-width text, or columns of another
  /// width) ends the region, as does a gap.
  private static func columnRegion(startingAt start: Int, in rows: inout [[Line]]) -> Region? {
    let first = rows[start].map { $0.box! }
    var gutters = freeGaps(between: first).filter { width($0) >= minimumGutter }.enumerated().map {
      Gutter(range: $1, origin: $0)
    }
    guard !gutters.isEmpty else { return nil }
    var end = start + 1
    var previous = Box.union(first)!
    var left = previous.x0
    /// The bottom of the lines right of the first column so far.
    var othersBottom = previous.y1
    /// The first of the rows since the other columns ended that stand in the first column alone.
    var afterColumns: Int?
    rows: while end < rows.count {
      var pieces = rows[end].map { $0.box! }
      let lineHeight = min(previous.height, pieces.map(\.height).max() ?? 0)
      guard pieces.first!.y0 - previous.y1 <= 2.5 * lineHeight else { break }
      // Text starting left of a confirmed region's columns, after a gap, is outside them: the
      // heading after a table, whose cells are set in from the margin.
      let rowLeft = pieces.map(\.x0).min()!
      if rowLeft < left - 2, pieces.first!.y0 - previous.y1 > 0.8 * lineHeight,
        gutters.allSatisfy({ $0.rows >= Gutter.confirmingRows })
      {
        break
      }
      let firstGutter = gutters.map(\.range.lowerBound).min()!
      let inFirstColumn = pieces.allSatisfy { $0.x1 <= firstGutter }
      if inFirstColumn, afterColumns == nil, pieces.first!.y0 - previous.y1 > 0.8 * lineHeight,
        pieces.first!.y0 - othersBottom > 0.8 * lineHeight
      {
        afterColumns = end
      }
      left = min(left, rowLeft)
      for gutter in gutters where gutter.rows >= Gutter.confirmingRows {
        rows[end] = rows[end].flatMap { parted($0, at: gutter.range) }
      }
      pieces = rows[end].map { $0.box! }
      var narrowed: [Gutter] = []
      var crossed: [Gutter] = []
      for gutter in gutters {
        let free = pieces.reduce([gutter.range]) { free, piece in free.flatMap { narrowing($0, by: piece) } }
        if free.isEmpty, gutter.rows >= Gutter.confirmingRows { crossed.append(gutter) }
        // A gutter split in two by text inside it goes on as two halves: which is real is not
        // known, and one crossed later leaves the other to stand for it.
        narrowed += free.map { Gutter(range: $0, rows: gutter.rows + 1, origin: gutter.origin) }
      }
      // A confirmed gutter that a row crosses, with nothing left of it, ends the region.
      guard !narrowed.isEmpty, crossed.allSatisfy({ gutter in narrowed.contains { $0.origin == gutter.origin } }) else {
        // Rows in the first column alone, after a gap below the other columns' end, lead to
        // the text across the page that ends the region: the headings after a table whose
        // first column starts at the margin.
        end = afterColumns ?? end
        break
      }
      gutters = narrowed
      if !inFirstColumn { afterColumns = nil }
      previous = Box.union(pieces)!
      othersBottom = max(othersBottom, pieces.filter { $0.x0 >= firstGutter }.map(\.y1).max() ?? othersBottom)
      end += 1
    }
    // A gap with text on both sides in one row only, above rows that keep clear of it, was the
    // stretched spaces of a justified line whose next lines ran short, not a gutter (a row alone,
    // a header's two ends, stays apart).
    let twoSided = gutters.filter { gutter in
      rows[start..<end].count { row in
        row.contains { $0.box!.x1 <= gutter.range.lowerBound } && row.contains { $0.box!.x0 >= gutter.range.upperBound }
      } >= 2
    }
    guard end == start + 1 || !twoSided.isEmpty else { return nil }
    return Region(gutters: gutters.map(\.range), end: end)
  }

  /// The region opening at the next row, reaching up to take this one: a table's header cell
  /// of one line, centred beside cells of two, stands half a line above the row it belongs to
  /// (*Sjukvårdsregional och* / *regional nivå* between *Patient och vårdteam* and *Nationell
  /// nivå*). The row must overlap the next by a quarter of a line and cross none of its gutters
  /// (a header cell may be wider than its column's text).
  private static func regionBelow(reaching row: Int, in rows: inout [[Line]]) -> Region? {
    guard row + 1 < rows.count else { return nil }
    let pieces = rows[row].map { $0.box! }
    let above = Box.union(pieces)!
    let below = Box.union(rows[row + 1].map { $0.box! })!
    guard above.y0 < below.y0, above.verticalOverlap(below) >= 0.25 * min(above.height, below.height),
      let region = columnRegion(startingAt: row + 1, in: &rows),
      pieces.allSatisfy({ piece in region.gutters.allSatisfy { piece.x0 >= $0.lowerBound || piece.x1 <= $0.upperBound }
      })
    else { return nil }
    return region
  }

  /// A line crossing a column gap that has stood for rows, parted where its runs leave the gap
  /// free: two cells the reader of the page joined over their narrow padding.
  private static func parted(_ line: Line, at gutter: ClosedRange<Double>) -> [Line] {
    guard let box = line.box, box.x0 < gutter.lowerBound, box.x1 > gutter.upperBound,
      let cut = line.spans.indices.dropFirst().first(where: { cut in
        line.spans[..<cut].allSatisfy { ($0.box?.x1 ?? -.infinity) <= gutter.upperBound }
          && line.spans[cut...].allSatisfy { ($0.box?.x0 ?? .infinity) >= gutter.lowerBound }
      })
    else { return [line] }
    return [Array(line.spans[..<cut]), Array(line.spans[cut...])].map {
      Line(spans: $0, box: Box.union($0.compactMap(\.box)), sourceLine: line.sourceLine)
    }
  }

  /// The x ranges between pieces that no piece enters, left to right: pieces may overlap
  /// (text drawn over text, a line set at an angle), and only what is free between them
  /// can be a gutter.
  private static func freeGaps(between pieces: [Box]) -> [ClosedRange<Double>] {
    var gaps: [ClosedRange<Double>] = []
    var right = -Double.infinity
    for piece in pieces.sorted(by: { $0.x0 < $1.x0 }) {
      if right > -Double.infinity, piece.x0 > right { gaps.append(right...piece.x0) }
      right = max(right, piece.x1)
    }
    return gaps
  }

  /// A free x range between columns, and how many rows it has stood.
  private struct Gutter {
    /// Rows after which a gutter is a real column gap, not a river of word spaces.
    static let confirmingRows = 3
    var range: ClosedRange<Double>
    var rows = 1
    /// Which gutter of the region's first row this one was narrowed from.
    var origin: Int
  }

  /// What is left of a gutter beside a piece of text: the free part on either side that is
  /// still wide enough (later rows tell which of two is the real one).
  private static func narrowing(_ gutter: ClosedRange<Double>, by piece: Box) -> [ClosedRange<Double>] {
    guard piece.x1 > gutter.lowerBound, piece.x0 < gutter.upperBound else { return [gutter] }
    let left = gutter.lowerBound...max(gutter.lowerBound, piece.x0)
    let right = min(gutter.upperBound, piece.x1)...gutter.upperBound
    return [left, right].filter { width($0) >= minimumGutter / 2 }
  }

  private static func width(_ range: ClosedRange<Double>) -> Double {
    range.upperBound - range.lowerBound
  }
}
