/** Milliseconds one attempt may take when the client and the call give no `timeout`: 10 minutes, as the official client. */
export const DEFAULT_TIMEOUT_MS = 600_000;
