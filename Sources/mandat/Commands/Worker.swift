import ArgumentParser
import Foundation
import MandatIngest
import MandatKit

extension Mandat {
  /// The process `extract` runs its files in: one path per line in (as a JSON string), one
  /// ``FileResult`` out for each (lengths line, header, documents). With `--check`, each
  /// result carries its share of the consistency report. It dies with the process that
  /// started it, and may take no more address space than `--memory-limit`. Not for people;
  /// hidden from the help.
  struct Worker: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Extract the files named on standard input, one result each (used by extract).",
      shouldDisplay: false)

    @OptionGroup var vocabularyOptions: VocabularyOptions

    @OptionGroup var frameworkOptions: FrameworkOptions

    @Flag(help: "Work out each file's share of the consistency report.")
    var check = false

    @OptionGroup var limitOptions: LimitOptions

    @Option(help: "Bytes of address space the worker may take; an allocation beyond them fails.")
    var memoryLimit: Int?

    func run() throws {
      Interruption.dieWithParent()
      if let memoryLimit {
        var limit = rlimit(rlim_cur: rlim_t(memoryLimit), rlim_max: rlim_t(memoryLimit))
        setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit)
      }
      let extractor = try vocabularyOptions.extractor(limits: limitOptions.limits)
      let checker =
        check
        ? Checker(framework: try frameworkOptions.load(with: extractor), vocabulary: extractor.layout.vocabulary) : nil
      let faults = Fault.injected()
      while let line = readLine(strippingNewline: true) {
        guard let path = try? JSONDecoder().decode(String.self, from: Data(line.utf8)) else { continue }
        faults.first { $0.matches(path) }?.strike()
        let (outcome, sha256) = extractor.extractWithDigest(path: path)
        FileHandle.standardOutput.write(FileResult(outcome, path: path, sha256: sha256, checker: checker).bytes)
      }
    }

    /// A failure made to happen on purpose, so that the tests can show a batch surviving a
    /// reader that hangs, crashes or needs ever more memory: `MANDAT_WORKER_FAULTS=hang:x.pdf,
    /// crash:y.pdf,hog:z.pdf` makes the worker sleep forever on, abort at, or allocate memory
    /// without end at a file of that name.
    struct Fault {
      var kind: String
      var fileName: String

      static func injected() -> [Fault] {
        (ProcessInfo.processInfo.environment["MANDAT_WORKER_FAULTS"] ?? "").split(separator: ",").compactMap {
          let parts = $0.split(separator: ":", maxSplits: 1).map(String.init)
          return parts.count == 2 ? Fault(kind: parts[0], fileName: parts[1]) : nil
        }
      }

      func matches(_ path: String) -> Bool {
        (path as NSString).lastPathComponent == fileName
      }

      func strike() {
        if kind == "hang" { while true { sleep(3600) } }
        if kind == "crash" { abort() }
        if kind == "hog" {
          var held: [[UInt8]] = []
          while true { held.append([UInt8](repeating: 1, count: 64 << 20)) }
        }
      }
    }
  }
}
