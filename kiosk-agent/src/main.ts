import { startAgent } from './agent';
import { loadConfig } from './config';

const agent = await startAgent(loadConfig());

const stop = () => {
  void agent.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
