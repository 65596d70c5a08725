import Foundation

/// The JSON Schemas of what Mandat writes, shipped with the tool (`mandat schema`).
public enum MandateSchema {
  /// The schema of the mandate files, as committed in `Resources/mandate.schema.json`.
  public static let text = resource("mandate.schema")

  /// The schema of `mandat diff --format json`, as committed in `Resources/diff.schema.json`.
  public static let diff = resource("diff.schema")

  private static func resource(_ name: String) -> String {
    guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Resources"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { fatalError("Mandat's bundled Resources/\(name).json is missing") }
    return text
  }
}
