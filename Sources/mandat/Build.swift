import Foundation

extension Mandat {
  /// This build of Mandat: its version and its executable's size and modification time. The
  /// cache and the record of a run are kept under it, so that a program rebuilt with other
  /// reading rules at the same version never serves the results of the build before.
  static let build: String = {
    let version = configuration.version
    guard let path = Bundle.main.executablePath,
      let attributes = try? FileManager.default.attributesOfItem(atPath: path),
      let size = attributes[.size] as? NSNumber, let modified = attributes[.modificationDate] as? Date
    else { return version }
    let seconds = Int64(modified.timeIntervalSince1970.rounded(.down))
    return "\(version)+\(String(size.int64Value, radix: 36)).\(String(seconds, radix: 36))"
  }()
}
