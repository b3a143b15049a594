// Used by scripts/build.mjs on the command's bundles.
//
// esbuild writes a string's non-ASCII characters as escapes but leaves those
// of regular expression literals as they are ("–", "é" in the reader's
// patterns). One such character is enough for Node to decode the whole file
// into a string of two bytes a character, more slowly: decoding the reader
// took 2.1 to 2.6 ms against 0.6 once it was all ASCII, and loading it 0.9 to
// 1.8 ms less on Node 20, 22 and 24 (interleaved runs; see the README's
// Performance section). So each non-ASCII character is
// written as its `\uXXXX` escape, a character past U+FFFF as its two
// surrogates' escapes, which mean the same in a pattern with or without the
// `u` flag and in a string. A backslash before one ("\–", an identity escape
// in a pattern without `u`) is dropped: the escape alone means the character.
export function asciiOnly(code) {
  return code.replace(/(\\*)([^\0-\x7f])/gu, (_, slashes, character) => {
    const escaped = character
      .split('')
      .map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`)
      .join('');
    return (slashes.length % 2 === 1 ? slashes.slice(1) : slashes) + escaped;
  });
}
