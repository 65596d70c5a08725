import Foundation
import Testing

/// The accuracy benchmark on the corpus, set by set: every document of the development set is
/// extracted exactly (strict F1 1.00) and loses no text (coverage ≥ 99 %), the producer matrix
/// stays above the floor Scripts/accuracy holds it to, and the blind set is scored and shown
/// apart; a figure that drops fails here.
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

  /// The set a document is scored in, by its first folder under Corpus/.
  static func set(of document: String) -> String {
    document.hasPrefix("blind/") ? "Blind set" : document.hasPrefix("matrix/") ? "Producer matrix" : "Development set"
  }

  @Test func everyCorpusDocumentIsScoredInItsSet() throws {
    let result = try CLIRunner.run([
      "accuracy", "Corpus", "--minimum-f1", "1", "--minimum-coverage", "0.99", "--matrix-minimum-f1", "0.55",
    ])
    #expect(result.stderr == "")
    #expect(result.status == 0)
    let tables = result.stdout.components(separatedBy: "## ").dropFirst()
    let bySet = Dictionary(uniqueKeysWithValues: tables.map { ($0.prefix { $0 != "\n" }.description, $0) })
    #expect(bySet.keys.sorted() == ["Blind set", "Development set", "Producer matrix"])
    for document in Self.documentsWithGold {
      #expect(bySet[Self.set(of: document)]?.contains("| Corpus/\(document) |") == true, "\(document) is missing")
    }
    let development = Self.documentsWithGold.filter { Self.set(of: $0) == "Development set" }
    #expect(
      bySet["Development set"]?.contains(
        "| **all \(development.count) documents** | 35/35 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | min 100.0% |")
        == true)
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
