import Foundation
import Testing

@testable import MandatKit

/// The result a worker hands over and the cache keeps: the lengths line, the header, then
/// each mandate's file as it is written.
@Suite struct FileResultTests {
  static let mandate: Mandate = {
    let document = Fixture.text(
      """
      Uppdragsbeskrivning för regional samverkansgrupp läkemedel

      Generella uppdrag
      • sprida kunskap
      • följa upp resultat
      """)
    let source = SourceFile(file: "in/a.txt", sha256: String(repeating: "0", count: 64), format: .text, pages: 1)
    return MandateParser().parse(
      Layout().analyze(document).blocks, source: source, document: DocumentInfo(runningMatter: [], metadata: [:]))
  }()

  @Test func bytesGiveTheSameResultBack() throws {
    let result = FileResult(.mandates([Self.mandate]), path: "in/a.txt", checker: Checker(framework: nil))
    #expect(result.documents == [try JSONExport.data(Self.mandate)])
    #expect(result.header.mandates.map(\.title) == [Self.mandate.title])
    #expect(result.header.check?.batchViews.map(\.generalTasks) == [Self.mandate.generalTasks])
    let back = try #require(FileResult(result.bytes))
    #expect(back.documents == result.documents)
    // A view travels as its few fields and arrives as the same view.
    #expect(back.header.check?.batchViews == [Checker.batchView(of: Self.mandate)])
    #expect(back.header.check?.batchViews.first?.sections.map(\.key) == ["generalTasks"])
    #expect(back.bytes == result.bytes)
    #expect(FileResult(result.bytes.dropLast()) == nil)
    #expect(FileResult(Data("not a result".utf8)) == nil)
  }

  /// Kept for one path and checker, a result serves another path or checker made again.
  @Test func servingAnotherPathOrCheckerMakesItAgain() throws {
    let checker = Checker(framework: nil)
    let result = FileResult(.mandates([Self.mandate]), path: "in/a.txt", checker: checker)
    #expect(result.serving("in/a.txt", checker: checker)?.bytes == result.bytes)
    #expect(result.serving("in/a.txt", checker: nil)?.bytes == result.bytes)
    let moved = try #require(result.serving("in/b.txt", checker: checker))
    #expect(try JSONDecoder().decode(Mandate.self, from: moved.documents[0]).source.file == "in/b.txt")
    #expect(moved.header.file == "in/b.txt")
    #expect(moved.header.check?.findings.allSatisfy { $0.file == "in/b.txt" } == true)
    let stricter = Checker(framework: nil, disabled: ["financing"])
    #expect(stricter.fingerprint != checker.fingerprint)
    let rechecked = try #require(result.serving("in/a.txt", checker: stricter))
    #expect(rechecked.header.check?.checker == stricter.fingerprint)
    #expect(rechecked.header.check?.findings.contains { $0.rule == "financing" } == false)
    #expect(result.header.check?.findings.contains { $0.rule == "financing" } == true)
  }

  /// A header with every field set, each optional one present, numbers negative and large,
  /// text beyond ASCII: what a worker sends is what the main process reads.
  static let everyField: FileResult.Header = {
    let group = Group(kind: "RSG", name: "cancer", organization: "Sydöstra sjukvårdsregionen")
    let box = Box(x0: 56.7, y0: 101.2, x1: 538.9, y1: -0.1)
    let item = Item(
      id: "generalTasks-0a1b2c3d", text: "följa upp\nresultat", source: SourceRef(page: 2, box: box, lines: [7, 9]))
    let section = Section(
      key: "generalTasks", heading: "Generella uppdrag", text: "Gruppen ska:", items: [item],
      source: SourceRef(page: -1, box: nil, lines: []))
    let source = SourceFile(file: "in/å.pdf", sha256: String(repeating: "ab", count: 32), format: .docx, pages: Int.max)
    let finding = Finding(
      rule: "duplicate-item", severity: .note, message: "\"x\" – twice", file: "in/å.pdf", mandate: "RSG cancer",
      section: "generalTasks", item: item.id, page: Int.min)
    return FileResult.Header(
      status: .notAMandate, reason: "why", error: "damaged", file: "in/å.pdf",
      mandates: [Batch.MandateSummary(title: "Uppdrag", group: group, items: 0)],
      check: FileResult.CheckShare(
        checker: "0123abcd",
        findings: [
          finding,
          Finding(
            rule: "r", severity: .error, message: "", file: "", mandate: "", section: nil, item: nil, page: nil),
        ],
        batchViews: [
          Checker.batchView(source: source, title: "Uppdrag", group: group, generalTasks: [item], section: section),
          Checker.batchView(source: source, title: "", group: nil, generalTasks: [], section: nil),
        ]), sha256: String(repeating: "cd", count: 32))
  }()

  @Test func everyFieldOfTheHeaderArrives() throws {
    var wire = WireWriter()
    wire.write(Self.everyField)
    var reader = WireReader(wire.bytes)
    #expect(try reader.read(FileResult.Header.self) == Self.everyField)
    #expect(reader.isAtEnd)
    var result = FileResult.failed(kind: "damaged", message: "", path: "")
    (result.header, result.documents) = (Self.everyField, [Data("{}".utf8), Data()])
    let back = try #require(FileResult(result.bytes))
    #expect(back.header == Self.everyField)
    #expect(back.documents == result.documents)
  }

  @Test func aDamagedHeaderIsRefused() throws {
    var wire = WireWriter()
    wire.write(Self.everyField)
    let bytes = wire.bytes
    for cut in [0, 1, bytes.count / 2, bytes.count - 1] {
      var reader = WireReader(Array(bytes.prefix(cut)))
      #expect(throws: WireReader.Malformed.self) { try reader.read(FileResult.Header.self) }
    }
    // Bytes after the header, or a status no build writes, are not a result.
    let documents = Data("{}".utf8)
    func frame(_ header: [UInt8]) -> Data {
      Data("\(header.count) \(documents.count)\n".utf8) + header + documents
    }
    #expect(FileResult(frame(bytes)) != nil)
    #expect(FileResult(frame(bytes + [0])) == nil)
    #expect(FileResult(Data("\(Int.max) \(Int.max)\n".utf8) + bytes) == nil)
    var unknownStatus = WireWriter()
    unknownStatus.write("pending")
    #expect(FileResult(frame(unknownStatus.bytes + bytes.dropFirst(1 + "not-a-mandate".utf8.count))) == nil)
  }

  @Test func numbersKeepTheirValue() throws {
    let numbers = [0, 1, -1, 63, -64, 64, 127, 128, 300, -300, Int.max, Int.min]
    let doubles = [0.0, -0.0, 0.1, -538.9, .greatestFiniteMagnitude, .infinity]
    var wire = WireWriter()
    wire.write(numbers)
    wire.write(doubles)
    var reader = WireReader(wire.bytes)
    #expect(try reader.read([Int].self) == numbers)
    #expect(try reader.read([Double].self).map(\.bitPattern) == doubles.map(\.bitPattern))
    #expect(reader.isAtEnd)
    // Small numbers take one byte.
    var small = WireWriter()
    small.write(-64)
    #expect(small.bytes == [127])
  }

  /// The header's form as the cache keeps it, pinned: changing it must raise
  /// ``ExtractionCache/layout`` (and this digest), or a build would misread what another kept.
  @Test func theKeptLayoutIsPinned() throws {
    var wire = WireWriter()
    wire.write(Self.everyField)
    #expect(ExtractionCache.layout == 4)
    #expect(Extractor.sha256(Data(wire.bytes)) == "2124e2aba493d3ddf76ad0077badea9ed0455ae170b98b837ad156da817b7722")
  }
}
