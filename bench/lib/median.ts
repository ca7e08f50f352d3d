/** The middle value: on a noisy 2-core machine, figures are quoted as medians of several runs. */
export const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
