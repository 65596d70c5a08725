import Foundation
import MandatIngest
import MandatKit
import Testing

/// Every corpus mandate that exists in several formats (the renderings sharing one gold file)
/// gives the same JSON from each, once what legitimately differs by format is taken out: the
/// file (`source`), where each part stands in it (every `source` inside), and what only some
/// formats carry about the document (`document`: running headers, footers, file metadata).
@Suite struct CrossFormatTests {
  static let extensions = ["pdf", "txt", "html", "docx"]

  /// Per document, its renderings: `rsg-lakemedel` → pdf, txt, html, docx.
  static let renderings: [(name: String, files: [String])] = {
    let folder = repositoryRoot.appendingPathComponent("Corpus/mandates")
    let golds = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return golds.filter { $0.hasSuffix(".gold.json") }.sorted().compactMap { gold in
      let name = String(gold.dropLast(".gold.json".count))
      let files = extensions.map { "Corpus/mandates/\(name).\($0)" }
        .filter { FileManager.default.fileExists(atPath: repositoryRoot.appendingPathComponent($0).path) }
      return files.count > 1 ? (name, files) : nil
    }
  }()

  /// The reference mandate and at least two others come as a web page and a Word document too.
  @Test func theReferenceAndAtLeastTwoOthersComeAsWebPageAndWordDocument() {
    let both = Self.renderings.filter { document in
      ["html", "docx"].allSatisfy { format in document.files.contains { $0.hasSuffix(".\(format)") } }
    }
    #expect(both.contains { $0.name == "rsg-vaccinationer" })
    #expect(both.count >= 3)
  }

  @Test(arguments: renderings.map(\.name))
  func everyFormatGivesTheSameMandates(_ name: String) throws {
    let files = try #require(Self.renderings.first { $0.name == name }?.files)
    let extractor = Extractor(readers: Readers.all)
    var results: [(file: String, json: String)] = []
    for file in files {
      guard case .mandates(let mandates) = extractor.extract(path: repositoryRoot.appendingPathComponent(file).path)
      else {
        Issue.record("\(file) gave no mandate")
        continue
      }
      results.append((file, try Self.withoutProvenance(mandates)))
    }
    for result in results.dropFirst() {
      #expect(result.json == results[0].json, "\(result.file) differs from \(results[0].file)")
    }
  }

  /// The mandates' JSON with every `source` and the `document` removed, keys sorted.
  static func withoutProvenance(_ mandates: [Mandate]) throws -> String {
    func strip(_ value: Any) -> Any {
      if let object = value as? [String: Any] {
        return object.filter { $0.key != "source" && $0.key != "document" }.mapValues(strip)
      }
      if let array = value as? [Any] { return array.map(strip) }
      return value
    }
    let json = try JSONSerialization.jsonObject(with: JSONExport.data(mandates))
    let data = try JSONSerialization.data(withJSONObject: strip(json), options: [.sortedKeys, .prettyPrinted])
    return String(decoding: data, as: UTF8.self)
  }
}
