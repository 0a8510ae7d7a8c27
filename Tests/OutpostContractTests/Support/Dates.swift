import Foundation
import OutpostRuntime

/// Returns the instant an RFC 3339 timestamp of the document's examples names.
///
/// - Parameter text: The timestamp, such as `2026-12-03T17:42:08.512Z`.
/// - Returns: The date.
/// - Throws: When the text is not a timestamp.
func date(_ text: String) throws -> Date {
    try RFC3339.parseDate(text)
}
