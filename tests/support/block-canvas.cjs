// Preloaded (node --require) to prove a run needs no native canvas: resolving @napi-rs/canvas fails as if the
// optional package were not installed, whatever node_modules holds (pdf.js installs it as an optional dependency).
const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === '@napi-rs/canvas' || request.startsWith('@napi-rs/canvas/')) {
    const error = new Error(`Cannot find module '${request}' (blocked by tests/support/block-canvas.cjs)`);
    error.code = 'MODULE_NOT_FOUND';
    throw error;
  }
  return resolve.call(this, request, ...rest);
};
