// Sums the TRX files of a `dotnet test` run and prints the suite's last line,
// "N passed, N failed, N skipped".
// Before it: the reliability table the reliability tests recorded (reliability.jsonl), and the
// skipped tests with their reasons. A test project that left no results, or a
// run that failed without a failing test (a crashed test host), counts as a failure.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const [folder, expectedProjects, dotnetStatus] = process.argv.slice(2);
const files = (() => {
  try {
    return readdirSync(folder).filter((f) => f.endsWith(".trx")).map((f) => join(folder, f));
  } catch {
    return [];
  }
})();

const attribute = (element, name) => Number((element.match(new RegExp(`\\b${name}="(\\d+)"`)) ?? [])[1] ?? 0);
let passed = 0;
let failed = 0;
const skipped = [];
for (const file of files) {
  const trx = readFileSync(file, "utf8");
  const counters = trx.match(/<Counters\b[^>]*>/)?.[0] ?? "";
  passed += attribute(counters, "passed");
  failed += attribute(counters, "failed") + attribute(counters, "error") + attribute(counters, "timeout") + attribute(counters, "aborted");
  for (const result of trx.matchAll(/<UnitTestResult\b[^>]*testName="([^"]*)"[^>]*outcome="NotExecuted"[^>]*>([\s\S]*?)<\/UnitTestResult>/g)) {
    const reason = result[2].match(/<Message>([\s\S]*?)<\/Message>/)?.[1]?.trim() ?? "no reason given";
    skipped.push(`${result[1]}: ${reason}`);
  }
}

printReliabilityTable(join(folder, "reliability.jsonl"));

const missing = Math.max(0, Number(expectedProjects) - files.length);
if (missing > 0) {
  console.log(`${missing} test project(s) left no results: counted as failed.`);
  failed += missing;
}
if (Number(dotnetStatus) !== 0 && failed === 0) {
  console.log(`dotnet test exited with ${dotnetStatus} without a failing test: counted as failed.`);
  failed += 1;
}
for (const line of skipped) {
  console.log(`skipped: ${line}`);
}
console.log(`${passed} passed, ${failed} failed, ${skipped.length} skipped`);
process.exit(failed === 0 ? 0 : 1);

function printReliabilityTable(path) {
  let rows;
  try {
    rows = readFileSync(path, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line));
  } catch {
    return;
  }
  const order = ["bad input", "delivery", "faults", "poison", "load", "security"];
  const rank = (area) => (order.indexOf(area) + order.length + 1) % (order.length + 1);
  rows.sort((a, b) => rank(a.area) - rank(b.area) || a.scenario.localeCompare(b.scenario));
  const cell = (value) => String(value ?? "").replaceAll("|", "\\|").replaceAll("\n", " ");
  const seconds = (value) => (value == null ? "" : value.toFixed(1));
  console.log("");
  console.log("Reliability (recorded by this run's tests):");
  console.log("");
  console.log("| area | scenario | what happened | documents | claims | lost | duplicated | wall time (s) |");
  console.log("|---|---|---|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    console.log(`| ${cell(r.area)} | ${cell(r.scenario)} | ${cell(r.outcome)} | ${r.documents} | ${r.claims} | ${r.lost} | ${r.duplicated} | ${seconds(r.wallSeconds)} |`);
  }
  console.log("");
}
