import Foundation
@testable import MandatIngest
import MandatKit
import Testing

/// PDFs whose text layer says one thing and whose page shows another: pages turned, words
/// drawn twice or at an angle, bullets that are shapes or symbol glyphs with no space after
/// them, coordinates no page holds. Each is read as the page shows it, never with a trap.
@Suite struct PDFGeometryTests {
  static let fixtures = "Tests/MandatIngestTests/Fixtures/pdf"
  let extractor = Extractor(readers: Readers.all)

  func mandates(_ file: String) throws -> [Mandate] {
    let outcome = extractor.extract(path: repositoryRoot.appendingPathComponent(file).path)
    guard case .mandates(let mandates) = outcome else {
      Issue.record("\(file) gave \(outcome)")
      return []
    }
    return mandates
  }

  /// A page turned by `/Rotate` gives the mandate the upright page gives, word for word.
  @Test(arguments: [90, 180, 270])
  func pageTurnedReadsAsUpright(_ degrees: Int) throws {
    let upright = try CrossFormatTests.withoutProvenance(mandates("Corpus/mandates/norra-rpo-psykisk-halsa.pdf"))
    let turned = try CrossFormatTests.withoutProvenance(mandates("\(Self.fixtures)/page-turned-\(degrees).pdf"))
    #expect(turned == upright)
  }

  /// A title drawn twice two points apart reads once; a watermark at an angle and a note along
  /// the margin are kept with the running matter, and the note's diarienummer is found.
  @Test func wordsDrawnTwiceAndTextAcrossThePage() throws {
    let mandate = try #require(try mandates("\(Self.fixtures)/title-drawn-twice-watermark-margin-note.pdf").first)
    #expect(mandate.title == "Uppdragsbeskrivning för regional samverkansgrupp test")
    #expect(mandate.document.runningText == ["Diarienummer RS 2024/118", "UTKAST"])
    #expect(mandate.document.diarienummer == "RS 2024/118")
    #expect(mandate.sections.map(\.text).allSatisfy { !$0.contains("UTKAST") })
  }

  static let items = [
    "erbjudas diagnostik, behandling och uppföljning enligt bästa kunskap",
    "följa utvecklingen inom området och vara ett stöd för regionerna",
    "samordna arbetet",
  ]

  /// Word's way: each word placed on its own, the bullet a Symbol-font glyph at the list
  /// indent and the text at a tab stop, no space character anywhere.
  @Test func symbolBulletsAndWordsPlacedApart() throws {
    let mandate = try #require(try mandates("\(Self.fixtures)/symbol-bullets-words-placed-apart.pdf").first)
    #expect(mandate.generalTasks.map(\.text) == Self.items)
    #expect(
      mandate.sections.first { $0.key == "generalTasks" }?.text
        == "Samverkansgruppen ska: Gruppen prioriterar varje år.")
  }

  /// A browser's print: the bullets are drawn shapes, the items known by their indentation,
  /// each ending where the line above stops short; the paragraph after the list is text.
  @Test func bulletsDrawnAsShapes() throws {
    let mandate = try #require(try mandates("\(Self.fixtures)/bullets-drawn-as-shapes.pdf").first)
    #expect(
      mandate.generalTasks.map(\.text) == [
        "erbjudas diagnostik, behandling och uppföljning enligt bästa kunskap i varje möte och dessutom en lång rad som bryts över flera rader för att se vad som händer",
        "följa utvecklingen inom området", "samordna arbetet",
      ])
    let section = try #require(mandate.sections.first { $0.key == "generalTasks" })
    #expect(
      section.text.hasSuffix(
        "Gruppen prioriterar varje år bland uppdragen och redovisar prioriteringarna i sin verksamhetsplan som lämnas till styrgruppen."
      ))
    #expect(mandate.chair.employedBy == "Region Kalmar län")
  }

  /// A browser's print of the page beside it (Chromium's defaults): an item whose text fills
  /// its line, known only by the bullet drawn before the next; a header cell of two lines
  /// beside cells of one; a task table whose labels are centred in their rows and padded
  /// from their tasks by less than a word space and a half.
  @Test func browserPrintOfListsAndTables() throws {
    let mandate = try #require(try mandates("\(Self.fixtures)/browser-print-full-line-items-centred-cells.pdf").first)
    #expect(
      mandate.generalTasks.map(\.text) == [
        "stödja de nationella programområdena", "vara ett stöd för regionerna i arbetet", "samordna arbetet",
      ])
    #expect(mandate.sections.first { $0.key == "generalTasks" }?.text == "Samverkansgruppen ska:")
    let levels = mandate.sections.filter { $0.key.hasSuffix("Level") }
    #expect(
      levels.map(\.heading) == ["Patient och vårdteam", "Sjukvårdsregional och regional nivå", "Nationell nivå"])
    #expect(
      levels.map { $0.items.map(\.text) } == [
        ["Utgår från bästa möjliga kunskap", "Anpassar arbetet efter individens behov"],
        ["Stöder implementering av kunskap", "Sätter mål och följer resultat"],
        ["Utvecklar uppföljning och analys", "Utvecklar kunskapsstöd"],
      ])
    #expect(
      mandate.specificTasks.map(\.text) == [
        "Samordning: samordna regionernas arbete med medicinsk teknik och verka för gemensamma arbetssätt för anskaffning, förvaltning och utfasning av medicintekniska produkter",
        "Kompetens och service: främja samverkan mellan regionernas medicintekniska avdelningar kring kompetensförsörjning, utbildning och gemensamma serviceavtal",
        "Samverkan: samverka med andra samverkansgrupper i frågor som berör medicinsk teknik",
      ])
    #expect(mandate.workingMethods?.text == "Samverkansgruppen träffas fyra gånger per år.")
    #expect(mandate.chair.employedBy == "Region Kalmar län")
  }

  /// Files that trapped the reading order (pieces of a row overlapping) and the running
  /// matter (coordinates no page holds) are read.
  @Test func overlappingPiecesAndCoordinatesBeyondAnyPage() throws {
    #expect(
      try mandates("\(Self.fixtures)/text-overlapping-text.pdf").map(\.title) == ["Uppdragsbeskrivning for RSG test"])
    let outcome = extractor.extract(
      path: repositoryRoot.appendingPathComponent("\(Self.fixtures)/coordinates-beyond-any-page.pdf").path)
    guard case .notAMandate = outcome else {
      Issue.record("coordinates-beyond-any-page.pdf gave \(outcome)")
      return
    }
  }
}

/// Messages that tell the truth about what a PDF's pages hold.
@Suite struct PDFContentMessageTests {
  func read(_ name: String) throws(ReadError) -> RawDocument {
    let path = "\(PDFGeometryTests.fixtures)/\(name)"
    let data = (try? Data(contentsOf: repositoryRoot.appendingPathComponent(path))) ?? Data()
    return try PDFReader().read(data, path: path)
  }

  /// A page showing nothing is blank, not a scan to be read by OCR.
  @Test func blankPageIsEmptyNotAnImage() {
    #expect(throws: ReadError.empty(path: "\(PDFGeometryTests.fixtures)/blank-page.pdf")) {
      try read("blank-page.pdf")
    }
  }

  /// Text no reader sees is read, and the document says how much of it there is.
  @Test func textSmallerThanAPointIsReadAndToldOf() throws {
    let document = try read("text-smaller-than-a-point.pdf")
    #expect(document.warnings == ["14 characters are set smaller than a point; read all the same"])
    #expect(document.pages[0].lines.contains { $0.text.contains("pytteliten text") })
  }
}

/// A decompression bomb is refused from the file's bytes, before poppler unpacks anything;
/// a picture compressed with the same codecs is read as ever.
@Suite struct DecompressionBombTests {
  @Test func pageContentsUnderAnImageCodecAreRefused() throws {
    let path = "Tests/RealWorld/pdfjs/bomb_giant.pdf"
    let data = try Data(contentsOf: repositoryRoot.appendingPathComponent(path))
    #expect(PDFReader.imageCodecOutsideImages(in: data) == "JBIG2Decode")
    #expect(throws: ReadError.self) { try PDFReader().read(data, path: path) }
  }

  @Test func picturesUnderImageCodecsAreNoBomb() throws {
    let data = try Data(contentsOf: repositoryRoot.appendingPathComponent("Corpus/broken/image-only.pdf"))
    #expect(PDFReader.imageCodecOutsideImages(in: data) == nil)
  }
}
