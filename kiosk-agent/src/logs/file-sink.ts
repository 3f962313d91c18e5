import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

export interface FileSinkOptions {
  readonly dir: string;
  readonly name?: string;
  /** Rotate when the current file would grow past this. */
  readonly maxBytes?: number;
  /** Rotated files kept: agent.log.1 … agent.log.N. */
  readonly keep?: number;
}

export interface FileSink {
  readonly path: string;
  write(line: string): void;
  /** The newest `bytes` of the log, across the rotation boundary. */
  tail(bytes: number): Buffer;
  close(): void;
}

/** JSON lines to a file, rotated by size so a kiosk never fills its disk. */
export function openFileSink(options: FileSinkOptions): FileSink {
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const keep = options.keep ?? 5;
  mkdirSync(options.dir, { recursive: true });
  const path = join(options.dir, options.name ?? 'agent.log');

  let fd = openSync(path, 'a', 0o600);
  let size = statSync(path).size;

  const rotate = () => {
    closeSync(fd);
    rmSync(`${path}.${String(keep)}`, { force: true });
    for (let n = keep - 1; n >= 1; n -= 1) {
      if (existsSync(`${path}.${String(n)}`)) {
        renameSync(`${path}.${String(n)}`, `${path}.${String(n + 1)}`);
      }
    }
    renameSync(path, `${path}.1`);
    fd = openSync(path, 'a', 0o600);
    size = 0;
  };

  const readTail = (file: string, bytes: number): Buffer => {
    if (!existsSync(file) || bytes <= 0) return Buffer.alloc(0);
    const fileSize = statSync(file).size;
    const length = Math.min(bytes, fileSize);
    const buffer = Buffer.alloc(length);
    const handle = openSync(file, 'r');
    try {
      readSync(handle, buffer, 0, length, fileSize - length);
    } finally {
      closeSync(handle);
    }
    return buffer;
  };

  return {
    path,
    write(line) {
      const bytes = Buffer.from(line, 'utf8');
      if (size > 0 && size + bytes.length > maxBytes) rotate();
      writeSync(fd, bytes);
      size += bytes.length;
    },
    tail(bytes) {
      const current = readTail(path, bytes);
      const older = readTail(`${path}.1`, bytes - current.length);
      const joined = Buffer.concat([older, current]);
      // Start at a line boundary so every line uploaded is whole JSON.
      const firstNewline = older.length > 0 ? joined.indexOf(10) : -1;
      return firstNewline >= 0 ? joined.subarray(firstNewline + 1) : joined;
    },
    close() {
      closeSync(fd);
    },
  };
}
