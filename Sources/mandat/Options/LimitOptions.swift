import ArgumentParser
import MandatKit

/// The most a reader takes from one file (``ReadLimits``): a file over a limit fails with an
/// error of its own kind, the batch goes on.
struct LimitOptions: ParsableArguments {
  static let defaults = ReadLimits()

  @Option(help: "Pages a PDF may have (default \(defaults.pages)); over: too-many-pages.")
  var maxPages = defaults.pages

  @Option(
    help: "Bytes a Word document's parts may unpack to (default \(defaults.unpackedBytes)); over: unpacked-too-large.")
  var maxUnpacked = defaults.unpackedBytes

  @Option(
    help:
      "Times its packed size a Word document's part may unpack to (default \(defaults.compressionRatio)); over: compression-ratio-too-high."
  )
  var maxCompressionRatio = defaults.compressionRatio

  @Option(help: "Bytes a web page's file may hold (default \(defaults.pageBytes)); over: page-too-large.")
  var maxPageBytes = defaults.pageBytes

  @Option(help: "How deep a web page's elements may nest (default \(defaults.nestingDepth)); over: nested-too-deep.")
  var maxNesting = defaults.nestingDepth

  @Option(help: "Characters of text a document may hold (default \(defaults.textCharacters)); over: text-too-long.")
  var maxText = defaults.textCharacters

  func validate() throws {
    for (name, value) in [
      ("--max-pages", maxPages), ("--max-unpacked", maxUnpacked), ("--max-compression-ratio", maxCompressionRatio),
      ("--max-page-bytes", maxPageBytes),
      ("--max-nesting", maxNesting), ("--max-text", maxText),
    ] where value < 1 {
      throw ValidationError("\(name) must be at least 1, not \(value).")
    }
  }

  var limits: ReadLimits {
    ReadLimits(
      unpackedBytes: maxUnpacked, compressionRatio: maxCompressionRatio, pageBytes: maxPageBytes,
      nestingDepth: maxNesting,
      textCharacters: maxText, pages: maxPages)
  }

  /// The same options for a worker process.
  var arguments: [String] {
    [
      "--max-pages", String(maxPages), "--max-unpacked", String(maxUnpacked), "--max-compression-ratio",
      String(maxCompressionRatio), "--max-page-bytes", String(maxPageBytes), "--max-nesting", String(maxNesting),
      "--max-text", String(maxText),
    ]
  }
}
