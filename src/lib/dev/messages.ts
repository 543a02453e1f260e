/**
 * What the registry process (scripts/dev.ts) and Astro's dev server (live-reload.ts) tell each
 * other over Node's IPC channel.
 */

/** Astro → registry: the dev server is listening; send the registry's state. */
export interface HelloMessage {
	type: 'hookref:hello';
}

/** Astro → registry: the dev server accepts requests; the registry process may start its background work. */
export interface ListeningMessage {
	type: 'hookref:listening';
}

/** Registry → Astro: the registry's state after a load; `reload` when the site model changed. */
export interface RegistryStateMessage {
	type: 'hookref:registry';
	/** The registry's problems, exactly as the terminal shows them; absent when it is valid. */
	error?: string;
	reload: boolean;
	/** The first load of the registry is under way: page requests wait until it is written. */
	loading?: boolean;
	/**
	 * The first load's downloads that no page needs to render (types, validators, formats) are
	 * still being made: a request for one waits until they are written.
	 */
	preparing?: boolean;
}

export type DevMessage = HelloMessage | ListeningMessage | RegistryStateMessage;

export const isDevMessage = (value: unknown): value is DevMessage =>
	typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string' && (value as { type: string }).type.startsWith('hookref:');
