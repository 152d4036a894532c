// The YAML readers over the public descriptions (run by `npm run corpus`, never by `npm test`, which reads nothing
// outside the repository): a description js-yaml's events read has the value and places `yaml` gives it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromDocument, fromEvents, placesBothWays, pointersOf } from '../helpers/yaml-read.ts';

const specs: string[] = JSON.parse(process.env.CORPUS_FILES ?? '[]').filter((f: string) => /\.ya?ml$/i.test(f));

describe('the public YAML descriptions, read from events and by yaml', () => {
  if (specs.length === 0) it.skip('no YAML descriptions given (CORPUS_FILES)', () => {});
  for (const spec of specs) {
    it(spec, () => {
      const text = readFileSync(spec, 'utf8');
      const events = fromEvents(text);
      const document = fromDocument(text);
      console.log(`yaml ${spec}: ${events ? 'read from events' : 'left to yaml'}`);
      if (!events) return;
      expect(document, 'yaml reads what the events read').toBeDefined();
      expect(JSON.stringify(events.value)).toBe(JSON.stringify(document!.value));
      const places = placesBothWays(text);
      for (const pointer of pointersOf(document!.value))
        expect(places.events.offsetOf(pointer), pointer).toBe(places.document.offsetOf(pointer));
    });
  }
});
