import { OutputParseError } from '../errors/output-errors.js';
import { excerpt } from '../utils/excerpt.js';

/** JSON.parse with an error that says what was being parsed and shows the start of the text. */
export function parseJsonOutput(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new OutputParseError(`${what} is not valid JSON: ${excerpt(text)}`, text, { cause });
  }
}
