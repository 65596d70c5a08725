import Testing

@testable import MandatKit

/// The diff on small mandates: each kind of change found once, and nothing for what a reader
/// would not call a change.
@Suite struct MandateComparisonTests {
  static let base = """
    Uppdragsbeskrivning för regional samverkansgrupp vaccinationer i Sydöstra sjukvårdsregionen

    Generellt uppdrag
    • stödja regionala programområden
    • vara plattform för erfarenhetsutbyte och lärande

    Specifikt uppdrag
    • bereda beslutsunderlag för vaccinationsfrågor
    • omvärldsbevaka proaktivt

    Ordförandes uppdrag
    Ordföranden är anställd av sin hemregion och roterar i tvåårsperioder. Se "Riktlinjer för samverkan" - bilaga 2.

    Finansiering
    Respektive region finansierar sina deltagare.
    """

  static func mandate(_ text: String, file: String = "x.txt") -> Mandate {
    let blocks = Layout().analyze(Fixture.text(text)).blocks
    let source = SourceFile(file: file, sha256: "", format: .text, pages: 1)
    return MandateParser().parse(blocks, source: source, document: DocumentInfo(runningMatter: [], metadata: [:]))
  }

  static func diff(_ replacements: [(String, String)]) -> MandateDiff {
    var text = base
    for (old, new) in replacements { text = text.replacingOccurrences(of: old, with: new) }
    return MandateComparison.compare(mandate(base), mandate(text))
  }

  @Test func sameMandateHasNoChanges() {
    #expect(Self.diff([]).changeCount == 0)
  }

  @Test func reflowHyphenationBulletsNumberingAndTypographyAreNoChange() {
    let diff = Self.diff([
      ("• stödja regionala programområden", "1. stödja regio-\nnala programområden"),
      ("• vara plattform", "– vara  plattform"),
      ("finansierar sina deltagare.", "finansierar\nsina deltagare."),
      ("• omvärldsbevaka proaktivt", "▪ omvärldsbevaka proaktivt"),
      ("Se \"Riktlinjer för samverkan\" - bilaga 2.", "Se ”Riktlinjer för samverkan” – bilaga 2."),
    ])
    #expect(diff.items.map(\.change) == [])
    #expect(diff.changeCount == 0)
  }

  @Test func rewordedItemIsOneChangeWithItsWords() {
    let diff = Self.diff([("beslutsunderlag för vaccinationsfrågor", "beslutsunderlag i vaccinationsfrågor")])
    #expect(
      diff.items == [
        .init(
          change: .reworded, from: "specificTasks", to: "specificTasks",
          old: "bereda beslutsunderlag för vaccinationsfrågor", new: "bereda beslutsunderlag i vaccinationsfrågor",
          words: "bereda beslutsunderlag [-för-] {+i+} vaccinationsfrågor")
      ])
  }

  @Test func itemMovedToAnotherSectionIsAMoveNotARemovalAndAnAddition() {
    let diff = Self.diff([
      ("• vara plattform för erfarenhetsutbyte och lärande\n", ""),
      ("• omvärldsbevaka proaktivt", "• omvärldsbevaka proaktivt\n• vara plattform för erfarenhetsutbyte och lärande"),
    ])
    #expect(diff.items.map(\.change) == [.moved])
    #expect(diff.items.first?.from == "generalTasks")
    #expect(diff.items.first?.to == "specificTasks")
    #expect(diff.items.first?.words == nil)
  }

  @Test func itemMovedAndRewordedShowsItsWords() {
    let diff = Self.diff([
      ("• vara plattform för erfarenhetsutbyte och lärande\n", ""),
      (
        "• omvärldsbevaka proaktivt",
        "• omvärldsbevaka proaktivt\n• vara en plattform för erfarenhetsutbyte och lärande"
      ),
    ])
    #expect(diff.items.map(\.change) == [.moved])
    #expect(diff.items.first?.words == "vara {+en+} plattform för erfarenhetsutbyte och lärande")
  }

  @Test func addedAndRemovedItems() {
    let diff = Self.diff([("• omvärldsbevaka proaktivt", "• följa upp vaccinationstäckningen årligen")])
    #expect(
      diff.items == [
        .init(change: .removed, from: "specificTasks", old: "omvärldsbevaka proaktivt"),
        .init(change: .added, to: "specificTasks", new: "följa upp vaccinationstäckningen årligen"),
      ])
  }

  @Test func fieldsThatChange() {
    let diff = Self.diff([
      ("tvåårsperioder", "treårsperioder"), ("anställd av sin hemregion", "anställd av den region som är värd"),
      ("finansierar sina deltagare.", "finansierar sina ledamöter."),
    ])
    #expect(diff.fields.map(\.field) == ["chair.employedBy", "chair.rotationYears", "financing"])
    #expect(diff.fields[1] == .init(field: "chair.rotationYears", old: "2", new: "3"))
    #expect(diff.fields[2].words == "Respektive region finansierar sina [-deltagare-] {+ledamöter+}.")
    #expect(diff.texts.map(\.key) == ["chair"])
  }

  @Test func sectionsAddedRemovedAndRenamed() {
    let diff = Self.diff([
      ("Finansiering", "Kostnader"), ("Ordförandes uppdrag", "Giltighetstid"),
    ])
    #expect(
      diff.sections == [
        .init(change: .added, key: "validity", newHeading: "Giltighetstid"),
        .init(change: .renamed, key: "financing", oldHeading: "Finansiering", newHeading: "Kostnader"),
        .init(change: .removed, key: "chair", oldHeading: "Ordförandes uppdrag"),
      ])
  }

  @Test func foldersArePairedByGroupNotByFileName() {
    let vaccinationer = Self.mandate(Self.base, file: "2023/a.txt")
    let renamed = Self.mandate(Self.base, file: "2024/b.txt")
    let other = Self.mandate(Self.base.replacingOccurrences(of: "vaccinationer", with: "läkemedel"), file: "2024/a.txt")
    let report = DiffPairing.report(old: [vaccinationer], new: [renamed, other])
    #expect(report.pairs.map(\.new.file) == ["2024/b.txt"])
    #expect(report.appeared.map(\.mandate) == ["RSG läkemedel"])
    #expect(report.disappeared == [])
    #expect(report.hasChanges)
  }
}
