import ArgumentParser
import Foundation
import MandatIngest
import MandatKit

extension Mandat {
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check mandates against the region's framework and against each other.",
      discussion: """
        Reads mandates from documents (PDF, text) or from mandate JSON files that extract \
        wrote, runs every rule (see the README for the list) and reports the findings, each \
        with its rule, severity, mandate, section, item and page. With --out the report is \
        written as report.md, report.html (one self-contained page) and report.json; \
        without, the Markdown goes to standard output.

        Exit status: 0, or 1 when a finding reaches the --fail-on severity; 3 when an input \
        could not be read; 4 when the report could not be written.

        Examples:
          mandat check Output --framework Corpus/framework/samverkan-2022.pdf \\
            --overrides Corpus/framework/overrides.json --out Output
          mandat check uppdrag.pdf --framework deck.pdf --fail-on warning --disable unknown-heading
        """
    )

    @Argument(help: "Documents or mandate JSON files, or folders holding them.")
    var inputs: [String]

    @OptionGroup var frameworkOptions: FrameworkOptions

    @OptionGroup var vocabularyOptions: VocabularyOptions

    @Option(help: "The folder to write report.md, report.html and report.json to.")
    var out: String?

    @Option(help: "Exit with status 1 when a finding is this severe or more: error or warning.")
    var failOn: FailLevel?

    @Option(name: .customLong("disable"), help: "A rule to switch off, by id; repeat for more.")
    var disabled: [String] = []

    enum FailLevel: String, ExpressibleByArgument, CaseIterable {
      case error, warning

      var severity: Finding.Severity { self == .error ? .error : .warning }
    }

    func validate() throws {
      let known = Set(Checker.rules.map(\.id))
      for id in disabled where !known.contains(id) {
        throw ValidationError("No rule is called \"\(id)\"; the rules are: \(known.sorted().joined(separator: ", ")).")
      }
    }

    func run() throws {
      let extractor = try vocabularyOptions.extractor()
      let loading = MandateLoading(extractor: extractor)
      var mandates: [Mandate] = []
      var failed = false
      for input in inputs {
        let side = loading.load(input)
        mandates += side.mandates
        for problem in side.problems { FileHandle.standardError.write(Data("failed        \(problem)\n".utf8)) }
        failed = failed || !side.problems.isEmpty
      }
      let framework = try frameworkOptions.loadOrExit(with: extractor)
      let report = Checker(framework: framework, disabled: Set(disabled)).check(mandates)
      if let out {
        do {
          try report.write(to: URL(fileURLWithPath: out, isDirectory: true))
        } catch {
          throw cannotWrite(to: out, error)
        }
        print("\(report.counts): \(out)/report.md, report.html, report.json")
      } else {
        print(CheckReportMarkdown.render(report), terminator: "")
      }
      if failed { throw ExitCode.unreadableInput }
      if let failOn, report.findings.contains(where: { $0.severity <= failOn.severity }) { throw ExitCode.flagged }
    }
  }
}
