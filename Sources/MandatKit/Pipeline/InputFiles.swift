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
      var found: [String] = []
      walk(root, into: &found)
      files += found.filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) }.sorted()
        .map { InputFile(path: root + "/" + $0, outputName: $0) }
    }
    return disambiguated(files)
  }

  /// The paths, relative to `root`, of what lies in its folders and theirs, hidden names (and
  /// what hidden folders hold) left out. The folder says each entry's kind, so a collection of
  /// thousands of files is listed without looking at each; symbolic links are taken as files.
  private static func walk(_ root: String, _ relative: String = "", into found: inout [String]) {
    let folder = relative.isEmpty ? root : root + "/" + relative
    guard let directory = opendir(folder) else { return }
    defer { closedir(directory) }
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) {
        String(cString: $0.bindMemory(to: CChar.self).baseAddress!)
      }
      guard !name.hasPrefix(".") else { continue }
      let path = relative.isEmpty ? name : relative + "/" + name
      var isFolder = entry.pointee.d_type == DT_DIR
      if entry.pointee.d_type == DT_UNKNOWN {
        var status = stat()
        isFolder = lstat(folder + "/" + name, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
      }
      if isFolder { walk(root, path, into: &found) } else { found.append(path) }
    }
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
