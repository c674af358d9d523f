// The Assistants API as the examples' local server plays it: one assistant, one thread, runs that ask for tools,
// polled or streamed.

const now = () => Math.floor(Date.now() / 1000);

export function localRun(status, fields = {}) {
  return {
    id: 'run_local',
    object: 'thread.run',
    created_at: now(),
    thread_id: 'thread_local',
    assistant_id: 'asst_local',
    status,
    required_action: null,
    last_error: null,
    model: 'gpt-4o-mini',
    instructions: '',
    tools: [],
    metadata: {},
    usage: null,
    ...fields,
  };
}

export function localMessage(id, role, text, status = 'completed') {
  return {
    id,
    object: 'thread.message',
    created_at: now(),
    thread_id: 'thread_local',
    status,
    role,
    content: text === '' ? [] : [{ type: 'text', text: { value: text, annotations: [] } }],
    assistant_id: role === 'assistant' ? 'asst_local' : null,
    run_id: role === 'assistant' ? 'run_local' : null,
    attachments: [],
    metadata: {},
  };
}

/** A run stopped for these function calls (`[id, name, args]`). */
export function runRequiringCalls(calls) {
  const tool_calls = calls.map(([id, name, args]) => ({
    id,
    type: 'function',
    function: { name, arguments: JSON.stringify(args) },
  }));
  return localRun('requires_action', {
    required_action: { type: 'submit_tool_outputs', submit_tool_outputs: { tool_calls } },
  });
}

const step = (id, details, status = 'in_progress') => ({
  id,
  object: 'thread.run.step',
  created_at: now(),
  assistant_id: 'asst_local',
  thread_id: 'thread_local',
  run_id: 'run_local',
  type: details.type,
  status,
  step_details: details,
});

/** The events of a run that streams its function calls' arguments, then stops for their outputs. */
export function toolCallEvents(calls) {
  const delta = (index, fn, id) => ({
    event: 'thread.run.step.delta',
    data: {
      id: 'step_tools',
      object: 'thread.run.step.delta',
      delta: { step_details: { type: 'tool_calls', tool_calls: [{ index, type: 'function', id, function: fn }] } },
    },
  });
  return [
    { event: 'thread.run.created', data: localRun('queued') },
    { event: 'thread.run.in_progress', data: localRun('in_progress') },
    { event: 'thread.run.step.created', data: step('step_tools', { type: 'tool_calls', tool_calls: [] }) },
    ...calls.map(([id, name, args], index) =>
      delta(index, { name, arguments: JSON.stringify(args), output: null }, id),
    ),
    { event: 'thread.run.requires_action', data: runRequiringCalls(calls) },
    { event: 'done', data: '[DONE]' },
  ];
}

/** The events of a run that writes `answer` a few words at a time, then completes. */
export function answerEvents(answer) {
  const details = { type: 'message_creation', message_creation: { message_id: 'msg_answer' } };
  const words = answer.match(/\S+\s*/g) ?? [];
  return [
    { event: 'thread.run.queued', data: localRun('queued') },
    { event: 'thread.run.in_progress', data: localRun('in_progress') },
    { event: 'thread.run.step.created', data: step('step_message', details) },
    { event: 'thread.message.created', data: localMessage('msg_answer', 'assistant', '', 'in_progress') },
    ...words.map((value) => ({
      event: 'thread.message.delta',
      data: {
        id: 'msg_answer',
        object: 'thread.message.delta',
        delta: { content: [{ index: 0, type: 'text', text: { value } }] },
      },
    })),
    { event: 'thread.message.completed', data: localMessage('msg_answer', 'assistant', answer) },
    { event: 'thread.run.step.completed', data: step('step_message', details, 'completed') },
    { event: 'thread.run.completed', data: localRun('completed') },
    { event: 'done', data: '[DONE]' },
  ];
}
