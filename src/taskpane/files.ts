/** A chosen file's contents through FileReader, which every browser (and jsdom) has. */
function read<T>(start: (reader: FileReader) => void, result: (reader: FileReader) => T): Promise<T> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(result(reader));
    reader.onerror = () => reject(reader.error);
    start(reader);
  });
}

export const readFileBytes = (file: File): Promise<Uint8Array> =>
  read(
    (r) => r.readAsArrayBuffer(file),
    (r) => new Uint8Array(r.result as ArrayBuffer),
  );
