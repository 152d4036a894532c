/**
 * The package README's template is compiled by `npm run build`, ahead of
 * time; a generation renders the compiled form when its template is the one
 * shipped. Both forms must write the same README.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { buildApi } from '../../generator/ir/build.ts';
import { loadWorkspace } from '../../generator/load/workspace.ts';
import { planApi } from '../../generator/plan/plan.ts';
import { packageIdentity } from '../../generator/scaffold/identity.ts';
import { precompiledModule, readmeTemplate } from '../../generator/scaffold/readme-template.ts';
import { readmeView } from '../../generator/scaffold/readme.ts';
import { root } from '../helpers/generate.ts';
import { tempDir } from '../helpers/tmp.ts';

const template = readFileSync(join(root, 'templates/README.md.hbs'), 'utf8');
const require = createRequire(import.meta.url);

/** The README view of a package of these specs, as the pipeline builds it. */
function viewOf(specs: string[]) {
  const workspaces = specs.map((spec) => loadWorkspace(spec, (p) => readFileSync(join(root, p), 'utf8')).workspace!);
  const apis = workspaces.map((workspace) => buildApi(workspace));
  return readmeView(packageIdentity({}, apis, workspaces).identity, apis.map(planApi));
}

describe('the README template compiled ahead of time', () => {
  it('renders what compiling the template renders, for each curated spec and for both in one package', () => {
    const file = join(tempDir('readme-template-'), 'readme-template.cjs');
    writeFileSync(file, precompiledModule(template));
    const built = require(file) as { source: string; spec: TemplateSpecification };
    expect(built.source).toBe(template);
    const precompiled = Handlebars.template(built.spec);
    for (const specs of [
      ['specs/contabo.yaml'],
      ['specs/profitbricks-v4.yaml'],
      ['specs/contabo.yaml', 'specs/profitbricks-v4.yaml'],
    ]) {
      const view = viewOf(specs);
      const compiled = readmeTemplate(template)(view);
      expect(compiled).toContain('## ');
      expect(precompiled(view), specs.join(' + ')).toBe(compiled);
    }
  });

  it('is built beside the bundle from the shipped template (run `npm run build` after editing it)', () => {
    const built = require(join(root, 'generator/dist/readme-template.cjs')) as { source: string };
    expect(built.source).toBe(template);
  });
});

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];
