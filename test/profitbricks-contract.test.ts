/**
 * Contract test of the generated ProfitBricks client: every operation of
 * specs/profitbricks-v4.yaml is called through ProfitBricksClient against
 * Prism's validating mock of the same spec (see test/contract/). The client
 * lives in generated/src/profitbricks/ (the spec's `x-client.entry`).
 */
import { fileURLToPath } from 'node:url';
import { ProfitBricksClient } from '../generated/src/profitbricks/index.ts';
import { describeContract } from './contract/prism.ts';

describeContract({
  name: 'ProfitBricks client against prism mock --errors specs/profitbricks-v4.yaml',
  root: fileURLToPath(new URL('..', import.meta.url)),
  spec: 'specs/profitbricks-v4.yaml',
  operations: 101,
  expect: { entry: 'profitbricks', clientName: 'ProfitBricksClient' },
  client: (baseUrl) =>
    new ProfitBricksClient({
      username: 'contract-test-user',
      password: 'contract-test-password',
      baseUrl,
      maxRetries: 0,
    }),
});
