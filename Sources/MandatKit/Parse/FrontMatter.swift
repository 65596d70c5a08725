import Foundation

/// What stands before a mandate's text without being part of it: the cover page's metadata
/// table and the table of contents; and the title printed again, where the text begins or
/// further on.
///
/// It is read from blocks, so a cover is found alike in a PDF, a Word file and a web page:
/// a label of ``Vocabulary/frontMatterFields`` with its value in the same block
/// (`Dokumenttyp: Uppdragsbeskrivning`) or in a later one (a table read row by row, or
/// column by column: labels first, then their values in the same order); a contents heading
/// (`Innehåll`) and the lines after it; a line with a dot leader and a page number
/// (`2.1 Generellt uppdrag ........ 3`) anywhere before the text. The front ends at the first
/// heading that opens a section of the vocabulary. Text there that is none of these stays
/// text of the mandate.
struct FrontMatter {
  /// ``DocumentInfo`` field → value.
  var fields: [String: String] = [:]
  /// Offsets into the blocks read of the metadata and contents blocks.
  var blocks: Set<Int> = []
  /// Offsets of blocks repeating the title, wherever they stand.
  var titles: Set<Int> = []

  init(_ body: ArraySlice<Block>, title: String, vocabulary: Vocabulary) {
    let labels = vocabulary.frontMatterFields.flatMap { field, labels in
      labels.map { (form: Vocabulary.headingForm($0), field: field) }
    }.sorted { ($0.form.count, $1.form) > ($1.form.count, $0.form) }
    let contentsHeadings = Set(vocabulary.contentsHeadings.map(Vocabulary.headingForm))
    let titleForm = ItemIdentity.comparableForm(title)
    // The title again anywhere (the detector merged it into this mandate): only blocks of about
    // its length need their comparable form worked out.
    titles = Set(
      body.enumerated().filter { _, block in
        block.kind != .listItem && !titleForm.isEmpty && abs(block.text.utf8.count - title.utf8.count) <= 8
          && ItemIdentity.comparableForm(block.text) == titleForm
      }.map(\.offset))
    var pending: [(field: String, offset: Int)] = []
    /// The page of the contents heading, while its lines follow.
    var contentsPage: Int?
    for (offset, block) in body.enumerated() {
      let text = block.text
      if titles.contains(offset) {
        contentsPage = nil
        continue
      }
      if Self.isContentsLine(block, contentsHeadingPage: contentsPage) {
        blocks.insert(offset)
        continue
      }
      if block.kind != .listItem, contentsHeadings.contains(Vocabulary.headingForm(text)) {
        blocks.insert(offset)
        contentsPage = block.source.page
        continue
      }
      contentsPage = nil
      if block.kind == .heading, vocabulary.heading(text) != nil { break }
      if let (field, value) = Self.label(text, among: labels) {
        if let value {
          if let value = Self.value(value, for: field), fields[field] == nil {
            fields[field] = value
            blocks.insert(offset)
          }
        } else {
          pending.append((field, offset))
        }
        continue
      }
      if let (field, labelOffset) = pending.first, let value = Self.value(text, for: field) {
        pending.removeFirst()
        if fields[field] == nil {
          fields[field] = value
          blocks.formUnion([labelOffset, offset])
        }
        continue
      }
      pending.removeAll()
    }
  }

  /// `Dokumenttyp` (its value follows) or `Dokumenttyp: Uppdragsbeskrivning` → the field and
  /// the value, if the block holds it.
  private static func label(_ text: String, among labels: [(form: String, field: String)]) -> (
    field: String, value: String?
  )? {
    let form = text.lowercasedQuickly.singleSpaced
    for label in labels where form.hasPrefix(label.form) {
      let rest = text.singleSpaced.dropFirst(label.form.count)
      if rest.isEmpty || rest == ":" { return (label.field, nil) }
      guard let separator = rest.first, separator == ":" || separator == " " else { continue }
      let value = rest.dropFirst().trimmingWhitespace
      if value.isEmpty { return (label.field, nil) }
      // `Datum för nästa revision …` is a sentence: a value after a space starts as a name does.
      if separator == " ", value.first?.isLowercase == true { return nil }
      return (label.field, value)
    }
    return nil
  }

  /// The value as the field keeps it, if it fits: a leading date for `adopted` (`YYYY-MM-DD`), else a
  /// short phrase that is not a sentence.
  private static func value(_ text: String, for field: String) -> String? {
    if field == "adopted" {
      guard let match = isoDate.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
      return String(text[Range(match.range(at: 1), in: text)!])
    }
    guard text.split(separator: " ").count <= 10, text.last != "." || text.hasSuffix("t.o.m.") else { return nil }
    return text
  }

  /// A date, alone or before a word or two (`2024-03-12 § 14`).
  private static let isoDate = try! NSRegularExpression(pattern: #"^(\d{4}-\d{2}-\d{2})\b"#)

  /// A line of a table of contents: entries with a dot leader and a page number (several, when
  /// the lines were read as one block), or, after a contents heading (on `contentsHeadingPage`),
  /// entries with a page number, or on the heading's page a short line that is not a sentence
  /// and no heading (a web page's list of links; the text starts on a page of its own).
  static func isContentsLine(_ block: Block, contentsHeadingPage: Int?) -> Bool {
    let text = block.text
    let range = NSRange(text.startIndex..., in: text)
    if leaderedEntries.firstMatch(in: text, range: range) != nil { return true }
    guard let contentsHeadingPage else { return false }
    if numberedEntries.firstMatch(in: text, range: range) != nil { return true }
    return block.kind != .heading && block.source.page == contentsHeadingPage && text.utf8.count <= 120
      && text.last.map { !".!?".contains($0) } ?? false
  }

  private static let entry = #"(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?\p{L}[^.…]*?"#
  private static let leaderedEntries = try! NSRegularExpression(
    pattern: #"^(?:"# + entry + #"\s*(?:…|(?:[.·]\s?){2,})[.…·\s]*\d{1,3}\s*)+$"#)
  private static let numberedEntries = try! NSRegularExpression(pattern: #"^(?:"# + entry + #"\s+\d{1,3}\s*)+$"#)
}
