// Decrypts a SOPS file with the independent `sops-age` implementation (npm registry) and prints
// the result as JSON. Usage: node decrypt.mjs FILE (the age key comes from $SOPS_AGE_KEY).
import { readFileSync } from "node:fs";
import { decryptSops } from "sops-age";

const file = process.argv[2];
const ext = file.split(".").pop();
const fileType = ext === "yml" ? "yaml" : ext;
try {
  const result = await decryptSops(readFileSync(file, "utf8"), {
    secretKey: process.env.SOPS_AGE_KEY,
    fileType,
  });
  process.stdout.write(JSON.stringify(result));
} catch (error) {
  process.stderr.write(`sops-age could not decrypt ${file}: ${error.message}\n`);
  process.exit(1);
}
