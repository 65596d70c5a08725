import Foundation

/// Runs files through worker processes, a bounded number at a time.
///
/// Each worker is a `mandat worker` process that reads one path per line and answers each with
/// a ``FileResult`` (see ``FileResult/bytes``), so no PDF library state is ever shared between
/// files running at once, and a file that crashes its reader or hangs takes only its worker down: the worker is
/// stopped (after ``timeout`` seconds), the file is reported, and a fresh worker takes the next
/// file.
public final class WorkerPool: Sendable {
  /// The command that starts a worker.
  public let command: [String]
  public let size: Int
  /// Seconds a file may take before its worker is stopped.
  public let timeout: Double

  public init(command: [String], size: Int, timeout: Double) {
    self.command = command
    self.size = max(1, size)
    self.timeout = timeout
  }

  /// Processes the paths, calling `deliver` (from any thread) with each one's index, result,
  /// milliseconds and whether it came from `shortcut` (a cache: asked first, for each file,
  /// in parallel) as it completes. Returns when all are done.
  ///
  /// A worker's answer is delivered while the worker already reads its next file, so that
  /// writing results never keeps a worker waiting.
  public func run(
    _ paths: [String], shortcut: @escaping @Sendable (Int) -> FileResult? = { _ in nil },
    deliver: @escaping @Sendable (Int, FileResult, Int, Bool) -> Void
  ) {
    let queue = JobQueue(count: paths.count)
    let group = DispatchGroup()
    let deliveries = DispatchGroup()
    for _ in 0..<min(size, paths.count) {
      group.enter()
      Thread.detachNewThread { [self] in
        var worker: Worker?
        while let index = queue.next() {
          let started = DispatchTime.now()
          func milliseconds() -> Int {
            Int((DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000)
          }
          if let known = shortcut(index) {
            deliver(index, known, milliseconds(), true)
            continue
          }
          let answer: @Sendable () -> FileResult
          do {
            if worker == nil { worker = try Worker(command: command) }
            let frame = try worker!.process(paths[index], timeout: timeout)
            answer = { FileResult(frame) ?? .crashed(paths[index], status: Worker.Failure.garbledStatus) }
          } catch let failure as Worker.Failure {
            worker = nil
            let result = failure.result(for: paths[index], timeout: timeout)
            answer = { result }
          } catch {
            worker = nil
            let result = FileResult.failed(
              kind: "worker", message: "\(paths[index]): no worker could be started: \(error)", path: paths[index])
            answer = { result }
          }
          let elapsed = milliseconds()
          DispatchQueue.global().async(group: deliveries) { deliver(index, answer(), elapsed, false) }
        }
        worker?.finish()
        group.leave()
      }
    }
    group.wait()
    deliveries.wait()
  }

  /// Hands out file indices in order, once each.
  private final class JobQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var nextIndex = 0
    private let count: Int

    init(count: Int) { self.count = count }

    func next() -> Int? {
      lock.withLock {
        guard nextIndex < count else { return nil }
        defer { nextIndex += 1 }
        return nextIndex
      }
    }
  }
}

/// One worker process and the pipes to it.
private final class Worker: @unchecked Sendable {
  enum Failure: Error, Sendable {
    case timedOut
    case ended(String)
    case garbled

    func result(for path: String, timeout: Double) -> FileResult {
      switch self {
      case .timedOut: .timedOut(path, after: timeout)
      case .ended(let status): .crashed(path, status: status)
      case .garbled: .crashed(path, status: Self.garbledStatus)
      }
    }

    static let garbledStatus = "it answered something that is not a result"
  }

  private let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private var buffer = Data()
  private let lock = NSLock()
  private var timedOut = false

  init(command: [String]) throws {
    process.executableURL = URL(fileURLWithPath: command[0])
    process.arguments = Array(command.dropFirst())
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
  }

  /// Sends one path and waits for its answer, stopping the worker when it takes too long.
  func process(_ path: String, timeout: Double) throws -> FileResult.Frame {
    lock.withLock { timedOut = false }
    let request = try JSONEncoder().encode(path) + Data("\n".utf8)
    let timer = DispatchWorkItem { [self] in
      lock.withLock { timedOut = true }
      kill(process.processIdentifier, SIGKILL)
    }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: timer)
    defer { timer.cancel() }
    do {
      try input.fileHandleForWriting.write(contentsOf: request)
    } catch {
      throw ended()
    }
    guard let lengthsLine = readLine() else { throw ended() }
    guard let lengths = FileResult.Frame.lengths(lengthsLine) else {
      // Out of step with its own answers: no later answer of this worker could be trusted.
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      throw Failure.garbled
    }
    guard let headerLine = readLine(), let body = read(count: lengths.reduce(0, +)) else { throw ended() }
    return FileResult.Frame(lengths: lengths, headerLine: headerLine, body: body)
  }

  /// Closes the worker's input, so it ends, and waits for it.
  func finish() {
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
  }

  private func ended() -> Failure {
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    if lock.withLock({ timedOut }) { return .timedOut }
    return .ended(
      process.terminationReason == .uncaughtSignal
        ? "signal \(process.terminationStatus)" : "exit status \(process.terminationStatus)")
  }

  /// The next line the worker writes, or `nil` when its output ends. Each byte is looked at
  /// once, however many chunks a long line arrives in.
  private func readLine() -> Data? {
    var searchedUpTo = 0
    while true {
      if let newline = buffer[(buffer.startIndex + searchedUpTo)...].firstIndex(of: UInt8(ascii: "\n")) {
        let line = Data(buffer[buffer.startIndex..<newline])
        buffer = Data(buffer[buffer.index(after: newline)...])
        return line
      }
      searchedUpTo = buffer.count
      guard readMore() else { return nil }
    }
  }

  /// The next `count` bytes the worker writes, or `nil` when its output ends before them.
  private func read(count: Int) -> Data? {
    while buffer.count < count {
      guard readMore() else { return nil }
    }
    let bytes = Data(buffer.prefix(count))
    buffer = Data(buffer.dropFirst(count))
    return bytes
  }

  private func readMore() -> Bool {
    let chunk = output.fileHandleForReading.availableData
    buffer.append(chunk)
    return !chunk.isEmpty
  }
}
