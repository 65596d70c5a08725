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

  /// The header's fields as the cache keeps them, pinned: changing them must raise
  /// ``ExtractionCache/layout`` (and this list), or a build would misread what another kept.
  @Test func theKeptLayoutIsPinned() throws {
    let result = FileResult(.mandates([Self.mandate]), path: "in/a.txt", checker: Checker(framework: nil))
    let header = try JSONSerialization.jsonObject(with: JSONExport.line(result.header))
    #expect(ExtractionCache.layout == 2)
    #expect(
      Self.keyPaths(header) == [
        "check.batchViews[].generalTasks[].id", "check.batchViews[].generalTasks[].source.lines[]",
        "check.batchViews[].generalTasks[].source.page", "check.batchViews[].generalTasks[].text",
        "check.batchViews[].group.kind", "check.batchViews[].group.name",
        "check.batchViews[].section.heading", "check.batchViews[].section.items[]", "check.batchViews[].section.key",
        "check.batchViews[].section.source.lines[]", "check.batchViews[].section.source.page",
        "check.batchViews[].section.text", "check.batchViews[].source.file", "check.batchViews[].source.format",
        "check.batchViews[].source.pages", "check.batchViews[].source.sha256", "check.batchViews[].title",
        "check.checker", "check.findings[].file", "check.findings[].mandate", "check.findings[].message",
        "check.findings[].page", "check.findings[].rule", "check.findings[].severity",
        "file", "mandates[].group.kind", "mandates[].group.name", "mandates[].items", "mandates[].title", "status",
      ])
  }

  /// Every path to a value in decoded JSON, arrays written `[]`, sorted.
  static func keyPaths(_ value: Any, _ prefix: String = "") -> [String] {
    if let object = value as? [String: Any] {
      return object.flatMap { keyPaths($1, prefix.isEmpty ? $0 : prefix + "." + $0) }.sorted()
    }
    if let array = value as? [Any] {
      let paths = Set(array.flatMap { keyPaths($0, prefix + "[]") })
      return paths.isEmpty ? [prefix + "[]"] : paths.sorted()
    }
    return [prefix]
  }
}
