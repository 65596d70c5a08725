import Foundation
import FoundationXML
import Testing

@Suite struct CheckCommandTests {
  static let framework = OutputTests.framework

  /// Checking the mandate files extract wrote gives the very report extract wrote.
  @Test func checkingOutputReproducesTheReport() throws {
    let result = try CLIRunner.run(["check", "Output/mandates"] + Self.framework)
    #expect(result.status == 0)
    #expect(
      result.stdout
        == (try String(contentsOf: CLIRunner.root.appendingPathComponent("Output/report.md"), encoding: .utf8)))
  }

  @Test func failOnSetsTheExitStatus() throws {
    #expect(try CLIRunner.run(["check", "Output/mandates", "--fail-on", "warning"] + Self.framework).status == 1)
    #expect(try CLIRunner.run(["check", "Output/mandates", "--fail-on", "error"] + Self.framework).status == 0)
  }

  @Test func rulesCanBeSwitchedOff() throws {
    let result = try CLIRunner.run(
      [
        "check", "Output/mandates", "--fail-on", "warning", "--disable", "unknown-group", "--disable",
        "patient-promise-wording",
      ] + Self.framework)
    #expect(result.status == 0)
    #expect(result.stdout.contains("**0 errors, 0 warnings, 0 notes.**"))
    #expect(result.stdout.contains("| `unknown-group` | warning | no |"))
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
    #expect(try document.nodes(forXPath: "//article").count == 4)
    #expect(try document.nodes(forXPath: "//script | //link | //img | //*[@src]").isEmpty)
    #expect(try document.nodes(forXPath: "//meta[@name='viewport']").count == 1)
    #expect(try document.nodes(forXPath: "//del").map { $0.stringValue } == ["och", "samt", "och", "samt"])
  }
}
