import { OpenAIError } from '@org/core';
import type { Response } from './generated/types.js';

/** The model still asked for tools on the last step a tool run allowed (`maxSteps`); those calls were not run. */
export class ToolStepLimitError extends OpenAIError {
  static override readonly kind: string = 'ToolStepLimitError';

  readonly maxSteps: number;
  /** The last response, whose function calls are left unanswered. */
  readonly response: Response;

  constructor(maxSteps: number, response: Response) {
    super(`The model still asked for tools after ${maxSteps} steps (maxSteps); no final answer was produced.`);
    this.maxSteps = maxSteps;
    this.response = response;
  }
}
