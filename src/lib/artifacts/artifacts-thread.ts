/**
 * The downloads no page needs, made on a worker thread: the TypeScript types and the formats other
 * tools read (OpenAPI, AsyncAPI, Markdown twins, llms.txt). At thousands of events they take tens
 * of seconds (at 5,000: the types ~15 s; the formats ~9 s, writing 170 MB included), and the
 * build's own thread is busy with ajv's pass while Astro renders in its process: on two cores they
 * belong beside both, not after them. The thread is sent the public events as plain data
 * (`plainRegistry`).
 *
 * Each file is written as soon as it is made, so that one large document at a time is in memory,
 * and searched for internal names while its text is at hand (the leak check does not read it back).
 */
import os from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { LeakScanner } from '../pipeline/check-leaks.ts';
import { plainRegistry, publicEvents, type PlainRegistry, type Registry } from '../registry/model.ts';
import { linkSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { emitFormatArtifacts, emitTypesArtifact, writeArtifact, type Artifact } from './emit-artifacts.ts';

/** A file the thread wrote: its path under the folder, its size and the internal names it holds. */
export interface WrittenArtifact {
	path: string;
	bytes: number;
	found: string[];
}

interface ArtifactsJob {
	hookrefArtifacts: true;
	registry: PlainRegistry;
	/** Where the files go. */
	dir: string;
	/** The internal names to search each file for. */
	needles: string[];
	/** The site published now, whose files with the same bytes are linked, not written (`writeAndScan`). */
	published?: string;
	/** Whether to make the formats as well as the types. */
	formats: boolean;
}

/** Writes the types (and, with `formats`, the formats) under `dir` from a worker thread. */
export function emitArtifactsOnThread(registry: Registry, options: Omit<ArtifactsJob, 'hookrefArtifacts' | 'registry'>): Promise<WrittenArtifact[]> {
	// Public events only, like every artifact: internal ones never reach the thread.
	const job: ArtifactsJob = { hookrefArtifacts: true, registry: plainRegistry({ ...registry, events: publicEvents(registry) }), ...options };
	// The worker inherits the loader this process runs TypeScript with.
	const worker = new Worker(new URL(import.meta.url), { workerData: job });
	return new Promise((resolve, reject) => {
		worker.once('message', resolve);
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`the artifacts thread exited with ${code} before it answered`)));
	});
}

/**
 * Writes `artifact` under `dir` and searches its text for the scanner's names while it is at hand.
 * When the site published at `published` holds the very same bytes at that path, the file is a
 * hard link to it instead: a rebuild after a one-event change would otherwise write every schema
 * and validator again (~150 MB at 2,000 events, seconds on two busy cores), and reading to compare
 * costs a fraction of writing. Nothing writes to a published file afterwards, and publishing
 * removes the old site by unlinking (publish-site.ts), so the link is the file from then on.
 */
export function writeAndScan(dir: string, artifact: Artifact, scanner: Pick<LeakScanner, 'find'>, published?: string): WrittenArtifact {
	const bytes = published ? Buffer.from(artifact.content) : undefined;
	if (!(bytes && linkSame(path.join(published!, artifact.path), path.join(dir, artifact.path), bytes))) writeArtifact(dir, artifact);
	return { path: artifact.path, bytes: bytes?.length ?? Buffer.byteLength(artifact.content), found: scanner.find(artifact.content) };
}

/** Links `target` to `source` if `source` holds `bytes`; false when it does not or cannot. */
function linkSame(source: string, target: string, bytes: Buffer): boolean {
	try {
		if (statSync(source, { throwIfNoEntry: false })?.size !== bytes.length || !readFileSync(source).equals(bytes)) return false;
		mkdirSync(path.dirname(target), { recursive: true });
		linkSync(source, target);
		return true;
	} catch {
		return false; // another file system, or a file in the way: written instead
	}
}

async function runJob({ registry, dir, needles, formats, published }: ArtifactsJob): Promise<WrittenArtifact[]> {
	const scanner = new LeakScanner(dir, needles);
	const written: WrittenArtifact[] = [];
	// One by one from the generator: one large document in memory at a time.
	if (formats) for (const artifact of emitFormatArtifacts(registry)) written.push(writeAndScan(dir, artifact, scanner, published));
	written.push(writeAndScan(dir, await emitTypesArtifact(registry), scanner, published));
	return written;
}

if (!isMainThread && (workerData as ArtifactsJob | undefined)?.hookrefArtifacts) {
	// Lowest priority: Astro's render and ajv's pass on the build's thread come first, this takes
	// what they leave (a core is idle once Astro is done at thousands of events). Linux sets the
	// nice value of the calling thread alone; elsewhere it would apply to the whole build.
	if (process.platform === 'linux') os.setPriority(19);
	parentPort!.postMessage(await runJob(workerData as ArtifactsJob));
}
