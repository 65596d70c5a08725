/// Where a piece of text came from: its page and, as the format allows, its box on the
/// page (PDF) or its line range in the file (text).
///
/// A piece that runs over a page break points at where it starts.
public struct SourceRef: Hashable, Sendable, Codable {
  public var page: Int
  /// `[x0, y0, x1, y1]` in PDF points, origin top-left.
  public var box: Box?
  /// `[first, last]` 1-based line numbers in a text file.
  public var lines: [Int]?

  public init(page: Int, box: Box? = nil, lines: [Int]? = nil) {
    self.page = page
    self.box = box
    self.lines = lines
  }
}
