import Foundation
import FoundationXML
import MandatKit
import Testing

/// `mandat diff` on the corpus's year pairs, as an auditor runs it.
@Suite struct DiffCommandTests {
  /// Each year pair: the 2023 document, the 2024 one, and the hand-written gold diff.
  static let yearPairs = [
    ("Corpus/years/2023/rsg-vaccinationer.pdf", "Corpus/years/2024/rsg-vaccinationer.pdf", "rsg-vaccinationer"),
    ("Corpus/years/2023/rsg-lakemedel.pdf", "Corpus/years/2024/rsg-lakemedel.pdf", "rsg-lakemedel"),
    (
      "Corpus/years/2023/uppsala-orebro-rag-stroke.txt", "Corpus/years/2024/uppsala-orebro-rag-stroke.pdf",
      "uppsala-orebro-rag-stroke"
    ),
  ]

  static func report(_ json: String) throws -> DiffReport {
    try JSONDecoder().decode(DiffReport.self, from: Data(json.utf8))
  }

  @Test(arguments: yearPairs)
  func yearPairMatchesItsGoldDiff(old: String, new: String, name: String) throws {
    let result = try CLIRunner.run(["diff", old, new, "--format", "json"])
    #expect(result.status == 1)
    #expect(result.stderr == "")
    let gold = try String(
      contentsOf: CLIRunner.root.appendingPathComponent("Corpus/years/\(name).diff.json"), encoding: .utf8)
    #expect(try Self.report(result.stdout) == Self.report(gold))
    let schema = try CLIRunner.run(["schema", "--diff"])
    #expect(try JSONSchemaValidator(schema: Data(schema.stdout.utf8)).errors(in: Data(result.stdout.utf8)) == [])
  }

  /// The same mandate from another generator (its text file against its PDF) is no change.
  @Test(arguments: ["rsg-vaccinationer", "rsg-lakemedel"])
  func sameMandateFromAnotherGeneratorHasNoChanges(_ name: String) throws {
    let result = try CLIRunner.run(["diff", "Corpus/mandates/\(name).txt", "Corpus/mandates/\(name).pdf"])
    #expect(result.status == 0)
    #expect(result.stdout.hasSuffix("0 changes\nno changes\n"))
  }

  /// Mandate files as `extract` writes them compare like the documents they came from.
  @Test func mandateFilesFromOutputCanBeCompared() throws {
    let result = try CLIRunner.run([
      "diff", "Output/mandates/rsg-vaccinationer.txt.json", "Corpus/mandates/rsg-vaccinationer.pdf",
    ])
    #expect(result.status == 0)
  }

  @Test func foldersArePairedByGroupAndTheRestListed() throws {
    let result = try CLIRunner.run(["diff", "Corpus/years/2023", "Corpus/years/2024", "--format", "json"])
    #expect(result.status == 1)
    let report = try Self.report(result.stdout)
    #expect(report.pairs.map(\.new.mandate) == ["RSG läkemedel", "RSG vaccinationer"])
    #expect(report.pairs.map(\.changeCount) == [8, 10])
    #expect(report.appeared.map(\.mandate) == ["RSG medicinsk teknik", "RAG stroke och TIA"])
    #expect(report.disappeared.map(\.mandate) == ["RAG allergi och astma hos barn och unga", "RAG stroke"])
  }

  @Test func markdownAndTerminalTextListEveryChange() throws {
    let (old, new, _) = Self.yearPairs[0]
    let markdown = try CLIRunner.run(["diff", old, new, "--format", "markdown"]).stdout
    #expect(markdown.hasPrefix("# Changes between two versions\n\n## RSG vaccinationer\n"))
    #expect(markdown.contains("- chair.rotationYears: 2 → 3\n"))
    #expect(
      markdown.contains(
        "- moved from generalTasks to specificTasks: stödja utfasning av metoder som inte skapar värde\n"))
    let text = try CLIRunner.run(["diff", old, new]).stdout
    #expect(text.contains("  ~ reworded in specificTasks: bereda beslutsunderlag [-för-] {+i+} vaccinationsfrågor"))
    #expect(!text.contains("\u{1B}["), "no colour off a terminal")
    let coloured = try CLIRunner.run(["diff", old, new, "--colour", "always"]).stdout
    #expect(coloured.contains("\u{1B}[31m[-för-]\u{1B}[0m"))
  }

  /// The side-by-side page parses as XML, holds one row per change, old words struck out on
  /// the left and new ones marked on the right, and needs nothing from outside.
  @Test func htmlIsSideBySideAndSelfContained() throws {
    let (old, new, _) = Self.yearPairs[0]
    let html = try CLIRunner.run(["diff", old, new, "--format", "html"]).stdout
    let document = try XMLDocument(data: Data(html.utf8), options: [])
    #expect(try document.nodes(forXPath: "//tbody/tr").count == 10)
    #expect(try document.nodes(forXPath: "//tr/td[1]/del").map { $0.stringValue }.contains("för"))
    #expect(try document.nodes(forXPath: "//tr/td[2]/ins").map { $0.stringValue }.contains("i"))
    #expect(try document.nodes(forXPath: "//script | //link | //img | //*[@src]").isEmpty)
  }

  @Test func troubleIsTheStatusOfAnUnreadableInput() throws {
    let broken = try CLIRunner.run(["diff", "Corpus/broken/encrypted.pdf", "Corpus/mandates/rsg-vaccinationer.pdf"])
    #expect(broken.status == 3)
    #expect(
      broken.stderr
        == "error: Corpus/broken/encrypted.pdf: encrypted PDF: it needs a password; save an unprotected copy and try again\n"
    )
    let notMandate = try CLIRunner.run([
      "diff", "Corpus/other/protokoll-rsl-2023-05.pdf", "Corpus/mandates/rsg-vaccinationer.pdf",
    ])
    #expect(notMandate.status == 3)
    #expect(notMandate.stderr.hasPrefix("error: Corpus/other/protokoll-rsl-2023-05.pdf: not a mandate: "))
  }
}
