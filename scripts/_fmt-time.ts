import { loadRegistry } from '../src/lib/registry/load-registry.ts';
import { publicEvents } from '../src/lib/registry/model.ts';
import { buildSharedSchemas } from '../src/lib/artifacts/shared-schemas.ts';
import { emitOpenApi } from '../src/lib/artifacts/openapi.ts';
import { emitAsyncApi } from '../src/lib/artifacts/asyncapi.ts';
import { emitMarkdownTwins } from '../src/lib/artifacts/markdown-twins.ts';
const registry = await loadRegistry(process.argv[2]!, { deferJsonSchemaCheck: true });
let t = performance.now();
const lap = (name: string) => { const n = performance.now(); console.log(name, ((n - t) / 1000).toFixed(2)); t = n; };
const events = publicEvents(registry);
const shared = buildSharedSchemas(registry, events); lap('shared');
const o = emitOpenApi(registry, events, shared); lap('openapi');
const c = JSON.stringify(shared.components, null, 2); lap('components ' + c.length);
const w = JSON.stringify(o.webhooks, null, 2); lap('webhooks ' + w.length);
const a = emitAsyncApi(registry, events, shared); lap('asyncapi');
for (const [k, v] of Object.entries(a)) { const s = JSON.stringify(v, null, 2); lap('asyncapi.' + k + ' ' + s.length); }
const tw = emitMarkdownTwins(registry, events); lap('twins');
