import { execFileSync } from 'node:child_process';

/**
 * Whether a system program the slow suites need is installed. In CI a missing program is a failure
 * (.ci/run installs it); on a developer machine the suite is skipped with a loud message.
 */
export function requireProgram(program: string, debianPackage: string): boolean {
  let found = true;
  try {
    execFileSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' });
  } catch {
    found = false;
  }
  if (found) return true;
  const message = `${program} saknas: installera Debians ${debianPackage} (apt-get install -y ${debianPackage}).`;
  if (process.env.CI) throw new Error(message);
  console.warn(`HOPPAR ÖVER: ${message}`);
  return false;
}
