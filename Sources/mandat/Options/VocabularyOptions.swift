import ArgumentParser
import Foundation
import MandatIngest
import MandatKit

/// A region's own headings and phrases, added to the vocabulary Mandat ships with.
struct VocabularyOptions: ParsableArguments {
  @Option(
    name: .customLong("vocabulary"),
    help: ArgumentHelp(
      "A JSON file of headings and phrases to add to Mandat's vocabulary (see the README); repeatable.",
      valueName: "file"))
  var files: [String] = []

  func validate() throws {
    _ = try vocabulary()
  }

  /// The shipped vocabulary with every file given added, in order.
  func vocabulary() throws -> Vocabulary {
    try files.reduce(Vocabulary.standard) { vocabulary, file in
      let data: Data
      do {
        data = try Data(contentsOf: URL(fileURLWithPath: file))
      } catch {
        throw ValidationError("cannot read the vocabulary file \(file): \((error as NSError).localizedDescription)")
      }
      do {
        return try vocabulary.adding(data)
      } catch {
        throw ValidationError("the vocabulary file \(file) is not a vocabulary: \(Self.describe(error))")
      }
    }
  }

  /// The pipeline with this vocabulary and every reader, bounded by `limits`.
  func extractor(limits: ReadLimits = ReadLimits()) throws -> Extractor {
    Extractor(readers: Readers.all(limits: limits), vocabulary: try vocabulary())
  }

  private static func describe(_ error: any Error) -> String {
    switch error {
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
      DecodingError.keyNotFound(_, let context), DecodingError.dataCorrupted(let context):
      let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
      return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
    default:
      return error.localizedDescription
    }
  }
}
