import Foundation
import Testing

/// Help text and `inspect`'s dump are part of the interface: compared with golden files in
/// Golden/, re-recorded with `MANDAT_RECORD=1`.
@Suite struct HelpTests {
  static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

  @Test(arguments: [
    (["--help"], "help.txt"),
    (["extract", "--help"], "extract-help.txt"),
    (["schema", "--help"], "schema-help.txt"),
    (["inspect", "--help"], "inspect-help.txt"),
  ])
  func helpMatchesGolden(arguments: [String], golden: String) throws {
    let result = try CLIRunner.run(arguments)
    #expect(result.status == 0)
    let url = Self.golden.appendingPathComponent(golden)
    if CLIRunner.isRecording { try Data(result.stdout.utf8).write(to: url) }
    #expect(result.stdout == (try String(contentsOf: url, encoding: .utf8)))
  }

  /// How the reference PDF is read, block by block with page and box: the layout's golden file.
  @Test(arguments: [
    (["inspect", "Corpus/mandates/rsg-vaccinationer.pdf"], "inspect-rsg-vaccinationer.pdf.txt"),
    (["inspect", "Corpus/mandates/rsg-vaccinationer.txt"], "inspect-rsg-vaccinationer.txt.txt"),
    (["inspect", "Corpus/mandates/rsg-kvalitetsregister.pdf"], "inspect-rsg-kvalitetsregister.pdf.txt"),
    (["inspect", "Corpus/mandates/rag-barnhalsovard-och-neonatologi.pdf"], "inspect-rag-barnhalsovard.pdf.txt"),
    (["inspect", "Corpus/other/protokoll-rsl-2023-05.pdf"], "inspect-protokoll.pdf.txt"),
    (["accuracy", "--help"], "accuracy-help.txt"),
  ])
  func inspectMatchesGolden(arguments: [String], golden: String) throws {
    try helpMatchesGolden(arguments: arguments, golden: golden)
  }

  /// The two-column typeset PDF: the left column is read to its end before the right one,
  /// on the page of the three-column box as everywhere else.
  @Test func twoColumnPDFIsReadColumnByColumn() throws {
    let result = try CLIRunner.run(["inspect", "Corpus/mandates/rsg-kvalitetsregister.pdf"])
    let order = [
      "Kunskapsbaserad, jämlik och resurseffektiv vård", "Med regionala samverkansgrupper bygger",
      "Tillsammans gör vi varandra framgångsrika", "Systemet för kunskapsstyrning", "Patient och vårdteam",
      "Sjukvårdsregional och regional nivå", "Nationell nivå", "Utgångspunkter", "Patientlöften",
      "I Sydöstra sjukvårdsregionen prioriteras patientnära forskning.", "Generellt uppdrag",
    ]
    let positions = order.map { result.stdout.range(of: $0)?.lowerBound }
    #expect(!positions.contains(nil))
    #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
  }

  @Test func inspectingABrokenFileSaysWhatIsWrong() throws {
    let result = try CLIRunner.run(["inspect", "Corpus/broken/zero-pages.pdf"])
    #expect(result.status == 3)
    #expect(result.stdout == "")
    #expect(result.stderr == "error: Corpus/broken/zero-pages.pdf: empty: the document has no pages, or its pages show neither text nor images\n")
  }

  @Test func missingInputsIsAUsageError() throws {
    let result = try CLIRunner.run(["extract"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("Missing expected argument '<inputs> ...'"))
  }

  @Test func notAMandateIsNotedNotFailed() throws {
    let folder = try CLIRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CLIRunner.run(["extract", "Corpus/framework/samverkan-2022.txt", "--out", folder.path])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(
      lines.first
        == "not mandate   Corpus/framework/samverkan-2022.txt: no title beginning \"Uppdragsbeskrivning\" and 1 of the sections a mandate has (found: tasks; 3 needed)"
    )
    // The count, then how the work was done (extracted or cached, time, rate).
    #expect(lines.dropFirst().first?.hasPrefix("0 mandates from 1 file: 1 not a mandate, 0 failed (") == true)
    #expect(lines.last == "report        0 errors, 0 warnings, 0 notes → \(folder.path)/report.md")
  }
}
