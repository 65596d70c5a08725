import Testing

@testable import MandatKit

@Suite struct FontTests {
  @Test(arguments: [
    ("BAAAAA+Carlito", "Carlito", false, false),
    ("CAAAAA+Carlito-Bold", "Carlito-Bold", true, false),
    ("Calibri-BoldItalic", "Calibri-BoldItalic", true, true),
    ("ArialMT-Oblique", "ArialMT-Oblique", false, true),
    ("SourceSansPro-Semibold", "SourceSansPro-Semibold", true, false),
  ])
  func weightAndSlantComeFromThePostScriptName(postScript: String, name: String, bold: Bool, italic: Bool) {
    #expect(Font(postScriptName: postScript, size: 11) == Font(name: name, size: 11, isBold: bold, isItalic: italic))
  }
}
