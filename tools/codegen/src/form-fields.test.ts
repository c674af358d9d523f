import { describe, expect, it } from 'vitest';
import { formFields, rebuildForm } from './form-fields.js';

describe('form fields', () => {
  it('brackets arrays and objects, leaves files whole and drops nulls', () => {
    const file = new Blob(['x']);
    expect(formFields('include', ['a', 'b'])).toEqual([
      ['include[]', 'a'],
      ['include[]', 'b'],
    ]);
    expect(formFields('expires_after', { anchor: 'created_at', seconds: 60, gone: null })).toEqual([
      ['expires_after[anchor]', 'created_at'],
      ['expires_after[seconds]', 60],
    ]);
    expect(formFields('image', [file])).toEqual([['image[]', file]]);
  });

  it('folds bracketed names back into objects and arrays', () => {
    expect(
      rebuildForm([
        ['model', 'm'],
        ['include[]', 'a'],
        ['include[]', 'b'],
        ['expires_after[seconds]', '60'],
      ]),
    ).toEqual({ model: 'm', include: ['a', 'b'], expires_after: { seconds: '60' } });
  });
});
