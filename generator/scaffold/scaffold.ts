import type { Plan } from '../plan/plan.ts';
import type { PackageIdentity } from './identity.ts';
import { jsonFile, packageJson, TSCONFIG } from './manifest.ts';
import { readmeTemplate } from './readme-template.ts';
import { readmeView } from './readme.ts';

/** The handlebars template of the package README (templates/README.md.hbs). */
export interface Templates {
  readonly readme: string;
}

/**
 * package.json and tsconfig.json of the generated package, written from
 * objects, and its README.md, rendered from the one template: prose is
 * templated, code and data never are.
 */
export function scaffold(templates: Templates, identity: PackageIdentity, plans: readonly Plan[]): Map<string, string> {
  const readme = readmeTemplate(templates.readme)(readmeView(identity, plans));
  return new Map([
    ['package.json', jsonFile(packageJson(identity, plans))],
    ['tsconfig.json', jsonFile(TSCONFIG)],
    ['README.md', readme],
  ]);
}
