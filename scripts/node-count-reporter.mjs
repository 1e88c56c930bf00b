// A node:test reporter that counts passed, failed and skipped tests (not suites) and writes
// them to the file named by TIM_NODE_RESULTS after every result: with --test-force-exit the
// runner may exit before a reporter's final output is flushed, so nothing waits for the end.
import { writeFileSync } from 'node:fs';

export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const file = process.env.TIM_NODE_RESULTS;
  const save = () => file && writeFileSync(file, JSON.stringify(counts));
  save();
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    // Suites (describe blocks) report too; count only the leaves.
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) counts.skipped += 1;
    else if (event.type === 'test:pass') counts.passed += 1;
    else counts.failed += 1;
    save();
  }
  yield '';
}
