import { errorMessage } from './errorMessage';

describe('errorMessage', () => {
  it("prefers the server's text in a fetch error over the generic message and status", () => {
    expect(
      errorMessage({ data: { message: 'bad_data: parse error' }, message: 'Bad Request', statusText: 'Bad Request' })
    ).toBe('bad_data: parse error');
    expect(errorMessage({ data: { error: 'timeout' }, statusText: 'Gateway Timeout' })).toBe('timeout');
    expect(errorMessage({ data: { message: '  ' }, statusText: 'Gateway Timeout' })).toBe('Gateway Timeout');
  });

  it("reads an Error's message and a thrown string", () => {
    expect(errorMessage(new Error('socket hang up'))).toBe('socket hang up');
    expect(errorMessage('no route')).toBe('no route');
  });

  it('says the request failed when nothing readable was thrown', () => {
    for (const thrown of [undefined, null, 42, {}, new Error(''), '   ']) {
      expect(errorMessage(thrown)).toBe('Request failed.');
    }
  });
});
