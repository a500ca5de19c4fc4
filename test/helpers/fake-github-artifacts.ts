import { crc32, deflateRawSync } from 'node:zlib';
import { sendJson, startHttpServer, type TestServer } from './http.js';

/** A zip archive as GitHub serves artifacts: one deflated entry per file. */
export function zipOf(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const raw = Buffer.from(content);
    const data = deflateRawSync(raw);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
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
