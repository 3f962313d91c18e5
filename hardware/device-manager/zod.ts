// TODO(hardware deps): zod is not yet a dependency of @motcua/hardware and
// this folder may not change package.json; until it is added, borrow the
// copy that @motcua/protocol depends on. Swap for `from 'zod'` then.
export { z } from 'zod';
