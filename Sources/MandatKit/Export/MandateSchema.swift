import Foundation

/// The JSON Schema of the mandate files, shipped with the tool (`mandat schema`).
public enum MandateSchema {
  /// The schema document, as committed in `Resources/mandate.schema.json`.
  public static let text: String = {
    guard let url = Bundle.module.url(forResource: "mandate.schema", withExtension: "json", subdirectory: "Resources"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { fatalError("Mandat's bundled Resources/mandate.schema.json is missing") }
    return text
  }()
}
