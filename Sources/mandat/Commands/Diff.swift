import ArgumentParser
import Foundation
import MandatKit

extension Mandat {
  struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show what changed in a mandate from one version to the next.",
      discussion: """
        Compares by section and item, not by line: a task reworded is shown with its old \
        wording and the words that changed, a task that moved to another section as moved, \
        and changed fields (title, group, regions, the chair's employer and rotation, the \
        participants' employer, financing) and sections added, removed or renamed are listed. \
        Reflow, page and line breaks, hyphenation, bullets, numbering, whitespace and \
        typographic quotes and dashes are no change.

        Each side is a PDF, text, HTML or Word file, a mandate JSON file as `extract` writes \
        it, or a folder of them (last year's and this year's): mandates are then paired by \
        group (kind and name), not by file name, and those only one side has are listed as \
        appeared or disappeared.

        Exit status: 0 no changes, 1 changes, 3 trouble (a file that cannot be \
        read, or is not a mandate).

        Examples:
          mandat diff Corpus/years/2023/rsg-vaccinationer.pdf Corpus/years/2024/rsg-vaccinationer.pdf
          mandat diff Corpus/years/2023 Corpus/years/2024 --format html > changes.html
          mandat diff Output-2023/mandates Output-2024/mandates --format json
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case text, markdown, html, json
    }

    enum Colour: String, ExpressibleByArgument, CaseIterable {
      case auto, always, never
    }

    @Argument(help: "The old version: a file or a folder.")
    var old: String

    @Argument(help: "The new version: a file or a folder.")
    var new: String

    @Option(help: "text (for a terminal), markdown, html (side by side) or json.")
    var format: Format = .text

    @Option(help: "Colour the text format: auto (on a terminal), always or never.")
    var colour: Colour = .auto

    @OptionGroup var vocabularyOptions: VocabularyOptions

    func run() throws {
      let loading = MandateLoading(extractor: try vocabularyOptions.extractor())
      let (before, after) = (loading.load(old), loading.load(new))
      let problems = before.problems + after.problems
      for problem in problems { FileHandle.standardError.write(Data("error: \(problem)\n".utf8)) }
      guard problems.isEmpty else { throw ExitCode.unreadableInput }
      for (side, path) in [(before, old), (after, new)] where side.mandates.isEmpty {
        FileHandle.standardError.write(Data("error: \(path): no mandate found\n".utf8))
        throw ExitCode.unreadableInput
      }
      let report = DiffPairing.report(old: before.mandates, new: after.mandates)
      switch format {
      case .text:
        let isTerminal = isatty(STDOUT_FILENO) == 1
        print(
          DiffReportText.render(report, style: .terminal(colour: colour == .always || colour == .auto && isTerminal)),
          terminator: "")
      case .markdown: print(DiffReportText.render(report, style: .markdown), terminator: "")
      case .html: print(DiffReportHTML.render(report), terminator: "")
      case .json: FileHandle.standardOutput.write(try JSONExport.data(report))
      }
      if report.hasChanges { throw ExitCode.flagged }
    }
  }
}
