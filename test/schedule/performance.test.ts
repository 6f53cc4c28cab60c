/** 100,000 projects: milestones are read in linear time with precompiled patterns. */
import { readMilestones, type ScheduleInput } from '../../src/core/schedule';
import { loadSample } from './sampleSheet';

function inputs(n: number): ScheduleInput[] {
  const sample = loadSample().projects.map((p) => p.input);
  const out: ScheduleInput[] = [];
  for (let i = 0; i < n; i++) out.push(sample[i % sample.length]);
  return out;
}

function time(list: readonly ScheduleInput[]): { ms: number; count: number } {
  const t0 = performance.now();
  let count = 0;
  for (const input of list) count += readMilestones(input, { fiscalYear: 2024, asOf: '2024-11-08' }).length;
  return { ms: performance.now() - t0, count };
}

test('100,000 projects stay fast and linear', () => {
  time(inputs(1000)); // warm up
  const small = time(inputs(10_000));
  const large = time(inputs(100_000));
  console.log(
    `schedule: 10,000 projects ${small.ms.toFixed(0)} ms; 100,000 projects ${large.ms.toFixed(0)} ms`,
  );
  expect(large.count).toBeGreaterThan(300_000);
  expect(large.ms).toBeLessThan(30_000);
  expect(large.ms / Math.max(small.ms, 1)).toBeLessThan(25);
});

test('a very long cell does not blow up', () => {
  const text = '12月12日に設置予定、'.repeat(20_000) + '10/30~11/3開催'.repeat(5000);
  const t0 = performance.now();
  const ms = readMilestones(
    { sectionKind: 'implementing', cells: [{ column: 'plan', cell: 'G1', text }] },
    {
      fiscalYear: 2024,
      asOf: '2024-11-08',
    },
  );
  expect(ms.length).toBeGreaterThanOrEqual(20_000);
  expect(performance.now() - t0).toBeLessThan(5000);
});
