import { ts } from 'ts-morph';

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  declaration: true,
  isolatedDeclarations: true,
  verbatimModuleSyntax: true,
  removeComments: false,
  newLine: ts.NewLineKind.LineFeed,
};

/**
 * JavaScript and declarations for every source file, file by file: the
 * generated code and the runtime are written so that neither needs the type
 * checker (`isolatedDeclarations`), which keeps this stage fast.
 */
export function compileSources(files: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, text] of files) {
    if (!path.startsWith('src/') || !path.endsWith('.ts')) continue;
    const [jsPath, dtsPath] = compiledPaths(path);
    const js = ts.transpileModule(text, { compilerOptions: COMPILER_OPTIONS, fileName: path });
    out.set(jsPath, js.outputText);
    const dts = ts.transpileDeclaration(text, { compilerOptions: COMPILER_OPTIONS, fileName: path, reportDiagnostics: true });
    const problems = dts.diagnostics ?? [];
    if (problems.length > 0) {
      const first = ts.flattenDiagnosticMessageText(problems[0]!.messageText, ' ');
      throw new Error(`internal error: ${path} cannot be declared in isolation: ${first}`);
    }
    out.set(dtsPath, dts.outputText);
  }
  return out;
}

/** Where a source's JavaScript and declarations go: `src/a/b.ts` gives `dist/a/b.js` and `dist/a/b.d.ts`. */
export function compiledPaths(source: string): [js: string, dts: string] {
  const base = `dist/${source.slice('src/'.length, -'.ts'.length)}`;
  return [`${base}.js`, `${base}.d.ts`];
}
