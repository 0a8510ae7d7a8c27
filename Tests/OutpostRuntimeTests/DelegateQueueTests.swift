import Foundation
import Testing

@testable import OutpostRuntime

#if canImport(FoundationNetworking)

    /// The queue URLSession calls the transport's delegate on, which must run the calls one at a time and in order.
    @Suite struct DelegateQueueTests {
        @Test func runsBlocksOneAtATimeInTheOrderTheyWereAdded() async {
            let queue = DelegateQueue()
            let order = Recorder<Int>()
            let running = Recorder<Int>()
            let overlaps = Recorder<Int>()

            await withCheckedContinuation { (finished: CheckedContinuation<Void, Never>) in
                for index in 0..<200 {
                    queue.addOperation {
                        running.append(index)
                        if running.values.count > order.values.count + 1 {
                            overlaps.append(index)
                        }
                        order.append(index)
                    }
                }
                queue.addOperation { finished.resume() }
            }

            #expect(order.values == Array(0..<200))
            #expect(overlaps.values.isEmpty)
        }

        @Test func runsOperationObjectsToo() async {
            let queue = DelegateQueue()
            let ran = Recorder<String>()

            await withCheckedContinuation { (finished: CheckedContinuation<Void, Never>) in
                let operation = BlockOperation { ran.append("operation") }
                operation.completionBlock = { finished.resume() }
                queue.addOperation(operation)
            }

            #expect(ran.values == ["operation"])
        }
    }

#endif
