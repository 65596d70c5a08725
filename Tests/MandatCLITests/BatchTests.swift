import Foundation
import MandatKit
import Testing

/// The batch at scale: workers, isolation from files that hang or crash their reader, the
/// cache, shards and the streaming format.
@Suite struct BatchTests {
  /// A folder `in/` holding the given corpus files (under the names given).
  static func inputs(_ files: [(String, String)]) throws -> URL {
    let folder = try CLIRunner.temporaryFolder()
    let input = folder.appendingPathComponent("in")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    for (source, name) in files {
      try FileManager.default.copyItem(
        at: CLIRunner.root.appendingPathComponent("Corpus/" + source), to: input.appendingPathComponent(name))
    }
    return folder
  }

  /// A broken, an encrypted, a hanging and a crashing file do not stop the good ones; the
  /// status is a crash's, the worst of the causes. With one worker, the file after the hanging one and the file after the crashing one were already
  /// sent to the worker that is lost: each goes to a fresh worker.
  @Test(arguments: ["1", "2"]) func hangingAndCrashingFilesAreReportedAndTheRestIsWritten(jobs: String) throws {
    let folder = try Self.inputs([
      ("broken/truncated.pdf", "a-broken.pdf"), ("broken/encrypted.pdf", "b-encrypted.pdf"),
      ("mandates/rsg-lakemedel.pdf", "c-hangs.pdf"), ("mandates/rsg-patientsakerhet.pdf", "d-crashes.pdf"),
      ("mandates/rsg-vaccinationer.pdf", "e-good.pdf"), ("mandates/rsg-lakemedel.txt", "f-good.txt"),
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CLIRunner.run(
      ["extract", "in", "--out", "out", "--timeout", "3", "-j", jobs, "--no-cache"], in: folder,
      environment: ["MANDAT_WORKER_FAULTS": "hang:c-hangs.pdf,crash:d-crashes.pdf"])
    #expect(result.status == 6)
    let failures = result.stderr.split(separator: "\n").map(String.init)
    #expect(failures.count == 4)
    #expect(failures[0].hasPrefix("failed        in/a-broken.pdf: damaged or truncated PDF"))
    #expect(failures[1].hasPrefix("failed        in/b-encrypted.pdf: encrypted PDF"))
    #expect(failures[2] == "failed        in/c-hangs.pdf: timed out: reading took longer than 3 s and was stopped")
    #expect(
      failures[3]
        == "failed        in/d-crashes.pdf: the reader crashed on this file (signal 6); this is a bug in Mandat, please report it with the file"
    )
    let written = CLIRunner.files(under: folder.appendingPathComponent("out"))
    #expect(
      written == ["e-good.pdf.json", "f-good.txt.json", "report.html", "report.json", "report.md", "summary.json"])
    let summary = try JSONDecoder().decode(
      Batch.Summary.self, from: Data(contentsOf: folder.appendingPathComponent("out/summary.json")))
    #expect(summary.files.map(\.error) == ["damaged", "encrypted", "timeout", "crashed", nil, nil])
    #expect(result.stdout.contains("2 mandates from 6 files: 0 not a mandate, 4 failed"))
  }

  /// A rerun over the same files reads nothing again: every result comes from the cache.
  @Test func rerunWithTheCacheDoesNoExtraction() throws {
    let folder = try Self.inputs([
      ("mandates/rsg-vaccinationer.pdf", "a.pdf"), ("mandates/rsg-lakemedel.txt", "b.txt"),
      ("other/protokoll-rsl-2023-05.pdf", "c.pdf"),
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = ["extract", "in", "--out", "out", "--json-log", "--quiet", "--cache-dir", "cache"]
    let cold = try CLIRunner.run(run, in: folder)
    let firstOutput = try Data(contentsOf: folder.appendingPathComponent("out/a.pdf.json"))
    let warm = try CLIRunner.run(run, in: folder)
    let log = try warm.stdout.split(separator: "\n").filter { $0.hasPrefix("{") }.map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
    }
    #expect(cold.stdout.contains("(3 extracted, 0 from the cache"))
    #expect(warm.stdout.contains("(0 extracted, 3 from the cache"))
    #expect(log.map { $0["cached"] as? Bool } == [true, true, true])
    #expect(log.map { $0["path"] as? String } == ["in/a.pdf", "in/b.txt", "in/c.pdf"])
    #expect(log.map { $0["status"] as? String } == ["mandate", "mandate", "not-a-mandate"])
    #expect(try Data(contentsOf: folder.appendingPathComponent("out/a.pdf.json")) == firstOutput)
    let forced = try CLIRunner.run(run + ["--no-cache"], in: folder)
    #expect(forced.stdout.contains("(3 extracted, 0 from the cache"))
  }

  /// A rerun with nothing changed — files, folder, framework, vocabulary — has nothing to do and
  /// touches nothing; a deleted output is noticed and put back as it was.
  @Test func unchangedRerunLeavesTheOutputAlone() throws {
    let folder = try Self.inputs([("mandates/rsg-vaccinationer.txt", "a.txt"), ("mandates/rsg-lakemedel.txt", "b.txt")])
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = ["extract", "in", "--out", "out", "--cache-dir", "cache"]
    _ = try CLIRunner.run(run, in: folder)
    let report = folder.appendingPathComponent("out/report.md")
    let written = try FileManager.default.attributesOfItem(atPath: report.path)[.modificationDate] as? Date
    Thread.sleep(forTimeInterval: 1.1)
    let rerun = try CLIRunner.run(run, in: folder)
    #expect(rerun.status == 0)
    #expect(rerun.stdout.contains("mandate       in/a.txt → out/a.txt.json (RSG vaccinationer)"))
    #expect(rerun.stdout.contains("(0 extracted, 2 from the cache"))
    #expect(try FileManager.default.attributesOfItem(atPath: report.path)[.modificationDate] as? Date == written)
    let b = folder.appendingPathComponent("out/b.txt.json")
    let bBytes = try Data(contentsOf: b)
    try FileManager.default.removeItem(at: b)
    try Data("{}".utf8).write(to: folder.appendingPathComponent("out/a.txt.json"))
    let repaired = try CLIRunner.run(run, in: folder)
    #expect(repaired.stdout.contains("(0 extracted, 2 from the cache"))
    #expect(try Data(contentsOf: b) == bBytes)
    #expect(try Data(contentsOf: folder.appendingPathComponent("out/a.txt.json")) != Data("{}".utf8))
    #expect(try FileManager.default.attributesOfItem(atPath: report.path)[.modificationDate] as? Date == written)
  }

  /// A rebuilt program at the same version never serves the results of the build before: the
  /// cache is kept under the build (its executable's size and time), so a copy of mandat
  /// given another time reads the file again.
  @Test func aRebuiltProgramReadsAgain() throws {
    let folder = try Self.inputs([("mandates/rsg-vaccinationer.txt", "a.txt")])
    defer { try? FileManager.default.removeItem(at: folder) }
    let program = folder.appendingPathComponent("mandat")
    try FileManager.default.copyItem(at: CLIRunner.productsFolder.appendingPathComponent("mandat"), to: program)
    for resources in try FileManager.default.contentsOfDirectory(atPath: CLIRunner.productsFolder.path)
    where resources.hasSuffix(".resources") {
      try FileManager.default.copyItem(
        at: CLIRunner.productsFolder.appendingPathComponent(resources), to: folder.appendingPathComponent(resources))
    }
    let run = ["extract", "in", "--out", "out", "--cache-dir", "cache", "--quiet"]
    _ = try CLIRunner.run(run, in: folder, executable: program)
    #expect(
      try CLIRunner.run(run + ["--out", "again"], in: folder, executable: program).stdout.contains(
        "(0 extracted, 1 from the cache"))
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSince1970: 1_700_000_000)], ofItemAtPath: program.path)
    let rebuilt = try CLIRunner.run(run + ["--out", "rebuilt"], in: folder, executable: program)
    #expect(rebuilt.stdout.contains("(1 extracted, 0 from the cache"))
    let builds = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("cache").path)
    #expect(builds.count == 2 && builds.allSatisfy { $0.hasPrefix("0.1.0+") })
  }

  /// Outputs put back from the cache share their bytes with the cache's copies; an output
  /// then edited in place is never put back as edited, nor spoils the next rerun.
  @Test func outputEditedInPlaceNeverSpoilsTheCache() throws {
    let folder = try Self.inputs([("mandates/rsg-vaccinationer.txt", "a.txt"), ("mandates/rsg-lakemedel.txt", "b.txt")])
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = ["extract", "in", "--out", "out", "--cache-dir", "cache"]
    let out = folder.appendingPathComponent("out")
    _ = try CLIRunner.run(run, in: folder)
    let original = try CLIRunner.files(under: out).map { try Data(contentsOf: out.appendingPathComponent($0)) }
    try FileManager.default.removeItem(at: out)
    let restored = try CLIRunner.run(run, in: folder)
    #expect(restored.stdout.contains("(0 extracted, 2 from the cache"))
    #expect(try CLIRunner.files(under: out).map { try Data(contentsOf: out.appendingPathComponent($0)) } == original)
    let edited = try FileHandle(forWritingTo: out.appendingPathComponent("a.txt.json"))
    try edited.truncate(atOffset: 0)
    try edited.write(contentsOf: Data("{}".utf8))
    try edited.close()
    for _ in 1...2 {
      let repaired = try CLIRunner.run(run, in: folder)
      #expect(repaired.status == 0)
      #expect(repaired.stdout.contains("(0 extracted, 2 from the cache"))
      #expect(try CLIRunner.files(under: out).map { try Data(contentsOf: out.appendingPathComponent($0)) } == original)
      try FileManager.default.removeItem(at: out)
    }
  }

  /// A rerun takes the digest of a file last written over a second ago from the run's record
  /// while the file's stamp is the same, and reads again one written since, even to the same size.
  @Test func rerunTrustsUnchangedStampsAndNoticesARewrite() throws {
    let folder = try Self.inputs([("mandates/rsg-vaccinationer.txt", "a.txt"), ("mandates/rsg-lakemedel.txt", "b.txt")])
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["a.txt", "b.txt"] {
      try FileManager.default.setAttributes(
        [.modificationDate: Date(timeIntervalSinceNow: -60)],
        ofItemAtPath: folder.appendingPathComponent("in/" + name).path)
    }
    let run = ["extract", "in", "--out", "out", "--cache-dir", "cache", "--quiet"]
    func recordedInputs() throws -> [String] {
      let runs = try #require(FileManager.default.enumerator(atPath: folder.appendingPathComponent("cache").path))
        .compactMap { $0 as? String }.filter { $0.contains("/runs/") }
      #expect(runs.count == 1)
      let record = try JSONDecoder().decode(
        RunRecord.self, from: Data(contentsOf: folder.appendingPathComponent("cache/" + runs[0])))
      return record.inputs.keys.sorted()
    }
    _ = try CLIRunner.run(run, in: folder)
    #expect(try recordedInputs() == ["in/a.txt", "in/b.txt"])
    let a = folder.appendingPathComponent("in/a.txt")
    let text = try String(contentsOf: a, encoding: .utf8)
    let edited = text.replacingOccurrences(of: "samverkansgrupp vaccinationer", with: "samverkansgrupp vaccinatiomer")
    #expect(edited.utf8.count == text.utf8.count && edited != text)
    let handle = try FileHandle(forWritingTo: a)
    try handle.write(contentsOf: Data(edited.utf8))
    try handle.close()
    let rerun = try CLIRunner.run(run, in: folder)
    #expect(rerun.stdout.contains("(1 extracted, 1 from the cache"))
    let mandate = try JSONDecoder().decode(
      Mandate.self, from: Data(contentsOf: folder.appendingPathComponent("out/a.txt.json")))
    #expect(mandate.title.contains("vaccinatiomer"))
    // Written within the last second, the file is read again next time too.
    #expect(try recordedInputs() == ["in/b.txt"])
  }

  /// A result moved with its file: the cache is keyed by content, the path is the new one.
  @Test func cachedResultFollowsTheFile() throws {
    let folder = try Self.inputs([("mandates/rsg-vaccinationer.txt", "a.txt")])
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try CLIRunner.run(["extract", "in", "--out", "out", "--cache-dir", "cache"], in: folder)
    try FileManager.default.moveItem(
      at: folder.appendingPathComponent("in/a.txt"), to: folder.appendingPathComponent("in/b.txt"))
    let result = try CLIRunner.run(["extract", "in", "--out", "out", "--cache-dir", "cache"], in: folder)
    #expect(result.stdout.contains("(0 extracted, 1 from the cache"))
    let mandate = try JSONDecoder().decode(
      Mandate.self, from: Data(contentsOf: folder.appendingPathComponent("out/b.txt.json")))
    #expect(mandate.source.file == "in/b.txt")
  }

  /// Three shards together write exactly what one run writes, file for file, byte for byte.
  @Test func shardsTogetherEqualTheWholeRun() throws {
    let mandates = CLIRunner.root.appendingPathComponent("Corpus/mandates")
    let whole = try CLIRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: whole) }
    _ = try CLIRunner.run(["extract", mandates.path, "--out", whole.path, "--quiet"])
    var union: [String: Data] = [:]
    var counts: [Int] = []
    for part in 1...3 {
      let folder = try CLIRunner.temporaryFolder()
      defer { try? FileManager.default.removeItem(at: folder) }
      let result = try CLIRunner.run(
        ["extract", mandates.path, "--out", folder.path, "--quiet", "--shard", "\(part)/3"])
      #expect(result.status == 0)
      let files = CLIRunner.files(under: folder)
      #expect(files.contains("summary.shard-\(part)-of-3.json"))
      #expect(!files.contains("report.md"))
      counts.append(files.count - 1)
      for file in files where !file.hasPrefix("summary") {
        #expect(union[file] == nil, "\(file) written by two shards")
        union[file] = try Data(contentsOf: folder.appendingPathComponent(file))
      }
    }
    let expected = CLIRunner.files(under: whole).filter {
      $0.hasSuffix(".json") && !["summary.json", "report.json"].contains($0)
    }
    #expect(union.keys.sorted() == expected)
    for file in expected {
      #expect(union[file] == (try Data(contentsOf: whole.appendingPathComponent(file))), "\(file)")
    }
    #expect(counts.allSatisfy { $0 > 0 })
  }

  /// `--format ndjson` streams each mandate as one line, in input order, and writes no files.
  @Test func ndjsonStreamsOneMandatePerLine() throws {
    let folder = try Self.inputs([
      ("mandates/rag-barnhalsovard-och-neonatologi.pdf", "a.pdf"), ("mandates/rsg-vaccinationer.txt", "b.txt"),
      ("other/nyhetsbrev-hosten-2023.pdf", "c.pdf"),
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CLIRunner.run(["extract", "in", "--format", "ndjson", "-j", "2"], in: folder)
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    let mandates = try lines.map { try JSONDecoder().decode(Mandate.self, from: Data($0.utf8)) }
    #expect(mandates.map(\.label) == ["RAG barnhälsovård", "RAG neonatologi", "RSG vaccinationer"])
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output").path))
    #expect(result.stderr.contains("3 mandates from 3 files: 1 not a mandate, 0 failed"))
  }

  /// However many workers, the same files come out.
  @Test func oneWorkerOrManyWriteTheSameBytes() throws {
    var outputs: [[String: Data]] = []
    for jobs in ["1", "3"] {
      let folder = try CLIRunner.temporaryFolder()
      defer { try? FileManager.default.removeItem(at: folder) }
      _ = try CLIRunner.run(["extract", "Corpus/mandates", "--out", folder.path, "-j", jobs, "--no-cache", "--quiet"])
      outputs.append(
        Dictionary(
          uniqueKeysWithValues: try CLIRunner.files(under: folder).map {
            ($0, try Data(contentsOf: folder.appendingPathComponent($0)))
          }))
    }
    #expect(outputs[0].keys.sorted() == outputs[1].keys.sorted())
    #expect(outputs[0] == outputs[1])
  }

  /// An output folder that cannot be made (a file stands where its parent should be) is the
  /// exit status 4 and one line naming it, before any file is read.
  @Test(arguments: [("mandates/rsg-lakemedel.txt", "a.txt"), ("other/protokoll-rsl-2023-05.pdf", "b.pdf")])
  func anOutputFolderThatCannotBeMadeIsReported(source: String, name: String) throws {
    let folder = try Self.inputs([(source, name)])
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("not a folder".utf8).write(to: folder.appendingPathComponent("taken"))
    let result = try CLIRunner.run(["extract", "in", "--out", "taken/out", "--no-cache", "--quiet"], in: folder)
    #expect(result.status == 4)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(lines.first == "error: cannot write to taken/out: Not a directory")
    #expect(result.stdout.isEmpty)
    #expect(CLIRunner.files(under: folder) == ["in/" + name, "taken"])
  }
}
