import { fileSize } from './file-size';

describe('a file size', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1.0 KB'],
    [1536, '1.5 KB'],
    [1024 * 1024 - 1, '1024.0 KB'],
    [1024 * 1024, '1.0 MB'],
    [20 * 1024 * 1024 + 512 * 1024, '20.5 MB'],
  ])('%i bytes reads %s', (bytes, text) => {
    expect(fileSize(bytes)).toBe(text);
  });
});
