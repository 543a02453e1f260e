/**
 * Runs one `publishSite` in its own process so a test can kill it: at a named step
 * (`publish-driver.ts <staging> <out> <step>` SIGKILLs itself there) or at any instant (the
 * test sends SIGKILL after writing `go`; "ready" on stdout means it is waiting for it).
 */
import { publishSite, type PublishStep } from '../../src/lib/pipeline/publish-site.ts';

const [staging, out, killAt] = process.argv.slice(2) as [string, string, PublishStep | undefined];
const publish = () => {
	publishSite(staging, out, (step) => {
		if (step === killAt) process.kill(process.pid, 'SIGKILL');
	});
	process.stdout.write('published\n');
};
if (killAt) publish();
else {
	process.stdin.once('data', () => {
		publish();
		process.exit(0);
	});
	process.stdout.write('ready\n');
}
