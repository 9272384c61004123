// Preloaded into every test and tool process (node --require): refuses any connection that is not to
// this machine, so nothing the tests run can reach out, and a tool that tries fails fast and visibly.
'use strict';
const net = require('node:net');
const dns = require('node:dns');

const LOCAL = new Set(['127.0.0.1', '::1', 'localhost', '::ffff:127.0.0.1']);
const isLocal = (host) => host === undefined || LOCAL.has(String(host).toLowerCase()) || /^127\./.test(String(host));

function refusal(host) {
  const error = new Error(`network disabled in tests and tools: refused connection to ${host}`);
  error.code = 'ENETUNREACH';
  return error;
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  const first = args[0];
  const options = typeof first === 'object' && first !== null && !Array.isArray(first) ? first : null;
  const host = options
    ? options.path
      ? undefined
      : (options.host ?? 'localhost')
    : typeof args[1] === 'string'
      ? args[1]
      : undefined;
  if (!isLocal(host)) {
    process.nextTick(() => this.destroy(refusal(host)));
    return this;
  }
  return connect.apply(this, args);
};

const lookup = dns.lookup;
dns.lookup = function guardedLookup(host, options, callback) {
  const cb = typeof options === 'function' ? options : callback;
  if (!isLocal(host)) return process.nextTick(() => cb(refusal(host)));
  return lookup.call(this, host, options, callback);
};
