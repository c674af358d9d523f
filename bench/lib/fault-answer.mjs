// What the fault server answers call N when nothing goes wrong, and what a client must therefore end up with: the
// same words either way, so a result that differs from them is a silent wrong answer.
const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa'];

/** The answer's text for call `id`: a few dozen words, different for every call. */
export function answerText(id) {
  return Array.from({ length: 24 + (id % 17) }, (_, index) => words[(id * 7 + index * 3) % words.length]).join(' ');
}

/** The deltas a streamed answer comes in: a word and its space each. */
export function answerDeltas(id) {
  return answerText(id).split(/(?<= )/);
}
