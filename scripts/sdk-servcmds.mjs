#!/usr/bin/env node
// npm run sdk:servcmds — lists every servcmd the installed @tencentcloud/chat
// bundle can send (its protocol table: servcmd: f.NAME.<SERVICE> + "." + di.<CMD>)
// and diffs it with packages/emulator/servcmds.txt. Exit 1 on drift, printing
// what was added and removed, so an SDK upgrade shows what the emulator must learn.
// `--write` rewrites the committed list after a deliberate upgrade.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const LIST = new URL('../packages/emulator/servcmds.txt', import.meta.url);

/** `{A:"x",B:"y"}` object literal text after `marker` -> Map A -> x. */
function literalMap(src, marker) {
  const start = src.indexOf(marker);
  if (start < 0) throw new Error(`SDK bundle changed shape: "${marker}" not found`);
  const end = src.indexOf('}', start);
  const map = new Map();
  for (const [, k, v] of src.slice(start, end).matchAll(/(\w+):"([^"]*)"/g)) map.set(k, v);
  return map;
}

export function extractServcmds(src) {
  const services = literalMap(src, 'NAME:{OPEN_IM:');
  const cmds = literalMap(src, '={LOGIN:"wslogin"');
  const out = new Set();
  const re = /servcmd:[\w$]+\.NAME\.(\w+)\+"\."\+[\w$]+\.(\w+)/g;
  for (const [, svc, cmd] of src.matchAll(re)) {
    const s = services.get(svc);
    const c = cmds.get(cmd);
    if (!s || !c) throw new Error(`cannot resolve servcmd ${svc}.${cmd}`);
    out.add(`${s}.${c}`);
  }
  // The SDK rewrites group requests for Community groups (@TGS#_...) at send
  // time (its _updateService): any servcmd whose service contains
  // group_open_http_svc or group_open_attr_http_svc goes out under
  // million_group_open_http_svc instead.
  const community = services.get('GRP_COMMUNITY');
  const grp = [services.get('GRP'), services.get('GRP_ATTR')].filter(Boolean);
  if (!community || grp.length !== 2) throw new Error('SDK bundle changed shape: group services');
  for (const name of [...out]) {
    const [svc, cmd] = name.split('.');
    if (grp.some((g) => svc.includes(g))) out.add(`${community}.${cmd}`);
  }
  return [...out].sort();
}

const bundle = readFileSync(require.resolve('@tencentcloud/chat/index.es.js'), 'utf8');
const version = JSON.parse(
  readFileSync(require.resolve('@tencentcloud/chat/package.json'), 'utf8'),
).version;
const current = extractServcmds(bundle);

if (process.argv.includes('--write')) {
  writeFileSync(LIST, current.join('\n') + '\n');
  console.log(`wrote ${current.length} servcmds of @tencentcloud/chat ${version}`);
  process.exit(0);
}
const committed = readFileSync(LIST, 'utf8').split('\n').filter(Boolean);
const added = current.filter((c) => !committed.includes(c));
const removed = committed.filter((c) => !current.includes(c));
if (added.length === 0 && removed.length === 0) {
  console.log(`@tencentcloud/chat ${version}: ${current.length} servcmds, no drift`);
  process.exit(0);
}
for (const c of added) console.log(`+ ${c}`);
for (const c of removed) console.log(`- ${c}`);
console.log(
  `@tencentcloud/chat ${version} differs from packages/emulator/servcmds.txt: ` +
    `${added.length} added, ${removed.length} removed (rerun with --write once handled)`,
);
process.exit(1);
