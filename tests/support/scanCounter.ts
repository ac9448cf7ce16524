// Counts the characters that string searches examine while `run` runs, so a test can say "this scan is
// linear" without a clock: String.prototype.indexOf and includes are wrapped for the duration and each
// call adds how far it had to look (to its match, or to the end of the string it searched).
export function countScannedChars<T>(run: () => T): { result: T; scanned: number } {
  const proto = String.prototype;
  const { indexOf, includes } = proto;
  let scanned = 0;
  const reach = (text: string, needle: string, position: number | undefined, found: number) => {
    const from = Math.min(Math.max(0, Math.trunc(position ?? 0)), text.length);
    return (found < 0 ? text.length : found + needle.length) - from;
  };
  proto.indexOf = function (this: string, needle: string, position?: number) {
    const found = indexOf.call(this, needle, position);
    scanned += reach(this, needle, position, found);
    return found;
  };
  proto.includes = function (this: string, needle: string, position?: number) {
    const found = indexOf.call(this, needle, position);
    scanned += reach(this, needle, position, found);
    return found >= 0;
  };
  try {
    return { result: run(), scanned };
  } finally {
    proto.indexOf = indexOf;
    proto.includes = includes;
  }
}
