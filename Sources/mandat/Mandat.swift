import ArgumentParser

/// The `mandat` command: routes to one subcommand per job.
@main
struct Mandat: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Turn mandate descriptions (uppdragsbeskrivningar) into structured, checked data.",
    discussion: """
      Mandat reads the mandate descriptions of a healthcare region's collaboration groups \
      (RSG, RPO, RAG) from PDF or text files and writes one JSON file per mandate, following \
      a published, versioned schema.

      Examples:
        mandat extract Corpus --out Output
        mandat schema > mandate.schema.json
      """,
    version: "0.1.0",
    subcommands: [
      Extract.self, Check.self, FrameworkCommand.self, Inspect.self, Diff.self, Accuracy.self, Schema.self, Worker.self,
    ]
  )
}
