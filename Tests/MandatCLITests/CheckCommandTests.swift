import Foundation
import FoundationXML
import Testing

@Suite struct CheckCommandTests {
  static let framework = OutputTests.framework

  /// Checking the mandate files extract wrote gives the very report extract wrote.
  @Test func checkingOutputReproducesTheReport() throws {
    let result = try CLIRunner.run(["check", "Output"] + Self.framework)
    #expect(result.status == 0)
    #expect(
      result.stdout
        == (try String(contentsOf: CLIRunner.root.appendingPathComponent("Output/report.md"), encoding: .utf8)))
  }

  /// The corpus's three RAG mandates have no financing section, which the framework requires.
  @Test func failOnSetsTheExitStatus() throws {
    #expect(try CLIRunner.run(["check", "Output/mandates", "--fail-on", "error"] + Self.framework).status == 1)
    let withoutSections = ["check", "Output/mandates", "--fail-on", "error", "--disable", "required-section"]
    #expect(try CLIRunner.run(withoutSections + Self.framework).status == 0)
    #expect(try CLIRunner.run(withoutSections + ["--fail-on", "warning"] + Self.framework).status == 1)
  }

  /// A report folder that cannot be made is its own exit status, 4, not that of a finding.
  @Test func aReportFolderThatCannotBeMadeIsReported() throws {
    let folder = try CLIRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("not a folder".utf8).write(to: folder.appendingPathComponent("taken"))
    let output = CLIRunner.root.appendingPathComponent("Output/mandates").path
    let result = try CLIRunner.run(["check", output, "--out", "taken/report", "--fail-on", "error"], in: folder)
    #expect(result.status == 4)
    #expect(result.stderr == "error: cannot write to taken/report: Not a directory\n")
    #expect(result.stdout.isEmpty)
    #expect(CLIRunner.files(under: folder) == ["taken"])
  }

  @Test func rulesCanBeSwitchedOff() throws {
    let result = try CLIRunner.run(
      ["check", "Output/mandates", "--disable", "required-section", "--disable", "patient-promise-wording"]
        + Self.framework)
    #expect(result.status == 0)
    #expect(result.stdout.contains("**0 errors, "))
    #expect(!result.stdout.contains("worded differently from the framework's promise"))
    #expect(result.stdout.contains("| `patient-promise-wording` | warning | no |"))
    #expect(result.stdout.contains("| `required-section` | error | no |"))
  }

  @Test func unknownRuleIsAUsageError() throws {
    let result = try CLIRunner.run(["check", "Output/mandates", "--disable", "spelling"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("No rule is called \"spelling\""))
  }

  @Test func withoutAFrameworkItsRulesDoNotRun() throws {
    let result = try CLIRunner.run(["check", "Output/mandates"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("without a framework: the rules that need one did not run."))
    #expect(result.stdout.contains("| `patient-promise-wording` | warning | no |"))
  }

  @Test func brokenFrameworkDeckIsReported() throws {
    let result = try CLIRunner.run(["check", "Output/mandates", "--framework", "Corpus/broken/encrypted.pdf"])
    #expect(result.status == 3)
    #expect(
      result.stderr
        == "error: framework: Corpus/broken/encrypted.pdf: encrypted PDF: it needs a password; save an unprotected copy and try again\n"
    )
  }

  /// The HTML report parses as XML with libxml2 (FoundationXML), so it is well-formed, and it
  /// is self-contained: no scripts, no external stylesheets or images.
  @Test func htmlReportIsWellFormedAndSelfContained() throws {
    let url = CLIRunner.root.appendingPathComponent("Output/report.html")
    let document = try XMLDocument(contentsOf: url, options: [])
    #expect(document.rootElement()?.name == "html")
    let report =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: CLIRunner.root.appendingPathComponent("Output/report.json"))) as? [String: Any]
    let findings = report?["findings"] as? [[String: Any]] ?? []
    let wordings = findings.filter { $0["rule"] as? String == "patient-promise-wording" }
    #expect(try document.nodes(forXPath: "//article").count == findings.count)
    #expect(try document.nodes(forXPath: "//script | //link | //img | //*[@src]").isEmpty)
    #expect(try document.nodes(forXPath: "//meta[@name='viewport']").count == 1)
    // The diagnostics promise as every Sydöstra mandate of the development corpus words it:
    // "och" and "samt" struck out (the blind set's and the producer matrix's own wordings may
    // strike nothing, only add).
    let template = wordings.filter {
      ($0["file"] as? String)?.hasPrefix("Corpus/mandates/") == true
        && ($0["message"] as? String)?.contains("diagnostik [-och-]") == true
    }
    #expect(!template.isEmpty)
    let struck = try document.nodes(forXPath: "//del").compactMap(\.stringValue)
    #expect(struck.count >= 2 * template.count)
    #expect(struck == Array(repeating: ["och", "samt"], count: struck.count / 2).flatMap { $0 })
  }
}
