import { transform } from 'esbuild';
import type { ts } from 'ts-morph';
import { GeneratedCodeError } from '../diagnostics/generated-code.ts';

/** TypeScript, loaded only when a source has no declarations given (the runtime, when it changed since `npm run build`). */
const typescript = async (): Promise<typeof ts> => (await import('ts-morph')).ts;

const declarationOptions = (ts: typeof import('ts-morph').ts): ts.CompilerOptions => ({
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  declaration: true,
  emitDeclarationOnly: true,
  isolatedDeclarations: true,
  // Every export is annotated (isolatedDeclarations), so declarations need no type checking, no lib and no imports resolved.
  noCheck: true,
  noLib: true,
  noResolve: true,
  removeComments: false,
  newLine: ts.NewLineKind.LineFeed,
});

/**
 * Fields are assigned in constructors rather than declared on the class: no
 * field is read before its constructor sets it, and bare declarations
 * (`method;`) would only add bytes to every app bundle.
 */
const JS_OPTIONS = { compilerOptions: { useDefineForClassFields: false } };

/**
 * JavaScript and declarations for every source file. JavaScript comes from
 * esbuild, file by file, each from the moment it is printed (`queueCompile`)
 * or else all at once here. Declarations given (printed on demand by the
 * emitter from its structures) are used as they are; the others come from
 * one TypeScript program over those files that emits declarations only,
 * without a type checker. Both are an order of magnitude faster than
 * TypeScript's per-file transpile functions.
 */
export async function compileSources(
  files: ReadonlyMap<string, string>,
  declared: ReadonlyMap<string, () => string> = new Map(),
): Promise<Map<string, string>> {
  const sources = new Map([...files].filter(([path]) => path.startsWith('src/') && path.endsWith('.ts')));
  // Every file not sent yet goes to esbuild's own process at once; declarations are printed here meanwhile.
  const scripts = Promise.all(
    [...sources].map(async ([path, text]) => [compiledPaths(path)[0], await compiled(path, text)] as const),
  );
  const out = new Map<string, string>();
  for (const [path] of sources) {
    const given = declared.get(path);
    if (given !== undefined) out.set(compiledPaths(path)[1], given());
  }
  const undeclared = new Map([...sources].filter(([path]) => !declared.has(path)));
  if (undeclared.size > 0)
    for (const [path, text] of declarations(undeclared, await typescript())) out.set(compiledPaths(path)[1], text);
  for (const [path, code] of await scripts) out.set(path, code);
  return out;
}

/** Sources sent to esbuild ahead of `compileSources`, by path, each with the text it was sent. */
const queued = new Map<string, { readonly text: string; readonly code: Promise<string> }>();

/**
 * Sends a printed source to esbuild now, so that its process compiles while
 * this one goes on emitting the next; `compileSources` takes the result. A
 * failure is reported there, where the result is awaited.
 */
export function queueCompile(path: string, text: string): void {
  const code = transformed(path, text);
  code.catch(() => {});
  queued.set(path, { text, code });
}

/** The JavaScript of a source: as sent ahead for this very text, or sent now. Taken once, so a run keeps none of it. */
function compiled(path: string, text: string): Promise<string> {
  const ahead = queued.get(path);
  queued.delete(path);
  return ahead?.text === text ? ahead.code : transformed(path, text);
}

async function transformed(path: string, text: string): Promise<string> {
  try {
    const { code } = await transform(text, {
      loader: 'ts',
      format: 'esm',
      target: 'es2022',
      sourcefile: path,
      tsconfigRaw: JS_OPTIONS,
    });
    return code;
  } catch (error) {
    const first = (error as { errors?: { text: string; location?: { line: number } | null }[] }).errors?.[0];
    throw new GeneratedCodeError(path, first?.location?.line, `esbuild: ${first?.text ?? String(error)}`);
  }
}

function declarations(sources: ReadonlyMap<string, string>, ts: typeof import('ts-morph').ts): Map<string, string> {
  const out = new Map<string, string>();
  const options = declarationOptions(ts);
  const host = ts.createCompilerHost(options);
  host.getSourceFile = (name, languageVersion) => {
    const text = sources.get(name);
    return text === undefined ? undefined : ts.createSourceFile(name, text, languageVersion);
  };
  host.fileExists = (name) => sources.has(name);
  host.readFile = (name) => sources.get(name);
  host.writeFile = (name, text) => out.set(name.replace(/\.d\.ts$/, '.ts'), text);
  const program = ts.createProgram([...sources.keys()], options, host);
  const result = program.emit(undefined, undefined, undefined, true);
  const problems = result.diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (problems.length > 0 || out.size !== sources.size) {
    const first = problems[0];
    const message = first
      ? ts.flattenDiagnosticMessageText(first.messageText, ' ')
      : 'some files emitted no declarations';
    const line =
      first?.file && first.start !== undefined
        ? first.file.getLineAndCharacterOfPosition(first.start).line + 1
        : undefined;
    throw new GeneratedCodeError(first?.file?.fileName ?? [...sources.keys()][0]!, line, `declarations: ${message}`);
  }
  return out;
}

/** Where a source's JavaScript and declarations go: `src/a/b.ts` gives `dist/a/b.js` and `dist/a/b.d.ts`. */
export function compiledPaths(source: string): [js: string, dts: string] {
  const base = `dist/${source.slice('src/'.length, -'.ts'.length)}`;
  return [`${base}.js`, `${base}.d.ts`];
}
