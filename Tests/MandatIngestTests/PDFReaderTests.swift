import Foundation
import MandatIngest
import MandatKit
import Testing

/// The PDF reader on the corpus: what poppler gives, copied into RawDocument faithfully,
/// and one exact error per kind of broken file.
@Suite struct PDFReaderTests {
  static let mandate = "Corpus/mandates/rsg-vaccinationer.pdf"
  let reader = PDFReader()

  func bytes(_ relativePath: String) -> Data {
    (try? Data(contentsOf: repositoryRoot.appendingPathComponent(relativePath))) ?? Data()
  }

  func read(_ relativePath: String) throws(ReadError) -> RawDocument {
    try reader.read(bytes(relativePath), path: relativePath)
  }

  @Test func referenceMandateReadsAsThreeA4Pages() throws {
    let document = try read(Self.mandate)
    #expect(document.format == .pdf)
    #expect(document.pages.map(\.number) == [1, 2, 3])
    for page in document.pages {
      let size = try #require(page.size)
      #expect(abs(size.width - 595) <= 1 && abs(size.height - 842) <= 1)
    }
  }

  @Test func textIsRead() throws {
    let lines = try read(Self.mandate).pages.flatMap(\.lines)
    #expect(lines.contains { $0.text.contains("Patientlöften") })
  }

  @Test func headingsAreBoldAndBodyIsNot() throws {
    let lines = try read(Self.mandate).pages.flatMap(\.lines)
    let heading = try #require(lines.first { $0.text == "Generellt uppdrag" })
    #expect(heading.spans.allSatisfy { $0.font?.isBold == true && $0.font?.size == 12 })
    let body = try #require(lines.first { $0.text.hasPrefix("Samverkansgrupperna i Sydöstra") })
    #expect(body.spans.allSatisfy { $0.font == Font(name: "Carlito", size: 11, isBold: false, isItalic: false) })
  }

  /// Each line is runs of one font, boxed by the union of its runs, with no whitespace at its
  /// end and none that is whitespace only. Two runs in the same font stand apart by more than
  /// a word space (the padding between a table's cells).
  @Test func linesAreFontRunsWithTheirBoxes() throws {
    for line in try read(Self.mandate).pages.flatMap(\.lines) {
      #expect(!line.spans.isEmpty)
      #expect(line.box != nil && line.box == Box.union(line.spans.compactMap(\.box)))
      for (run, next) in zip(line.spans, line.spans.dropFirst()) where run.font == next.font {
        let (box, nextBox) = (try #require(run.box), try #require(next.box))
        #expect(nextBox.x0 - box.x1 >= 0.3 * max(box.height, nextBox.height) - 0.1)
      }
      #expect(line.text.last?.isWhitespace == false)
    }
  }

  /// The three-level box is a table: each cell's text is a line of its own, never run
  /// together with the cell beside it.
  @Test func tableCellsAreSeparateLines() throws {
    let lines = try read(Self.mandate).pages[0].lines
    let headings = ["Patient och vårdteam", "Sjukvårdsregional och regional", "Nationell nivå"]
    let found = headings.compactMap { heading in lines.first { $0.text == heading } }
    #expect(found.count == 3)
    #expect(Set(found.map { $0.box!.y0 }).count == 1)
    #expect(found.map { $0.box!.x0 } == found.map { $0.box!.x0 }.sorted())
  }

  /// The reader keeps running headers and footers: taking them out is the layout stage's job.
  @Test func runningHeaderAndFooterAreOnEveryPage() throws {
    for page in try read(Self.mandate).pages {
      let texts = page.lines.map(\.text)
      #expect(texts.contains("Sydöstra sjukvårdsregionen"), "page \(page.number)")
      #expect(texts.contains("Dnr RSL 2023/0045"), "page \(page.number)")
      #expect(texts.contains("Sida \(page.number) av 3"), "page \(page.number)")
    }
  }

  @Test func infoDictionaryIsKept() throws {
    let metadata = try read(Self.mandate).metadata
    #expect(metadata["author"] == "Regionsjukvårdsledningens stab")
    #expect(
      metadata["title"] == "Uppdragsbeskrivning för regional samverkansgrupp vaccinationer i Sydöstra sjukvårdsregionen"
    )
    #expect(metadata["producer"]?.hasPrefix("LibreOffice") == true)
    #expect(
      metadata["created"]?.range(of: #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$"#, options: .regularExpression) != nil)
  }

  @Test func slideDeckIsLandscape() throws {
    let page = try read("Corpus/framework/samverkan-2022.pdf").pages[0]
    let size = try #require(page.size)
    #expect(size.width > size.height)
  }

  /// Each read opens its own document, so reads on several threads at once agree.
  @Test func readsRunConcurrently() async throws {
    let data = bytes(Self.mandate)
    let reader = reader
    let expected = try reader.read(data, path: Self.mandate).pages.map(\.lines)
    let results = try await withThrowingTaskGroup(of: [[Line]].self) { group in
      for _ in 0..<8 {
        group.addTask { try reader.read(data, path: Self.mandate).pages.map(\.lines) }
      }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(results.count == 8 && results.allSatisfy { $0 == expected })
  }

  @Test func encrypted() {
    expectError(.encrypted(path: "Corpus/broken/encrypted.pdf", format: .pdf))
  }

  @Test func truncated() {
    let error = expectError(
      .damaged(
        path: "Corpus/broken/truncated.pdf", format: .pdf,
        detail: "the file ends before its end-of-file marker; it looks truncated"))
    #expect(error?.kind == "damaged")
  }

  @Test func imageOnly() {
    expectError(.noTextLayer(path: "Corpus/broken/image-only.pdf", pages: 2))
  }

  @Test func zeroPages() {
    expectError(.empty(path: "Corpus/broken/zero-pages.pdf"))
  }

  @Test func notAPDF() {
    expectError(.notAPDF(path: "Corpus/broken/not-a-pdf.pdf"))
  }

  /// A mandate cut short is truncated, whether poppler would repair it and read it as whole
  /// (cut in its trailer) or give up on it (cut in its pages).
  @Test(arguments: [100, 20_000]) func mandateCutShortIsTruncated(missingBytes: Int) {
    let data = bytes(Self.mandate)
    let expected = ReadError.damaged(
      path: "cut.pdf", format: .pdf, detail: "the file ends before its end-of-file marker; it looks truncated")
    #expect(throws: expected) { try reader.read(data.dropLast(missingBytes), path: "cut.pdf") }
  }

  @Test func garbageAfterTheHeaderIsDamaged() throws {
    let bytes = Data("%PDF-1.7\nthis is not really a PDF\n%%EOF\n".utf8)
    #expect {
      try reader.read(bytes, path: "junk.pdf")
    } throws: { error in
      (error as? ReadError)?.kind == "damaged" && "\(error)".hasPrefix("junk.pdf: damaged or truncated PDF (")
    }
  }

  /// Reads a broken file expecting exactly `expected`, whose message must start with the file's path.
  @discardableResult
  func expectError(_ expected: ReadError, sourceLocation: SourceLocation = #_sourceLocation) -> ReadError? {
    let error = #expect(throws: ReadError.self, sourceLocation: sourceLocation) { try read(expected.path) }
    #expect(error == expected, sourceLocation: sourceLocation)
    #expect(error?.description.hasPrefix("\(expected.path): ") == true, sourceLocation: sourceLocation)
    return error
  }
}
