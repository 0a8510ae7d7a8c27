import Foundation

// Only FoundationNetworking, on Linux, is known to hand the delegate's calls to its queue as blocks; on Apple
// platforms URLSession keeps its own default queue.
#if canImport(FoundationNetworking)

    /// The queue URLSession calls the transport's delegate on: one serial Dispatch queue, in the order the calls come.
    ///
    /// FoundationNetworking hands the delegate's calls to its queue as blocks, three for each request (the response
    /// head, the body, the completion). OperationQueue wraps each block in an `Operation` whose state it tracks with
    /// key-value observing, which cost more than the delegate's own work; a serial Dispatch queue keeps the calls in
    /// order and off URLSession's threads, as OperationQueue did. Operations added as objects go through OperationQueue
    /// as usual, onto the same Dispatch queue.
    ///
    /// It is `@unchecked Sendable` because its only state of its own, the Dispatch queue, is immutable and safe to use
    /// from any thread.
    final class DelegateQueue: OperationQueue, @unchecked Sendable {
        private let serial = DispatchQueue(label: "OutpostRuntime.URLSessionTransport.delegate")

        override init() {
            super.init()
            maxConcurrentOperationCount = 1
            underlyingQueue = serial
        }

        /// Runs a block on the serial queue after every block added before it.
        ///
        /// - Parameter block: The block to run.
        override func addOperation(_ block: @escaping @Sendable () -> Void) {
            serial.async(execute: block)
        }
    }

#endif
