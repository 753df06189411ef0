import { createHmac, randomBytes } from 'node:crypto';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { WEBHOOK_SIGNATURE_HEADER } from '@innobridge/contracts';
import { AppError } from '../../lib/app-error.js';

/**
 * Webhooks call addresses their owners give: never an address inside a private network, the machine
 * itself or the cloud's metadata service (SSRF). The name is checked as written and again at each
 * delivery, on the address the connection is made to (a name that resolves elsewhere later is caught).
 */
const PRIVATE = new net.BlockList();
for (const [address, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  PRIVATE.addSubnet(address, prefix, 'ipv4');
for (const [address, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  PRIVATE.addSubnet(address, prefix, 'ipv6');

const LOOPBACK = new net.BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** Whether a connection to this address is allowed (loopback only when the configuration says so). */
export function addressAllowed(address: string, allowLoopback: boolean): boolean {
  const family = net.isIPv6(address) ? 'ipv6' : 'ipv4';
  const mapped = family === 'ipv6' ? /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1] : undefined;
  if (mapped) return addressAllowed(mapped, allowLoopback);
  if (allowLoopback && LOOPBACK.check(address, family)) return true;
  return !PRIVATE.check(address, family);
}

/** A webhook URL as kept, or `alerts_webhook_url_refused`: https only (http to loopback when allowed). */
export function checkWebhookUrl(raw: string, allowLoopback: boolean): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError('alerts_webhook_url_refused');
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const literal = net.isIP(host) ? host : host === 'localhost' ? '127.0.0.1' : undefined;
  const loopback =
    literal !== undefined && allowLoopback && LOOPBACK.check(literal, net.isIPv6(literal) ? 'ipv6' : 'ipv4');
  const schemeOk = url.protocol === 'https:' || (url.protocol === 'http:' && loopback);
  if (!schemeOk || url.username || url.password) throw new AppError('alerts_webhook_url_refused');
  if (literal !== undefined && !addressAllowed(literal, allowLoopback))
    throw new AppError('alerts_webhook_url_refused');
  return url.toString();
}

export const newWebhookSecret = () => `whsec_${randomBytes(24).toString('base64url')}`;

/** The signature header's value: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the secret>`. */
export function signature(secret: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${mac}`;
}

export type DeliveryOutcome = { ok: true } | { ok: false; error: string };

const TIMEOUT_MS = 10_000;

/**
 * POSTs one delivery. Redirects are not followed; the address is checked at connection time; any answer
 * but 2xx within ten seconds is a failure.
 */
export function postDelivery(
  input: { url: string; secret: string; body: string; deliveryId: string; timestamp: number },
  allowLoopback: boolean,
): Promise<DeliveryOutcome> {
  const url = new URL(input.url);
  const lookup: net.LookupFunction = (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: false }, (error, address, family) => {
      if (error) return callback(error, '', 0);
      if (!addressAllowed(address as string, allowLoopback)) {
        return callback(new Error(`address ${address} refused`), '', 0);
      }
      callback(null, address as string, family);
    });
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (net.isIP(host) && !addressAllowed(host, allowLoopback)) {
      resolve({ ok: false, error: `address ${host} refused` });
      return;
    }
    const request = client.request(
      url,
      {
        method: 'POST',
        lookup,
        timeout: TIMEOUT_MS,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Innobridge-Webhook/1',
          [WEBHOOK_SIGNATURE_HEADER]: signature(input.secret, input.timestamp, input.body),
          'x-innobridge-delivery': input.deliveryId,
        },
      },
      (response) => {
        response.resume();
        const status = response.statusCode ?? 0;
        resolve(status >= 200 && status < 300 ? { ok: true } : { ok: false, error: `HTTP ${status}` });
      },
    );
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', (error) => resolve({ ok: false, error: error.message }));
    request.end(input.body);
  });
}
