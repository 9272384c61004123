// The API as a browser-mode page calls it (POST /api/<method> with the launch token), from plain fetch. Every
// answer is one of: ok (the server acknowledged), error (it refused, with a code), or down (no answer: the
// server was killed before or while it handled the call, so whether a write happened is unknown).

const CALL_TIMEOUT_MS = 120_000;

export async function call(server, method, args) {
  const live = await server.ready();
  if (!live) return { kind: 'down', reason: 'stopped' };
  let response;
  try {
    response = await fetch(`${live.origin}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-workbench-token': live.token },
      body: JSON.stringify(args),
      signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
    });
  } catch (error) {
    return { kind: 'down', reason: error.cause?.code ?? error.name };
  }
  // A server started after a kill can get the old port: the old token is then refused before anything runs.
  if (response.status === 401) return { kind: 'down', reason: 'restarted' };
  let envelope;
  try {
    envelope = await response.json();
  } catch (error) {
    return { kind: 'down', reason: `answer cut off (${error.name})` };
  }
  if (envelope.ok) return { kind: 'ok', value: envelope.value };
  return { kind: 'error', code: envelope.error.code, message: envelope.error.message };
}

/** For reads and other calls that change nothing: tries again until the server answers, or the run ends. */
export async function callUntilAnswered(server, method, args) {
  for (;;) {
    if (server.isStopped()) return { kind: 'down', reason: 'stopped' };
    const answer = await call(server, method, args);
    if (answer.kind !== 'down') return answer;
    await pause(50);
  }
}

export const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
