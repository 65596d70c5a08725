import Testing

@testable import MandatKit

@Suite struct ItemIdentityTests {
  /// The digests were computed outside Mandat (Python's hashlib over the UTF-8 text).
  @Test func idIsKeyAndFirstEightHexDigitsOfSHA256() {
    #expect(ItemIdentity.id(key: "generalTasks", text: "stödja regionala programområden") == "generalTasks-1915f7a7")
    #expect(
      ItemIdentity.id(key: "patientPromises", text: "erbjudas kostnadseffektiv vård") == "patientPromises-094f1974")
  }

  /// What a new layout or a retyped list changes does not change the id.
  @Test func typographyDoesNotChangeTheId() {
    let id = ItemIdentity.id(key: "patientPromises", text: "erbjudas kostnadseffektiv vård")
    #expect(ItemIdentity.id(key: "patientPromises", text: "Erbjudas  kostnadseffektiv vård.") == id)
    #expect(ItemIdentity.id(key: "patientPromises", text: "erbjudas kostnadseffektiv vård;") == id)
    #expect(
      ItemIdentity.comparableForm("”Bästa” möjliga – kunskap")
        == ItemIdentity.comparableForm("\"bästa\" möjliga - kunskap"))
  }

  @Test func wordingChangesTheId() {
    #expect(
      ItemIdentity.id(key: "generalTasks", text: "stödja regionala programområden")
        != ItemIdentity.id(key: "generalTasks", text: "stödja nationella programområden"))
  }
}
