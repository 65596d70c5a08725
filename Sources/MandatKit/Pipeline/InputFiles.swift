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
      guard FileSystemPath.kind(of: argument).isFolder else {
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

  /// The files in `files` whose outputs would meet, in pairs: two of the same name; `x.pdf`,
  /// whose second mandate is `x.pdf.2.json`, and `x.pdf.2`; a file and the summary or report
  /// (`summary`, named directly: paired with itself). None once ``expand(_:alsoTaking:)`` has
  /// named them, short of one file named twice in different ways (`a/x.pdf`, `a/./x.pdf`).
  public static func clashes(in files: [InputFile]) -> [(InputFile, InputFile)] {
    var named: [String: Int] = [:]
    var pairs: [(InputFile, InputFile)] = []
    for (index, file) in files.enumerated() {
      if let other = named[file.outputName] {
        pairs.append((files[other], file))
      } else {
        named[file.outputName] = index
      }
    }
    for file in files {
      let name = file.outputName
      if let dot = name.lastIndex(of: "."), name.index(after: dot) < name.endIndex,
        name[name.index(after: dot)...].allSatisfy({ ("0"..."9").contains($0) }),
        let other = named[String(name[..<dot])]
      {
        pairs.append((files[other], file))
      }
      let (folder, base) = WholeFile.split(name)
      if folder == ".", ["summary", "report"].contains(base) || base.hasPrefix("summary.shard-") {
        pairs.append((file, file))
      }
    }
    return pairs
  }

  /// The paths, relative to `root`, of what lies in its folders and theirs, hidden names (and
  /// what hidden folders hold) left out. The folder says each entry's kind, so a collection of
  /// thousands of files is listed without looking at each; symbolic links are taken as files.
  /// A name that is not UTF-8 is kept as ``FileSystemPath`` says, so the file is still found.
  private static func walk(_ root: String, _ relative: String = "", into found: inout [String]) {
    let folder = relative.isEmpty ? root : root + "/" + relative
    guard let directory = FileSystemPath.withCString(folder, { opendir($0) }) else { return }
    defer { closedir(directory) }
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
        FileSystemPath.string(bytes.prefix { $0 != 0 })
      }
      guard !name.hasPrefix(".") else { continue }
      let path = relative.isEmpty ? name : relative + "/" + name
      var isFolder = entry.pointee.d_type == DT_DIR
      if entry.pointee.d_type == DT_UNKNOWN {
        var status = stat()
        isFolder =
          FileSystemPath.withCString(folder + "/" + name, { lstat($0, &status) }) == 0
          && status.st_mode & S_IFMT == S_IFDIR
      }
      if isFolder { walk(root, path, into: &found) } else { found.append(path) }
    }
  }

  /// Output names made unique: two inputs that would write the same output (`2023/x.pdf` and
  /// `2024/x.pdf` given as two folders) are named by their path as given instead, and where
  /// that is not enough (`../x.pdf` and `../../x.pdf`, or a name met again that way) by their
  /// absolute path; a file named twice in the same way is read once.
  private static func disambiguated(_ files: [InputFile]) -> [InputFile] {
    var seen: Set<InputFile> = []
    var files = files.filter { seen.insert($0).inserted }
    for rename in [asGiven, absolute] {
      let clashing = Set(clashes(in: files).flatMap { [$0.0, $0.1] })
      if clashing.isEmpty { break }
      for index in files.indices where clashing.contains(files[index]) {
        files[index].outputName = rename(files[index].path)
      }
    }
    return files
  }

  /// The path as given, `.` parts left out; the absolute path when it leaves the folder it was
  /// given from (a `..` part) or begins at the root.
  private static func asGiven(_ path: String) -> String {
    let parts = path.split(separator: "/").filter { $0 != "." }
    return parts.contains("..") || path.hasPrefix("/") ? absolute(path) : parts.joined(separator: "/")
  }

  /// The absolute path, `.` and `..` resolved by name, without its first `/`.
  private static func absolute(_ path: String) -> String {
    let whole = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    var parts: [Substring] = []
    for part in whole.split(separator: "/") where part != "." {
      if part == ".." { _ = parts.popLast() } else { parts.append(part) }
    }
    return parts.joined(separator: "/")
  }
}
