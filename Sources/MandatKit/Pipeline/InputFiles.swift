import Foundation

/// An input file and the name its results get under the output folder.
public struct InputFile: Hashable, Sendable {
  public var path: String
  /// The path relative to the folder it was found in (or its file name, when given directly).
  public var outputName: String
}

/// Expands the files and folders given on the command line into input files.
///
/// Folders are walked recursively for the extensions of known formats, hidden files left
/// out, in sorted order so that every run sees the same sequence. A file named directly is
/// always taken, whatever its extension: its content decides its format.
public enum InputFiles {
  /// - Parameter more: further extensions to take from folders (`json`, for mandate files).
  public static func expand(_ arguments: [String], alsoTaking more: Set<String> = []) -> [InputFile] {
    let extensions = Set(InputFormat.allCases.flatMap(\.extensions)).union(more)
    var files: [InputFile] = []
    for argument in arguments {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue else {
        files.append(InputFile(path: argument, outputName: (argument as NSString).lastPathComponent))
        continue
      }
      let root = argument.hasSuffix("/") ? String(argument.dropLast()) : argument
      let found = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? [])
        .filter { relative in
          !relative.split(separator: "/").contains { $0.hasPrefix(".") }
            && extensions.contains((relative as NSString).pathExtension.lowercased())
        }
        .sorted()
      files += found.map { InputFile(path: root + "/" + $0, outputName: $0) }
    }
    return disambiguated(files)
  }

  /// Two inputs that would write the same output (`2023/x.pdf` and `2024/x.pdf` given as two
  /// folders) are named by their whole path instead, so neither overwrites the other.
  private static func disambiguated(_ files: [InputFile]) -> [InputFile] {
    let counts = Dictionary(files.map { ($0.outputName, 1) }, uniquingKeysWith: +)
    return files.map { file in
      guard counts[file.outputName]! > 1 else { return file }
      let parts = file.path.split(separator: "/").filter { $0 != "." && $0 != ".." }
      return InputFile(path: file.path, outputName: parts.joined(separator: "/"))
    }
  }
}
