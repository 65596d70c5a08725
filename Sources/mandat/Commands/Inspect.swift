import ArgumentParser
import Foundation
import MandatIngest
import MandatKit

extension Mandat {
  struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show how a file was read: its lines, or the blocks layout made of them.",
      discussion: """
        Prints one line per block (kind, page, box or line range, text), then the running \
        headers and footers that were taken out of the text. With --lines, prints what the \
        reader saw instead: every line with its page, box and fonts, in the reader's order.

        Examples:
          mandat inspect Corpus/mandates/rsg-vaccinationer.pdf
          mandat inspect --lines Corpus/mandates/rsg-vaccinationer.pdf
        """
    )

    @Argument(help: "A PDF or text file.")
    var file: String

    @Flag(help: "Print the reader's lines instead of the blocks.")
    var lines = false

    func run() throws {
      let raw: RawDocument
      do {
        raw = try Extractor(readers: Readers.all).read(path: file).document
      } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        throw ExitCode(3)
      }
      if lines {
        for page in raw.pages {
          for line in page.lines {
            let fonts = line.spans.compactMap(\.font).map { "\($0.name) \($0.size)" }
            print(
              "p\(page.number) \(line.box.map(describe) ?? "-") [\(Set(fonts).sorted().joined(separator: ", "))] \(line.text)"
            )
          }
        }
        return
      }
      let laidOut = Layout().analyze(raw)
      for block in laidOut.blocks {
        let place = block.source.box.map(describe) ?? block.source.lines.map { "lines \($0[0])-\($0[1])" } ?? ""
        print(
          "\(block.kind.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) p\(block.source.page) \(place)  \(block.text)"
        )
      }
      for text in laidOut.runningMatter { print("running   \(text)") }
    }

    private func describe(_ box: Box) -> String {
      "[\(box.x0), \(box.y0), \(box.x1), \(box.y1)]"
    }
  }
}
