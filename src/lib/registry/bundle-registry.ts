/**
 * Imports a whole registry as one module made in one esbuild pass, instead of one TypeScript
 * transform and one import per file: at 2,000 events the per-file loader (tsx) spends most of
 * the load transforming, messaging its loader thread and reading files. The module imports every
 * registry file in order and hands back their namespaces; a helper shared by several events is
 * one instance, as with per-file imports. The pass also yields the files' import graph
 * (`imports`), which the load cache keeps (load-cache.ts): a rebuild bundles only the files whose
 * sources changed. Packages (`hookref`, `zod`, `node:*`) and files
 * outside the registry folder stay external, so they are the very modules hookref itself uses.
 *
 * Anything the bundle cannot do as the per-file import would (a syntax error, a module that
 * throws) is left to the per-file import, whose error names file, line and column exactly as
 * before: `importModule` falls back by itself.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Metafile, type Plugin } from 'esbuild';
import { WORK_DIR } from '../pipeline/paths.ts';

export type ImportModule = (file: string) => Promise<Record<string, unknown>>;

export interface RegistryBundle {
	/** `file`'s namespace from the bundle, or `fallback`'s import when the bundle could not run. */
	importModule: ImportModule;
	/** Each bundled registry file's own imports inside the registry, as absolute paths. */
	imports: Map<string, string[]>;
	/**
	 * The bundled files that import what the bundle does not follow and hookref's own source does not
	 * pin: a file outside the registry folder, or a package other than `hookref`, `zod` and Node's own.
	 */
	outside: Set<string>;
	/** Removes the bundle's files (the modules stay loaded). */
	dispose(): void;
}

let bundles = 0;

/** Packages whose version hookref's lock file or Node pins (a registry's own `node_modules` is not hashed). */
const isOwnPackage = (specifier: string) => /^(hookref|zod)(\/|$)|^node:/.test(specifier) || builtinModules.includes(specifier);

/** Keeps imports that leave the registry folder external, by absolute path, as Node would load them. */
function externalOutside(root: string): Plugin {
	return {
		name: 'hookref:external-outside-registry',
		setup(plugin) {
			plugin.onResolve({ filter: /^\.\.?\// }, ({ path: specifier, resolveDir }) => {
				const target = path.resolve(resolveDir, specifier);
				if (target === root || target.startsWith(root + path.sep)) return undefined;
				return { path: pathToFileURL(target).href, external: true };
			});
		},
	};
}

/**
 * Bundles `files` (absolute or relative to the working folder) of the registry in `dir`;
 * undefined when esbuild rejects any of them (the per-file import then reports why).
 */
export async function bundleRegistry(dir: string, files: string[], fallback: ImportModule): Promise<RegistryBundle | undefined> {
	const root = path.resolve(dir);
	// Inside the project's work folder: `hookref` and `zod` resolve from there as from the registry.
	const outdir = path.join(WORK_DIR, 'registry-bundle');
	const outfile = path.join(outdir, `${process.pid}-${++bundles}.mjs`);
	const absolute = files.map((file) => path.resolve(file));
	const entry = [
		...absolute.map((file, i) => `import * as m${i} from ${JSON.stringify(file)};`),
		`export default [${absolute.map((_, i) => `m${i}`).join(', ')}];`,
	].join('\n');
	let metafile: Metafile;
	try {
		mkdirSync(outdir, { recursive: true });
		const result = await build({
			stdin: { contents: entry, resolveDir: root, sourcefile: 'registry.mjs', loader: 'js' },
			outfile,
			bundle: true,
			format: 'esm',
			platform: 'node',
			target: `node${process.versions.node.split('.')[0]}`,
			packages: 'external',
			plugins: [externalOutside(root)],
			metafile: true,
			write: true,
			logLevel: 'silent',
		});
		metafile = result.metafile;
	} catch {
		rmSync(outfile, { force: true });
		return undefined;
	}

	const cwd = process.cwd();
	const imports = new Map<string, string[]>();
	const outside = new Set<string>();
	for (const [input, meta] of Object.entries(metafile.inputs)) {
		const file = path.resolve(cwd, input);
		imports.set(
			file,
			meta.imports.filter((edge) => !edge.external).map((edge) => path.resolve(cwd, edge.path)),
		);
		if (meta.imports.some((edge) => edge.external && !isOwnPackage(edge.path))) outside.add(file);
	}
	// The generated entry module is not a registry file.
	for (const output of Object.values(metafile.outputs)) if (output.entryPoint) imports.delete(path.resolve(cwd, output.entryPoint));
	let namespaces: Promise<Map<string, Record<string, unknown>> | undefined> | undefined;
	const load = () =>
		(namespaces ??= import(pathToFileURL(outfile).href).then(
			(module: { default: Record<string, unknown>[] }) => new Map(absolute.map((file, i) => [file, module.default[i]!])),
			// A file threw while it ran: the per-file import runs each again and places the error in its source.
			() => undefined,
		));
	return {
		async importModule(file) {
			return (await load())?.get(path.resolve(file)) ?? fallback(file);
		},
		imports,
		outside,
		dispose() {
			rmSync(outfile, { force: true });
		},
	};
}
