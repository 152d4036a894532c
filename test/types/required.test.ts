import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Node, Project, type PropertySignature } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { planOf, root } from '../helpers/generate.ts';

type Schema = { required?: string[]; properties?: Record<string, { readOnly?: boolean; writeOnly?: boolean }> };

/** The property signatures a generated model declares: an interface's, or the object literal a collection alias starts with. */
function declared(types: ReturnType<Project['addSourceFileAtPath']>, name: string): PropertySignature[] | undefined {
  const iface = types.getInterface(name);
  if (iface) return iface.getProperties();
  let node: Node | undefined = types.getTypeAlias(name)?.getTypeNode();
  while (node && Node.isIntersectionTypeNode(node)) node = node.getTypeNodes()[0];
  return node && Node.isTypeLiteral(node) ? node.getProperties() : undefined;
}

const unquote = (key: string): string => key.replace(/^(['"])(.*)\1$/, '$2');

/**
 * Every generated model marks a property optional exactly when its schema
 * does not list it in `required`, in the response shape and in the request
 * shape alike: depth resources and collections included.
 */
describe.each([
  ['specs/profitbricks-v4.yaml', 'profitbricks'],
  ['specs/contabo.yaml', 'contabo'],
])('%s', (spec, entry) => {
  const doc = parse(readFileSync(join(root, spec), 'utf8')) as { components: { schemas: Record<string, Schema> } };
  const plan = planOf(spec);
  const types = new Project({ skipAddingFilesFromTsConfig: true }).addSourceFileAtPath(
    join(root, 'generated/src', entry, 'types.ts'),
  );

  it('makes required exactly what each schema requires', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const model of plan.api.models) {
      const schema = doc.components.schemas[model.name];
      if (!schema?.properties || model.pointer !== `/components/schemas/${model.name}`) continue;
      const shapes = [
        { name: plan.readNames.get(model.id)!, hidden: 'writeOnly' as const },
        ...(plan.writeNames.has(model.id)
          ? [{ name: plan.writeNames.get(model.id)!, hidden: 'readOnly' as const }]
          : []),
      ];
      for (const { name, hidden } of shapes) {
        const members = declared(types, name);
        if (!members) continue;
        const got = Object.fromEntries(
          members.map((m) => [unquote(m.getName()), m.hasQuestionToken() ? 'optional' : 'required']),
        );
        const want = Object.fromEntries(
          Object.entries(schema.properties)
            .filter(
              ([key]) =>
                !(hidden === 'readOnly' ? schema.properties![key]!.readOnly : schema.properties![key]!.writeOnly),
            )
            .map(([key]) => [key, schema.required?.includes(key) ? 'required' : 'optional']),
        );
        // A collection alias declares `items` in its depth-dependent part, not in the leading literal.
        if (model.depth === 'collection') delete want['items'];
        checked++;
        for (const key of new Set([...Object.keys(got), ...Object.keys(want)])) {
          if (got[key] !== want[key])
            wrong.push(`${name}.${key}: ${got[key] ?? 'absent'}, spec says ${want[key] ?? 'absent'}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });
});
