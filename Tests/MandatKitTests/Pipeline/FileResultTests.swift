import Foundation
import Testing

@testable import MandatKit

/// The result a worker hands over and the cache keeps: the header line, then each mandate's
/// file as it is written.
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
}
