/** The parts of structured-data-testing-tool (which ships no types) that the validator test uses. */
declare module 'structured-data-testing-tool' {
  interface TestResult {
    test: string;
    description: string;
  }
  interface Outcome {
    passed: TestResult[];
    failed: TestResult[];
    warnings: TestResult[];
  }
  const sdtt: { structuredDataTest(html: string, options: { presets: unknown[] }): Promise<Outcome> };
  export default sdtt;
}

declare module 'structured-data-testing-tool/presets.js' {
  const presets: Record<'Google' | 'SocialMedia', unknown>;
  export default presets;
}
