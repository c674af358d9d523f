/** How a delivery is checked. */
export interface WebhookVerifyOptions {
  /**
   * The endpoint's signing secret (`whsec_…`), or several while it is being rotated: a delivery signed with any of them
   * passes. Defaults to `OPENAI_WEBHOOK_SECRET`.
   */
  secret?: string | readonly string[] | null | undefined;
  /** The most seconds a delivery's timestamp may be from now, either way; default 300. */
  tolerance?: number | undefined;
}
