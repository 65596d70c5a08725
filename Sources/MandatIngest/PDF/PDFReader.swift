import CPoppler
import Foundation
import MandatKit

/// Reads PDFs through poppler-glib: pages of lines of font runs, with their boxes.
///
/// This is the only file that touches poppler. Every C object is owned by a Swift value that
/// releases it, and everything poppler says is copied into Swift values before it leaves
/// here. Each call opens its own document, so readers can run on several threads at once.
public struct PDFReader: DocumentReader {
  public let limits: ReadLimits

  public init(limits: ReadLimits = ReadLimits()) {
    self.limits = limits
  }

  public func read(_ data: Data, path: String) throws(ReadError) -> RawDocument {
    guard data.prefix(1024).range(of: Data("%PDF-".utf8)) != nil else { throw .notAPDF(path: path) }
    // poppler repairs a truncated file silently and reads what is left: say so instead. Checked
    // before opening, so that a file cut short is called truncated whether or not poppler copes.
    guard data.suffix(1024).range(of: Data("%%EOF".utf8)) != nil else {
      throw .damaged(
        path: path, format: .pdf, detail: "the file ends before its end-of-file marker; it looks truncated")
    }
    if let codec = Self.imageCodecOutsideImages(in: data) {
      throw .damaged(
        path: path, format: .pdf,
        detail: "a stream that is no image is compressed with the image codec \(codec), as a decompression bomb is")
    }
    let document = try PopplerDocument(data, path: path)
    let pageCount = document.pageCount
    guard pageCount > 0 else { throw .empty(path: path) }
    guard pageCount <= limits.pages else {
      throw .overLimit(
        path: path, limit: .pages,
        detail: "it has \(pageCount) pages, more than the \(limits.pages) a PDF may (--max-pages)")
    }
    let read = (0..<pageCount).map(document.page(at:))
    var pages = read.map(\.page)
    // A page that types its bullets is read from its text; one that types none is looked at for
    // drawn ones (a font without the bullet's glyph draws it and writes nothing).
    let left = pages.flatMap { $0.lines.compactMap { $0.box?.isUsable == true ? $0.box!.x0 : nil } }.min()
    for index in pages.indices
    where read[index].isAsShown && !pages[index].lines.contains(where: DrawnMarkers.opensWithMarker) {
      pages[index] = document.withDrawnMarkers(pages[index], at: index, documentLeft: left)
    }
    guard pages.contains(where: { !$0.lines.isEmpty || !$0.asideLines.isEmpty }) else {
      // Only pages that show pictures are scans to be read by OCR; pages showing nothing
      // are blank.
      guard (0..<pageCount).contains(where: document.pageHoldsImages) else { throw .empty(path: path) }
      throw .noTextLayer(path: path, pages: pageCount)
    }
    let unseen = read.map(\.unseen).reduce(PageText.Unseen(), +)
    return RawDocument(format: .pdf, pages: pages, metadata: document.metadata, warnings: unseen.warnings)
  }
}

extension PDFReader {
  /// The codecs made for pictures: a page's text drawn through one of them has no use but to
  /// unpack to gigabytes (a JBIG2 stream of 100 000 × 100 000 pixels is 40 KB), which poppler
  /// would unpack whole to read the page.
  static let imageCodecs = ["JBIG2Decode", "DCTDecode", "JPXDecode", "CCITTFaxDecode"]

  /// The first image codec that compresses a stream whose dictionary does not call it an image
  /// (a page's contents, a font), found in the file's bytes before poppler unpacks anything.
  static func imageCodecOutsideImages(in data: Data) -> String? {
    data.withUnsafeBytes { (file: UnsafeRawBufferPointer) -> String? in
      guard let base = file.baseAddress else { return nil }
      for codec in imageCodecs {
        var from = 0
        while let found = Self.find(codec, in: base, from: from, to: file.count) {
          from = found + codec.utf8.count
          // The stream's dictionary: from its object's start to the word `stream` after it.
          guard let start = Self.findLast(" obj", in: base, from: max(0, found - 4096), to: found),
            let end = Self.find("stream", in: base, from: from, to: min(file.count, from + 4096))
          else { continue }
          let dictionary = UnsafeRawBufferPointer(rebasing: file[(start + 4)..<end])
          guard let dictionaryBase = dictionary.baseAddress else { continue }
          if Self.find("/Image", in: dictionaryBase, from: 0, to: dictionary.count) == nil,
            Self.find("/XObject", in: dictionaryBase, from: 0, to: dictionary.count) == nil
          {
            return codec
          }
        }
      }
      return nil
    }
  }

  /// The offset of the first `needle` in `bytes[from..<to]`: its first byte found by memchr,
  /// the rest compared by memcmp.
  private static func find(_ needle: String, in bytes: UnsafeRawPointer, from: Int, to: Int) -> Int? {
    let pattern = Array(needle.utf8)
    var at = from
    while to - at >= pattern.count, let hit = memchr(bytes + at, Int32(pattern[0]), to - at - pattern.count + 1) {
      let offset = UnsafeRawPointer(hit) - bytes
      if memcmp(hit, pattern, pattern.count) == 0 { return offset }
      at = offset + 1
    }
    return nil
  }

  /// The offset of the last `needle` in `bytes[from..<to]`.
  private static func findLast(_ needle: String, in bytes: UnsafeRawPointer, from: Int, to: Int) -> Int? {
    var last: Int?
    var start = from
    while let found = find(needle, in: bytes, from: start, to: to) {
      last = found
      start = found + 1
    }
    return last
  }
}

/// poppler builds its global state (font tables, character maps: about a millisecond) when a
/// document opens while none is open, and tears it down when the last one closes, so a reader
/// opening files one after another would pay for it on every file. This empty one-page
/// document stays open for the life of the process, and the state is built once.
nonisolated(unsafe) private let popplerStateKeeper: OpaquePointer? = {
  let emptyPDF = """
    %PDF-1.4
    1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
    2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
    3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 1 1] >> endobj
    xref
    0 4
    0000000000 65535 f\u{20}
    0000000009 00000 n\u{20}
    0000000058 00000 n\u{20}
    0000000115 00000 n\u{20}
    trailer << /Size 4 /Root 1 0 R >>
    startxref
    182
    %%EOF

    """
  let bytes = Array(emptyPDF.utf8)
  let data = bytes.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
  defer { g_bytes_unref(data) }
  return poppler_document_new_from_bytes(data, nil, nil)
}()

/// Owns a PopplerDocument.
private final class PopplerDocument {
  private let pointer: OpaquePointer

  init(_ data: Data, path: String) throws(ReadError) {
    _ = popplerStateKeeper
    var error: UnsafeMutablePointer<GError>?
    defer { g_clear_error(&error) }
    // g_bytes_new copies, and the document keeps its own reference to the copy.
    let bytes = data.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
    defer { g_bytes_unref(bytes) }
    guard let document = poppler_document_new_from_bytes(bytes, nil, &error) else {
      if let error, error.pointee.domain == poppler_error_quark(),
        error.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue)
      {
        throw .encrypted(path: path, format: .pdf)
      }
      throw .damaged(
        path: path, format: .pdf, detail: error.map { String(cString: $0.pointee.message) } ?? "poppler cannot open it")
    }
    pointer = document
  }

  deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }

  var pageCount: Int { Int(poppler_document_get_n_pages(pointer)) }

  /// The page at a 0-based index, what of its text a person would not see, and whether its
  /// boxes are the page's as rendered; one poppler cannot load keeps its number, without lines.
  func page(at index: Int) -> (page: Page, unseen: PageText.Unseen, isAsShown: Bool) {
    guard let page = poppler_document_get_page(pointer, Int32(index)).map(PopplerPage.init) else {
      return (Page(number: index + 1, lines: []), PageText.Unseen(), false)
    }
    guard let text = page.text() else {
      return (Page(number: index + 1, size: page.size, lines: page.unplacedLines()), PageText.Unseen(), false)
    }
    let reading = text.read()
    return (
      Page(number: index + 1, size: reading.size, lines: reading.lines, asideLines: reading.asideLines),
      reading.unseen, reading.isAsShown
    )
  }

  /// The page at a 0-based index with the bullets it draws as shapes read into its lines.
  func withDrawnMarkers(_ page: Page, at index: Int, documentLeft: Double?) -> Page {
    let strips = DrawnMarkers.strips(for: page.lines, documentLeft: documentLeft)
    guard !strips.isEmpty, let popplerPage = poppler_document_get_page(pointer, Int32(index)).map(PopplerPage.init),
      let ink = popplerPage.ink(in: strips.map(\.strip))
    else { return page }
    var marked = page
    marked.lines = DrawnMarkers.marked(page.lines, strips: strips, ink: ink)
    return marked
  }

  /// Whether the page at a 0-based index draws any image.
  func pageHoldsImages(_ index: Int) -> Bool {
    guard let page = poppler_document_get_page(pointer, Int32(index)).map(PopplerPage.init) else { return false }
    return page.holdsImages
  }

  /// The info dictionary's entries, omitting empty ones; dates in ISO 8601, UTC.
  var metadata: [String: String] {
    let strings: [(String, (OpaquePointer) -> UnsafeMutablePointer<gchar>?)] = [
      ("title", poppler_document_get_title), ("author", poppler_document_get_author),
      ("subject", poppler_document_get_subject), ("keywords", poppler_document_get_keywords),
      ("creator", poppler_document_get_creator), ("producer", poppler_document_get_producer),
    ]
    var metadata: [String: String] = [:]
    for (key, getter) in strings {
      if let value = takeString(getter(pointer)), !value.allSatisfy(\.isWhitespace) { metadata[key] = value }
    }
    // The time_t getters say -1 when the date is missing or unreadable.
    for (key, time) in [
      ("created", poppler_document_get_creation_date(pointer)),
      ("modified", poppler_document_get_modification_date(pointer)),
    ] where time > 0 {
      metadata[key] = iso8601(time)
    }
    return metadata
  }
}

/// Owns a PopplerPage and copies out its text, the box of each character and the font runs.
private final class PopplerPage {
  private let pointer: OpaquePointer

  init(_ page: OpaquePointer) { pointer = page }

  deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }

  var size: (width: Double, height: Double) {
    var width = 0.0
    var height = 0.0
    poppler_page_get_size(pointer, &width, &height)
    return (width, height)
  }

  /// The page's characters with their boxes and fonts, for ``PageText`` to read; `nil` when
  /// poppler could not place every character.
  ///
  /// poppler_page_get_text, _get_text_layout and _get_text_attributes all walk the same words
  /// of the whole page, so the n-th rectangle and attribute index belong to the n-th scalar.
  func text() -> PageText? {
    let scalars = Array((takeString(poppler_page_get_text(pointer)) ?? "").unicodeScalars)
    let boxes = glyphBoxes()
    guard boxes.count == scalars.count else { return nil }
    let (fonts, fontOfScalar) = fontRuns(count: scalars.count)
    return PageText(scalars: scalars, boxes: boxes, fonts: fonts, fontOfScalar: fontOfScalar, size: size)
  }

  var holdsImages: Bool {
    guard let list = poppler_page_get_image_mapping(pointer) else { return false }
    poppler_page_free_image_mapping(list)
    return true
  }

  /// The page rendered inside `boxes` (page points) on white, at two pixels a point, fewer
  /// for a huge area; `nil` when cairo cannot make the image.
  func ink(in boxes: [Box]) -> Ink? {
    guard let area = Box.union(boxes), area.width > 0, area.height > 0 else { return nil }
    // At most 16 million pixels: a page of 14 400 points a side is read at a coarser scale.
    let scale = min(2, (16_000_000 / (area.width * area.height)).squareRoot())
    guard scale >= 0.5 else { return nil }
    let (width, height) = (Int((area.width * scale).rounded(.up)), Int((area.height * scale).rounded(.up)))
    let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))
    defer { cairo_surface_destroy(surface) }
    guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let context = cairo_create(surface) else {
      return nil
    }
    cairo_set_source_rgb(context, 1, 1, 1)
    cairo_paint(context)
    cairo_scale(context, scale, scale)
    cairo_translate(context, -area.x0, -area.y0)
    for box in boxes { cairo_rectangle(context, box.x0, box.y0, box.width, box.height) }
    cairo_clip(context)
    poppler_page_render(pointer, context)
    cairo_destroy(context)
    cairo_surface_flush(surface)
    guard let data = cairo_image_surface_get_data(surface) else { return nil }
    let stride = Int(cairo_image_surface_get_stride(surface))
    var pixels: [UInt32] = []
    pixels.reserveCapacity(width * height)
    for row in 0..<height {
      pixels += UnsafeBufferPointer(
        start: UnsafeRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self), count: width)
    }
    return Ink(area: area, scale: scale, width: width, height: height, pixels: pixels)
  }

  /// The page's text without geometry, a line per line of poppler's text.
  func unplacedLines() -> [Line] {
    (takeString(poppler_page_get_text(pointer)) ?? "").split(separator: "\n").map {
      Line(spans: [Span(text: String($0))])
    }
    .filter { !$0.text.allSatisfy(\.isWhitespace) }
  }

  /// The box of each character of the page's text, origin top-left as poppler gives them.
  private func glyphBoxes() -> [Box] {
    var rectangles: UnsafeMutablePointer<PopplerRectangle>?
    var count: guint = 0
    guard poppler_page_get_text_layout(pointer, &rectangles, &count) != 0, let rectangles else { return [] }
    defer { g_free(rectangles) }
    return UnsafeBufferPointer(start: rectangles, count: Int(count)).map {
      Box(x0: $0.x1, y0: $0.y1, x1: $0.x2, y1: $0.y2)
    }
  }

  /// The page's font runs, and for each character of its text the index of its run (-1: none).
  private func fontRuns(count: Int) -> (fonts: [Font], fontOfScalar: [Int]) {
    var fonts: [Font] = []
    // A page sets many runs in few fonts: read each font name's weight and slant once.
    var fontsByName: [String: Font] = [:]
    var fontOfScalar = [Int](repeating: -1, count: count)
    guard let list = poppler_page_get_text_attributes(pointer) else { return (fonts, fontOfScalar) }
    defer { poppler_page_free_text_attributes(list) }
    var node: UnsafeMutablePointer<GList>? = list
    while let current = node {
      if let attributes = current.pointee.data?.assumingMemoryBound(to: PopplerTextAttributes.self).pointee {
        let postScriptName = attributes.font_name.map { String(cString: $0) } ?? ""
        let font =
          fontsByName[postScriptName]
          ?? {
            let font = Font(postScriptName: postScriptName, size: attributes.font_size)
            fontsByName[postScriptName] = font
            return font
          }()
        fonts.append(Font(name: font.name, size: attributes.font_size, isBold: font.isBold, isItalic: font.isItalic))
        let start = max(0, Int(attributes.start_index))
        let end = min(count - 1, Int(attributes.end_index))
        if start <= end { for index in start...end { fontOfScalar[index] = fonts.count - 1 } }
      }
      node = current.pointee.next
    }
    return (fonts, fontOfScalar)
  }
}

/// `2023-05-04T09:30:00Z`: what `Date.formatted(.iso8601)` writes, without building a
/// formatter for every file.
private func iso8601(_ time: time_t) -> String {
  var seconds = time
  var parts = tm()
  gmtime_r(&seconds, &parts)
  func padded(_ value: Int32, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
  return padded(parts.tm_year + 1900, 4) + "-" + padded(parts.tm_mon + 1, 2) + "-" + padded(parts.tm_mday, 2) + "T"
    + padded(parts.tm_hour, 2) + ":" + padded(parts.tm_min, 2) + ":" + padded(parts.tm_sec, 2) + "Z"
}

private func takeString(_ pointer: UnsafeMutablePointer<gchar>?) -> String? {
  guard let pointer else { return nil }
  defer { g_free(pointer) }
  return String(cString: pointer)
}
