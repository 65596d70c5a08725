import Foundation

/// Finds running headers, footers and page numbers: lines at the top or bottom of a page
/// that repeat across pages (digits aside), that are page numbers alone, or that are set
/// smaller than the body text (the header of a one-page document repeats nowhere).
///
/// They are taken out of the text, and their wording is kept so that the diarienummer,
/// adoption date and version they carry reach the document's metadata.
enum RunningMatter {
  /// How many lines at each end of a page are candidates, where the page has no geometry.
  static let depth = 2
  /// Share of the page height that counts as its top or bottom margin, where geometry is known.
  static let marginShare = 0.12

  /// Splits each page's lines into body and running matter.
  static func separate(_ pages: [[Line]], pageNumbers: [Int], pageHeights: [Double?], bodySize: Double?) -> (
    body: [[Line]], running: [RunningLine]
  ) {
    let candidates = pages.indices.map { candidateIndices(pages[$0], pageHeight: pageHeights[$0]) }
    let signatures = pages.indices.map { pageIndex in
      candidates[pageIndex].map { placedSignature(pages[pageIndex][$0]) }
    }
    var pagesBySignature: [String: Set<Int>] = [:]
    for (pageIndex, pageSignatures) in signatures.enumerated() {
      for signature in pageSignatures { pagesBySignature[signature, default: []].insert(pageIndex) }
    }
    let needed = max(2, (pages.count + 1) / 2)
    var running: [RunningLine] = []
    let body = pages.indices.map { pageIndex in
      let page = pages[pageIndex]
      let dropped = zip(candidates[pageIndex], signatures[pageIndex]).filter { index, signature in
        let text = page[index].text
        return (isPageNumber(text) && isAloneOnItsRow(index, in: page)) || isSmall(page[index], bodySize: bodySize)
          || (pages.count > 1 && pagesBySignature[signature]!.count >= needed
            && !isLarge(page[index], bodySize: bodySize))
      }.map(\.0)
      running += dropped.sorted().map {
        RunningLine(page: pageNumbers[pageIndex], text: page[$0].text, box: page[$0].box)
      }
      return page.indices.filter { !dropped.contains($0) }.map { page[$0] }
    }
    return (body, running)
  }

  /// With geometry, the lines inside the top and bottom margins, and those of the page's
  /// topmost and bottommost rows set apart from the text wherever these stand (a typesetter's
  /// wide margins put the footer well above the page's last eighth); without, the first and
  /// last few non-blank lines.
  private static func candidateIndices(_ lines: [Line], pageHeight: Double?) -> [Int] {
    if let height = pageHeight {
      let (top, bottom) = extremeRowsSetApart(lines.compactMap(\.box))
      return lines.indices.filter { index in
        guard let box = lines[index].box,
          box.y1 <= max(height * marginShare, top) || box.y0 >= min(height * (1 - marginShare), bottom)
        else { return false }
        return !ListMarker.isLoneMarker(lines[index].text)
      }
    }
    let filled = lines.indices.filter { !lines[$0].text.allSatisfy(\.isWhitespace) }
    return Set(filled.prefix(depth)).union(filled.suffix(depth)).sorted()
  }

  /// How far down the page's topmost row reaches, and where its bottommost row starts, where
  /// a gap of two lines' height sets each apart from the text (where a header or footer
  /// stands); `-infinity` and `infinity` where none is.
  private static func extremeRowsSetApart(_ boxes: [Box]) -> (top: Double, bottom: Double) {
    let boxes = boxes.filter(\.isUsable)
    guard let first = boxes.min(by: { $0.y0 < $1.y0 }), let last = boxes.max(by: { $0.y1 < $1.y1 }) else {
      return (-.infinity, .infinity)
    }
    // A row is the lines starting before its first line ends (ending after its last begins).
    let (topRow, belowTop) = (boxes.filter { $0.y0 <= first.y1 }, boxes.filter { $0.y0 > first.y1 })
    let (bottomRow, aboveBottom) = (boxes.filter { $0.y1 >= last.y0 }, boxes.filter { $0.y1 < last.y0 })
    let topEnd = topRow.map(\.y1).max() ?? first.y1
    let bottomStart = bottomRow.map(\.y0).min() ?? last.y0
    let gapBelowTop = (belowTop.map(\.y0).min() ?? .infinity) - topEnd
    let gapAboveBottom = bottomStart - (aboveBottom.map(\.y1).max() ?? -.infinity)
    return (
      gapBelowTop >= 2 * first.height ? topEnd : -.infinity,
      gapAboveBottom >= 2 * last.height ? bottomStart : .infinity
    )
  }

  /// No other line stands beside it: a number with a heading beside it (`8` `Mötesformer`,
  /// set apart by a typesetter's quad) is the heading's number, not the page's.
  private static func isAloneOnItsRow(_ index: Int, in lines: [Line]) -> Bool {
    guard let box = lines[index].box else { return true }
    return !lines.indices.contains { other in
      guard other != index, let otherBox = lines[other].box else { return false }
      return otherBox.verticalOverlap(box) >= 0.5 * min(box.height, otherBox.height)
    }
  }

  /// Every span in a font clearly smaller than the body's.
  private static func isSmall(_ line: Line, bodySize: Double?) -> Bool {
    guard let bodySize else { return false }
    let sizes = line.spans.filter { !$0.text.allSatisfy(\.isWhitespace) }.compactMap { $0.font?.size }
    return !sizes.isEmpty && sizes.allSatisfy { $0 <= bodySize - 1.5 }
  }

  /// The signature and, where known, the height on the page in steps of 4 points: a header
  /// repeats at the same place, a word of the text that happens to repeat does not.
  private static func placedSignature(_ line: Line) -> String {
    signature(line.text) + (line.box.map { " @\(Int(($0.y0 / 4).rounded()))" } ?? "")
  }

  /// Set larger than the body: a title or heading that recurs at the top of a page (each of
  /// several mandates in one file opening with *Uppdragsbeskrivning för …*), not a header.
  private static func isLarge(_ line: Line, bodySize: Double?) -> Bool {
    guard let bodySize else { return false }
    let sizes = line.spans.filter { !$0.text.allSatisfy(\.isWhitespace) }.compactMap { $0.font?.size }
    return !sizes.isEmpty && sizes.allSatisfy { $0 >= bodySize + 1.5 }
  }

  /// The text with digits folded, so `Sida 1 av 3` and `Sida 2 av 3` match.
  static func signature(_ text: String) -> String {
    var folded: [UInt8] = []
    folded.reserveCapacity(text.utf8.count)
    for scalar in text.lowercasedQuickly.unicodeScalars {
      if scalar.isASCII {
        // The only ASCII with a numeric type are the digits.
        let byte = UInt8(truncatingIfNeeded: scalar.value)
        folded.append((UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? UInt8(ascii: "#") : byte)
      } else if scalar.properties.numericType != nil {
        folded.append(UInt8(ascii: "#"))
      } else {
        folded.append(contentsOf: scalar.utf8)
      }
    }
    return String(decoding: folded, as: UTF8.self).singleSpaced
  }

  /// `3`, `- 3 -`, `Sida 3`, `Sida 3 av 5`, `3 (5)`, `3/5`, `Page 3 of 5`.
  static func isPageNumber(_ text: String) -> Bool {
    // Every match holds a digit (`\d`, a decimal number): a line without one needs no regex.
    (text.utf8.count < 40 || text.count < 40)
      && text.unicodeScalars.contains { $0.properties.generalCategory == .decimalNumber }
      && pageNumber.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
  }

  private static let pageNumber = try! NSRegularExpression(
    pattern:
      #"^\s*(?:(?:sida|page|s\.)\s*)?[-–]?\s*\d{1,4}\s*[-–]?\s*(?:(?:av|of|/)\s*\d{1,4}|\(\s*\d{1,4}\s*\))?\s*$"#,
    options: .caseInsensitive)
}
