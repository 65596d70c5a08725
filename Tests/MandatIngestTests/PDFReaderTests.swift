import Foundation
import MandatIngest
import MandatKit
import Testing

/// The PDF reader on the corpus: what poppler gives, copied into RawDocument faithfully,
/// and one exact error per kind of broken file.
@Suite struct PDFReaderTests {
  let reader = PDFReader()

  func read(_ relativePath: String) throws(ReadError) -> RawDocument {
    let url = repositoryRoot.appendingPathComponent(relativePath)
    let data = (try? Data(contentsOf: url)) ?? Data()
    return try reader.read(data, path: relativePath)
  }

  @Test func referenceMandateReadsAsThreeA4Pages() throws {
    let document = try read("Corpus/mandates/rsg-vaccinationer.pdf")
    #expect(document.format == .pdf)
    #expect(document.pages.map(\.number) == [1, 2, 3])
    for page in document.pages {
      #expect(abs(page.size!.width - 595.3) < 1 && abs(page.size!.height - 841.9) < 1)
    }
  }

  @Test func headingsAreBoldAndBodyIsNot() throws {
    let lines = try read("Corpus/mandates/rsg-vaccinationer.pdf").pages.flatMap(\.lines)
    let heading = try #require(lines.first { $0.text == "Generellt uppdrag" })
    #expect(heading.spans.allSatisfy { $0.font?.isBold == true && $0.font?.size == 12 })
    let body = try #require(lines.first { $0.text.hasPrefix("Samverkansgrupperna i Sydöstra") })
    #expect(body.spans.allSatisfy { $0.font == Font(name: "Carlito", size: 11, isBold: false, isItalic: false) })
  }

  /// The three-level box is a table: each cell's text is a line of its own, never run
  /// together with the cell beside it.
  @Test func tableCellsAreSeparateLines() throws {
    let lines = try read("Corpus/mandates/rsg-vaccinationer.pdf").pages[0].lines
    let headings = ["Patient och vårdteam", "Sjukvårdsregional och regional", "Nationell nivå"]
    let found = headings.compactMap { heading in lines.first { $0.text == heading } }
    #expect(found.count == 3)
    #expect(Set(found.map { $0.box!.y0 }).count == 1)
    #expect(found.map { $0.box!.x0 } == found.map { $0.box!.x0 }.sorted())
  }

  /// The reader keeps running headers: taking them out is the layout stage's job.
  @Test func runningHeaderIsOnEveryPage() throws {
    let pages = try read("Corpus/mandates/rsg-vaccinationer.pdf").pages
    #expect(pages.allSatisfy { page in page.lines.contains { $0.text == "Dnr RSL 2023/0045" } })
    #expect(pages.map { page in page.lines.contains { $0.text == "Sida \(page.number) av 3" } } == [true, true, true])
  }

  @Test func infoDictionaryIsKept() throws {
    let metadata = try read("Corpus/mandates/rsg-vaccinationer.pdf").metadata
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
    #expect(page.size!.width > page.size!.height)
  }

  @Test func encrypted() {
    #expect(throws: ReadError.encrypted(path: "Corpus/broken/encrypted.pdf")) {
      try read("Corpus/broken/encrypted.pdf")
    }
  }

  @Test func truncated() {
    #expect(
      throws: ReadError.damaged(
        path: "Corpus/broken/truncated.pdf",
        detail: "the file ends before its end-of-file marker; it looks truncated")
    ) { try read("Corpus/broken/truncated.pdf") }
  }

  @Test func imageOnly() {
    #expect(throws: ReadError.noTextLayer(path: "Corpus/broken/image-only.pdf", pages: 2)) {
      try read("Corpus/broken/image-only.pdf")
    }
  }

  @Test func zeroPages() {
    #expect(throws: ReadError.empty(path: "Corpus/broken/zero-pages.pdf")) { try read("Corpus/broken/zero-pages.pdf") }
  }

  @Test func notAPDF() {
    #expect(throws: ReadError.notAPDF(path: "Corpus/broken/not-a-pdf.pdf")) { try read("Corpus/broken/not-a-pdf.pdf") }
  }

  @Test func garbageAfterTheHeaderIsDamaged() throws {
    let bytes = Data("%PDF-1.7\nthis is not really a PDF\n%%EOF\n".utf8)
    #expect {
      try reader.read(bytes, path: "junk.pdf")
    } throws: { error in
      (error as? ReadError)?.kind == "damaged" && "\(error)".hasPrefix("junk.pdf: damaged or truncated PDF (")
    }
  }
}
