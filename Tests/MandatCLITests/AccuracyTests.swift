import Foundation
import Testing

/// The accuracy benchmark on the corpus: every document with a gold file is extracted exactly
/// (strict F1 1.00) and loses no text (coverage ≥ 99 %); a figure that drops fails here.
@Suite struct AccuracyTests {
  /// Every corpus document that has a gold file beside it.
  static let documentsWithGold: [String] = {
    let corpus = CLIRunner.root.appendingPathComponent("Corpus")
    return CLIRunner.files(under: corpus).filter { path in
      !path.hasSuffix(".json")
        && FileManager.default.fileExists(
          atPath: corpus.appendingPathComponent(
            ((path as NSString).deletingPathExtension as NSString).appendingPathExtension("gold.json")!
          ).path)
    }
  }()

  @Test func everyCorpusDocumentIsExtractedExactly() throws {
    let result = try CLIRunner.run(["accuracy", "Corpus", "--minimum-f1", "1", "--minimum-coverage", "0.99"])
    #expect(result.stderr == "")
    #expect(result.status == 0)
    for document in Self.documentsWithGold {
      #expect(result.stdout.contains("| Corpus/\(document) |"), "\(document) is missing from the table")
    }
    #expect(result.stdout.contains("| **all \(Self.documentsWithGold.count) documents** |"))
  }

  @Test func aDocumentBelowTheMinimumFailsTheRun() throws {
    let folder = try CLIRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let mandates = CLIRunner.root.appendingPathComponent("Corpus/mandates")
    try FileManager.default.copyItem(
      at: mandates.appendingPathComponent("rsg-vaccinationer.txt"),
      to: folder.appendingPathComponent("rsg-vaccinationer.txt"))
    let gold = try String(
      contentsOf: mandates.appendingPathComponent("rsg-vaccinationer.gold.json"), encoding: .utf8)
    try gold.replacingOccurrences(of: "omvärldsbevaka proaktivt", with: "omvärldsbevaka proaktiv")
      .write(to: folder.appendingPathComponent("rsg-vaccinationer.gold.json"), atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["accuracy", folder.path, "--minimum-f1", "1"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("below the minimum: \(folder.path)/rsg-vaccinationer.txt (F1 0.98"))
    #expect(result.stdout.contains("| specificTasks | 6 | 6 | 0.83 | 0.83 | 0.83 | 1.00 | 1.00 | 1.00 |"))
  }
}
