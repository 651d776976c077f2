import { execFileSync } from 'node:child_process';

/** In CI a missing program is a failure (.ci/run installs it); on a developer machine the suite is skipped with a loud message. */
function required(found: boolean, what: string, debianPackage: string): boolean {
  if (found) return true;
  const message = `${what} saknas: installera Debians ${debianPackage} (apt-get install -y ${debianPackage}).`;
  if (process.env.CI) throw new Error(message);
  console.warn(`HOPPAR ÖVER: ${message}`);
  return false;
}

/** Whether a system program the slow suites need is installed. */
export function requireProgram(program: string, debianPackage: string): boolean {
  let found = true;
  try {
    execFileSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' });
  } catch {
    found = false;
  }
  return required(found, program, debianPackage);
}

/** Whether a font family is installed (fontconfig's own answer, as LibreOffice asks it). */
export function requireFont(family: string, debianPackage: string): boolean {
  let found = false;
  try {
    found = execFileSync('fc-list', [`:family=${family}`, 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    found = false;
  }
  return required(found, `Typsnittet ${family}`, debianPackage);
}
