/**
 * A clean build says nothing the author has to decode: no warning from Astro or Starlight (an
 * empty `src/content/docs`, a missing `i18n` collection…) for the default registry or any
 * example. The builds themselves run once, in the global setup.
 */
import { describe, expect, inject, it } from 'vitest';

const warnings = (output: string) => output.split('\n').filter((line) => /warn/i.test(line));

describe('a clean build prints no warning', () => {
	it('the default registry', () => {
		const build = inject('defaultBuild');
		expect(build.status, build.output).toBe(0);
		expect(warnings(build.output)).toEqual([]);
	});
	it.each(Object.keys(inject('exampleBuilds')))('examples/%s', (name) => {
		const build = inject('exampleBuilds')[name]!;
		expect(build.status, build.output).toBe(0);
		expect(warnings(build.output)).toEqual([]);
	});
});
