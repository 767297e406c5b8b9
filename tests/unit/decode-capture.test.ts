import { describe, expect, it } from 'vitest';
import { decodeCapture } from '../../scripts/clean/decode-capture';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeCapture', () => {
  it('numbers lines like an editor: a final newline does not open a line', () => {
    expect(decodeCapture('a.txt', bytes('一\n二\n')).lines).toEqual(['一', '二']);
    expect(decodeCapture('a.txt', bytes('一\n二')).lines).toEqual(['一', '二']);
    expect(decodeCapture('a.txt', bytes('一\n\n')).lines).toEqual(['一', '']);
  });

  it('drops the CR of CRLF line ends', () => {
    expect(decodeCapture('a.txt', bytes('一\r\n二\r\n')).lines).toEqual(['一', '二']);
  });

  it('computes the sha256 of the bytes', () => {
    expect(decodeCapture('a.txt', bytes('abc')).sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('rejects an empty capture, naming the file', () => {
    expect(() => decodeCapture('content/sources/x.txt', new Uint8Array())).toThrow('content/sources/x.txt: the capture is empty');
  });

  it('rejects a capture of blank lines', () => {
    expect(() => decodeCapture('x.txt', bytes('\n  \n'))).toThrow('x.txt:1: the capture holds only blank lines');
  });

  it('rejects invalid UTF-8, naming the line', () => {
    const broken = new Uint8Array([...bytes('一\n二\n'), 0xe4, 0xb8, 0x0a]);
    expect(() => decodeCapture('x.txt', broken)).toThrow('x.txt:3: the capture is not valid UTF-8 on this line');
  });
});
