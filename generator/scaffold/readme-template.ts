import { createRequire } from 'node:module';

type Render = (view: object) => string;

/** How the README template is compiled, here and ahead of time alike. */
const OPTIONS = { noEscape: true, strict: false } as const;

/** The file `npm run build` writes beside the bundle: the shipped template and its compiled form. */
const PRECOMPILED = './readme-template.cjs';

const require = createRequire(import.meta.url);

/**
 * The README template as a function of its view. Compiling the template
 * takes handlebars a tenth of a second, on every generation, so the build
 * compiles the shipped one ahead of time; a template that differs from it
 * (edited since the build, or run from source) is compiled here.
 */
export function readmeTemplate(text: string): Render {
  const built = precompiled();
  if (built?.source === text)
    return (require('handlebars/runtime') as typeof import('handlebars')).template(built.spec);
  return (require('handlebars') as typeof import('handlebars')).create().compile(text, OPTIONS);
}

function precompiled(): { source: string; spec: TemplateSpecification } | undefined {
  try {
    return require(PRECOMPILED);
  } catch {
    return undefined;
  }
}

type TemplateSpecification = Parameters<typeof import('handlebars').template>[0];

/** The module `npm run build` writes to generator/dist for a template (CommonJS, so that it loads synchronously). */
export function precompiledModule(text: string): string {
  const spec = (require('handlebars') as typeof import('handlebars')).precompile(text, OPTIONS);
  return `module.exports = { source: ${JSON.stringify(text)}, spec: ${spec} };\n`;
}
