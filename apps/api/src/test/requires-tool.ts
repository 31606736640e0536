/**
 * A suite that needs a tool this machine may lack (pg_dump of the server's version, nginx, …).
 *
 * - Tool there (`missing` is null): the suite runs.
 * - Tool missing, `CI` set: the suite fails with the reason. CI must not report green while a
 *   durability check silently did not run.
 * - Tool missing, no `CI`: the suite is skipped, and says so in a framed warning that shows up in
 *   Jest's output (and in the skipped count), never silently.
 */
export function describeWithTool(missing: string | null, title: string, body: () => void): void {
  if (!missing) {
    describe(title, body);
    return;
  }
  if (process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0') {
    describe(title, () => {
      it(`needs a missing tool: ${missing}`, () => {
        throw new Error(`${title}: required tool missing in CI — ${missing}`);
      });
    });
    return;
  }
  const line = '!'.repeat(78);
  console.warn(`\n${line}\nSKIPPED (tool missing, would FAIL with CI=true): ${title}\n  ${missing}\n${line}\n`);
  describe.skip(title, body);
}
