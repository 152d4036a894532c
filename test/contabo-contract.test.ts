/**
 * Contract test of the generated Contabo client: every operation of
 * specs/contabo.yaml is called through ContaboClient against Prism's
 * validating mock of the same spec (see test/contract/).
 */
import { fileURLToPath } from 'node:url';
import { ContaboClient } from '../generated/src/contabo/index.ts';
import { describeContract } from './contract/prism.ts';

describeContract({
  name: 'Contabo client against prism mock --errors specs/contabo.yaml',
  root: fileURLToPath(new URL('..', import.meta.url)),
  spec: 'specs/contabo.yaml',
  operations: 88,
  expect: { entry: 'contabo', clientName: 'ContaboClient' },
  client: (baseUrl) => new ContaboClient({ accessToken: 'contract-test-token', baseUrl, maxRetries: 0 }),
});
