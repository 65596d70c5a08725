import Foundation
import MandatIngest
@testable import MandatKit
import Testing

/// The reference mandate (RSG vaccinationer), from its PDF, its text, its web page and its Word
/// document, item by item as checked by hand against the seed text.
@Suite struct ReferenceMandateTests {
  static let formats = [
    "Corpus/mandates/rsg-vaccinationer.pdf", "Corpus/mandates/rsg-vaccinationer.txt",
    "Corpus/mandates/rsg-vaccinationer.html", "Corpus/mandates/rsg-vaccinationer.docx",
  ]

  static func mandate(_ relativePath: String) throws -> Mandate {
    let outcome = Extractor(readers: Readers.all).extract(
      path: repositoryRoot.appendingPathComponent(relativePath).path)
    guard case .mandates(let mandates) = outcome, mandates.count == 1 else {
      Issue.record("expected one mandate from \(relativePath), got \(outcome)")
      throw CancellationError()
    }
    return mandates[0]
  }

  @Test(arguments: formats) func titleGroupAndRegions(_ path: String) throws {
    let mandate = try Self.mandate(path)
    #expect(
      mandate.title == "Uppdragsbeskrivning för regional samverkansgrupp vaccinationer i Sydöstra sjukvårdsregionen")
    #expect(mandate.group == Group(kind: "RSG", name: "vaccinationer", organization: "Sydöstra sjukvårdsregionen"))
    #expect(mandate.regions == ["Region Jönköpings län", "Region Kalmar län", "Region Östergötland"])
    #expect(mandate.warnings == [])
  }

  /// Every list of the mandate, item by item as the seed text has them.
  static let lists: [(name: String, items: [String])] = [
    (
      "patientPromises",
      [
        "erbjudas vård som är lätt tillgänglig för kontakt, bedömning och besök",
        "erbjudas diagnostik, behandling och uppföljning enligt bästa kunskap i varje möte",
        "vara delaktig och välinformerad genom hela vårdkedjan",
        "få tillgång till jämlik vård",
        "erbjudas bästa möjliga hälsofrämjande insatser och välfungerande screeningprogram",
        "få tillgång till patientsäker vård",
        "erbjudas kostnadseffektiv vård.",
      ]
    ),
    (
      "generalTasks",
      [
        "stödja nationella programområden som sjukvårdsregionen har nationellt värdskap för",
        "stödja regionala programområden",
        "analysera konsekvenser och lämna synpunkter på remisser om nationella kunskapsstöd, nationell högspecialiserad vård och andra prioriterade områden",
        "vara kontaktväg för regionernas lokala resurser",
        "vara plattform för erfarenhetsutbyte och lärande",
        "nominera och stödja representanter i nationella arbetsgrupper",
        "omvärldsbevaka och initiera frågor för sjukvårdsregional och nationell samverkan",
        "bistå Regionsjukvårdsledningen och Samverkansnämnden i särskilda uppdrag",
        "stödja utfasning av metoder som inte skapar värde",
      ]
    ),
    (
      "specificTasks",
      [
        "främja att vaccinationsfrågor hanteras och kommuniceras lika i sjukvårdsregionen",
        "bereda beslutsunderlag för vaccinationsfrågor till regionsjukvårdsledningen",
        "stödja en ordnad implementering av nya nationella vaccinationsprogram och vaccinationsrekommendationer från Folkhälsomyndigheten",
        "omvärldsbevaka proaktivt",
        "samordna/bidra med regionernas synpunkter på remisser som rör vaccinationsområdet",
        "samverka med RSG läkemedel och andra sjukvårdsregionala samverkansgrupper och stödstrukturer",
      ]
    ),
    (
      "chair.duties",
      [
        "företräder sjukvårdsregionen",
        "driver gruppens arbete framåt och säkerställer att uppdraget fullföljs",
        "etablerar relevanta kontakter med programområden och andra samverkansgrupper",
        "initierar, planerar och leder möten",
        "skapar rutiner för och fördelar arbete som behövs mellan möten i samråd med gruppen.",
      ]
    ),
    (
      "participants.duties",
      [
        "representerar sin region",
        "bidrar med sakkunskap",
        "samverkar aktivt",
        "förankrar och kommunicerar i sin egen region.",
      ]
    ),
  ]

  static func items(_ name: String, of mandate: Mandate) -> [Item] {
    switch name {
    case "patientPromises": mandate.patientPromises
    case "generalTasks": mandate.generalTasks
    case "specificTasks": mandate.specificTasks
    case "chair.duties": mandate.chair.duties
    case "participants.duties": mandate.participants.duties
    default: []
    }
  }

  @Test(arguments: formats, lists)
  func listItems(_ path: String, expected: (name: String, items: [String])) throws {
    let mandate = try Self.mandate(path)
    #expect(Self.items(expected.name, of: mandate).map(\.text) == expected.items, "\(expected.name)")
  }

  @Test(arguments: formats) func chair(_ path: String) throws {
    let chair = try Self.mandate(path).chair
    #expect(chair.employedBy == "sin hemregion")
    #expect(chair.rotationYears == 2)
  }

  @Test(arguments: formats) func participants(_ path: String) throws {
    #expect(try Self.mandate(path).participants.employedBy == "sin hemregion")
  }

  @Test(arguments: formats) func financingAndPassages(_ path: String) throws {
    let mandate = try Self.mandate(path)
    #expect(
      mandate.financing?.text
        == "Respektive region finansierar sina deltagare inklusive deltagare i eventuella arbetsgrupper. Kostnaderna bör fördelas rättvist mellan regionerna över tid."
    )
    #expect(
      mandate.composition?.text
        == "Samverkansgrupperna bemannas med representanter från regionerna och, när sådan finns, sjukvårdsregionens representant i motsvarande nationell samverkansgrupp."
    )
    #expect(
      mandate.reporting?.text
        == "Samverkansgrupperna arbetar på uppdrag av Regionsjukvårdsledningen. Samverkansgrupperna ska så långt som möjligt komma överens om sjukvårdsregionala insatser. När det inte är möjligt kan gruppen lyfta ärendet till kontaktpersonerna i Regionsjukvårdsledningens stab, med stöd av framtagen beredningsprocess."
    )
  }

  @Test(arguments: formats) func everySectionInReadingOrder(_ path: String) throws {
    let sections = try Self.mandate(path).sections
    #expect(
      sections.map(\.key) == [
        "background", "patientLevel", "regionalLevel", "nationalLevel", "principles", "patientPromises",
        "generalTasks", "specificTasks", "workingMethods", "reporting", "communication", "composition", "chair",
        "participants", "financing",
      ])
    #expect(sections.map { $0.items.count } == [0, 5, 5, 4, 0, 7, 9, 6, 0, 0, 0, 0, 5, 4, 0])
    #expect(
      sections.first { $0.key == "patientLevel" }?.items.last?.text
        == "Gör ständiga förbättringar och bidrar till utvecklingen av god och jämlik vård")
    #expect(
      sections.first { $0.key == "communication" }?.text
        == "Generell information till regionala programområden förmedlas via kunskapsrådens processtöd. Information som berör enstaka programområden förmedlas via respektive programområdes processtöd. Grupperna dokumenterar sitt arbete i en handlingsplan."
    )
    #expect(
      sections.first { $0.key == "participants" }?.text
        == "Samverkansgruppernas deltagare är anställda av sin hemregion. Deltagarna ansvarar gemensamt för gruppens arbete som sker inom ramen för deltagarnas respektive anställningar. Deltagare: Deltagare i den sjukvårdsregionala samverkansgruppen med uppdrag i den nationella samverkansgruppen representerar hela sjukvårdsregionen."
    )
  }

  @Test func pdfAndTextAgreeApartFromProvenance() throws {
    let fromPDF = try Self.mandate(Self.formats[0])
    let fromText = try Self.mandate(Self.formats[1])
    #expect(fromPDF.withoutProvenance == fromText.withoutProvenance)
  }

  @Test func pdfKeepsWhatHeaderFooterAndMetadataSay() throws {
    let document = try Self.mandate(Self.formats[0]).document
    #expect(document.diarienummer == "RSL 2023/0045")
    #expect(document.adopted == "2023-05-12")
    #expect(document.version == "2")
    #expect(document.author == "Regionsjukvårdsledningens stab")
  }

  @Test(arguments: formats) func noItemCarriesLayoutDebris(_ path: String) throws {
    let mandate = try Self.mandate(path)
    for item in mandate.sections.flatMap(\.items) {
      #expect(!item.text.contains("- "), "hyphen fragment in \(item.text)")
      #expect(!item.text.hasSuffix("-"), "hyphen fragment in \(item.text)")
      #expect(item.text.first.map { !"•●▪–-".contains($0) } ?? false, "bullet glyph in \(item.text)")
      #expect(item.text.range(of: #"\bSida \d"#, options: .regularExpression) == nil, "page number in \(item.text)")
    }
  }
}

extension Mandate {
  /// The mandate with every page, box, line range and file detail blanked: what the
  /// document says, not where it says it.
  var withoutProvenance: Mandate {
    func strip(_ items: [Item]) -> [Item] { items.map { Item(id: $0.id, text: $0.text, source: SourceRef(page: 0)) } }
    func strip(_ passage: Passage?) -> Passage? { passage.map { Passage(text: $0.text, source: SourceRef(page: 0)) } }
    var copy = self
    copy.source = SourceFile(file: "", sha256: "", format: .text, pages: 0)
    copy.document = DocumentInfo()
    copy.patientPromises = strip(patientPromises)
    copy.generalTasks = strip(generalTasks)
    copy.specificTasks = strip(specificTasks)
    copy.chair.duties = strip(chair.duties)
    copy.participants.duties = strip(participants.duties)
    copy.workingMethods = strip(workingMethods)
    copy.reporting = strip(reporting)
    copy.composition = strip(composition)
    copy.financing = strip(financing)
    copy.sections = sections.map {
      Section(key: $0.key, heading: $0.heading, text: $0.text, items: strip($0.items), source: SourceRef(page: 0))
    }
    return copy
  }
}

/// The package's root folder, found from this file's place in Tests/.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()
