/** Loads a registry that must fail and returns its problem lines, with the folder as `<dir>`. */
import { expect } from 'vitest';
import { RegistryError } from '../../src/lib/registry/errors.ts';
import { loadRegistry } from '../../src/lib/registry/load-registry.ts';
import { writeRegistry } from '../helpers/temp-registry.ts';

export async function problemsIn(dir: string): Promise<string[]> {
	const error = await loadRegistry(dir).then(
		() => undefined,
		(e: unknown) => e,
	);
	expect(error, 'the registry is rejected').toBeInstanceOf(RegistryError);
	return (error as RegistryError).message.split('\n').slice(1).map((line) => line.replaceAll(dir, '<dir>').trim());
}

export const problems = (files: Record<string, string>) => problemsIn(writeRegistry(files));

/** The minimal platform with a permissive event type pattern. */
export const permissive = (platform: string) => platform.replace("name: 'Acme',", "name: 'Acme',\n\teventTypePattern: /^.+$/,");
