import ArgumentParser
import Foundation
import MandatIngest
import MandatKit

extension Mandat {
  struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Extract mandates from PDF, text, HTML and Word files into JSON.",
      discussion: """
        Each file is read, its mandates found and written as <name>.json under the output \
        folder, mirroring the folders given (a file holding several mandates gives \
        <name>.1.json, <name>.2.json, …). Documents that are not mandates are listed and \
        skipped. A file that cannot be read is reported with the reason and leaves no \
        output behind; the other files are still done. summary.json lists every outcome, \
        and report.md, report.html and report.json hold the consistency report (see \
        `mandat check`), against the region's framework when --framework is given.

        Files are read by worker processes, as many at once as --jobs says: a file that \
        takes longer than --timeout, needs more memory than --worker-memory or crashes its \
        reader is reported and the batch goes on. Results are cached by the files' content (see --cache-dir), so a rerun over \
        unchanged files reads nothing again. --shard K/N does one of N parts, for running \
        a large collection on several machines; the parts' folders together hold what one \
        run writes (each has its own summary; run `mandat check` on them for the report).

        Exit status: 0 when every file was read; when one or more failed (the rest are \
        written), 3 for a file that could not be read, 4 for an output that could not be \
        written, 5 for a file over --timeout or --worker-memory, 6 for a crash of the \
        reader (the highest applies); 130 or 143 when stopped by SIGINT or SIGTERM.

        Examples:
          mandat extract Corpus --out Output --framework Corpus/framework/samverkan-2022.pdf \\
            --overrides Corpus/framework/overrides.json
          mandat extract uppdrag.pdf uppdrag-2024.txt --out /tmp/mandates
          mandat extract Inkorg --shard 2/4 --out del-2 --quiet
          mandat extract Inkorg --format ndjson --json-log 2> log.ndjson | other-system
        """
    )

    @Argument(help: "PDF, text, HTML or Word files, or folders to search for them.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "The folder to write the JSON files to.")
    var out: String = "Output"

    @Option(
      name: [.customShort("j"), .customLong("jobs")],
      help: "How many files to read at once, each in a worker process of its own (default: the number of cores).")
    var jobs: Int?

    @Option(help: "Seconds a file may take before its worker is stopped and the file reported.")
    var timeout: Double = 60

    @Option(
      help: ArgumentHelp(
        "Memory a worker may take for a file (2G, 512M, …) before the file is reported.", valueName: "size"))
    var workerMemory: String = "2G"

    @Option(help: ArgumentHelp("Process only the K-th of N parts of the files (1/4, 2/4, …).", valueName: "K/N"))
    var shard: Shard?

    @Option(help: "files: a JSON file per mandate under --out; ndjson: one mandate per line on standard output.")
    var format: OutputFormat = .files

    @Flag(help: "Read every file again, without the cache.")
    var noCache = false

    @Option(help: "Where results are cached (default: $MANDAT_CACHE_DIR, $XDG_CACHE_HOME/mandat or ~/.cache/mandat).")
    var cacheDir: String?

    @Flag(help: "No line per file and no progress bar; failures are still reported.")
    var quiet = false

    @Flag(
      help:
        "One JSON object per file (path, status, mandates, ms, cached, error) on standard output (standard error with --format ndjson)."
    )
    var jsonLog = false

    @OptionGroup var frameworkOptions: FrameworkOptions

    @OptionGroup var vocabularyOptions: VocabularyOptions

    @OptionGroup(title: "Limits") var limitOptions: LimitOptions

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
      case files, ndjson
    }

    func validate() throws {
      guard (jobs ?? 1) >= 1 else { throw ValidationError("--jobs needs at least one worker.") }
      guard timeout > 0 else { throw ValidationError("--timeout needs a number of seconds above 0.") }
      guard memoryLimit >= 64 << 20 else {
        throw ValidationError("--worker-memory needs a size of at least 64M, such as 2G or 512M.")
      }
      if frameworkOptions.framework != nil, shard != nil || format == .ndjson {
        throw ValidationError(
          "--framework checks the whole batch: run `mandat check` on the merged output of the shards, or without --format ndjson."
        )
      }
    }

    func run() throws {
      signal(SIGPIPE, SIG_IGN)
      Interruption.stopCleanlyOnSignals()
      let vocabulary = try vocabularyOptions.vocabulary()
      let extractor = Extractor(readers: Readers.all(limits: limitOptions.limits), vocabulary: vocabulary)
      let allFiles = InputFiles.expand(inputs.map(Self.asOnTheCommandLine))
      if let clash = InputFiles.clashes(in: allFiles).first {
        let (one, other) = clash
        let over = one == other ? "the summary or the report" : "that of \(other.path)"
        Console.standardError.write(
          "error: \(one.path)'s output would be written over \(over) in \(out); name the files by other paths, or extract them separately\n"
        )
        throw ExitCode.usage
      }
      let files = shard.map { $0.part(of: allFiles) } ?? allFiles
      let output = URL(fileURLWithPath: out, isDirectory: true)
      let cache =
        noCache
        ? nil
        : ExtractionCache(
          root: cacheDir.map { URL(fileURLWithPath: $0) } ?? ExtractionCache.defaultRoot,
          version: Mandat.build, vocabulary: vocabulary, limits: limitOptions.limits)
      let streaming = format == .ndjson
      let isTerminal = isatty(STDERR_FILENO) == 1
      let progress = BatchProgress(
        total: files.count, style: quiet ? .quiet : (isTerminal ? .bar : (streaming ? .quiet : .lines)),
        outFolder: out, log: jsonLog ? (streaming ? .standardError : .standardOutput) : nil)
      let summaryName = shard.map { "summary.shard-\($0.index)-of-\($0.count).json" } ?? "summary.json"
      // A rerun over the same files into the same folder: nothing to do but put back what was
      // deleted or changed since. Only runs that wrote files and had no failure are recorded.
      // Each file's SHA-256 (the cache's key, and part of the run's fingerprint) is read once,
      // or taken from the last run's record while the file's stamp is the same.
      let record = cache?.runRecord(for: output)
      let read =
        cache == nil ? nil : StampedDigest.of(files.map(\.path) + frameworkFiles, known: record?.inputs ?? [:])
      let digests = read.map { Array($0.digests.prefix(files.count)) } ?? []
      let inputs = read?.kept ?? [:]
      let fingerprint = streaming ? nil : read.map { runFingerprint(files, $0.digests, vocabulary, summaryName) }
      if let cache, let fingerprint, let record, record.fingerprint == fingerprint,
        record.restore(in: output, from: cache)
      {
        replay(record, inputs: inputs, in: output, cache: cache, progress: progress)
        return
      }
      let framework = try frameworkOptions.loadOrExit(with: extractor)
      // The report's rules that look at one mandate run in the workers as each file is done;
      // the rules comparing the batch run at the end, on what the workers say they need.
      let checker = streaming || shard != nil ? nil : Checker(framework: framework, vocabulary: vocabulary)
      let batch = Batch(outputFolder: output)
      if !streaming {
        do { try WholeFile.makeFolders(output.path) } catch { throw cannotWrite(to: out, error) }
      }
      let results = extract(
        files, digests: digests, cache: cache, checker: checker, into: streaming ? nil : batch, progress: progress)
      progress.finish()
      let summary = Batch.Summary(files: results.reports)
      var checkLine: String?
      if !streaming {
        do {
          let extraFiles: [String]
          (checkLine, extraFiles) = try writeSummaryAndReport(
            summary, results, to: batch, as: summaryName, checker: checker)
          if let cache, let fingerprint, summary.failed == 0, !results.inputChanged {
            cache.store(
              RunRecord(
                fingerprint: fingerprint, folder: output, summary: summary, digests: results.digests,
                extraFiles: extraFiles, reportLine: checkLine, inputs: inputs),
              for: output, previous: record)
          }
        } catch {
          throw cannotWrite(to: out, error)
        }
      }
      finish(
        summary: summary, extracted: results.extracted, cached: results.cached, elapsed: progress.elapsed,
        reportLine: checkLine, streaming: streaming)
      let status = ExitCode.failed(kinds: summary.files.compactMap(\.error))
      if status.rawValue != 0 { throw status }
    }

    /// The bytes of the address space a worker may take (`--worker-memory`; 0 when unreadable).
    private var memoryLimit: Int { MemorySize.bytes(workerMemory) ?? 0 }

    /// An input as it was given, where the shell gave bytes that are not UTF-8: Swift's own
    /// list of arguments has them replaced (and the file could not be found), so they are
    /// taken from the arguments' bytes as ``FileSystemPath`` keeps such names.
    private static func asOnTheCommandLine(_ input: String) -> String {
      guard input.contains("\u{FFFD}") else { return input }
      for index in 0..<Int(CommandLine.argc) {
        guard let argument = CommandLine.unsafeArgv[index] else { continue }
        let bytes = UnsafeBufferPointer(start: argument, count: strlen(argument)).map { UInt8(bitPattern: $0) }
        if String(decoding: bytes, as: UTF8.self) == input { return FileSystemPath.string(bytes) }
      }
      return input
    }

    /// A rerun with nothing to do, its folder put back as the last run left it: each file shown
    /// as that run had it, and the record told the inputs' stamps now.
    private func replay(
      _ record: RunRecord, inputs: [String: StampedDigest], in output: URL, cache: ExtractionCache,
      progress: BatchProgress
    ) {
      if record.inputs != inputs {
        var record = record
        record.inputs = inputs
        cache.keep(record, for: output)
      }
      for (index, report) in record.summary.files.enumerated() {
        progress.fileDone(index, report, milliseconds: 0, cached: true)
      }
      progress.finish()
      finish(
        summary: record.summary, extracted: 0, cached: record.summary.files.count, elapsed: progress.elapsed,
        reportLine: record.reportLine, streaming: false)
    }

    /// Every file through the workers (or from the cache), each result written into `batch` as
    /// it comes (streamed instead without one), kept by the cache and shown by `progress`.
    private func extract(
      _ files: [InputFile], digests: [String?], cache: ExtractionCache?, checker: Checker?, into batch: Batch?,
      progress: BatchProgress
    ) -> BatchResults {
      let results = BatchResults(count: files.count, streaming: batch == nil)
      let pool = WorkerPool(
        command: workerCommand(checking: checker != nil), size: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
        timeout: timeout, memoryLimit: memoryLimit)
      pool.run(
        files.map(\.path),
        shortcut: { index in
          guard let cache, let sha = digests[index] else { return nil }
          switch cache.result(sha256: sha) {
          case .found(let result): return result.serving(files[index].path, checker: checker)
          case .missing: return nil
          case .dropped(let reason):
            results.note(
              index, "\(files[index].path): its result in the cache was damaged (\(reason)) and was dropped; read again"
            )
            return nil
          }
        },
        deliver: { index, extracted, milliseconds, cached in
          var result = extracted
          if let cache, !cached {
            cache.store(result)
            // Read after it was hashed: the result is kept under the digest of what was read,
            // but the run's record, which names the digest hashed first, is not kept.
            if result.header.sha256 != digests[index] { results.inputChangedDuringRun() }
          }
          let file = files[index]
          var report = Batch.FileReport(file, result)
          if let batch {
            do {
              report = try batch.write(result, for: file)
            } catch {
              result = .cannotWrite(file.path, error)
              report = Batch.FileReport(file, result)
            }
          }
          // The run's record (kept only with a cache) names each file written by its digest.
          let written =
            cache == nil
            ? [:] : Dictionary(uniqueKeysWithValues: zip(report.outputs, result.documents.map(Extractor.sha256)))
          results.store(index, report, result, written: written, cached: cached)
          progress.fileDone(
            index, report, milliseconds: milliseconds, cached: cached, note: results.takeNote(index))
        })
      return results
    }

    /// The summary, and with a checker the report of `results`, written at once (into a folder
    /// made first, as two threads making one folder at once can fail): the report's closing
    /// line and the files written besides the mandates.
    private func writeSummaryAndReport(
      _ summary: Batch.Summary, _ results: BatchResults, to batch: Batch, as summaryName: String, checker: Checker?
    ) throws -> (reportLine: String?, files: [String]) {
      let output = batch.outputFolder
      try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
      let (_, checked) = try atOnce(
        { try batch.writeSummary(summary.files, as: summaryName) },
        {
          try checker.map { checker in
            let checked = checker.check(results.batchViews, findingsSoFar: results.findings)
            try checked.write(to: output)
            return checked
          }
        })
      guard let checked else { return (nil, [summaryName]) }
      return (
        "report        \(checked.counts) → \(output.appendingPathComponent("report.md").relativePath)",
        [summaryName, "report.md", "report.html", "report.json"]
      )
    }

    /// The closing lines: what the files held, how the work was done, and the report.
    private func finish(
      summary: Batch.Summary, extracted: Int, cached: Int, elapsed: TimeInterval, reportLine: String?,
      streaming: Bool
    ) {
      let files = summary.files.count
      let counts =
        "\(counted(summary.mandates, "mandate")) from \(counted(files, "file")): "
        + "\(summary.notMandates) not a mandate, \(summary.failed) failed"
      let work = String(
        format: "%d extracted, %d from the cache, %.1f s, %.1f files/s", extracted, cached, elapsed,
        Double(files) / max(elapsed, 0.001))
      let closing = [counts + " (" + work + ")"] + (reportLine.map { [$0] } ?? [])
      (streaming ? Console.standardError : Console.standardOutput).write(closing.map { $0 + "\n" }.joined())
    }

    /// The digest of everything this run's output depends on: the files and the framework's
    /// (`digests`, in that order), Mandat's build, the vocabulary and the summary's name
    /// (which says the shard).
    private func runFingerprint(
      _ files: [InputFile], _ digests: [String?], _ vocabulary: Vocabulary, _ summaryName: String
    ) -> String {
      RunRecord.fingerprint(
        files: files, digests: Array(digests.prefix(files.count)),
        context: [Mandat.build, vocabulary.fingerprint, limitOptions.limits.fingerprint, summaryName]
          + digests.dropFirst(files.count).map { $0 ?? "-" })
    }

    /// The framework deck and its overrides, those given.
    private var frameworkFiles: [String] {
      [frameworkOptions.framework, frameworkOptions.overrides].compactMap { $0 }
    }

    /// This very program as a worker, with the same vocabulary and, when checking, the same framework.
    private func workerCommand(checking: Bool) -> [String] {
      let executable = Bundle.main.executablePath ?? CommandLine.arguments[0]
      var command =
        [executable, "worker", "--memory-limit", String(memoryLimit)] + limitOptions.arguments
        + vocabularyOptions.files.flatMap { ["--vocabulary", $0] }
      if checking {
        command +=
          ["--check"] + (frameworkOptions.framework.map { ["--framework", $0] } ?? [])
          + (frameworkOptions.overrides.map { ["--overrides", $0] } ?? [])
      }
      return command
    }

    private func counted(_ count: Int, _ noun: String) -> String {
      "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
  }
}
