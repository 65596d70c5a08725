import Foundation
import MandatKit
import Testing

/// What a batch must never do: serve a wrong result, lose a file's output, or outlive the
/// process that started it.
@Suite struct BatchSafetyTests {
  /// The mandate written for `name` under `folder`.
  static func mandate(_ name: String, in folder: URL) throws -> Mandate {
    try JSONDecoder().decode(Mandate.self, from: Data(contentsOf: folder.appendingPathComponent(name)))
  }

  /// The cache's result entries under `folder/cache`, by the file name they are kept under.
  static func cacheEntries(in folder: URL) -> [URL] {
    let cache = folder.appendingPathComponent("cache")
    return CLIRunner.files(under: cache).filter { $0.hasSuffix(".result") }.map { cache.appendingPathComponent($0) }
  }

  /// The `mandat` processes started with `tag` in their environment: the batch and its workers.
  static func processes(tagged tag: String) -> [Int32] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.compactMap(Int32.init).filter { pid in
      guard let environment = FileManager.default.contents(atPath: "/proc/\(pid)/environ") else { return false }
      return environment.split(separator: 0).contains { Data($0) == Data("MANDAT_TEST_TAG=\(tag)".utf8) }
    }
  }

  /// A file rewritten after the batch hashed it and before a worker read it: its result is
  /// kept under the digest of what was read, so the old content, back again, is not given the
  /// new content's mandate.
  @Test func aFileRewrittenDuringTheRunIsCachedUnderWhatWasRead() throws {
    let folder = try BatchTests.inputs([
      ("mandates/rsg-lakemedel.txt", "a-hangs.txt"), ("mandates/rsg-vaccinationer.txt", "b.txt"),
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let b = folder.appendingPathComponent("in/b.txt")
    let vaccinationer = try Data(contentsOf: b)
    let lakemedel = try Data(contentsOf: CLIRunner.root.appendingPathComponent("Corpus/mandates/rsg-lakemedel.txt"))
    let process = Process()
    process.executableURL = CLIRunner.productsFolder.appendingPathComponent("mandat")
    process.arguments = ["extract", "in", "--out", "out", "--cache-dir", "cache", "-j", "1", "--timeout", "3"]
    process.currentDirectoryURL = folder
    process.environment = ProcessInfo.processInfo.environment.merging(["MANDAT_WORKER_FAULTS": "hang:a-hangs.txt"]) {
      $1
    }
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    // b.txt was hashed at the start; it is read once a-hangs.txt has timed out.
    Thread.sleep(forTimeInterval: 1.5)
    try lakemedel.write(to: b, options: .atomic)
    process.waitUntilExit()
    #expect(try Self.mandate("out/b.txt.json", in: folder).group?.name == "läkemedel")
    try vaccinationer.write(to: b, options: .atomic)
    let rerun = try CLIRunner.run(["extract", "in/b.txt", "--out", "again", "--cache-dir", "cache"], in: folder)
    #expect(rerun.status == 0)
    #expect(rerun.stdout.contains("(1 extracted, 0 from the cache"))
    #expect(try Self.mandate("again/b.txt.json", in: folder).group?.name == "vaccinationer")
  }

  /// A cache entry with one byte changed (the length the same, the JSON still valid) is not
  /// served: it is dropped, said so, and the file read again.
  @Test func aCacheEntryWithAByteChangedIsDroppedAndTheFileReadAgain() throws {
    let folder = try BatchTests.inputs([("mandates/rsg-vaccinationer.txt", "a.txt")])
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = try CLIRunner.run(["extract", "in", "--out", "first", "--cache-dir", "cache"], in: folder)
    #expect(first.status == 0)
    let entry = try #require(Self.cacheEntries(in: folder).first)
    var bytes = try Data(contentsOf: entry)
    let at = try #require(bytes.firstRange(of: Data("vaccinationer".utf8))).lowerBound
    bytes[at] = UInt8(ascii: "w")
    try bytes.write(to: entry)
    let second = try CLIRunner.run(["extract", "in", "--out", "second", "--cache-dir", "cache"], in: folder)
    #expect(second.status == 0)
    #expect(
      second.stderr
        == "note          in/a.txt: its result in the cache was damaged (its bytes are not those stored) and was dropped; read again\n"
    )
    #expect(second.stdout.contains("(1 extracted, 0 from the cache"))
    #expect(
      try Data(contentsOf: folder.appendingPathComponent("second/a.txt.json"))
        == Data(contentsOf: folder.appendingPathComponent("first/a.txt.json")))
  }

  /// Two cache entries swapped between their keys give neither file the other's mandate.
  @Test func swappedCacheEntriesGiveEachFileItsOwnMandate() throws {
    let folder = try BatchTests.inputs([
      ("mandates/rsg-vaccinationer.txt", "a.txt"), ("mandates/rsg-lakemedel.txt", "b.txt"),
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try CLIRunner.run(["extract", "in", "--out", "first", "--cache-dir", "cache"], in: folder)
    let entries = Self.cacheEntries(in: folder)
    #expect(entries.count == 2)
    let (one, other) = (try Data(contentsOf: entries[0]), try Data(contentsOf: entries[1]))
    try other.write(to: entries[0])
    try one.write(to: entries[1])
    let second = try CLIRunner.run(["extract", "in", "--out", "second", "--cache-dir", "cache"], in: folder)
    #expect(second.status == 0)
    #expect(second.stdout.contains("(2 extracted, 0 from the cache"))
    #expect(second.stderr.split(separator: "\n").filter { $0.contains("the result for other content") }.count == 2)
    for name in ["a.txt.json", "b.txt.json"] {
      #expect(
        try Data(contentsOf: folder.appendingPathComponent("second/" + name))
          == Data(contentsOf: folder.appendingPathComponent("first/" + name)), "\(name)")
    }
  }

  /// Files whose outputs would meet are given names that do not: `../../x.txt` and `../x.txt`,
  /// folders whose mirrored paths meet, and a file named `summary`.
  @Test func outputsThatWouldMeetAreNamedApart() throws {
    let folder = try CLIRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let corpus = CLIRunner.root.appendingPathComponent("Corpus/mandates")
    let placed = [
      ("x.txt", "rsg-vaccinationer.txt"), ("one/x.txt", "rsg-lakemedel.txt"),
      ("one/two/p/q/x.txt", "rsg-lakemedel.txt"),
      ("one/two/q/x.txt", "rsg-vaccinationer.txt"), ("one/two/s/x.txt", "rsg-lakemedel.txt"),
      ("one/two/summary", "rag-allergi-och-astma.txt"),
    ]
    for (name, source) in placed {
      let target = folder.appendingPathComponent(name)
      try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
      try FileManager.default.copyItem(at: corpus.appendingPathComponent(source), to: target)
    }
    let cwd = folder.appendingPathComponent("one/two")
    let result = try CLIRunner.run(
      ["extract", "../../x.txt", "../x.txt", "p", "q", "s", "summary", "--out", "out", "--no-cache"], in: cwd)
    #expect(result.status == 0, "\(result.stderr)")
    let summary = try JSONDecoder().decode(
      Batch.Summary.self, from: Data(contentsOf: cwd.appendingPathComponent("out/summary.json")))
    let absolute = String(cwd.resolvingSymlinksInPath().path.dropFirst())
    let above = String(folder.resolvingSymlinksInPath().path.dropFirst())
    #expect(
      summary.files.map(\.outputs) == [
        [above + "/x.txt.json"], [above + "/one/x.txt.json"], [absolute + "/p/q/x.txt.json"],
        [absolute + "/q/x.txt.json"], ["s/x.txt.json"], [absolute + "/summary.json"],
      ])
    for report in summary.files {
      let written = try Self.mandate("out/" + report.outputs[0], in: cwd)
      #expect(written.source.file == report.file)
    }
  }

  /// One file named twice in two ways cannot be given two names: the batch stops before it
  /// writes anything.
  @Test func oneFileNamedTwoWaysStopsTheBatchBeforeItWrites() throws {
    let folder = try BatchTests.inputs([("mandates/rsg-vaccinationer.txt", "a.txt")])
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CLIRunner.run(["extract", "in/a.txt", "in/./a.txt", "--out", "out", "--no-cache"], in: folder)
    #expect(result.status == 64)
    #expect(
      result.stderr
        == "error: in/a.txt's output would be written over that of in/./a.txt in out; name the files by other paths, or extract them separately\n"
    )
    #expect(CLIRunner.files(under: folder) == ["in/a.txt"])
  }

  /// A 250-byte file name is written (its hidden name shortened); a name the file system cannot
  /// take with `.json` after it is that file's failure, and the batch goes on to its summary.
  @Test func aLongFileNameIsWrittenAndOneTooLongIsThatFilesFailure() throws {
    let long = String(repeating: "a", count: 246) + ".txt"
    let tooLong = String(repeating: "b", count: 248) + ".txt"
    let folder = try BatchTests.inputs([
      ("mandates/rsg-vaccinationer.txt", long), ("mandates/rsg-lakemedel.txt", tooLong),
      ("mandates/rag-allergi-och-astma.txt", "c.txt"),
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CLIRunner.run(["extract", "in", "--out", "out", "--no-cache"], in: folder)
    #expect(result.status == 4)
    #expect(
      result.stderr
        == "failed        in/\(tooLong): its output cannot be written: File name too long\n")
    #expect(
      CLIRunner.files(under: folder.appendingPathComponent("out")).filter { $0.hasSuffix(".txt.json") } == [
        long + ".json", "c.txt.json",
      ])
    let summary = try JSONDecoder().decode(
      Batch.Summary.self, from: Data(contentsOf: folder.appendingPathComponent("out/summary.json")))
    #expect(summary.files.map(\.error) == [nil, "cannot-write", nil])
    #expect(result.stdout.contains("2 mandates from 3 files: 0 not a mandate, 1 failed"))
  }

  /// A file whose name is not UTF-8 (Latin-1 `ö`) is read, from a folder or named directly, and
  /// its output carries the same bytes in its name.
  @Test func aFileNameThatIsNotUTF8IsRead() throws {
    let folder = try BatchTests.inputs([])
    defer { try? FileManager.default.removeItem(at: folder) }
    let bytes = try Data(
      contentsOf: CLIRunner.root.appendingPathComponent("Corpus/mandates/rsg-vaccinationer.txt"))
    let name = Array((folder.path + "/in/uppdrag-f").utf8) + [0xF6] + Array("r.txt".utf8)
    let descriptor = (name.map(CChar.init(bitPattern:)) + [0]).withUnsafeBufferPointer {
      open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644)
    }
    #expect(descriptor >= 0)
    _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress!, $0.count) }
    close(descriptor)
    let fromFolder = try CLIRunner.run(["extract", "in", "--out", "out", "--no-cache"], in: folder)
    #expect(fromFolder.status == 0, "\(fromFolder.stderr)")
    let summary = try JSONDecoder().decode(
      Batch.Summary.self, from: Data(contentsOf: folder.appendingPathComponent("out/summary.json")))
    #expect(summary.files.map(\.file) == ["in/uppdrag-f\u{F7F6}r.txt"])
    #expect(summary.files.map(\.status) == [.mandate])
    let output = Array((folder.path + "/out/uppdrag-f").utf8) + [0xF6] + Array("r.txt.json".utf8)
    #expect((output.map(CChar.init(bitPattern:)) + [0]).withUnsafeBufferPointer { access($0.baseAddress!, R_OK) } == 0)
    let shell = Process()
    shell.executableURL = URL(fileURLWithPath: "/bin/sh")
    shell.arguments = [
      "-c", "\"$0\" extract \"$(printf 'in/uppdrag-f\\366r.txt')\" --out direct --no-cache --quiet",
      CLIRunner.productsFolder.appendingPathComponent("mandat").path,
    ]
    shell.currentDirectoryURL = folder
    try shell.run()
    shell.waitUntilExit()
    #expect(shell.terminationStatus == 0)
    let direct = try FileSystemPath.contents(of: folder.path + "/direct/uppdrag-f\u{F7F6}r.txt.json")
    #expect(try JSONDecoder().decode(Mandate.self, from: direct).group?.name == "vaccinationer")
  }

  /// `mandat extract … | head -1`: the pipe closed after one line ends the output, not the
  /// batch, which writes its summary and exits with its own status (here a timeout's, the
  /// timeout being what keeps the batch going after the pipe is closed).
  @Test func aClosedStandardOutputEndsTheOutputNotTheBatch() throws {
    let folder = try BatchTests.inputs([
      ("mandates/rsg-vaccinationer.txt", "a.txt"), ("mandates/rsg-lakemedel.txt", "b-hangs.txt"),
      ("mandates/rag-allergi-och-astma.txt", "c.txt"),
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let shell = Process()
    shell.executableURL = URL(fileURLWithPath: "/bin/bash")
    shell.arguments = [
      "-c",
      "MANDAT_WORKER_FAULTS=hang:b-hangs.txt \"$0\" extract in --out out --no-cache -j 1 --timeout 1 | (read -r line; echo \"$line\"); echo \"${PIPESTATUS[0]}\"",
      CLIRunner.productsFolder.appendingPathComponent("mandat").path,
    ]
    shell.currentDirectoryURL = folder
    let out = Pipe()
    shell.standardOutput = out
    try shell.run()
    let said = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    shell.waitUntilExit()
    #expect(said == "mandate       in/a.txt → out/a.txt.json (RSG vaccinationer)\n5\n")
    let summary = try JSONDecoder().decode(
      Batch.Summary.self, from: Data(contentsOf: folder.appendingPathComponent("out/summary.json")))
    #expect(summary.files.count == 3)
  }

  /// Stopped by SIGTERM or SIGINT while its workers read, the batch stops them, leaves no
  /// hidden file behind and exits with 128 plus the signal; killed outright (SIGKILL, which
  /// it cannot forward), its workers die with it all the same.
  @Test(arguments: [SIGTERM, SIGINT, SIGKILL]) func noWorkerOutlivesTheBatch(signal: Int32) throws {
    let folder = try BatchTests.inputs([
      ("mandates/rsg-lakemedel.pdf", "a-hangs.pdf"), ("mandates/rsg-vaccinationer.pdf", "b-hangs.pdf"),
      ("mandates/rsg-lakemedel.txt", "c.txt"),
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let tag = UUID().uuidString
    let process = Process()
    process.executableURL = CLIRunner.productsFolder.appendingPathComponent("mandat")
    process.arguments = ["extract", "in", "--out", "out", "--no-cache", "-j", "2", "--quiet"]
    process.currentDirectoryURL = folder
    process.environment = ProcessInfo.processInfo.environment.merging([
      "MANDAT_WORKER_FAULTS": "hang:a-hangs.pdf,hang:b-hangs.pdf", "MANDAT_TEST_TAG": tag,
    ]) { $1 }
    try process.run()
    var started = Date()
    while Self.processes(tagged: tag).count < 3, Date().timeIntervalSince(started) < 20 {
      Thread.sleep(forTimeInterval: 0.1)
    }
    #expect(Self.processes(tagged: tag).count == 3)
    Thread.sleep(forTimeInterval: 0.5)
    kill(process.processIdentifier, signal)
    process.waitUntilExit()
    if signal == SIGKILL {
      #expect(process.terminationReason == .uncaughtSignal)
    } else {
      #expect(process.terminationReason == .exit)
      #expect(process.terminationStatus == 128 + signal)
    }
    started = Date()
    while !Self.processes(tagged: tag).isEmpty, Date().timeIntervalSince(started) < 5 {
      Thread.sleep(forTimeInterval: 0.1)
    }
    #expect(Self.processes(tagged: tag).isEmpty)
    #expect(CLIRunner.files(under: folder).filter { $0.hasSuffix(".tmp") }.isEmpty)
  }

  /// A file that needs more memory than a worker may have is that file's failure, said as
  /// such (not as a crash), with the status of a file over a limit.
  @Test func aFileOverTheWorkersMemoryIsReportedAsSuch() throws {
    let folder = try BatchTests.inputs([
      ("mandates/rsg-lakemedel.txt", "a-hogs.txt"), ("mandates/rsg-vaccinationer.txt", "b.txt"),
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CLIRunner.run(
      ["extract", "in", "--out", "out", "--no-cache", "--worker-memory", "768M", "--quiet"], in: folder,
      environment: ["MANDAT_WORKER_FAULTS": "hog:a-hogs.txt"])
    #expect(result.status == 5)
    #expect(
      result.stderr
        == "failed        in/a-hogs.txt: the file needs more than 768 MiB to read; raise --worker-memory\n")
    let summary = try JSONDecoder().decode(
      Batch.Summary.self, from: Data(contentsOf: folder.appendingPathComponent("out/summary.json")))
    #expect(summary.files.map(\.error) == ["out-of-memory", nil])
    let unreadable = try CLIRunner.run(["extract", "in", "--worker-memory", "lots"], in: folder)
    #expect(unreadable.status == 64)
    #expect(unreadable.stderr.contains("--worker-memory needs a size of at least 64M, such as 2G or 512M."))
  }
}
