import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text formats worth compressing; images and fonts in the build are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|webmanifest|xml)$/i;
/** Below this, the saved bytes do not pay for the encoding header and the extra file. */
const MIN_BYTES = 1024;

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)])));
  return nested.flat();
}

/**
 * Writes `name.br` (quality 11) and `name.gz` (level 9) beside every compressible file of the
 * build, once, at build time: the server then picks the variant by Accept-Encoding without
 * compressing on each request (apps/api/src/web/web-delivery.ts). node:zlib does both encodings,
 * so this needs no dependency. A variant that is not smaller than the original is not written.
 */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'gemeinwerk:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    // After the bundle is written and the public files are copied: robots.txt and favicon too.
    async closeBundle() {
      const targets = (await files(outDir)).filter((f) => COMPRESSIBLE.test(f));
      await Promise.all(
        targets.map(async (file) => {
          if ((await stat(file)).size < MIN_BYTES) return;
          const source = await readFile(file);
          const variants = await Promise.all([
            brotli(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: source.length } }).then((b) => ['.br', b] as const),
            gz(source, { level: 9 }).then((b) => ['.gz', b] as const),
          ]);
          await Promise.all(variants.filter(([, body]) => body.length < source.length).map(([suffix, body]) => writeFile(file + suffix, body)));
        }),
      );
    },
  };
}
