import { StreamError } from '../errors/stream-error.js';
import { excerpt } from './excerpt.js';

export function parseStreamJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new StreamError(`Could not parse stream event: ${excerpt(text)}`, { cause });
  }
}
