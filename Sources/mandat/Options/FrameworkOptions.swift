import ArgumentParser
import Foundation
import MandatIngest
import MandatKit

/// Where the region's framework comes from, shared by the commands that check mandates.
struct FrameworkOptions: ParsableArguments {
  @Option(help: "The region's framework deck (PDF or text) to check mandates against.")
  var framework: String?

  @Option(help: "A JSON file adding to the framework what the deck does not say (see the README).")
  var overrides: String?

  func validate() throws {
    if overrides != nil, framework == nil { throw ValidationError("--overrides completes a --framework; give both.") }
  }

  /// The framework, or `nil` when none was asked for.
  func load(with extractor: Extractor) throws -> Framework? {
    guard let framework else { return nil }
    return try extractor.framework(deck: framework, overrides: overrides)
  }

  /// ``load(with:)`` for a command: a framework that cannot be read is reported on stderr and
  /// ends the command with ``ExitCode/unreadableInput``.
  func loadOrExit(with extractor: Extractor) throws -> Framework? {
    do {
      return try load(with: extractor)
    } catch {
      FileHandle.standardError.write(Data("error: \(error)\n".utf8))
      throw ExitCode.unreadableInput
    }
  }
}
