import Handlebars from 'handlebars';
import type { Plan } from '../plan/plan.ts';

/** The package's identity; the version is bumped by hand when a release goes out. */
const PACKAGE = {
  name: 'cloud-api-clients',
  version: '0.1.0',
  description: 'Typed clients for the Contabo API and the ProfitBricks Cloud API v4',
} as const;

export type Templates = Readonly<Record<'package.json' | 'tsconfig.json' | 'README.md', string>>;

/**
 * package.json, tsconfig.json and README.md of the generated package, from
 * handlebars templates. Only scaffolding is templated; code never is.
 */
export function scaffold(templates: Templates, plans: readonly Plan[]): Map<string, string> {
  const data = {
    ...PACKAGE,
    apis: plans.map((plan) => ({
      entry: plan.api.entry,
      clientName: plan.api.clientName,
      transportFactory: plan.transportFactory,
      title: plan.api.title,
      version: plan.api.version,
      description: plan.api.description?.trim(),
      groups: plan.groups.map((g) => ({
        property: g.property,
        description: g.description?.trim().replace(/\s*\n\s*/g, ' '),
        operations: g.operations.map((o) => ({
          methodName: o.methodName,
          functionName: o.functionName,
          method: o.operation.method,
          path: o.operation.path,
          summary: (o.operation.summary ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|'),
        })),
      })),
    })),
  };
  const handlebars = Handlebars.create();
  handlebars.registerHelper('json', (value: unknown) => JSON.stringify(value));
  const out = new Map<string, string>();
  for (const [file, source] of Object.entries(templates)) {
    const text = handlebars.compile(source, { noEscape: true, strict: false })(data);
    // JSON files are parsed and printed again: a template slip fails here, not in a user's install.
    out.set(file, file.endsWith('.json') ? `${JSON.stringify(JSON.parse(text), null, 2)}\n` : text);
  }
  return out;
}
