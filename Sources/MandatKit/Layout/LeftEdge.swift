/// Where a column's text starts: the leftmost position that several lines start at.
///
/// A single line further left (a number hanging in the margin, a stray mark) is not the
/// edge; the lines of a list set in from the edge are measured against it.
enum LeftEdge {
  /// The leftmost start, to the point, that at least two of the lines share. A page's
  /// lines are measured against the document's edge (`fallback`) where that is further left
  /// and the page still reaches it. A page whose lines all start at one place starts its text
  /// there (a web page printed with its menu beside the first page only); its bullets, if
  /// drawn, are seen in the margin (``DrawnMarkers``), not inferred.
  static func of(_ starts: [Double], else fallback: Double? = nil) -> Double? {
    var counts: [Int: Int] = [:]
    for start in starts where start.isFinite { counts[Int(start.rounded()), default: 0] += 1 }
    guard let edge = counts.filter({ $0.value >= 2 }).keys.min().map(Double.init) else {
      return fallback ?? starts.min()
    }
    if let fallback, fallback < edge, starts.contains(where: { abs($0 - fallback) <= 1 }) {
      return fallback
    }
    return edge
  }
}
