import ArgumentParser
import MandatKit

/// `--shard K/N`: the K-th of N parts of the files, by their place in the sorted list, so that
/// every part is the same whichever machine runs it and the N parts together are all files.
struct Shard: ExpressibleByArgument, Sendable {
  var index: Int
  var count: Int

  init?(argument: String) {
    let parts = argument.split(separator: "/").compactMap { Int($0) }
    guard parts.count == 2, parts[1] >= 1, (1...parts[1]).contains(parts[0]) else { return nil }
    (index, count) = (parts[0], parts[1])
  }

  func part(of files: [InputFile]) -> [InputFile] {
    files.enumerated().filter { $0.offset % count == index - 1 }.map(\.element)
  }
}
