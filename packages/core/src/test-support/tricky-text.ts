import fc from 'fast-check';

/**
 * Any text, weighted towards what breaks names and URLs: quotes, line breaks, percent escapes, slashes, dots, lone
 * surrogates, control characters, and any other code point.
 */
export function trickyText(maxLength = 30): fc.Arbitrary<string> {
  const tricky = fc.constantFrom(
    '%',
    '22',
    '0a',
    '0D',
    '"',
    '\r',
    '\n',
    '/',
    '.',
    '?',
    '#',
    '&',
    '=',
    '\ud800',
    '\udc00',
    '\0',
  );
  const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
  return fc
    .array(fc.oneof(tricky, anyUnit, fc.string({ unit: 'binary', minLength: 1, maxLength: 2 })), { maxLength })
    .map((units) => units.join(''));
}
