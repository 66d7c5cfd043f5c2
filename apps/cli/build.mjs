// Bundles the `paperkg` command into dist/ with esbuild: the workspace packages (@paperkg/*) are
// inlined from their TypeScript sources; every other package stays external, imported by the path
// Node would resolve from the workspace package that imports it (pnpm gives each package only its
// own dependencies, so a bare name would not resolve from apps/cli/dist).
//
// Two source conventions keep their meaning in the bundle:
// - `import.meta.url` / `import.meta.dirname` / `import.meta.filename` in a workspace file still
//   name that file's place in the checkout (data/samples, apps/web/dist, the launcher's pom.xml).
// - A worker started as `new Worker(new URL("./fooEntry.mjs", import.meta.url))`, where the .mjs is
//   a source-only entry that registers tsx, starts `dist/foo.js` instead: `foo.ts` beside the .mjs
//   is bundled as a worker entry of its own, so no worker transpiles TypeScript at run time.
//
// Plain JavaScript on purpose: it runs from `postinstall` before anything else is built.
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { isBuiltin } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { NODE_BUNDLE_OPTIONS } from "@paperkg/extractor/bundleOptions";
import { build } from "esbuild";

const CLI_DIR = dirname(fileURLToPath(import.meta.url));
const OUT_DIR = join(CLI_DIR, "dist");
/** Built beside dist/ (same depth, so the same relative paths) and swapped in when complete. */
const BUILD_DIR = join(CLI_DIR, `dist.${process.pid}.tmp`);
const WORKER_ENTRY = /new URL\(\s*(["'])\.\/([\w-]+)Entry\.mjs\1\s*,\s*import\.meta\.url\s*\)/g;
const BUNDLE_URL = "__paperkg_bundle_url__";
const RESOLVING = Symbol("resolving");

/** A posix path from dist/ to `path`, usable as a URL relative to the bundle. */
const fromOutDir = (path) => relative(OUT_DIR, path).split(sep).join("/");

function paperkgPlugin(workers) {
  return {
    name: "paperkg",
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData === RESOLVING || args.path.startsWith("@paperkg/")) return undefined;
        if (isBuiltin(args.path)) return { path: args.path, external: true };
        const found = await b.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          pluginData: RESOLVING,
        });
        if (found.errors.length > 0) return { errors: found.errors };
        return { path: fromOutDir(found.path).replace(/^(?!\.)/, "./"), external: true };
      });
      b.onLoad({ filter: /\.(ts|tsx|mts|mjs|js)$/ }, (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        let source = readFileSync(args.path, "utf8");
        if (!source.includes("import.meta")) return undefined;
        source = source.replace(WORKER_ENTRY, (_match, _quote, name) => {
          workers.set(name, join(dirname(args.path), `${name}.ts`));
          return `new URL("./${name}.js", ${BUNDLE_URL})`;
        });
        const file = JSON.stringify(fromOutDir(args.path));
        const dir = JSON.stringify(`${fromOutDir(dirname(args.path))}/`);
        source = source
          .replaceAll("import.meta.url", `new URL(${file}, ${BUNDLE_URL}).href`)
          .replaceAll(
            "import.meta.dirname",
            `decodeURIComponent(new URL(${dir}, ${BUNDLE_URL}).pathname.slice(0, -1))`,
          )
          .replaceAll("import.meta.filename", `decodeURIComponent(new URL(${file}, ${BUNDLE_URL}).pathname)`)
          .replaceAll(BUNDLE_URL, "import.meta.url");
        const loader = args.path.endsWith(".tsx") ? "tsx" : /\.m?ts$/.test(args.path) ? "ts" : "js";
        return { contents: source, loader, resolveDir: dirname(args.path) };
      });
    },
  };
}

async function bundle(entryPoints, workers) {
  const result = await build({
    ...NODE_BUNDLE_OPTIONS,
    entryPoints,
    outdir: BUILD_DIR,
    sourcemap: "linked",
    metafile: true,
    logLevel: "warning",
    plugins: [paperkgPlugin(workers)],
  });
  return Object.keys(result.metafile.inputs).filter((input) => !input.includes("node_modules/"));
}

/**
 * Builds dist/main.js, the workers it starts, and dist/inputs.json: the workspace files the
 * bundle was made from (relative to apps/cli), which `bin/paperkg.mjs` checks for staleness.
 * The new dist/ replaces the old one only once complete, so a CLI starting meanwhile never sees
 * half a build; when two builds race, the second finds a fresh dist/ and drops its own.
 */
export async function buildCli() {
  const started = performance.now();
  const workers = new Map();
  let fromCli;
  try {
    const inputs = await bundle({ main: join(CLI_DIR, "src", "main.ts") }, workers);
    if (workers.size > 0) inputs.push(...(await bundle(Object.fromEntries(workers), new Map())));
    // esbuild names inputs relative to the working directory
    fromCli = [...new Set(inputs)].map((input) => relative(CLI_DIR, resolve(input)).split(sep).join("/"));
    writeFileSync(join(BUILD_DIR, "inputs.json"), `${JSON.stringify(fromCli.sort(), null, 1)}\n`);
    rmSync(OUT_DIR, { recursive: true, force: true });
    renameSync(BUILD_DIR, OUT_DIR);
  } catch (error) {
    if (!["ENOTEMPTY", "EEXIST"].includes(error?.code)) throw error;
  } finally {
    rmSync(BUILD_DIR, { recursive: true, force: true });
  }
  const ms = Math.round(performance.now() - started);
  process.stderr.write(
    `cli build: dist/main.js and ${workers.size} worker(s) from ${fromCli.length} files in ${ms} ms\n`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildCli();
