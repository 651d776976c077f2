/*
 * The code's shape in figures, for the closing notes of refactors (`npm run bench:code [DIR]`): source
 * lines per folder of src/, lines over 160 characters, the longest functions, optional-field spreads
 * `...(x ? { x } : {})`, and the files that branch on a fee rule's kind outside the rules' registry.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = process.argv[2] ?? process.cwd();
const src = join(root, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const all = files(src);
const perFolder = new Map<string, number>();
let long = 0;
let spreads = 0;
const functions: { name: string; lines: number }[] = [];
const branching = new Set<string>();
for (const file of all) {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const rel = relative(src, file);
  const folder = rel.includes('/') ? rel.split('/')[0]! : '.';
  perFolder.set(folder, (perFolder.get(folder) ?? 0) + lines.length);
  long += lines.filter((l) => l.length > 160).length;
  spreads += (text.match(/\.\.\.\([^()]*\?\s*\{/g) ?? []).length;
  if (
    !rel.startsWith('domain/rules') &&
    /kind === '(per-capita|indexed|split)'|case '(per-capita|indexed|split)'|rule\.(rateOre|amountOre|baseAmountOre|reading)\b/.test(
      text,
    )
  )
    branching.add(rel);
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    if (
      ts.isFunctionDeclaration(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isArrowFunction(node) ||
      ts.isFunctionExpression(node)
    ) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const named =
        ts.isFunctionDeclaration(node) && node.name
          ? node.name.text
          : ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name)
            ? node.parent.name.text
            : undefined;
      if (named) functions.push({ name: `${rel} ${named}`, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
const total = [...perFolder.values()].reduce((s, n) => s + n, 0);
console.log(`src: ${total} lines in ${all.length} files`);
for (const [folder, n] of [...perFolder].sort()) console.log(`  ${folder.padEnd(10)} ${n}`);
console.log(`lines over 160 characters: ${long}`);
console.log(`optional-field spreads ...(x ? { x } : {}): ${spreads}`);
console.log(
  `files branching on a rule's kind outside domain/rules: ${branching.size}${branching.size ? ` (${[...branching].join(', ')})` : ''}`,
);
console.log('longest functions:');
for (const f of functions.sort((a, b) => b.lines - a.lines).slice(0, 6))
  console.log(`  ${String(f.lines).padStart(4)}  ${f.name}`);
