import { createHash } from 'node:crypto';
import type { Md5Hash } from '../upload-file.js';

/** An incremental md5 from `node:crypto`, for `uploadFile(client, body, { md5 })`. */
export function md5(): Md5Hash {
  const hash = createHash('md5');
  return {
    update: (bytes) => {
      hash.update(bytes);
    },
    digest: () => hash.digest('hex'),
  };
}
