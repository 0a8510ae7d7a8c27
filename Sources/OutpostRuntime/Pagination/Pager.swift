/// An asynchronous sequence of the pages of a cursor-paginated list, fetched one at a time as they are needed.
///
/// Generated code creates one from a list operation, capturing the caller's filters, page size and `dir`
/// in `fetchPage`; the pager only adds the cursor:
///
///     Pager(operationID: "listEvents") { cursor in
///         try await events.list(tenantID: tenantID, limit: limit, next: cursor?.next, prev: cursor?.prev)
///     }
///
/// The sequence ends when the followed cursor is `nil`, missing or empty, and throws ``OutpostError`` of kind
/// ``OutpostError/Kind/repeatedCursor(_:)`` when the server returns a cursor it has already followed.
public struct Pager<Page: CursorPage>: AsyncSequence, Sendable {
    /// The pager's elements are whole pages.
    public typealias Element = Page

    /// The `operationId` of the list operation, used in errors.
    public let operationID: String

    /// The way the pager walks.
    public let direction: PagingDirection

    /// The cursor of the first page to fetch, or `nil` to start from the list's beginning.
    public let startCursor: PageCursor?

    private let fetchPage: @Sendable (PageCursor?) async throws -> Page

    /// Creates a pager.
    ///
    /// - Parameters:
    ///   - operationID: The list operation's `operationId`.
    ///   - direction: Whether to follow `next` or `prev` cursors.
    ///   - startCursor: The cursor of the first page to fetch; `nil` starts from the beginning.
    ///   - fetchPage: A function that fetches the page at a cursor, `nil` meaning the first page.
    public init(
        operationID: String,
        direction: PagingDirection = .forward,
        startCursor: PageCursor? = nil,
        fetchPage: @escaping @Sendable (PageCursor?) async throws -> Page
    ) {
        self.operationID = operationID
        self.direction = direction
        self.startCursor = startCursor
        self.fetchPage = fetchPage
    }

    /// The elements of every page, in order, fetched lazily.
    public var items: PagerItems<Page> {
        PagerItems(pages: self)
    }

    /// Returns an iterator that fetches the pages.
    ///
    /// - Returns: An iterator at the start cursor.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(pager: self)
    }

    /// An iterator over a pager's pages.
    public struct AsyncIterator: AsyncIteratorProtocol, Sendable {
        private let pager: Pager
        private var cursor: PageCursor?
        private var seen: Set<String> = []
        private var isFinished = false

        init(pager: Pager) {
            self.pager = pager
            self.cursor = pager.startCursor
            if let start = pager.startCursor {
                seen.insert(start.value)
            }
        }

        /// Fetches the following page.
        ///
        /// - Returns: The page, or `nil` after the last one.
        /// - Throws: The fetch's error; ``OutpostError`` when the server repeats a cursor; `CancellationError`
        ///   when the task is cancelled.
        public mutating func next() async throws -> Page? {
            guard !isFinished else { return nil }
            try Task.checkCancellation()

            let page: Page
            do {
                page = try await pager.fetchPage(cursor)
            } catch {
                isFinished = true
                throw error
            }

            try advance(past: page)
            return page
        }

        private mutating func advance(past page: Page) throws {
            let following = pager.direction == .forward ? page.nextCursor : page.prevCursor
            guard let following, !following.isEmpty else {
                isFinished = true
                return
            }

            guard seen.insert(following).inserted else {
                isFinished = true
                throw OutpostError(
                    kind: .repeatedCursor(following), operationID: pager.operationID, method: .get, url: nil,
                    detail: "The list would loop; report this to the server's operators.")
            }
            cursor = pager.direction == .forward ? .next(following) : .prev(following)
        }
    }
}
