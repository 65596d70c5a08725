import Foundation
import MandatIngest
import MandatKit
import Testing

@Suite struct TextReaderTests {
  let reader = TextReader()

  @Test func latin1IsReadWhenTheBytesAreNotUTF8() throws {
    let bytes = Data([
      0x53, 0x61, 0x6D, 0x76, 0x65, 0x72, 0x6B, 0x61, 0x6E, 0x73, 0x6E, 0xE4, 0x6D, 0x6E, 0x64, 0x65, 0x6E,
    ])
    let document = try reader.read(bytes, path: "latin1.txt")
    #expect(document.pages[0].lines.map(\.text) == ["Samverkansnämnden"])
  }

  @Test func formFeedsSplitPagesAndLinesKeepTheirNumbers() throws {
    let document = try reader.read(Data("Syfte\r\nGruppen ska\n\u{0C}Finansiering\n".utf8), path: "x.txt")
    #expect(document.pages.map { $0.lines.map(\.text) } == [["Syfte", "Gruppen ska"], ["Finansiering", ""]])
    #expect(document.pages[1].lines[0].sourceLine == 3)
  }

  /// The seed texts start each page with one space: pages are recognised from that, when such
  /// lines stand a page apart.
  @Test func leadingSpaceMarksPagesInTheSeedExport() throws {
    let page = (1...10).map { "rad \($0) " }
    let text = ([" Titel "] + page + ["  indragen", " Ny sida "] + page + [" Sista sidan"]).joined(separator: "\n")
    let document = try reader.read(Data(text.utf8), path: "x.txt")
    #expect(document.pages.map { $0.lines.first?.text } == ["Titel", "Ny sida", "Sista sidan"])
    #expect(document.pages.map(\.lines.count) == [12, 11, 1])
    #expect(document.pages[0].lines[11].text == "  indragen")
  }

  /// Paragraphs indented by one space are paragraphs, not pages: their first lines stand a
  /// paragraph apart, not a page.
  @Test func ordinaryIndentedTextIsOnePage() throws {
    let text = """
       Gruppen ska samverka i frågor om vaccinationer
      och följa upp resultaten i regionerna.
       Ordförande utses för två år
      och leder arbetet.
       Respektive region finansierar
      sina deltagare.
      """
    let document = try reader.read(Data(text.utf8), path: "x.txt")
    #expect(document.pages.count == 1)
    #expect(document.pages[0].lines.map(\.text).first == " Gruppen ska samverka i frågor om vaccinationer")
  }

  @Test func reference3PagesFromTheSeedText() throws {
    let url = repositoryRoot.appendingPathComponent("Corpus/mandates/rsg-vaccinationer.txt")
    let document = try reader.read(Data(contentsOf: url), path: url.path)
    #expect(document.pages.count == 3)
    #expect(document.pages[1].lines.first?.text == "Utgångspunkter")
    #expect(document.pages[2].lines.first?.text == "Rapportering")
  }

  @Test func whitespaceOnlyIsEmpty() {
    #expect(throws: ReadError.empty(path: "blank.txt")) { try reader.read(Data(" \n\n\t\n".utf8), path: "blank.txt") }
  }

  @Test func binaryIsNoText() {
    #expect(throws: ReadError.unknownFormat(path: "x.txt")) {
      try reader.read(Data([0x00, 0x01, 0xFF, 0xFE]), path: "x.txt")
    }
  }
}
