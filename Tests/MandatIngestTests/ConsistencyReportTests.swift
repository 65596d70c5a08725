import Foundation
import MandatIngest
import Testing

@testable import MandatKit

/// The framework as read from the real deck, and the real findings the seed documents hold.
@Suite struct ConsistencyReportTests {
  static let decks = ["Corpus/framework/samverkan-2022.txt", "Corpus/framework/samverkan-2022.pdf"]
  static let overrides = "Corpus/framework/overrides.json"

  static func framework(_ deck: String) throws -> Framework {
    try Extractor(readers: Readers.all).framework(
      deck: repositoryRoot.appendingPathComponent(deck).path,
      overrides: repositoryRoot.appendingPathComponent(overrides).path)
  }

  @Test(arguments: decks) func frameworkAsTheDeckSaysIt(_ deck: String) throws {
    let framework = try Self.framework(deck)
    #expect(framework.regions == ["Region Jönköpings län", "Region Östergötland", "Region Kalmar län"])
    #expect(
      framework.knowledgeCouncils == [
        "Hälsa och rehabilitering", "Kirurgi och cancer", "Medicin och akut vård", "Diagnostik och sinnen",
      ])
    #expect(framework.patientPromises.count == 7)
    #expect(
      framework.patientPromises[1]
        == "erbjudas diagnostik och behandling samt uppföljning enligt bästa kunskap i varje möte")
    #expect(framework.rpoTasks.count == 7)
    #expect(framework.rotationYears == 2)
    let deckGroups = framework.groups.filter { $0.from == "deck" }
    #expect(deckGroups.filter { $0.kind == "RSG" }.count == 15)
    #expect(deckGroups.filter { $0.kind == "RSG" }.map(\.name).contains("Läkemedel"))
    #expect(
      deckGroups.filter { $0.kind == "RAG" }.map(\.name) == [
        "Allergi och astma hos barn och unga", "Barnhälsovård", "Barnneurologi", "Barnonkologi och hematologi",
        "Behandling av fetma hos barn och unga", "Diabetes hos barn och unga", "Neonatologi",
        "Reumatiska sjukdomar hos barn och unga",
      ])
    #expect(deckGroups.filter { $0.kind == "RPO" }.map(\.name) == ["barn och ungdomars hälsa"])
    #expect(framework.groups.filter { $0.from == "overrides" && $0.kind == "RPO" }.count == 23)
  }

  /// A batch keeps of each mandate only what the rules comparing mandates read, and has each
  /// mandate's own findings from its worker: the report is the same as from the whole mandates.
  @Test func batchViewsAndOwnFindingsGiveTheWholeReport() throws {
    let output = repositoryRoot.appendingPathComponent("Output")
    let mandates = try (FileManager.default.subpathsOfDirectory(atPath: output.path)).sorted()
      .filter { $0.hasSuffix(".json") && !["summary.json", "report.json"].contains($0) }
      .map { try JSONDecoder().decode(Mandate.self, from: Data(contentsOf: output.appendingPathComponent($0))) }
    let checker = Checker(framework: try Self.framework(Self.decks[1]))
    let whole = checker.check(mandates)
    #expect(whole.findings.contains { $0.rule == "general-tasks-template" })
    #expect(
      checker.check(mandates.map(Checker.batchView), findingsSoFar: mandates.flatMap(checker.findingsOfItsOwn))
        == whole)
  }

  @Test func theDeckReadsTheSameFromItsTextAndItsPDF() throws {
    var fromText = try Self.framework(Self.decks[0])
    let fromPDF = try Self.framework(Self.decks[1])
    fromText.sources = fromPDF.sources
    #expect(fromText == fromPDF)
  }

  /// The three facts the seed documents hold: the diagnostics promise worded differently, the
  /// vaccination group missing from the deck's 2022 list, and no alarm for RSG läkemedel. From
  /// the seed's formats, the paged ones: the promise stands on page 2.
  @Test(arguments: ReferenceMandateTests.formats.filter { $0.hasSuffix(".pdf") || $0.hasSuffix(".txt") })
  func seedFindings(_ path: String) throws {
    let mandate = try ReferenceMandateTests.mandate(path)
    let report = Checker(framework: try Self.framework(Self.decks[1])).check([mandate])
    #expect(
      report.findings == [
        Finding(
          rule: "unknown-group", severity: .warning,
          message:
            "RSG vaccinationer is not among the framework's RSG groups (\(repositoryRoot.path)/Corpus/framework/samverkan-2022.pdf, \(repositoryRoot.path)/Corpus/framework/overrides.json); if it was founded later, add it to the overrides file",
          file: mandate.source.file, mandate: "RSG vaccinationer", section: nil, item: nil, page: 1),
        Finding(
          rule: "patient-promise-wording", severity: .warning,
          message:
            "worded differently from the framework's promise: erbjudas diagnostik [-och-] {+,+} behandling [-samt-] {+och+} uppföljning enligt bästa kunskap i varje möte",
          file: mandate.source.file, mandate: "RSG vaccinationer", section: "patientPromises",
          item: mandate.patientPromises[1].id, page: 2),
      ])
    #expect(!report.findings.contains { $0.rule == "unknown-referenced-group" })
  }
}
