/// An asynchronous sequence of the elements of every page of a ``Pager``, fetching pages as they are needed.
public struct PagerItems<Page: CursorPage>: AsyncSequence, Sendable {
    /// The elements are the list's items.
    public typealias Element = Page.Item

    private let pages: Pager<Page>

    init(pages: Pager<Page>) {
        self.pages = pages
    }

    /// Returns an iterator over the items.
    ///
    /// - Returns: An iterator at the pager's start cursor.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(pages: pages.makeAsyncIterator())
    }

    /// An iterator over the items of a pager's pages.
    public struct AsyncIterator: AsyncIteratorProtocol, Sendable {
        private var pages: Pager<Page>.AsyncIterator
        private var buffer: [Page.Item] = []
        private var index = 0

        init(pages: Pager<Page>.AsyncIterator) {
            self.pages = pages
        }

        /// Returns the following item, fetching the following page when the current one is used up.
        ///
        /// - Returns: The item, or `nil` after the last page's last item.
        /// - Throws: The pager's error.
        public mutating func next() async throws -> Page.Item? {
            while index == buffer.count {
                guard let page = try await pages.next() else { return nil }
                buffer = page.items
                index = 0
            }

            defer { index += 1 }
            return buffer[index]
        }
    }
}
