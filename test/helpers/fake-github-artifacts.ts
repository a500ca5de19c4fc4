import { crc32, deflateRawSync } from 'node:zlib';
import { sendJson, startHttpServer, type TestServer } from './http.js';

/** A little-endian record: [offset, bytes (2 or 4), value] triples over a zeroed buffer. */
function record(length: number, fields: [number, 2 | 4, number][]): Buffer {
  const out = Buffer.alloc(length);
  for (const [at, bytes, value] of fields) {
    if (bytes === 2) out.writeUInt16LE(value, at);
    else out.writeUInt32LE(value, at);
  }
  return out;
}

/** A zip archive as GitHub serves artifacts: one deflated entry per file. */
export function zipOf(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const raw = Buffer.from(content);
    const data = deflateRawSync(raw);
    const nameBytes = Buffer.from(name);
    const sizes = { crc: crc32(raw), packed: data.length, size: raw.length, name: nameBytes.length };
    const local = record(30, [
      [0, 4, 0x04034b50],
      [4, 2, 20],
      [8, 2, 8],
      [14, 4, sizes.crc],
      [18, 4, sizes.packed],
      [22, 4, sizes.size],
      [26, 2, sizes.name],
    ]);
    const central = record(46, [
      [0, 4, 0x02014b50],
      [4, 2, 20],
      [6, 2, 20],
      [10, 2, 8],
      [16, 4, sizes.crc],
      [20, 4, sizes.packed],
      [24, 4, sizes.size],
      [28, 2, sizes.name],
      [42, 4, offset],
    ]);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const count = Object.keys(files).length;
  const end = record(22, [
    [0, 4, 0x06054b50],
    [8, 2, count],
    [10, 2, count],
    [12, 4, directory.length],
    [16, 4, offset],
  ]);
  return Buffer.concat([...locals, directory, end]);
}

export interface FakeArtifact {
  id: number;
  name: string;
  runId: number;
  createdAt: string;
  expired?: boolean;
  files: Record<string, string>;
}

/**
 * GitHub's Actions artifacts API on 127.0.0.1: the list filtered by name, and the download that
 * answers 302 to a storage URL (as GitHub does) which serves the zip without the token.
 */
export async function startFakeArtifacts(
  artifacts: FakeArtifact[],
): Promise<TestServer & { requests: { path: string; authorization?: string }[] }> {
  const requests: { path: string; authorization?: string }[] = [];
  // Storage is another origin, as on GitHub: a client must not carry the token there.
  const storage = await startHttpServer((req, res) => {
    const id = Number(new URL(req.url ?? '/', 'http://x').pathname.split('/').at(-1));
    requests.push({ path: `/storage/${id}`, authorization: req.headers.authorization });
    const artifact = artifacts.find((a) => a.id === id);
    if (!artifact) return sendJson(res, 404, { message: 'Not Found' });
    res.writeHead(200, { 'content-type': 'application/zip' }).end(zipOf(artifact.files));
  });
  const server = await startHttpServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push({ path: url.pathname, authorization: req.headers.authorization });
    const zip = url.pathname.match(/^\/repos\/acme\/shop\/actions\/artifacts\/(\d+)\/zip$/);
    if (url.pathname === '/repos/acme/shop/actions/artifacts') {
      const name = url.searchParams.get('name');
      const listed = artifacts.filter((a) => !name || a.name === name);
      return sendJson(res, 200, {
        total_count: listed.length,
        artifacts: listed.map((a) => ({
          id: a.id,
          name: a.name,
          expired: a.expired ?? false,
          created_at: a.createdAt,
          workflow_run: { id: a.runId, head_sha: 'c0ffee'.padEnd(40, '0') },
        })),
      });
    }
    if (zip) {
      res.writeHead(302, { location: `${storage.url}/blob/${zip[1]}` }).end();
      return;
    }
    sendJson(res, 404, { message: 'Not Found' });
  });
  return {
    ...server,
    requests,
    close: async () => {
      await storage.close();
      await server.close();
    },
  };
}
