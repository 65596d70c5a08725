import ArgumentParser
import Foundation
import MandatIngest
import MandatKit

extension Mandat {
  struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Extract mandates from PDF and text files into JSON.",
      discussion: """
        Each file is read, its mandates found and written as <name>.json under the output \
        folder, mirroring the folders given (a file holding several mandates gives \
        <name>.1.json, <name>.2.json, …). Documents that are not mandates are listed and \
        skipped. A file that cannot be read is reported with the reason and leaves no \
        output behind; the other files are still done. summary.json lists every outcome, \
        and report.md, report.html and report.json hold the consistency report (see \
        `mandat check`), against the region's framework when --framework is given.

        Exit status: 0 when every file was read, 3 when one or more could not be \
        (the rest are written), 1 when the output could not be written.

        Examples:
          mandat extract Corpus --out Output --framework Corpus/framework/samverkan-2022.pdf \\
            --overrides Corpus/framework/overrides.json
          mandat extract uppdrag.pdf uppdrag-2024.txt --out /tmp/mandates
        """
    )

    @Argument(help: "PDF or text files, or folders to search for them.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "The folder to write the JSON files to.")
    var out: String = "Output"

    @OptionGroup var frameworkOptions: FrameworkOptions

    @OptionGroup var vocabularyOptions: VocabularyOptions

    func run() throws {
      let files = InputFiles.expand(inputs)
      let extractor = try vocabularyOptions.extractor()
      let output = URL(fileURLWithPath: out, isDirectory: true)
      let summary: Batch.Summary
      var mandates: [Mandate] = []
      var checkLine = ""
      do {
        let framework = try frameworkOptions.load(with: extractor)
        summary = try Batch(extractor: extractor, outputFolder: output).run(files) { fileReport, found in
          report(fileReport)
          mandates += found
        }
        let checked = try Checker(framework: framework).check(mandates)
        try checked.write(to: output)
        checkLine = "report        \(checked.counts) → \(output.appendingPathComponent("report.md").relativePath)"
      } catch let error as FrameworkError {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        throw ExitCode(3)
      } catch {
        FileHandle.standardError.write(Data("error: cannot write to \(out): \(error.localizedDescription)\n".utf8))
        throw ExitCode.failure
      }
      print(
        "\(counted(summary.mandates, "mandate")) from \(counted(files.count, "file")): "
          + "\(summary.notMandates) not a mandate, \(summary.failed) failed")
      print(checkLine)
      if summary.failed > 0 { throw ExitCode(3) }
    }

    private func counted(_ count: Int, _ noun: String) -> String {
      "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// One line per file as it is done: what it held and where it went, or what is wrong with it.
    private func report(_ report: Batch.FileReport) {
      switch report.status {
      case .mandate:
        let groups = report.mandates.map { mandate in
          mandate.group.map { "\($0.kind) \($0.name)" } ?? mandate.title
        }
        let outputs = report.outputs.map { (out as NSString).appendingPathComponent($0) }
        print("mandate       \(report.file) → \(outputs.joined(separator: ", ")) (\(groups.joined(separator: "; ")))")
      case .notAMandate:
        print("not mandate   \(report.file): \(report.reason ?? "")")
      case .failed:
        FileHandle.standardError.write(Data("failed        \(report.reason ?? report.file)\n".utf8))
      }
    }
  }
}
