import Testing

@testable import MandatKit

@Suite struct ListMarkerTests {
  @Test(arguments: [
    ("• stödja regionala programområden", "stödja regionala programområden"),
    ("– samverka aktivt", "samverka aktivt"),
    ("▪ samverka aktivt", "samverka aktivt"),
    ("● samverka aktivt", "samverka aktivt"),
    ("o samverka aktivt", "samverka aktivt"),
    ("\u{F0B7}\tsamverka aktivt", "samverka aktivt"),
    ("1. Syfte med gruppen", "Syfte med gruppen"),
    ("12) bereda ärenden", "bereda ärenden"),
    ("a) bereda ärenden", "bereda ärenden"),
    ("ii. Sammanställa väntetider", "Sammanställa väntetider"),
    ("viii) följa upp", "följa upp"),
    ("IV. Rapportering", "Rapportering"),
  ])
  func markerIsStripped(line: String, text: String) {
    #expect(ListMarker.itemText(line).map(String.init) == text)
    #expect(ListMarker.opensItem(line))
  }

  @Test(arguments: [
    "Ordförande", "2023-05-12 fastställd", "o", "•", "-19 grader", "Region Kalmar län.", "Vi ska samverka.",
    "xiv. fjortonde", "mix. blandat",
  ])
  func ordinaryLineIsNoItem(_ line: String) {
    #expect(ListMarker.itemText(line) == nil)
  }

  /// A label alone on its line (a date's day broken off, a label set apart from its item)
  /// opens an item as one with its text does; words and dates do not.
  @Test func labelsAloneOpenItems() {
    #expect(ListMarker.opensItem("10."))
    #expect(ListMarker.opensItem("iv)"))
    #expect(!ListMarker.opensItem("Ordförande"))
    #expect(!ListMarker.opensItem("2023-05-12 fastställd"))
  }
}
