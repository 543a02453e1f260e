/** "Did you mean …?": the candidate closest to what was typed, by edit distance. */
export function closestName(input: string, candidates: Iterable<string>): string | undefined {
	const distance = (a: string, b: string) => {
		const row = Array.from({ length: b.length + 1 }, (_, j) => j);
		for (let i = 1; i <= a.length; i++) {
			let previous = row[0]!;
			row[0] = i;
			for (let j = 1; j <= b.length; j++) {
				const current = row[j]!;
				row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
				previous = current;
			}
		}
		return row[b.length]!;
	};
	const ranked = [...candidates].map((c) => ({ c, d: distance(input, c) })).sort((x, y) => x.d - y.d);
	const best = ranked[0];
	return best && best.d <= Math.max(2, Math.floor(input.length / 3)) ? best.c : undefined;
}
