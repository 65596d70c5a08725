import Foundation

/// Finds running headers, footers and page numbers: lines at the top or bottom of a page
/// that repeat across pages (digits aside) or that are page numbers alone.
///
/// They are taken out of the text, and their wording is kept so that the diarienummer,
/// adoption date and version they carry reach the document's metadata.
enum RunningMatter {
  /// How many lines at each end of a page are candidates, where the page has no geometry.
  static let depth = 2
  /// Share of the page height that counts as its top or bottom margin, where geometry is known.
  static let marginShare = 0.12

  /// Splits each page's lines into body and running matter.
  static func separate(_ pages: [[Line]], pageHeights: [Double?]) -> (body: [[Line]], running: [String]) {
    let candidates = pages.indices.map { candidateIndices(pages[$0], pageHeight: pageHeights[$0]) }
    var pagesBySignature: [String: Set<Int>] = [:]
    for (pageIndex, indices) in candidates.enumerated() {
      for index in indices { pagesBySignature[signature(pages[pageIndex][index].text), default: []].insert(pageIndex) }
    }
    let needed = max(2, (pages.count + 1) / 2)
    var running: [String] = []
    var seen: Set<String> = []
    let body = pages.indices.map { pageIndex in
      let page = pages[pageIndex]
      let dropped = candidates[pageIndex].filter { index in
        let text = page[index].text
        return isPageNumber(text) || (pages.count > 1 && pagesBySignature[signature(text)]!.count >= needed)
      }
      for index in dropped.sorted() where seen.insert(signature(page[index].text)).inserted {
        running.append(page[index].text)
      }
      return page.indices.filter { !dropped.contains($0) }.map { page[$0] }
    }
    return (body, running)
  }

  /// With geometry, the lines inside the top and bottom margins; without, the first and
  /// last few non-blank lines.
  private static func candidateIndices(_ lines: [Line], pageHeight: Double?) -> [Int] {
    if let height = pageHeight {
      return lines.indices.filter { index in
        guard let box = lines[index].box else { return false }
        return box.y1 <= height * marginShare || box.y0 >= height * (1 - marginShare)
      }
    }
    let filled = lines.indices.filter { !lines[$0].text.allSatisfy(\.isWhitespace) }
    return Set(filled.prefix(depth)).union(filled.suffix(depth)).sorted()
  }

  /// The text with digits folded, so `Sida 1 av 3` and `Sida 2 av 3` match.
  static func signature(_ text: String) -> String {
    let folded = text.lowercased().map { $0.isNumber ? "#" : String($0) }.joined()
    return folded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// `3`, `- 3 -`, `Sida 3`, `Sida 3 av 5`, `3 (5)`, `3/5`, `Page 3 of 5`.
  static func isPageNumber(_ text: String) -> Bool {
    text.range(of: pageNumberPattern, options: [.regularExpression, .caseInsensitive]) != nil
  }

  private static let pageNumberPattern =
    #"^\s*(?:(?:sida|page|s\.)\s*)?[-–]?\s*\d{1,4}\s*[-–]?\s*(?:(?:av|of|/)\s*\d{1,4}|\(\s*\d{1,4}\s*\))?\s*$"#
}
