// Outbox drain rate and network-back → first acknowledgement, between a
// real agent and a real central process on loopback.
// Budgets (DESIGN.md): drain ≥ 200 dossiers/s without attachments;
// network back → first acknowledgement ≤ 2 s.
//
//   npx tsx scripts/src/bench/sync.ts [dossiers] [cuts]
import { randomUUID } from 'node:crypto';
import { waitForLog } from '../e2e/system';
import { KioskHarness, submission } from '../fault/kiosk-harness';
import { startTcpProxy } from '../fault/tcp-proxy';
import { percentile, verdict } from './stats';

const DOSSIERS = Number(process.argv[2] ?? 500);
const CUTS = Number(process.argv[3] ?? 5);
const OUTAGE_MS = 3_000;

const harness = new KioskHarness();
try {
  const central = await harness.startCentral();
  const proxy = await startTcpProxy(
    '127.0.0.1',
    Number(new URL(central.url).port),
  );
  const agent = await harness.startAgent(proxy.url);
  await harness.catalogReady();
  await waitForLog(agent, (l) => l['event'] === 'central-connected');
  const page = await harness.page();

  const delivered = () =>
    agent.lines.filter((l) => l['event'] === 'outbox-delivered').length;
  const submit = async () => {
    const answer = (await page.emitWithAck(
      'dossier.submit',
      submission(randomUUID()),
    )) as { ok: boolean };
    if (!answer.ok) throw new Error('dossier refused');
  };

  // 1. Drain: a backlog built while the link is cut, then released.
  proxy.cut();
  for (let n = 0; n < DOSSIERS; n += 1) await submit();
  const before = delivered();
  const mark = agent.lines.length;
  proxy.restore();
  // Timed from the moment the agent is back in contact with central.
  await waitForLog(
    agent,
    (l) => l['event'] === 'central-connected' && agent.lines.indexOf(l) >= mark,
  );
  const released = performance.now();
  await waitForLog(agent, () => delivered() >= before + DOSSIERS);
  const drainSeconds = (performance.now() - released) / 1000;
  const rate = DOSSIERS / drainSeconds;

  // 2. Network back → first acknowledgement, over several cuts.
  const backToAck: number[] = [];
  for (let cut = 0; cut < CUTS; cut += 1) {
    const mark = agent.lines.length;
    proxy.cut();
    await waitForLog(
      agent,
      (l) =>
        l['event'] === 'central-disconnected' && agent.lines.indexOf(l) >= mark,
    );
    // An outage of a few seconds: the reconnect backoff reaches its cap.
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
    await submit();
    const count = delivered();
    const back = performance.now();
    proxy.restore();
    await waitForLog(agent, () => delivered() > count);
    backToAck.push(performance.now() - back);
  }

  console.log(
    `outbox drain: ${String(DOSSIERS)} dossiers in ` +
      `${drainSeconds.toFixed(2)} s = ${rate.toFixed(0)} dossiers/s`,
  );
  console.log(`  budget ≥ 200 dossiers/s: ${verdict(rate >= 200)}`);
  const p50 = percentile(backToAck, 50);
  const max = Math.max(...backToAck);
  console.log(
    `network back → first ack over ${String(CUTS)} cuts: ` +
      `p50 ${p50.toFixed(0)} ms, max ${max.toFixed(0)} ms`,
  );
  console.log(`  budget ≤ 2000 ms (max): ${verdict(max <= 2000)}`);

  page.close();
  await proxy.close();
} finally {
  await harness.stop();
}
