/// A mandate reduced to what the accuracy benchmark compares: each field as a list of texts
/// (a scalar field is a list of one, or none when absent), the same for a gold mandate and an
/// extracted one.
public struct ComparableMandate: Sendable {
  /// The fields compared, in the order the tables list them.
  public static let fieldNames = [
    "title", "group", "regions", "patientPromises", "generalTasks", "specificTasks", "chair.duties",
    "chair.employedBy", "chair.rotationYears", "participants.duties", "participants.employedBy", "workingMethods",
    "reporting", "composition", "financing", "sections", "sections.text", "sections.items",
  ]

  public var fields: [String: [String]]
  /// The sections' numbering (`2.1`): text of the document that landed in the mandate, though
  /// no field compares it.
  private var headingNumbers: [String] = []

  public init(_ gold: GoldMandate) {
    fields = Self.fields(
      title: gold.title, group: gold.group, regions: gold.regions, patientPromises: gold.patientPromises,
      generalTasks: gold.generalTasks, specificTasks: gold.specificTasks, chairDuties: gold.chair.duties,
      chairEmployedBy: gold.chair.employedBy, rotationYears: gold.chair.rotationYears,
      participantDuties: gold.participants.duties, participantsEmployedBy: gold.participants.employedBy,
      passages: [gold.workingMethods, gold.reporting, gold.composition, gold.financing],
      sections: gold.sections.map { ($0.key, $0.heading, $0.text, $0.items) })
  }

  public init(_ mandate: Mandate) {
    fields = Self.fields(
      title: mandate.title, group: mandate.group, regions: mandate.regions,
      patientPromises: mandate.patientPromises.map(\.text), generalTasks: mandate.generalTasks.map(\.text),
      specificTasks: mandate.specificTasks.map(\.text), chairDuties: mandate.chair.duties.map(\.text),
      chairEmployedBy: mandate.chair.employedBy, rotationYears: mandate.chair.rotationYears,
      participantDuties: mandate.participants.duties.map(\.text),
      participantsEmployedBy: mandate.participants.employedBy,
      passages: [mandate.workingMethods, mandate.reporting, mandate.composition, mandate.financing].map { $0?.text },
      sections: mandate.sections.map { ($0.key, $0.heading, $0.text, $0.items.map(\.text)) })
    headingNumbers = mandate.sections.compactMap(\.number)
  }

  /// Every word of the mandate's title and sections, for coverage.
  public var words: [String] {
    Words.of(
      (fields["title"] ?? []) + headingNumbers + (fields["sections"] ?? []) + (fields["sections.text"] ?? [])
        + (fields["sections.items"] ?? []))
  }

  private static func fields(
    title: String, group: Group?, regions: [String], patientPromises: [String], generalTasks: [String],
    specificTasks: [String], chairDuties: [String], chairEmployedBy: String?, rotationYears: Int?,
    participantDuties: [String], participantsEmployedBy: String?, passages: [String?],
    sections: [(key: String, heading: String, text: String, items: [String])]
  ) -> [String: [String]] {
    var fields: [String: [String]] = [
      "title": [title],
      "group": group.map { ["\($0.kind) | \($0.name) | \($0.organization ?? "-")"] } ?? [],
      "regions": regions,
      "patientPromises": patientPromises,
      "generalTasks": generalTasks,
      "specificTasks": specificTasks,
      "chair.duties": chairDuties,
      "chair.employedBy": chairEmployedBy.map { [$0] } ?? [],
      "chair.rotationYears": rotationYears.map { [String($0)] } ?? [],
      "participants.duties": participantDuties,
      "participants.employedBy": participantsEmployedBy.map { [$0] } ?? [],
      "sections": sections.map { keyed($0.key, $0.heading) },
      "sections.text": sections.filter { !$0.text.isEmpty }.map { keyed($0.key, $0.text) },
      "sections.items": sections.flatMap { section in section.items.map { keyed(section.key, $0) } },
    ]
    for (name, passage) in zip(["workingMethods", "reporting", "composition", "financing"], passages) {
      fields[name] = passage.map { [$0] } ?? []
    }
    return fields
  }
}

/// A section's text with its key before it: values of different sections never match.
func keyed(_ key: String, _ text: String) -> String {
  key + FieldScore.keySeparator + text
}

/// Words as the coverage measure counts them: runs of letters and digits, lowercased.
enum Words {
  static func of(_ texts: [String]) -> [String] {
    texts.flatMap { $0.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init) }
  }
}
