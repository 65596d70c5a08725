import Foundation

/// A gold file: what a careful reader takes from one corpus document, written by hand
/// (`Corpus/…/<name>.gold.json`, beside every rendering of the document). It is Mandat's JSON
/// contract without ids and sources; a document that is not a mandate has no mandates.
public struct GoldDocument: Decodable, Sendable {
  public var document: String
  public var mandates: [GoldMandate]

  /// The gold file of a corpus document: `x.pdf` and `x.txt` share `x.gold.json`.
  public static func path(for documentPath: String) -> String {
    ((documentPath as NSString).deletingPathExtension as NSString).appendingPathExtension("gold.json")!
  }

  public static func read(_ path: String) throws -> GoldDocument {
    try JSONDecoder().decode(GoldDocument.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
  }
}

public struct GoldMandate: Decodable, Sendable {
  public struct GoldSection: Decodable, Sendable {
    public var key: String
    public var heading: String
    public var text: String
    public var items: [String]
  }

  public struct GoldChair: Decodable, Sendable {
    public var employedBy: String?
    public var rotationYears: Int?
    public var duties: [String]
  }

  public struct GoldParticipants: Decodable, Sendable {
    public var employedBy: String?
    public var duties: [String]
  }

  public var title: String
  public var group: Group?
  public var regions: [String]
  public var patientPromises: [String]
  public var generalTasks: [String]
  public var specificTasks: [String]
  public var chair: GoldChair
  public var participants: GoldParticipants
  public var workingMethods: String?
  public var reporting: String?
  public var composition: String?
  public var financing: String?
  public var sections: [GoldSection]
}
