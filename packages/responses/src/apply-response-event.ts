import type { OutputContent, OutputItem, Response, ResponseStreamEvent } from './generated/types.js';

/**
 * Folds one stream event into the response assembled so far and returns it. Lifecycle events carry the whole
 * response; between them, output items, content parts and text or argument deltas are applied in place. Events are
 * copied before they are changed, so the events handed to the consumer stay as the server sent them.
 */
export function applyResponseEvent(response: Response | undefined, event: ResponseStreamEvent): Response | undefined {
  if ('response' in event) {
    // Compatible servers may leave the snapshot out, or its `output`: the response assembled so far stands.
    if (typeof event.response !== 'object' || event.response === null) return response;
    const snapshot = structuredClone(event.response);
    if (!Array.isArray(snapshot.output)) snapshot.output = [];
    // A late lifecycle snapshot must not wipe output already assembled from the events before it.
    if (response && response.output.length > snapshot.output.length) snapshot.output = response.output;
    return snapshot;
  }
  if (!response) return response;
  switch (event.type) {
    case 'response.output_item.added':
    case 'response.output_item.done':
      response.output[event.output_index] = structuredClone(event.item);
      break;
    case 'response.content_part.added':
    case 'response.content_part.done': {
      const content = contentOf(response.output[event.output_index]);
      if (content) content[event.content_index] = structuredClone(event.part);
      break;
    }
    case 'response.output_text.delta':
    case 'response.output_text.done': {
      const part = contentOf(response.output[event.output_index])?.[event.content_index];
      if (part?.type === 'output_text') part.text = 'text' in event ? event.text : part.text + event.delta;
      break;
    }
    case 'response.refusal.delta':
    case 'response.refusal.done': {
      const part = contentOf(response.output[event.output_index])?.[event.content_index];
      if (part?.type === 'refusal') part.refusal = 'refusal' in event ? event.refusal : part.refusal + event.delta;
      break;
    }
    case 'response.function_call_arguments.delta':
    case 'response.function_call_arguments.done': {
      const item = response.output[event.output_index];
      if (item?.type === 'function_call')
        item.arguments = 'arguments' in event ? event.arguments : item.arguments + event.delta;
      break;
    }
  }
  return response;
}

function contentOf(item: OutputItem | undefined): OutputContent[] | undefined {
  const content = (item as { content?: unknown } | undefined)?.content;
  return Array.isArray(content) ? (content as OutputContent[]) : undefined;
}
