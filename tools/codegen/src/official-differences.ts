import { formFields } from './form-fields.js';
import type { RequestWire } from './request-wire.js';

/** A way the umbrella's request differs from the official package's on purpose: why, and what makes the two equal. */
export interface OfficialDifference {
  reason: string;
  /** Applied to both requests, it takes out the difference and nothing else. */
  normalise(wire: RequestWire): RequestWire;
}

/** A body as sorted form fields, however it was sent: the same fields as JSON or as multipart/form-data. */
function asFormFields(wire: RequestWire): RequestWire {
  const parts =
    wire.contentType === 'application/json'
      ? Object.entries(wire.body as Record<string, unknown>).flatMap(([name, value]) =>
          formFields(name, value).map(([field, text]) => ({ name: field, text: String(text) })),
        )
      : (wire.body as { name: string }[]);
  const body = [...parts].sort((a, b) => a.name.localeCompare(b.name));
  return { ...wire, contentType: 'form fields', body };
}

const alwaysMultipart: OfficialDifference = {
  reason:
    'the official package sends multipart/form-data even without a file; the umbrella sends the same fields as ' +
    'JSON, which the spec takes for this operation, when no field holds a file',
  normalise: asFormFields,
};

const beta: OfficialDifference = {
  reason:
    'the official package sends `OpenAI-Beta: assistants=v2` on these `beta.realtime` calls; the spec asks for no ' +
    'beta header here, and the umbrella sends none',
  normalise: (wire) => ({ ...wire, openaiBeta: undefined }),
};

/** By contract case name. Each is checked to still differ, so the list cannot go stale. */
export const officialDifferences: Record<string, OfficialDifference> = {
  'POST /evals/{eval_id}/runs/{run_id}': {
    reason:
      'the official package posts the cancel to `/evals/{eval_id}/runs/{run_id}/cancel`, a path the spec does not ' +
      "have; the umbrella posts to the spec's path",
    normalise: (wire) => ({ ...wire, path: wire.path.replace(/\/cancel$/, '') }),
  },
  'POST /images/edits (json)': alwaysMultipart,
  'POST /videos (json)': alwaysMultipart,
  'POST /videos/edits (json)': alwaysMultipart,
  'POST /videos/extensions (json)': alwaysMultipart,
  'POST /realtime/sessions': beta,
  'POST /realtime/transcription_sessions': beta,
};
