// Logs an operator can use: no interaction token in any line, warnings in the local console as sentences, the
// version on start, and a stray error logged while the process keeps serving.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, packageVersion, readableLine, redactTokens } from '../src/discord/log';

function sink() {
  let text = '';
  return {
    stream: new Writable({
      write(c, _e, cb) {
        text += String(c);
        cb();
      },
    }),
    text: () => text,
  };
}

describe('log lines', () => {
  it('redact interaction tokens in webhook and callback paths, and tokens standing alone', () => {
    const token = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OkFCQ0RFRmFiY2RlZg';
    expect(
      redactTokens(`PATCH https://discord.com/api/v10/webhooks/1234567890123/${token}/messages/@original failed`),
    ).toBe('PATCH https://discord.com/api/v10/webhooks/1234567890123/<token>/messages/@original failed');
    expect(redactTokens(`/interactions/99/${token}/callback`)).toBe('/interactions/99/<token>/callback');
    expect(redactTokens(`{"token":"${token}"}`)).toBe('{"token":"<token>"}');
    expect(redactTokens('/webhooks/1234/tok-200000000000000001')).toBe('/webhooks/1234/<token>');
  });

  it('a logger never writes a token, whatever field or error carries it', () => {
    const out = sink();
    const log = createLogger('info', out.stream);
    const err = Object.assign(new Error('404 on /api/v10/webhooks/1/tok-secret/messages/@original'), {
      url: 'https://discord.com/api/v10/webhooks/1/tok-secret/messages/@original',
    });
    log.error({ err }, 'could not send');
    expect(out.text()).toContain('/webhooks/1/<token>/messages');
    expect(out.text()).not.toContain('tok-secret');
  });

  it('in the console, a warning is a sentence, not JSON', () => {
    const out = sink();
    const log = createLogger('warn', out.stream, { readable: true });
    log.warn({ file: 'bad.bin' }, 'corpus: bad.bin: skipped: binary content (not text)');
    log.warn({ dataDir: 'data', ms: 12 }, 'slow start');
    log.info('not shown at warn');
    expect(out.text()).toBe(
      'warning: corpus: bad.bin: skipped: binary content (not text)\nwarning: slow start (dataDir=data, ms=12)\n',
    );
    expect(readableLine('{"level":50,"time":"t","msg":"failed","err":{"message":"boom"}}')).toBe('error: failed: boom');
  });

  it("the version is package.json's", () => {
    expect(packageVersion()).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
  });
});

describe('a process-wide handler', () => {
  it('logs an uncaught exception and an unhandled rejection, and the process keeps running', async () => {
    const script = `
      import { keepServing } from './src/bin/lifecycle.ts';
      import { createLogger } from './src/discord/log.ts';
      keepServing(createLogger('info'));
      setTimeout(() => { throw new Error('stray throw'); }, 10);
      setTimeout(() => { Promise.reject(new Error('stray rejection')); }, 20);
      setTimeout(() => { process.stdout.write('still serving\\n'); }, 200);
    `;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const code = await new Promise((r) => child.on('exit', r));
    expect(code).toBe(0);
    expect(out).toContain('uncaught exception (still serving)');
    expect(out).toContain('stray throw');
    expect(out).toContain('unhandled promise rejection (still serving)');
    expect(out.trim().endsWith('still serving')).toBe(true);
  }, 60_000);
});
