import Cadre
import Dispatch
import Foundation

/// SIGINT (Ctrl-C) and SIGTERM (`timeout`, systemd, Kubernetes, Slurm) stop a run the same way,
/// in every phase: the cancel flag is set, the search returns its best result so far, the
/// outputs are still written whole, and the command exits with `ExitCode.interrupted`. A second
/// signal ends the process at once (its unfinished output folder is left aside, never in the
/// target's place, and removed by the next run).
final class Interrupt {
  let cancel = CancelFlag()
  private let sources: [DispatchSourceSignal]

  /// Takes over both signals until `stop()`; `message` is printed on the first one.
  init(message: String) {
    let cancel = self.cancel
    sources = [SIGINT, SIGTERM].map { sig in
      signal(sig, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
      source.setEventHandler {
        if cancel.isCancelled { _exit(128 + sig) }
        Console.err("\ncadre: \(sig == SIGTERM ? "terminated" : "interrupted"); \(message)")
        cancel.cancel()
      }
      source.resume()
      return source
    }
  }

  /// Whether a signal arrived.
  var happened: Bool { cancel.isCancelled }

  func stop() {
    for s in sources { s.cancel() }
    signal(SIGINT, SIG_DFL)
    signal(SIGTERM, SIG_DFL)
  }
}
