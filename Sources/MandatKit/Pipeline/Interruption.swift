import Dispatch
import Foundation

/// What a batch stopped by SIGTERM or SIGINT must not leave behind: its workers, which would
/// go on reading (one was seen holding 5.7 GB for minutes after its parent was gone), and the
/// hidden files it was writing.
///
/// Workers and hidden files are registered here while they live. On the signal, no new ones
/// are let in, each worker is sent the same signal, each hidden file is deleted, and the
/// process exits with the conventional status, 128 plus the signal's number. (The workers
/// also die with the process on their own, see ``Interruption/dieWithParent()``.)
public enum Interruption {
  private static let state = State()
  private nonisolated(unsafe) static var sources: [any DispatchSourceSignal] = []

  /// Handles SIGTERM and SIGINT from now on, as above.
  public static func stopCleanlyOnSignals() {
    for number in [SIGTERM, SIGINT] {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { state.stop(signal: number) }
      source.resume()
      sources.append(source)
    }
  }

  /// Opens a hidden file with `open` (its descriptor, or -1 with `errno`), unless the process
  /// is stopping; the file is deleted if the process stops before ``written(_:)``.
  static func opening(_ temporary: String, _ open: () -> Int32) -> Int32 {
    state.withLock { state in
      guard !state.stopping else {
        errno = EINTR
        return -1
      }
      let descriptor = open()
      if descriptor >= 0 { state.temporaries.insert(temporary) }
      return descriptor
    }
  }

  /// The hidden file is renamed into place or deleted: nothing to clean up any more.
  static func written(_ temporary: String) {
    state.withLock { _ = $0.temporaries.remove(temporary) }
  }

  /// Starts a worker with `start` (which gives its process id), unless the process is stopping.
  static func starting(_ start: () throws -> Int32) throws -> Int32 {
    try state.withLock { state in
      guard !state.stopping else { throw CocoaError(.userCancelled) }
      let worker = try start()
      state.workers.insert(worker)
      return worker
    }
  }

  /// The worker has ended.
  static func ended(_ worker: Int32) {
    state.withLock { _ = $0.workers.remove(worker) }
  }

  /// Makes this process, a worker, die when the process that started it does, even in the
  /// middle of a file (`MANDAT_WORKER_PARENT` names that process), and when it is sent SIGTERM
  /// or SIGINT: a worker inherits the main process's ignoring of both and the signal mask of
  /// the thread that started it, which blocks them, so a signal forwarded to it would wait.
  public static func dieWithParent() {
    signal(SIGTERM, SIG_DFL)
    signal(SIGINT, SIG_DFL)
    var none = sigset_t()
    sigemptyset(&none)
    sigprocmask(SIG_SETMASK, &none, nil)
    guard let parent = ProcessInfo.processInfo.environment["MANDAT_WORKER_PARENT"].flatMap(Int32.init) else {
      return
    }
    #if canImport(Glibc)
      // prctl is variadic, so Swift does not import it: it is called through its address.
      typealias Prctl = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32
      if let address = dlsym(dlopen(nil, RTLD_NOW), "prctl") {
        _ = unsafeBitCast(address, to: Prctl.self)(1, UInt(SIGKILL), 0, 0, 0)  // 1: PR_SET_PDEATHSIG
      }
    #endif
    // The parent may have died before the request was made.
    if getppid() != parent { _exit(128 + SIGKILL) }
  }

  private final class State: @unchecked Sendable {
    var stopping = false
    var temporaries: Set<String> = []
    var workers: Set<Int32> = []
    private let lock = NSLock()

    func withLock<Result>(_ body: (State) throws -> Result) rethrows -> Result {
      try lock.withLock { try body(self) }
    }

    /// Never returns: the lock is kept, so no thread starts a worker or a file meanwhile.
    func stop(signal number: Int32) -> Never {
      lock.lock()
      stopping = true
      for worker in workers { kill(worker, number) }
      for temporary in temporaries { _ = FileSystemPath.withCString(temporary) { unlink($0) } }
      _exit(128 + number)
    }
  }
}
