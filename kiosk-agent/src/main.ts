import { startAgent } from './agent';
import { loadConfig } from './config';
import { agentClock } from './sim-clock';

const config = loadConfig();
const agent = await startAgent(config, {
  residentNow: agentClock(config.simulator, process.env['MOTCUA_SIM_CLOCK']),
});

const stop = () => {
  void agent.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
