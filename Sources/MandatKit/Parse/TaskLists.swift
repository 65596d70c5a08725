/// Which sections make a mandate's `generalTasks` and `specificTasks`.
///
/// Templates differ: the Sydöstra template lists *Generellt uppdrag* and *Specifikt uppdrag*,
/// others one *Uppdrag* list (key `tasks`), the group's own tasks. A mandate with no general
/// tasks of its own has its `tasks` items as its specific tasks; one that has them keeps a
/// `tasks` list in `sections` only.
enum TaskLists {
  static func keys(in sections: [Section]) -> (general: Set<String>, specific: Set<String>) {
    let hasGeneralTasks = sections.contains { $0.key == "generalTasks" && !$0.items.isEmpty }
    return (["generalTasks"], hasGeneralTasks ? ["specificTasks"] : ["specificTasks", "tasks"])
  }
}
