/** What a tool's function gets besides its arguments. */
export interface ToolContext {
  /** Aborted when the run is aborted: long tools should stop. */
  signal: AbortSignal;
  /** The id the model gave this call. */
  callId: string;
}

/** A function the model may call: its JSON schema, how to read its arguments, and what to run. */
export interface FunctionTool<Args = unknown, Result = unknown> {
  name: string;
  description?: string | undefined;
  /** JSON schema of the arguments object. */
  parameters: Record<string, unknown>;
  /** Ask the API to guarantee arguments that match `parameters` (strict mode). */
  strict: boolean;
  /** Reads the arguments the model wrote; throws `OutputParseError` when they are unusable. */
  parse(argumentsText: string): Args;
  run(args: Args, context: ToolContext): Result | Promise<Result>;
}
