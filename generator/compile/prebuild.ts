import { readRuntime } from '../sources.ts';
import { compileSources } from './compile.ts';

export { precompiledModule } from '../scaffold/readme-template.ts';

/**
 * The runtime compiled ahead of time, by package path (sources, JavaScript,
 * declarations). `npm run build` stores it in generator/dist so that a
 * generation does not compile the same runtime again; a runtime source that
 * changed since is compiled as usual.
 */
export async function precompileRuntime(root: string): Promise<Record<string, string>> {
  const sources = new Map([...readRuntime(root)].map(([name, text]) => [`src/runtime/${name}`, text]));
  return Object.fromEntries([...sources, ...(await compileSources(sources))]);
}
