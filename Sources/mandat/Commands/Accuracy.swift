import ArgumentParser
import Foundation
import MandatKit

extension Mandat {
  struct Accuracy: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Measure extraction against hand-checked gold files.",
      discussion: """
        Every document that has a gold file beside it (x.pdf and x.txt share x.gold.json; \
        the README describes the format) is extracted and compared with it, field by field: \
        precision, recall and F1 of the extracted values, strictly (the same text once \
        whitespace, quotes and dashes are normalised) and softly (similarity of at least \
        0.9), and the coverage: the share of the document's body text that landed in the \
        mandate's title and sections. Prints a table per document and one per field.

        Documents are scored in three sets, each with its own tables. The development set \
        is the corpus the rules were written on. Documents in a folder named `matrix` are \
        the producer matrix: the development sources made by other producers and layouts. \
        Documents in a folder named `blind` form the blind set: written by people who never \
        saw the parser or its vocabulary, kept to measure Mandat on documents it was not \
        tuned on. --minimum-f1 and --minimum-coverage hold for the development set; \
        --matrix-minimum-f1 and --blind-minimum-f1 set the other sets' minimums (by default \
        they are only reported).

        Exit status: 0, or 1 when a document falls below its set's minimum F1 or \
        --minimum-coverage; 3 when a document or its gold file cannot be read.

        Examples:
          mandat accuracy Corpus
          mandat accuracy Corpus --minimum-f1 1 --minimum-coverage 0.99
        """
    )

    @Argument(help: "Documents, or folders to search for documents with gold files.")
    var inputs: [String]

    @Option(help: "The strict F1 every document must reach (0…1).")
    var minimumF1: Double?

    @Option(help: "The coverage every document must reach (0…1).")
    var minimumCoverage: Double?

    @Option(help: "The strict F1 every document of the producer matrix must reach (0…1).")
    var matrixMinimumF1: Double?

    @Option(help: "The strict F1 every document of the blind set must reach (0…1).")
    var blindMinimumF1: Double?

    @Flag(help: "After the tables, list each document's values that did not match exactly.")
    var misses = false

    @OptionGroup var vocabularyOptions: VocabularyOptions

    func run() throws {
      let extractor = try vocabularyOptions.extractor()
      let documents = InputFiles.expand(inputs).map(\.path)
        .filter { FileManager.default.fileExists(atPath: GoldDocument.path(for: $0)) }
      guard !documents.isEmpty else { throw ValidationError("no document with a gold file beside it was found.") }
      var scores: [DocumentScore] = []
      var troubles: [String] = []
      for path in documents {
        let gold: GoldDocument
        do {
          gold = try GoldDocument.read(GoldDocument.path(for: path))
        } catch {
          troubles.append("\(GoldDocument.path(for: path)): not a gold file: \(error)")
          continue
        }
        var mandates: [Mandate] = []
        var body: [Block] = []
        do {
          let (laidOut, outcome) = try extractor.extractShowingLayout(path: path)
          body = laidOut.blocks
          // A cover's metadata and contents land in `document`, not in the title and sections.
          if case .mandates(let parts) = extractor.detector.detect(laidOut) {
            body = parts.flatMap(extractor.parser.textBlocks)
          }
          if case .mandates(let found) = outcome { mandates = found }
        } catch {
          troubles.append("\(error)")
        }
        scores.append(DocumentScore(document: path, gold: gold.mandates, extracted: mandates, body: body))
      }
      let sets = Dictionary(grouping: scores) { CorpusSet(of: $0.document) }
      for set in CorpusSet.allCases {
        guard let scored = sets[set] else { continue }
        if sets.count > 1 { print("## \(set.title)\n") }
        print(AccuracyTable.documents(scored))
        print(AccuracyTable.fields(scored))
      }
      if misses { print(AccuracyTable.misses(scores), terminator: "") }
      for trouble in troubles { FileHandle.standardError.write(Data("error: \(trouble)\n".utf8)) }
      let below = scores.filter { score in
        let set = CorpusSet(of: score.document)
        let minimum: Double? =
          switch set {
          case .development: minimumF1
          case .matrix: matrixMinimumF1
          case .blind: blindMinimumF1
          }
        return minimum.map { score.overall.strict.f1 < $0 - 1e-9 } == true
          || (set == .development && minimumCoverage.map { score.coverage < $0 - 1e-9 } == true)
      }
      for score in below {
        FileHandle.standardError.write(
          Data(
            "below the minimum: \(score.document) (F1 \(AccuracyTable.figure(score.overall.strict.f1)), coverage \(AccuracyTable.percent(score.coverage)))\n"
              .utf8))
      }
      if !troubles.isEmpty { throw ExitCode.unreadableInput }
      if !below.isEmpty { throw ExitCode.flagged }
    }
  }
}

/// The set a corpus document is scored in, by the folder it lies in.
enum CorpusSet: CaseIterable {
  case development, matrix, blind

  init(of path: String) {
    let folders = path.split(separator: "/").dropLast()
    self = folders.contains("blind") ? .blind : folders.contains("matrix") ? .matrix : .development
  }

  var title: String {
    switch self {
    case .development: "Development set"
    case .matrix: "Producer matrix"
    case .blind: "Blind set"
    }
  }
}

/// The accuracy figures as Markdown tables, readable in a terminal and pasted into the README.
enum AccuracyTable {
  static func documents(_ scores: [DocumentScore]) -> String {
    var lines = [
      "| document | mandates (gold/found) | strict P | strict R | strict F1 | soft P | soft R | soft F1 | coverage |",
      "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for score in scores {
      lines.append(
        "| \(score.document) | \(score.goldMandates)/\(score.extractedMandates) | \(rates(score.overall)) | \(percent(score.coverage)) |"
      )
    }
    let total = scores.map(\.overall).reduce(FieldScore(), +)
    let coverage = scores.map(\.coverage).min() ?? 1
    lines.append(
      "| **all \(scores.count) documents** | \(scores.map(\.goldMandates).reduce(0, +))/\(scores.map(\.extractedMandates).reduce(0, +)) | \(rates(total)) | min \(percent(coverage)) |"
    )
    return lines.joined(separator: "\n") + "\n"
  }

  static func fields(_ scores: [DocumentScore]) -> String {
    var lines = [
      "| field | gold | found | strict P | strict R | strict F1 | soft P | soft R | soft F1 |",
      "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name in ComparableMandate.fieldNames {
      let total = scores.compactMap { $0.fields[name] }.reduce(FieldScore(), +)
      lines.append("| \(name) | \(total.gold) | \(total.extracted) | \(rates(total)) |")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Per document and field, the gold values missed (`-`) and the values extracted instead (`+`).
  static func misses(_ scores: [DocumentScore]) -> String {
    var lines: [String] = []
    for score in scores {
      for name in ComparableMandate.fieldNames {
        guard let field = score.fields[name], !field.missed.isEmpty || !field.spurious.isEmpty else { continue }
        lines.append("\(score.document) \(name)")
        lines += field.missed.map { "  - \(readable($0))" } + field.spurious.map { "  + \(readable($0))" }
      }
    }
    return lines.map { $0 + "\n" }.joined()
  }

  private static func readable(_ value: String) -> String {
    value.replacingOccurrences(of: FieldScore.keySeparator, with: ": ")
  }

  private static func rates(_ score: FieldScore) -> String {
    [score.strict, score.soft].map { "\(figure($0.precision)) | \(figure($0.recall)) | \(figure($0.f1))" }
      .joined(separator: " | ")
  }

  static func figure(_ value: Double) -> String {
    String(format: "%.2f", (value * 100).rounded(.down) / 100)
  }

  static func percent(_ value: Double) -> String {
    String(format: "%.1f%%", (value * 1000).rounded(.down) / 10)
  }
}
