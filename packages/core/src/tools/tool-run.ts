import { IterableTask } from '../tasks/iterable-task.js';

/** Why a tool run stopped: the model answered without tools, or still wanted tools after `maxSteps` model calls. */
export type ToolRunStopReason = 'final_answer' | 'max_steps';

/**
 * The one stop rule of every tool loop, after step `index` (from 0) whose model call asked for `calls` tools: stop at
 * an answer without tools, or once `maxSteps` model calls were made; undefined to go on.
 */
export function toolRunStopReason(calls: number, index: number, maxSteps: number): ToolRunStopReason | undefined {
  if (calls === 0) return 'final_answer';
  return index + 1 >= maxSteps ? 'max_steps' : undefined;
}

/** What every tool run takes beside the options of its model calls. */
export interface ToolRunSettings<Step> {
  /** The most model calls the run makes; 10 by default. */
  maxSteps?: number;
  /** Called once each step's tools have run, and after the final step; a throw ends the run with that error. */
  onStep?: (step: Step) => void | Promise<void>;
}

/**
 * A tool loop in progress: iterate it (once) for its steps or events, and/or await `result()`, which reads the run to
 * its end itself when nothing iterates it. `abort()`, or the signal it follows, stops the model call in flight and
 * the running tools (through their `signal`); the result then rejects with `APIUserAbortError`.
 */
export class ToolRun<Item, Result> extends IterableTask<Item, Result> {
  readonly #run: (signal: AbortSignal, settle: (result: Result) => void) => AsyncGenerator<Item, Result>;

  /** `run` may `settle` the result before yielding its last item, so a reader leaving then loses nothing. */
  constructor(
    run: (signal: AbortSignal, settle: (result: Result) => void) => AsyncGenerator<Item, Result>,
    signal?: AbortSignal,
  ) {
    super();
    this.#run = run;
    this.follow(signal);
  }

  /** How the run ended: its final model result, its steps and why it stopped. */
  result(): Promise<Result> {
    return this.settled();
  }

  protected produce(): AsyncGenerator<Item, Result> {
    return this.#run(this.signal, (result) => this.settleEarly(result));
  }
}
