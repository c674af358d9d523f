import type { SSEEvent } from '@org/testing';
import type { MessageObject, RunObject, RunStepObject, RunToolCallObject } from '../generated/types.js';

/** A run of `asst_1` on `thread_1` as the API sends it, in `status`. */
export function fakeRun(status: RunObject['status'], fields: Partial<RunObject> = {}): RunObject {
  return {
    id: 'run_1',
    object: 'thread.run',
    created_at: 1_700_000_000,
    thread_id: 'thread_1',
    assistant_id: 'asst_1',
    status,
    required_action: null,
    last_error: null,
    expires_at: null,
    started_at: null,
    cancelled_at: null,
    failed_at: null,
    completed_at: null,
    incomplete_details: null,
    model: 'gpt-4o-mini',
    instructions: '',
    tools: [],
    metadata: {},
    usage: null,
    max_prompt_tokens: null,
    max_completion_tokens: null,
    truncation_strategy: null,
    tool_choice: null,
    parallel_tool_calls: true,
    response_format: null,
    ...fields,
  };
}

export function weatherCall(id: string, city: string): RunToolCallObject {
  return { id, type: 'function', function: { name: 'get_weather', arguments: JSON.stringify({ city }) } };
}

/** A run stopped for the outputs of these calls. */
export function runRequiringAction(...calls: RunToolCallObject[]): RunObject {
  return fakeRun('requires_action', {
    required_action: { type: 'submit_tool_outputs', submit_tool_outputs: { tool_calls: calls } },
  });
}

export function fakeMessage(id: string, text: string, status: MessageObject['status'] = 'completed'): MessageObject {
  return {
    id,
    object: 'thread.message',
    created_at: 1_700_000_000,
    thread_id: 'thread_1',
    status,
    incomplete_details: null,
    completed_at: null,
    incomplete_at: null,
    role: 'assistant',
    content: text === '' ? [] : [{ type: 'text', text: { value: text, annotations: [] } }],
    assistant_id: 'asst_1',
    run_id: 'run_1',
    attachments: null,
    metadata: {},
  };
}

export function fakeStep(
  id: string,
  details: RunStepObject['step_details'],
  status: RunStepObject['status'] = 'in_progress',
): RunStepObject {
  return {
    id,
    object: 'thread.run.step',
    created_at: 1_700_000_000,
    assistant_id: 'asst_1',
    thread_id: 'thread_1',
    run_id: 'run_1',
    type: details.type,
    status,
    step_details: details,
    last_error: null,
    expired_at: null,
    cancelled_at: null,
    failed_at: null,
    completed_at: null,
    metadata: {},
    usage: null,
  };
}

const done: SSEEvent = { event: 'done', data: '[DONE]' };

/** The first connection of a run that asks for the weather in Oslo and Rome, its arguments streamed in pieces. */
export function toolCallEvents(): SSEEvent[] {
  const call = (index: number, fn: Record<string, unknown>, id?: string) => ({
    event: 'thread.run.step.delta',
    data: {
      id: 'step_1',
      object: 'thread.run.step.delta',
      delta: {
        step_details: {
          type: 'tool_calls',
          tool_calls: [{ index, type: 'function', ...(id ? { id } : {}), function: fn }],
        },
      },
    },
  });
  return [
    { event: 'thread.run.created', data: fakeRun('queued') },
    { event: 'thread.run.in_progress', data: fakeRun('in_progress') },
    { event: 'thread.run.step.created', data: fakeStep('step_1', { type: 'tool_calls', tool_calls: [] }) },
    call(0, { name: 'get_weather', arguments: '', output: null }, 'call_oslo'),
    call(0, { arguments: '{"city":' }),
    call(0, { arguments: '"Oslo"}' }),
    call(1, { name: 'get_weather', arguments: '{"city":"Rome"}', output: null }, 'call_rome'),
    {
      event: 'thread.run.requires_action',
      data: runRequiringAction(weatherCall('call_oslo', 'Oslo'), weatherCall('call_rome', 'Rome')),
    },
    done,
  ];
}

/** The connection after the outputs are sent: a message streamed in two pieces, then the run completes. */
export function answerEvents(answer = 'Pack a coat for Oslo, sunglasses for Rome.'): SSEEvent[] {
  const half = Math.floor(answer.length / 2);
  const delta = (value: string) => ({
    event: 'thread.message.delta',
    data: {
      id: 'msg_1',
      object: 'thread.message.delta',
      delta: { content: [{ index: 0, type: 'text', text: { value } }] },
    },
  });
  const messageStep = { type: 'message_creation' as const, message_creation: { message_id: 'msg_1' } };
  return [
    { event: 'thread.run.queued', data: fakeRun('queued') },
    { event: 'thread.run.in_progress', data: fakeRun('in_progress') },
    { event: 'thread.run.step.created', data: fakeStep('step_2', messageStep) },
    { event: 'thread.message.created', data: fakeMessage('msg_1', '', 'in_progress') },
    delta(answer.slice(0, half)),
    delta(answer.slice(half)),
    { event: 'thread.message.completed', data: fakeMessage('msg_1', answer) },
    { event: 'thread.run.step.completed', data: fakeStep('step_2', messageStep, 'completed') },
    { event: 'thread.run.completed', data: fakeRun('completed') },
    done,
  ];
}
