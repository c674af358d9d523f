// .ci/run runs the suite again on Node 22 and 24 and says which major it meant; this proves the run really used it.
import { expect, it } from 'vitest';

const expectedMajor = process.env.EXPECT_NODE_MAJOR;

it.skipIf(!expectedMajor)(`runs on the Node major the CI matrix asked for (${expectedMajor ?? 'none asked'})`, () => {
  expect(process.versions.node.split('.')[0]).toBe(expectedMajor);
});
