import ArgumentParser
import Foundation
import MandatIngest
import MandatKit

extension Mandat {
  struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show how a file was read: its blocks and where each went, or the reader's lines.",
      discussion: """
        Prints one line per block: its kind, page, box (or line range in a text file), \
        the section of the mandate it went to (title, or the section's key) and its text. \
        A file holding several mandates prints each under a line of its own. Then come the \
        lines taken out as running headers, footers and page numbers (page and box), and \
        every hyphen at a line end with the two fragments, the word they became and the \
        rule that decided: a wrong decision is corrected with a vocabulary file (see \
        --vocabulary and the README). With --lines, prints what the reader saw instead: \
        every line with its page, box and fonts, in the reader's order.

        Examples:
          mandat inspect Corpus/mandates/rsg-vaccinationer.pdf
          mandat inspect --lines Corpus/mandates/rsg-vaccinationer.pdf
        """
    )

    @Argument(help: "A PDF or text file.")
    var file: String

    @Flag(help: "Print the reader's lines instead of the blocks.")
    var lines = false

    @OptionGroup var vocabularyOptions: VocabularyOptions

    func run() throws {
      let extractor = try vocabularyOptions.extractor()
      let raw: RawDocument
      do {
        raw = try extractor.read(path: file).document
      } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        throw ExitCode.unreadableInput
      }
      if lines {
        for page in raw.pages {
          for line in page.lines {
            let fonts = line.spans.compactMap(\.font).map { "\($0.name) \($0.size)" }
            print("p\(page.number) \(place(line.box)) [\(Set(fonts).sorted().joined(separator: ", "))] \(line.text)")
          }
        }
        return
      }
      let laidOut = extractor.layout.analyze(raw)
      switch extractor.detector.detect(laidOut) {
      case .notAMandate(let reason):
        print("not a mandate: \(reason)")
        for block in laidOut.blocks { print(describe(block, section: "-")) }
      case .mandates(let parts):
        for (number, blocks) in parts.enumerated() {
          if parts.count > 1 { print("mandate \(number + 1) of \(parts.count)") }
          for (block, section) in zip(blocks, extractor.parser.placement(of: blocks)) {
            print(describe(block, section: section ?? "title"))
          }
        }
      }
      for line in laidOut.runningMatter { print("running   p\(line.page) \(place(line.box))  \(line.text)") }
      for hyphen in laidOut.hyphens {
        print(
          "hyphen    p\(hyphen.page) \(hyphen.before) | \(hyphen.after) → \(hyphen.result) (\(hyphen.rule.rawValue))")
      }
    }

    private func describe(_ block: Block, section: String) -> String {
      let place = block.source.box.map(place) ?? block.source.lines.map { "lines \($0[0])-\($0[1])" } ?? ""
      return "\(pad(block.kind.rawValue, 9)) p\(block.source.page) \(place)  \(pad(section, 15)) \(block.text)"
    }

    private func place(_ box: Box?) -> String {
      box.map { "[\($0.x0), \($0.y0), \($0.x1), \($0.y1)]" } ?? "-"
    }

    private func pad(_ text: String, _ width: Int) -> String {
      text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
  }
}
