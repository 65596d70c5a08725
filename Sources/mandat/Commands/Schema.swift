import ArgumentParser
import MandatKit

extension Mandat {
  struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print the JSON Schema of the mandate files.",
      discussion: """
        Every file `mandat extract` writes validates against this schema. Its version is \
        the files' `schemaVersion`: fields are only ever added within a version.

        Example:
          mandat schema > mandate.schema.json
        """
    )

    func run() {
      print(MandateSchema.text, terminator: "")
    }
  }
}
