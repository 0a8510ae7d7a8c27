// The runtime's types (configuration, credentials, retry policy, errors, pagers, JSON values, transports)
// are part of the SDK's API, so `import Outpost` is the only import users need.
@_exported import OutpostRuntime
