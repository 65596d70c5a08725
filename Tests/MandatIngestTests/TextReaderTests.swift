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

  /// The seed texts start each page with one space: pages are recognised from that.
  @Test func leadingSpaceMarksPagesInTheSeedExport() throws {
    let document = try reader.read(Data(" Titel \nrad två\n  indragen\n \n Ny sida\n".utf8), path: "x.txt")
    #expect(document.pages.map { $0.lines.map(\.text) } == [["Titel", "rad två", "  indragen", ""], ["Ny sida", ""]])
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
