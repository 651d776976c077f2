import { CliError, CliIo } from './io';

/** Never overwrite a file unless asked to: all outputs are checked before any is written. */
export async function refuseToOverwrite(io: CliIo, paths: readonly string[], force: boolean): Promise<void> {
  if (force) return;
  for (const path of paths) {
    if (await io.exists(path)) {
      throw new CliError(`${path} finns redan; välj ett annat namn eller lägg till --force för att skriva över.`, `${path} already exists; choose another name or add --force to overwrite.`);
    }
  }
}
