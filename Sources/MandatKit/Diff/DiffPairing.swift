/// Pairs the mandates of two sides (two files, two folders) by their group, kind and name,
/// not by file name, and compares each pair.
public enum DiffPairing {
  public static func report(old: [Mandate], new: [Mandate]) -> DiffReport {
    if old.count == 1, new.count == 1 {
      // Two single mandates named by the user are compared whatever their groups say.
      return DiffReport(pairs: [MandateComparison.compare(old[0], new[0])], appeared: [], disappeared: [])
    }
    let oldByGroup = firstByGroup(old)
    let newByGroup = firstByGroup(new)
    let newKeys = Set(newByGroup.map(\.key))
    let oldKeys = Set(oldByGroup.map(\.key))
    let pairs = newByGroup.compactMap { key, mandate in
      oldByGroup.first { $0.key == key }.map { MandateComparison.compare($0.mandate, mandate) }
    }
    return DiffReport(
      pairs: pairs,
      appeared: newByGroup.filter { !oldKeys.contains($0.key) }.map { version($0.mandate) },
      disappeared: oldByGroup.filter { !newKeys.contains($0.key) }.map { version($0.mandate) })
  }

  /// `RSG/vaccinationer`: the group's kind and name (case aside), or the title without one.
  static func groupKey(_ mandate: Mandate) -> String {
    mandate.group.map { "\($0.kind)/\(ItemIdentity.comparableForm($0.name))" }
      ?? ItemIdentity.comparableForm(mandate.title)
  }

  /// One mandate per group, the first in path order: the same mandate as PDF and as text
  /// counts once.
  private static func firstByGroup(_ mandates: [Mandate]) -> [(key: String, mandate: Mandate)] {
    var seen: Set<String> = []
    return mandates.sorted { $0.source.file < $1.source.file }.compactMap { mandate in
      let key = groupKey(mandate)
      return seen.insert(key).inserted ? (key, mandate) : nil
    }
  }

  private static func version(_ mandate: Mandate) -> MandateDiff.Version {
    .init(file: mandate.source.file, mandate: mandate.label)
  }
}
