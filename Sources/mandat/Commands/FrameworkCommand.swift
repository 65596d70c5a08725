import ArgumentParser
import Foundation
import MandatIngest
import MandatKit

extension Mandat {
  struct FrameworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "framework",
      abstract: "Print the region's framework as Mandat reads it from its deck.",
      discussion: """
        Shows, as JSON, what the checks compare mandates with: the member regions, the \
        knowledge councils, the collaboration groups (and whether each came from the deck or \
        the override file), the canonical patient promises, the RPO task list, the rotation \
        rule and the sections each kind of mandate must have.

        Example:
          mandat framework Corpus/framework/samverkan-2022.pdf --overrides Corpus/framework/overrides.json
        """
    )

    @Argument(help: "The framework deck (PDF or text).")
    var deck: String

    @Option(help: "A JSON file adding to the framework what the deck does not say.")
    var overrides: String?

    func run() throws {
      do {
        let framework = try Extractor(readers: Readers.all).framework(deck: deck, overrides: overrides)
        FileHandle.standardOutput.write(try JSONExport.data(framework))
      } catch let error as FrameworkError {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        throw ExitCode.unreadableInput
      }
    }
  }
}
