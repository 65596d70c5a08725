import Foundation
import PropertyBased
import Testing

@testable import MandatKit

/// Properties of layout and parsing that hold for any input, on generated documents: no box
/// or text traps them, no word of a mandate is lost or read twice, and the order in which a
/// reader hands over a page's lines changes nothing.
///
/// The cases are drawn from a fixed seed, so that CI runs the same ones every time;
/// `Scripts/property-tests` runs more, from the seed it is given.
@Suite struct LayoutPropertyTests {
  static let environment = ProcessInfo.processInfo.environment
  static let count = environment["MANDAT_PROPERTY_COUNT"].flatMap(Int.init) ?? 100
  static let seed = environment["MANDAT_PROPERTY_SEED"].flatMap(UInt64.init) ?? 20_261_203

  /// Runs `body` on `count` values of the generator, drawn from the seed; a failure names the
  /// case, which the same seed draws again.
  static func forEachCase<Value, Shrinks>(
    _ generator: Generator<Value, Shrinks>, _ body: (Value) throws -> Void
  ) rethrows {
    var random = SplitMix(seed: seed)!
    for _ in 0..<count {
      let value = generator.run(using: &random)
      try body(value)
    }
  }

  // MARK: - Any boxes, any text

  /// Coordinates a reader might hand over: ordinary ones, and what a broken file's matrix gives.
  static let extremes: [Double] = [.nan, .infinity, -.infinity, 1e308, -1e308, 0, -0.0, 1e-300]
  static let coordinate = zip(Gen.int(in: 0...15), Gen.double(in: -50...900)).map { pick, value in
    pick < 8 ? value : extremes[pick - 8]
  }

  static let characters = Array("aåäöAÅÄÖ •–-1.)(:;\u{00AD}\u{FB01}\u{F0B7}\u{FFFD}\t")
  static let anyText = Gen.int(in: 0...(characters.count - 1)).map { characters[$0] }.string(of: 0...30)

  static let anyLine = zip(anyText, coordinate, coordinate, coordinate, coordinate, Gen.bool).map {
    text, x0, y0, x1, y1, bold in
    let box = Box(x0: x0, y0: y0, x1: x1, y1: y1)
    let font = Font(name: bold ? "Body-Bold" : "Body", size: 11, isBold: bold, isItalic: false)
    return Line(spans: [Span(text: text, font: font, box: box)], box: box)
  }

  @Test func anyBoxesAndAnyTextGiveBlocksOfTheirCharacters() {
    Self.forEachCase(Self.anyLine.array(of: 0...40).array(of: 1...3)) { pages in
      let document = RawDocument(
        format: .pdf, pages: pages.enumerated().map { Page(number: $0.offset + 1, size: (595, 842), lines: $0.element) }
      )
      let laidOut = Layout().analyze(document)
      let given = Set(pages.flatMap { $0.flatMap(\.text) }).union(" :•fi-")
      for block in laidOut.blocks {
        #expect(!block.text.isEmpty)
        #expect(block.text.allSatisfy(given.contains), "\(block.text)")
      }
      _ = Self.extract(laidOut)
    }
  }

  // MARK: - Mandates whose words are all kept

  /// A generated mandate: a title, then sections of a bold heading and paragraphs of words.
  struct Sections: Sendable, CustomStringConvertible {
    var sections: [(heading: [String], paragraphs: [[String]])]
    var description: String { sections.map { "\($0.heading) \($0.paragraphs)" }.joined(separator: "\n") }
  }

  /// Syllables make words: every Swedish word has a vowel, and a line starting with a word
  /// without one is read as the tail of a word broken where a narrow column ran out.
  static let syllables = ["ka", "ro", "sta", "ven", "li", "mö", "då", "ber", "nis", "ul", "frå", "gen", "ar", "tes"]
  static let word = Gen.int(in: 0...(syllables.count - 1)).map { syllables[$0] }.array(of: 1...3).map { $0.joined() }
  static let sections = zip(word.array(of: 1...3), word.array(of: 1...40).array(of: 1...4)).map {
    (heading: $0, paragraphs: $1)
  }.array(of: 1...6).map(Sections.init)

  /// Lays the mandate out on A4 pages: 11 pt lines at most 60 characters long.
  static func document(_ mandate: Sections) -> RawDocument {
    var pages: [[Line]] = [[]]
    var y = 80.0
    func put(_ words: [String], bold: Bool) {
      var lines: [[String]] = [[]]
      for word in words {
        if (lines[lines.count - 1] + [word]).joined(separator: " ").count > 60 { lines.append([]) }
        lines[lines.count - 1].append(word)
      }
      for words in lines {
        if y > 760 {
          pages.append([])
          y = 80
        }
        let text = words.joined(separator: " ")
        let box = Box(x0: 72, y0: y, x1: 72 + Double(text.count) * 5.5, y1: y + 13)
        let font = Font(name: bold ? "Body-Bold" : "Body", size: 11, isBold: bold, isItalic: false)
        pages[pages.count - 1].append(Line(spans: [Span(text: text, font: font, box: box)], box: box))
        y += 14
      }
      y += 10
    }
    put(title, bold: true)
    for section in mandate.sections {
      put(section.heading.map { $0.prefix(1).uppercased() + $0.dropFirst() }, bold: true)
      for paragraph in section.paragraphs { put(paragraph, bold: false) }
    }
    return RawDocument(
      format: .pdf, pages: pages.enumerated().map { Page(number: $0.offset + 1, size: (595, 842), lines: $0.element) })
  }

  static let title = "Uppdragsbeskrivning för regional samverkansgrupp provning".split(separator: " ").map(String.init)

  @Test func everyWordLandsOnceInTheMandate() {
    Self.forEachCase(Self.sections) { mandate in
      let document = Self.document(mandate)
      guard case .mandates(let found) = Self.extract(Layout().analyze(document)) else {
        Issue.record("not read as a mandate")
        return
      }
      let given = document.pages.flatMap(\.lines).flatMap { Self.words($0.text) }
      let read = found.flatMap { mandate in
        Self.words(mandate.title)
          + mandate.sections.flatMap {
            Self.words($0.heading + " " + $0.text) + $0.items.flatMap { Self.words($0.text) }
          }
          + (mandate.document.runningText ?? []).flatMap(Self.words)
      }
      #expect(read.sorted() == given.sorted())
    }
  }

  @Test func theOrderLinesArriveInChangesNothing() {
    Self.forEachCase(zip(Self.sections, Gen.int(in: 1...1000))) { mandate, turn in
      let document = Self.document(mandate)
      var shuffled = document
      var generator = SplitMix(seed: UInt64(turn))!
      for index in shuffled.pages.indices { shuffled.pages[index].lines.shuffle(using: &generator) }
      #expect(Layout().analyze(shuffled).blocks == Layout().analyze(document).blocks)
    }
  }

  static func words(_ text: String) -> [String] {
    text.lowercased().split { !$0.isLetter }.map(String.init)
  }

  static func extract(_ laidOut: LaidOutDocument) -> ExtractionOutcome {
    Extractor(readers: [:]).extract(laidOut, format: .pdf, sha256: "", path: "generated.pdf")
  }
}

/// A small seeded generator (SplitMix64), so that every case can be drawn again.
struct SplitMix: SeededRandomNumberGenerator {
  var state: UInt64

  init?(seed: UInt64) { state = seed }
  init() { state = 0 }
  var currentSeed: UInt64 { state }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
