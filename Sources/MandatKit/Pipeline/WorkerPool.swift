import Foundation

/// Runs files through worker processes, a bounded number at a time.
///
/// Each worker is a `mandat worker` process that reads one path per line and answers each with
/// a ``FileResult`` (see ``FileResult/bytes``), so no PDF library state is ever shared between
/// files running at once, and a file that crashes its reader or hangs takes only its worker
/// down: the worker is stopped (after ``timeout`` seconds), the file is reported, and a fresh
/// worker takes the next file. A worker that runs out of the memory it may have (the command
/// sets the limit, ``memoryLimit`` bytes) is told from one that crashed by what it last said.
public final class WorkerPool: Sendable {
  /// The command that starts a worker.
  public let command: [String]
  public let size: Int
  /// Seconds a file may take before its worker is stopped.
  public let timeout: Double
  /// The bytes of address space the command gives each worker.
  public let memoryLimit: Int

  public init(command: [String], size: Int, timeout: Double, memoryLimit: Int) {
    self.command = command
    self.size = max(1, size)
    self.timeout = timeout
    self.memoryLimit = memoryLimit
  }

  /// Processes the paths, calling `deliver` (from any thread) with each one's index, result,
  /// milliseconds and whether it came from `shortcut` (a cache: asked first, for each file,
  /// in parallel) as it completes. Returns when all are done.
  ///
  /// Each worker is kept one file ahead: it has its next path before it answers, and the
  /// thread that talks to it delivers its answer while it reads that next file, so neither
  /// the passing of paths and answers nor the writing of results keeps a worker waiting, and
  /// no other thread is woken for it. When a worker is lost (a crash, a timeout), the file it
  /// had next goes to a fresh one.
  public func run(
    _ paths: [String], shortcut: @escaping @Sendable (Int) -> FileResult? = { _ in nil },
    deliver: @escaping @Sendable (Int, FileResult, Int, Bool) -> Void
  ) {
    let queue = JobQueue(count: paths.count)
    let group = DispatchGroup()
    for _ in 0..<min(size, paths.count) {
      group.enter()
      Thread.detachNewThread { [self] in
        var worker: Worker?
        // Files sent to the worker, their answers awaited in order; files taken but not sent
        // (those sent to a worker that was then lost go back here for the next one).
        var sent: [Int] = []
        var unsent: [Int] = []
        func take() -> Int? {
          if !unsent.isEmpty { return unsent.removeFirst() }
          while let index = queue.next() {
            let started = DispatchTime.now()
            guard let known = shortcut(index) else { return index }
            deliver(index, known, Self.milliseconds(since: started), true)
          }
          return nil
        }
        while true {
          // One file ahead, so that the worker starts on its next file as soon as it has
          // answered; not near the batch's end, where a file kept waiting behind another
          // would leave some other worker idle.
          while sent.isEmpty || (sent.count < 2 && queue.remaining >= size), let index = take() {
            do {
              if worker == nil { worker = try Worker(command: command) }
              try worker!.send(paths[index])
              sent.append(index)
            } catch Worker.Failure.ended where !sent.isEmpty {
              unsent.insert(index, at: 0)  // the worker is gone: its answer to sent[0] says why
              break
            } catch {
              worker = nil
              let result = notStarted(paths[index], error)
              deliver(index, result, 0, false)
            }
          }
          guard let index = sent.first, let current = worker else { break }
          sent.removeFirst()
          let started = DispatchTime.now()
          do throws(Worker.Failure) {
            let frame = try current.receive(timeout: timeout)
            let elapsed = Self.milliseconds(since: started)
            let result = FileResult(frame) ?? Worker.Failure.garbled.result(for: paths[index], in: self)
            deliver(index, result, elapsed, false)
          } catch {
            worker = nil
            unsent = sent + unsent
            sent = []
            deliver(index, error.result(for: paths[index], in: self), Self.milliseconds(since: started), false)
          }
        }
        worker?.finish()
        group.leave()
      }
    }
    group.wait()
  }

  private static func milliseconds(since start: DispatchTime) -> Int {
    Int((DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000)
  }

  /// The result for a file no worker could be started for.
  private func notStarted(_ path: String, _ error: any Error) -> FileResult {
    if let failure = error as? Worker.Failure { return failure.result(for: path, in: self) }
    return .failed(kind: "worker", message: "\(path): no worker could be started: \(error)", path: path)
  }

  /// Hands out file indices in order, once each.
  private final class JobQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var nextIndex = 0
    private let count: Int

    init(count: Int) { self.count = count }

    /// How many are not handed out yet.
    var remaining: Int { lock.withLock { count - nextIndex } }

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
    case outOfMemory
    case garbled

    func result(for path: String, in pool: WorkerPool) -> FileResult {
      switch self {
      case .timedOut: .timedOut(path, after: pool.timeout)
      case .ended(let status): .crashed(path, status: status)
      case .outOfMemory: .outOfMemory(path, limit: pool.memoryLimit)
      case .garbled: .crashed(path, status: "it answered something that is not a result")
      }
    }
  }

  private let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  /// What the worker wrote and was not yet taken, from `start` on.
  private var buffer: [UInt8] = []
  private var start = 0
  /// Where each read from the worker lands before it joins the buffer.
  private var chunk = [UInt8](repeating: 0, count: 1 << 16)
  /// When the answer being read is overdue.
  private var deadline = DispatchTime.distantFuture
  private var timedOut = false
  /// What the worker says on standard error while it reads its current file: a file of no
  /// name (deleted as soon as made), emptied at each answer, read when the worker ends.
  private let errors: FileHandle
  private var pid: Int32 = 0

  init(command: [String]) throws {
    var template = Array((NSTemporaryDirectory() + "/mandat-worker-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
    _ = fcntl(descriptor, F_SETFL, O_APPEND)
    _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    errors = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    process.executableURL = URL(fileURLWithPath: command[0])
    process.arguments = Array(command.dropFirst())
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    process.environment = ProcessInfo.processInfo.environment.merging([
      // The worker dies with this process (see ``Interruption/dieWithParent()``) and, if it
      // crashes, says so in a line: it is not a crash to debug from its stderr.
      "MANDAT_WORKER_PARENT": String(getpid()), "SWIFT_BACKTRACE": "enable=no",
    ]) { $1 }
    pid = try Interruption.starting { [process] in
      try process.run()
      return process.processIdentifier
    }
  }

  /// Sends a path; the worker reads it when it has answered those sent before.
  func send(_ path: String) throws(Failure) {
    guard let line = try? JSONExport.line(path) + [UInt8(ascii: "\n")],
      line.withUnsafeBytes({ WholeFile.write($0, to: input.fileHandleForWriting.fileDescriptor) }) == 0
    else { throw ended() }
  }

  /// Waits for the answer to the oldest path sent, stopping the worker when it takes longer
  /// than `timeout` seconds.
  func receive(timeout: Double) throws(Failure) -> FileResult.Frame {
    deadline = .now() + timeout
    guard let lengthsLine = readLine() else { throw ended() }
    guard let lengths = FileResult.Frame.lengths(lengthsLine) else {
      // Out of step with its own answers: no later answer of this worker could be trusted.
      stop()
      throw Failure.garbled
    }
    guard let body = read(count: lengths.reduce(0, +)) else { throw ended() }
    ftruncate(errors.fileDescriptor, 0)
    return FileResult.Frame(lengths: lengths, body: body)
  }

  /// Closes the worker's input, so it ends, and waits for it.
  func finish() {
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
    Interruption.ended(pid)
  }

  /// Kills the worker and waits for it to be gone.
  private func stop() {
    kill(pid, SIGKILL)
    process.waitUntilExit()
    Interruption.ended(pid)
  }

  /// Stops the worker, and says why it ended.
  private func ended() -> Failure {
    stop()
    if timedOut { return .timedOut }
    if ranOutOfMemory { return .outOfMemory }
    return .ended(
      process.terminationReason == .uncaughtSignal
        ? "signal \(process.terminationStatus)" : "exit status \(process.terminationStatus)")
  }

  /// Whether the worker said, on its way down, that an allocation failed: the Swift runtime's
  /// `failed to allocate`, C++'s `bad_alloc`, GLib's and the C library's words for it.
  private var ranOutOfMemory: Bool {
    var head = [UInt8](repeating: 0, count: 1 << 16)
    let count = head.withUnsafeMutableBytes { pread(errors.fileDescriptor, $0.baseAddress!, $0.count, 0) }
    let said = String(decoding: head.prefix(max(count, 0)), as: UTF8.self)
    return ["failed to allocate", "bad_alloc", "Cannot allocate memory", "out of memory"].contains {
      said.contains($0)
    }
  }

  /// The next line the worker writes, or `nil` when its output ends. Each byte is looked at
  /// once, however many chunks a long line arrives in.
  private func readLine() -> Data? {
    var looked = 0  // bytes from `start` on with no newline
    while true {
      let searched = start + looked
      let newline = buffer.withUnsafeBytes { bytes -> Int? in
        guard searched < bytes.count, let base = bytes.baseAddress else { return nil }
        return memchr(base + searched, Int32(UInt8(ascii: "\n")), bytes.count - searched).map {
          UnsafeRawPointer($0) - base
        }
      }
      if let newline {
        defer { start = newline + 1 }
        return Data(buffer[start..<newline])
      }
      looked = buffer.count - start
      guard readMore() else { return nil }
    }
  }

  /// The next `count` bytes the worker writes, or `nil` when its output ends before them.
  private func read(count: Int) -> Data? {
    while buffer.count - start < count {
      guard readMore() else { return nil }
    }
    defer { start += count }
    return Data(buffer[start..<start + count])
  }

  /// Reads what the worker has written so far onto the end of the buffer, first dropping what
  /// was taken; false when its output has ended, or the answer is overdue (the worker is then
  /// stopped).
  private func readMore() -> Bool {
    if start > 0 {
      buffer.removeFirst(start)
      start = 0
    }
    let descriptor = output.fileHandleForReading.fileDescriptor
    var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    while true {
      let now = DispatchTime.now()
      guard now < deadline else {
        timedOut = true
        kill(pid, SIGKILL)
        return false
      }
      let milliseconds = (deadline.uptimeNanoseconds - now.uptimeNanoseconds) / 1_000_000 + 1
      if poll(&waiting, 1, Int32(min(milliseconds, UInt64(Int32.max)))) > 0 { break }
    }
    var count: Int
    repeat {
      count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
    } while count < 0 && errno == EINTR
    guard count > 0 else { return false }
    buffer.append(contentsOf: chunk[..<count])
    return true
  }
}
