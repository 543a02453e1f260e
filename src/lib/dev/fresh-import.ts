/**
 * Imports registry files so that an edit is seen: Node caches every ES module by URL for the
 * life of the process, so the dev server imports an edited file (and the events that depend on
 * it) under a new `?hookref-v=N` URL. The hooks in fresh-import-hooks.mjs carry the version to
 * the files it imports inside the registry and report those imports, which gives the
 * dependency graph: an edit to `_shared.ts` re-imports exactly the events that use it.
 */
import { register } from 'node:module';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { MessageChannel } from 'node:worker_threads';

export interface FreshImporter {
	/**
	 * Imports `file` (and the registry files it imports) as of now. Files imported in the same
	 * generation share their helpers; `nextGeneration()` starts a new one for the next reload.
	 */
	importFresh(file: string): Promise<Record<string, unknown>>;
	nextGeneration(): void;
	/** Every registry file `file` imports, directly or not, as absolute paths. */
	dependenciesOf(file: string): Set<string>;
	/** Waits until every dependency edge of the imports so far has been recorded. */
	settle(): Promise<void>;
	/** Records what files imported by other means (the first load's bundle) import. */
	recordImports(imports: Map<string, string[]>): void;
}

export function createFreshImporter(registryDir: string): FreshImporter {
	const root = pathToFileURL(path.resolve(registryDir)).href + '/';
	const { port1, port2 } = new MessageChannel();
	register('./fresh-import-hooks.mjs', import.meta.url, { data: { root, port: port2 }, transferList: [port2] });
	port1.unref();

	const imports = new Map<string, Set<string>>();
	let generation = 1;
	let pings = 0;
	const pending = new Map<number, () => void>();
	port1.on('message', (message: { parent?: string; child?: string; ping?: number }) => {
		if (message.ping !== undefined) {
			const done = pending.get(message.ping);
			pending.delete(message.ping);
			done?.();
			return;
		}
		const parent = fileURLToPath(message.parent!);
		const children = imports.get(parent) ?? new Set();
		children.add(fileURLToPath(message.child!));
		imports.set(parent, children);
	});

	return {
		async importFresh(file) {
			const absolute = path.resolve(file);
			imports.delete(absolute);
			const url = pathToFileURL(absolute);
			url.searchParams.set('hookref-v', String(generation));
			return import(url.href);
		},
		nextGeneration() {
			generation++;
		},
		recordImports(edges) {
			for (const [parent, children] of edges) imports.set(parent, new Set(children));
		},
		dependenciesOf(file) {
			const seen = new Set<string>();
			const visit = (current: string) => {
				for (const child of imports.get(current) ?? []) {
					if (seen.has(child)) continue;
					seen.add(child);
					visit(child);
				}
			};
			visit(path.resolve(file));
			return seen;
		},
		settle() {
			const id = ++pings;
			port1.ref();
			return new Promise((resolve) => {
				pending.set(id, () => {
					if (pending.size === 0) port1.unref();
					resolve();
				});
				port1.postMessage({ ping: id });
			});
		},
	};
}
