import ArgumentParser
import MandatKit

extension Mandat {
  struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print the JSON Schema of the mandate files (or of the diff report).",
      discussion: """
        Every file `mandat extract` writes validates against this schema, and with --diff \
        every report `mandat diff --format json` prints against the other. Its version is \
        the files' `schemaVersion`: fields are only ever added within a version.

        Examples:
          mandat schema > mandate.schema.json
          mandat schema --diff > diff.schema.json
        """
    )

    @Flag(help: "Print the schema of `mandat diff --format json` instead.")
    var diff = false

    func run() {
      print(diff ? MandateSchema.diff : MandateSchema.text, terminator: "")
    }
  }
}
