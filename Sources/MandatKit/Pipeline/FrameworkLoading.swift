import Foundation

/// Why a framework could not be had: its deck could not be read, or its override file is
/// not what the README describes.
public enum FrameworkError: Error, Equatable, CustomStringConvertible {
  case deck(ReadError)
  case overrides(path: String, reason: String)

  public var description: String {
    switch self {
    case .deck(let error): "framework: \(error)"
    case .overrides(let path, let reason): "\(path): not a framework override file (\(reason))"
    }
  }
}

extension Extractor {
  /// Reads the region's framework from its deck (any format a reader knows) and, if given,
  /// its override file.
  public func framework(deck path: String, overrides overridesPath: String?) throws(FrameworkError) -> Framework {
    let raw: RawDocument
    do {
      raw = try read(path: path).document
    } catch {
      throw .deck(error)
    }
    var overrides: FrameworkOverrides?
    if let overridesPath {
      do {
        overrides = try JSONDecoder().decode(
          FrameworkOverrides.self, from: Data(contentsOf: URL(fileURLWithPath: overridesPath)))
      } catch {
        throw .overrides(path: overridesPath, reason: "\(error)")
      }
    }
    return FrameworkReader(vocabulary: layout.vocabulary).read(
      layout.analyze(raw).blocks, source: path, overrides: overrides, overridesSource: overridesPath)
  }
}
