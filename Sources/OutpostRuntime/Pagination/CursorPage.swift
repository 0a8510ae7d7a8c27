/// A page of a cursor-paginated list, as a list response model conforms to it.
///
/// Generated code conforms each list response (`{"models": [...], "pagination": {...}}`) by mapping
/// `models` to ``items`` and `pagination.next` and `pagination.prev` to the cursors.
public protocol CursorPage: Sendable {
    /// The type of the list's elements.
    associatedtype Item: Sendable

    /// The page's elements, in the server's order.
    var items: [Item] { get }

    /// The cursor of the following page, or `nil` or empty on the last one.
    var nextCursor: String? { get }

    /// The cursor of the preceding page, or `nil` or empty on the first one.
    var prevCursor: String? { get }
}

/// A position in a paginated list: the cursor to send as the `next` or the `prev` query parameter.
public enum PageCursor: Hashable, Sendable {
    /// A cursor sent as `next`, for the page after the one that returned it.
    case next(String)

    /// A cursor sent as `prev`, for the page before the one that returned it.
    case prev(String)

    /// The value to send as the `next` parameter, or `nil` when this is a `prev` cursor.
    public var next: String? {
        guard case .next(let cursor) = self else { return nil }
        return cursor
    }

    /// The value to send as the `prev` parameter, or `nil` when this is a `next` cursor.
    public var prev: String? {
        guard case .prev(let cursor) = self else { return nil }
        return cursor
    }

    /// The cursor's text.
    public var value: String {
        switch self {
        case .next(let cursor), .prev(let cursor):
            return cursor
        }
    }
}

/// The way a pager walks through a list.
public enum PagingDirection: Hashable, Sendable {
    /// Follows each page's `next` cursor.
    case forward

    /// Follows each page's `prev` cursor.
    case backward
}
